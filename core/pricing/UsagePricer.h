#pragma once

#include "core/pricing/PriceBook.h"

#include <QHash>

namespace tieout {

// Prices many usage rows against one PriceBook, resolving each distinct model id to its family
// once: a month of rows names a handful of models, so the hot path is a hash hit. Not
// thread-safe (the memo is not shared); give each worker its own pricer.
class UsagePricer final
{
public:
    explicit UsagePricer(const PriceBook &book) : m_book(book) {}

    std::optional<int> familyIndex(const QString &modelId);
    UsagePrice price(const UsageLine &line);
    const PriceBook &book() const { return m_book; }

private:
    const PriceBook &m_book;
    QHash<QString, int> m_families; // model id -> family index, -1 = no family
};

} // namespace tieout
