#include "core/reconcile/ReconcileInputBuilder.h"

#include "core/reconcile/CodePointOrder.h"

#include <algorithm>

namespace tieout {

ReconcileInputBuilder::ReconcileInputBuilder(YearMonth from, YearMonth to)
{
    m_input.from = from;
    m_input.to = to;
    m_input.firstDay = from.firstDay();
    m_firstJulianDay = m_input.firstDay.toJulianDay();
    m_input.dayCount = to < from ? 0 : static_cast<int>(m_input.firstDay.daysTo(to.next().firstDay()));
    m_input.monthCount = static_cast<int>(YearMonth::range(from, to).size());
    m_input.monthOfDay.reserve(static_cast<size_t>(m_input.dayCount));
    for (int month = 0; month < m_input.monthCount; ++month) {
        const int days = m_input.month(month).dayCount();
        m_input.monthOfDay.insert(m_input.monthOfDay.end(), static_cast<size_t>(days), static_cast<quint16>(month));
    }
}

StrId ReconcileInputBuilder::intern(const QString &text, Slot &slot)
{
    if (text.isNull())
        return StringPool::Null;
    // Scans hand out runs of the same value, often the very same shared QString: compare the
    // data pointer first (with the size, so a shorter string over the same buffer never matches).
    if (slot.id != StringPool::Null && text.size() == slot.last.size()
        && (text.constData() == slot.last.constData() || text == slot.last))
        return slot.id;
    slot.last = text;
    slot.id = m_input.strings.intern(text);
    return slot.id;
}

int ReconcileInputBuilder::dayOffset(QDate date) const
{
    if (!date.isValid())
        return -1;
    const qint64 offset = date.toJulianDay() - m_firstJulianDay;
    return offset >= 0 && offset < m_input.dayCount ? static_cast<int>(offset) : -1;
}

void ReconcileInputBuilder::addConfiguredBusinessUnit(const QString &bu)
{
    const StrId id = m_input.strings.intern(bu);
    if (!m_configured.contains(id))
        m_configured.append(id);
}

void ReconcileInputBuilder::setOverrides(const QHash<QString, QString> &apiKeyToBu)
{
    m_input.overrides = apiKeyToBu;
}

void ReconcileInputBuilder::setApiKeyNames(const QHash<QString, QString> &names)
{
    m_input.apiKeyNames = names;
}

void ReconcileInputBuilder::setWorkspaceNames(const QHash<QString, QString> &names)
{
    m_input.workspaceNames = names;
}

void ReconcileInputBuilder::setCoverageTracked(bool tracked)
{
    m_input.coverageTracked = tracked;
}

void ReconcileInputBuilder::addFetchedDay(const QString &bu, QDate day)
{
    m_input.coverageTracked = true;
    const int offset = dayOffset(day);
    if (offset >= 0)
        m_fetchedDays.emplace_back(m_input.strings.intern(bu), offset);
}

void ReconcileInputBuilder::reserve(size_t usageRows, size_t costLines)
{
    UsageColumns &u = m_input.usage;
    for (auto *column : {&u.workspace, &u.apiKey, &u.model, &u.serviceTier, &u.contextWindow, &u.inferenceGeo})
        column->reserve(usageRows);
    u.day.reserve(usageRows);
    u.tokens.reserve(usageRows);
    u.webSearchRequests.reserve(usageRows);
    m_usageBu.reserve(usageRows);
    CostColumns &c = m_input.costs;
    for (auto *column : {&c.workspace, &c.model, &c.serviceTier, &c.contextWindow})
        column->reserve(costLines);
    c.day.reserve(costLines);
    c.category.reserve(costLines);
    c.amount.reserve(costLines);
    m_costBu.reserve(costLines);
}

void ReconcileInputBuilder::addCost(const QString &bu, const CostLine &line)
{
    const int day = dayOffset(line.date);
    if (day < 0) {
        ++m_input.skippedOutOfRange;
        return;
    }
    CostColumns &c = m_input.costs;
    c.day.push_back(day);
    m_costBu.push_back(intern(bu, m_buSlot));
    c.workspace.push_back(intern(line.workspaceId, m_workspaceSlot));
    c.model.push_back(intern(line.model, m_modelSlot));
    c.serviceTier.push_back(intern(line.serviceTier, m_tierSlot));
    c.contextWindow.push_back(intern(line.contextWindow, m_contextSlot));
    const StrId costType = intern(line.costType, m_costTypeSlot);
    const StrId tokenType = intern(line.tokenType, m_tokenTypeSlot);
    const quint64 categoryKey = (quint64(costType) << 32) | tokenType;
    auto it = m_categories.constFind(categoryKey);
    if (it == m_categories.constEnd())
        it = m_categories.insert(categoryKey, categoryOf(line.costType, line.tokenType));
    c.category.push_back(it.value());
    c.amount.push_back(line.amount.nanos());
}

void ReconcileInputBuilder::addUsage(const QString &bu, const UsageLine &line)
{
    const int day = dayOffset(line.date);
    if (day < 0) {
        ++m_input.skippedOutOfRange;
        return;
    }
    UsageColumns &u = m_input.usage;
    u.day.push_back(day);
    m_usageBu.push_back(intern(bu, m_buSlot));
    u.workspace.push_back(intern(line.workspaceId, m_workspaceSlot));
    u.apiKey.push_back(intern(line.apiKeyId, m_keySlot));
    u.model.push_back(intern(line.model, m_modelSlot));
    u.serviceTier.push_back(intern(line.serviceTier, m_tierSlot));
    u.contextWindow.push_back(intern(line.contextWindow, m_contextSlot));
    u.inferenceGeo.push_back(intern(line.inferenceGeo, m_geoSlot));
    u.tokens.push_back(line.tokens);
    u.webSearchRequests.push_back(line.webSearchRequests);
}

void ReconcileInputBuilder::addFromPrevious(const ReconcileInput &previous,
                                            const QList<QPair<QString, YearMonth>> &replacedWindows)
{
    const size_t buCount = size_t(previous.buCount());
    const size_t monthCount = size_t(previous.monthCount);
    std::vector<quint8> replaced(buCount * monthCount, 0);
    for (const auto &[bu, month] : replacedWindows) {
        const int b = previous.buIndex(bu);
        const int m = previous.from <= month && month <= previous.to
                          ? (month.year() - previous.from.year()) * 12 + month.month() - previous.from.month()
                          : -1;
        if (b >= 0 && m >= 0)
            replaced[size_t(b) * monthCount + size_t(m)] = 1;
    }
    const auto isReplaced = [&](int bu, int day) {
        return replaced[size_t(bu) * monthCount + previous.monthOfDay[size_t(day)]] != 0;
    };
    const qint64 shift = previous.firstDay.toJulianDay() - m_firstJulianDay;
    const auto newDay = [&](int day) -> int {
        const qint64 offset = day + shift;
        return offset >= 0 && offset < m_input.dayCount ? int(offset) : -1;
    };
    std::vector<StrId> remap(size_t(previous.strings.size()), StringPool::Null);
    std::vector<quint8> mapped(remap.size(), 0);
    const auto id = [&](StrId old) {
        if (old != StringPool::Null && !mapped[old]) {
            remap[old] = m_input.strings.intern(previous.strings.text(old));
            mapped[old] = 1;
        }
        return remap[old];
    };
    std::vector<StrId> buId(buCount);
    for (size_t b = 0; b < buCount; ++b)
        buId[b] = m_input.strings.intern(previous.businessUnits.at(qsizetype(b)));

    const UsageColumns &pu = previous.usage;
    UsageColumns &u = m_input.usage;
    for (size_t row = 0; row < pu.size(); ++row) {
        const int day = newDay(pu.day[row]);
        if (isReplaced(pu.fetchBu[row], pu.day[row]) || day < 0)
            continue;
        u.day.push_back(day);
        m_usageBu.push_back(buId[pu.fetchBu[row]]);
        u.workspace.push_back(id(pu.workspace[row]));
        u.apiKey.push_back(id(pu.apiKey[row]));
        u.model.push_back(id(pu.model[row]));
        u.serviceTier.push_back(id(pu.serviceTier[row]));
        u.contextWindow.push_back(id(pu.contextWindow[row]));
        u.inferenceGeo.push_back(id(pu.inferenceGeo[row]));
        u.tokens.push_back(pu.tokens[row]);
        u.webSearchRequests.push_back(pu.webSearchRequests[row]);
    }
    const CostColumns &pc = previous.costs;
    CostColumns &c = m_input.costs;
    for (size_t line = 0; line < pc.size(); ++line) {
        const int day = newDay(pc.day[line]);
        if (isReplaced(pc.bu[line], pc.day[line]) || day < 0)
            continue;
        c.day.push_back(day);
        m_costBu.push_back(buId[pc.bu[line]]);
        c.workspace.push_back(id(pc.workspace[line]));
        c.model.push_back(id(pc.model[line]));
        c.serviceTier.push_back(id(pc.serviceTier[line]));
        c.contextWindow.push_back(id(pc.contextWindow[line]));
        c.category.push_back(pc.category[line]);
        c.amount.push_back(pc.amount[line]);
    }
    if (previous.coverageTracked) {
        m_input.coverageTracked = true;
        for (size_t b = 0; b < buCount; ++b) {
            for (int day = 0; day < previous.dayCount; ++day) {
                const int mappedDay = newDay(day);
                if (previous.wasFetched(int(b), day) && !isReplaced(int(b), day) && mappedDay >= 0)
                    m_fetchedDays.emplace_back(buId[b], mappedDay);
            }
        }
    }
}

ReconcileInput ReconcileInputBuilder::build()
{
    ReconcileInput &in = m_input;
    StringPool &pool = in.strings;

    // Every BU that can own a row: configured, override targets, and fetchers of any line.
    QHash<StrId, int> buRole; // bit 0 configured, 1 override target, 2 fetched lines
    for (StrId id : std::as_const(m_configured))
        buRole[id] |= 1;
    QHash<StrId, StrId> overrideByKey;
    for (auto it = in.overrides.constBegin(); it != in.overrides.constEnd(); ++it) {
        const StrId target = pool.intern(it.value());
        buRole[target] |= 2;
        overrideByKey.insert(pool.intern(it.key()), target);
    }
    StrId previous = StringPool::Null;
    for (const std::vector<StrId> *column : {&m_usageBu, &m_costBu}) {
        for (StrId id : *column) {
            if (id != previous)
                buRole[id] |= 4;
            previous = id;
        }
    }

    QList<StrId> buIds = buRole.keys();
    std::sort(buIds.begin(), buIds.end(),
              [&](StrId a, StrId b) { return codePointLess(pool.text(a), pool.text(b)); });
    std::vector<quint16> denseOf(static_cast<size_t>(pool.size()), 0);
    for (qsizetype i = 0; i < buIds.size(); ++i) {
        const StrId id = buIds.at(i);
        denseOf[id] = static_cast<quint16>(i);
        in.businessUnits.append(pool.text(id));
        const int role = buRole.value(id);
        in.buConfigured.push_back((role & 1) != 0);
        in.buOverrideTarget.push_back((role & 2) != 0);
        in.buFetches.push_back((role & 5) != 0);
    }

    // Effective BU: the override for the row's key, else the fetching BU. The key map is turned
    // into a vector over string ids so the per-row lookup is an index, not a hash.
    std::vector<qint32> overrideOf(static_cast<size_t>(pool.size()), -1);
    for (auto it = overrideByKey.constBegin(); it != overrideByKey.constEnd(); ++it)
        overrideOf[it.key()] = denseOf[it.value()];
    UsageColumns &u = in.usage;
    u.fetchBu.resize(m_usageBu.size());
    u.effectiveBu.resize(m_usageBu.size());
    for (size_t i = 0; i < m_usageBu.size(); ++i) {
        u.fetchBu[i] = denseOf[m_usageBu[i]];
        const StrId key = u.apiKey[i];
        const qint32 target = key == StringPool::Null ? -1 : overrideOf[key];
        u.effectiveBu[i] = target >= 0 ? static_cast<quint16>(target) : u.fetchBu[i];
    }
    in.costs.bu.resize(m_costBu.size());
    for (size_t i = 0; i < m_costBu.size(); ++i)
        in.costs.bu[i] = denseOf[m_costBu[i]];

    in.fetched.assign(static_cast<size_t>(in.buCount()) * static_cast<size_t>(in.dayCount), 0);
    for (const auto &[bu, day] : m_fetchedDays) {
        if (buRole.contains(bu))
            in.fetched[size_t(denseOf[bu]) * size_t(in.dayCount) + size_t(day)] = 1;
    }

    pool.freeze();
    m_usageBu = {};
    m_costBu = {};
    m_fetchedDays = {};
    ReconcileInput result = std::move(m_input);
    m_input = ReconcileInput();
    return result;
}

} // namespace tieout
