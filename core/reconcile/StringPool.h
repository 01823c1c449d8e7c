#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace tieout {

using StrId = quint32;

// Interns the strings of a reconcile input (BU, workspace, key, model, tier, … ids) so the hot
// loops compare and hash integers, never QStrings. Id 0 is the null string: a null workspace
// (the default workspace) or a null key is its own value, distinct from "" (SPEC §5: compare
// null-safely everywhere). After freeze(), rank() orders ids by code point, null first, so
// sorting by rank is deterministic whatever order the rows arrived in.
class StringPool final
{
public:
    static constexpr StrId Null = 0;

    StringPool();

    StrId intern(const QString &text);
    // Id of an already interned string, or Null when absent (or when `text` is null).
    StrId find(const QString &text) const;
    const QString &text(StrId id) const { return m_strings.at(id); }
    qsizetype size() const { return m_strings.size(); }

    void freeze();
    quint32 rank(StrId id) const { return m_ranks[id]; }

private:
    QList<QString> m_strings;
    QHash<QString, StrId> m_ids;
    std::vector<quint32> m_ranks;
};

} // namespace tieout
