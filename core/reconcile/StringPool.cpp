#include "core/reconcile/StringPool.h"

#include "core/reconcile/CodePointOrder.h"

#include <algorithm>
#include <numeric>

namespace tieout {

StringPool::StringPool()
{
    m_strings.append(QString()); // id 0 = null
}

StrId StringPool::intern(const QString &text)
{
    if (text.isNull())
        return Null;
    const auto it = m_ids.constFind(text);
    if (it != m_ids.constEnd())
        return it.value();
    const StrId id = static_cast<StrId>(m_strings.size());
    m_strings.append(text);
    m_ids.insert(text, id);
    return id;
}

StrId StringPool::find(const QString &text) const
{
    if (text.isNull())
        return Null;
    return m_ids.value(text, Null);
}

void StringPool::freeze()
{
    std::vector<StrId> order(static_cast<size_t>(m_strings.size()));
    std::iota(order.begin(), order.end(), StrId(0));
    // Null (id 0) first, then the strings in code-point order; "" sorts right after null.
    std::sort(order.begin() + 1, order.end(),
              [this](StrId a, StrId b) { return codePointLess(m_strings.at(a), m_strings.at(b)); });
    m_ranks.assign(order.size(), 0);
    for (size_t i = 0; i < order.size(); ++i)
        m_ranks[order[i]] = static_cast<quint32>(i);
}

} // namespace tieout
