#include "FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

namespace tieout::fuzz {

void violated(const char *target, const QString &what)
{
    // Control characters (NUL, CR, …) escaped, so the message shows exactly what was seen.
    QByteArray text;
    for (const char c : what.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && c != '\n')
            text += "\\x" + QByteArray::number(byte, 16).rightJustified(2, '0');
        else
            text += c;
    }
    std::fprintf(stderr, "fuzz %s: property violated: %s\n", target, text.constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace tieout::fuzz
