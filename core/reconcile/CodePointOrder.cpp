#include "core/reconcile/CodePointOrder.h"

namespace tieout {

namespace {
// Moves surrogates (D800..DFFF) above E000..FFFF so that code-unit order equals code-point order.
inline char16_t fixup(char16_t unit)
{
    if (unit >= 0xE000)
        return static_cast<char16_t>(unit - 0x800);
    if (unit >= 0xD800)
        return static_cast<char16_t>(unit + 0x2000);
    return unit;
}
} // namespace

int compareCodePoints(QStringView a, QStringView b)
{
    const qsizetype common = qMin(a.size(), b.size());
    const char16_t *pa = a.utf16();
    const char16_t *pb = b.utf16();
    for (qsizetype i = 0; i < common; ++i) {
        if (pa[i] != pb[i])
            return fixup(pa[i]) < fixup(pb[i]) ? -1 : 1;
    }
    if (a.size() == b.size())
        return 0;
    return a.size() < b.size() ? -1 : 1;
}

} // namespace tieout
