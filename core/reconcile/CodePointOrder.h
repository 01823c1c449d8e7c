#pragma once

#include <QStringView>

namespace tieout {

// Orders strings by Unicode code point (SPEC §9: "BU name in code-point order"). QString's
// operator< compares UTF-16 code units, which puts U+E000..U+FFFF after supplementary
// characters; this fixes that up without converting to UCS-4.
int compareCodePoints(QStringView a, QStringView b);

inline bool codePointLess(QStringView a, QStringView b)
{
    return compareCodePoints(a, b) < 0;
}

} // namespace tieout
