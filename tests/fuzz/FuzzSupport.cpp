#include "FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

namespace tieout::fuzz {

void violated(const char *target, const QString &what)
{
    std::fprintf(stderr, "fuzz %s: property violated: %s\n", target, what.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace tieout::fuzz
