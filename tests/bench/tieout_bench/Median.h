#pragma once

#include <QList>

#include <algorithm>

namespace tieout::bench {

// The median of a few timings (the lower middle for an even count); 0 for none.
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at((values.size() - 1) / 2);
}

} // namespace tieout::bench
