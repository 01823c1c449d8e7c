#include "core/common/Clock.h"

namespace tieout {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace tieout
