#pragma once

#include "core/money/DateRange.h"
#include "core/money/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace tieout {

// Plain rows of the tables that have no counterpart in core/records: what the store keeps about
// its own bookkeeping (coverage, audit, revisions) and what users configure (overrides, prices).

// A key→BU override (SPEC §5): usage of this key counts for `businessUnit`.
struct BuOverride
{
    QString apiKeyId;
    QString businessUnit;
    friend bool operator==(const BuOverride &, const BuOverride &) = default;
};
using BuOverrides = QList<BuOverride>;

// One user price-book row, stored generically: the price of one token type (or a pseudo type such
// as "web_search_requests") of one model family, in nano-dollars per million units. Null
// serviceTier / contextWindow mean "any"; null effective dates mean open-ended. core/pricing maps
// these rows onto its PriceEntry. Natural key: model, tokenType, serviceTier, contextWindow,
// effectiveFrom.
struct PriceEntryRow
{
    QString model;
    QString tokenType;
    QString serviceTier;
    QString contextWindow;
    QDate effectiveFrom;
    QDate effectiveTo; // exclusive
    qint64 unitPriceNanosPerMillion = 0;
    QString note;
    friend bool operator==(const PriceEntryRow &, const PriceEntryRow &) = default;
};
using PriceEntryRows = QList<PriceEntryRow>;

// "This endpoint was fetched for this BU and day": distinguishes a day fetched with no rows
// (rowCount 0) from a day never fetched (no record).
struct CoverageRecord
{
    QString businessUnit;
    QDate date;
    QString endpoint; // see CoverageEndpoint
    QDateTime fetchedAt;
    qint64 rowCount = 0;
    friend bool operator==(const CoverageRecord &, const CoverageRecord &) = default;
};
using CoverageRecords = QList<CoverageRecord>;

// One write to the store (SPEC §6: when, who, window, counts, dollars before and after).
struct AuditRecord
{
    qint64 id = 0; // assigned by the database; ignored on insert
    QDateTime at;
    QString actor;
    QString action; // "replace_window", …
    QString businessUnit;
    QDate windowFrom;
    QDate windowTo; // exclusive
    qint64 fetched = 0;
    qint64 deleted = 0;
    qint64 inserted = 0;
    Money billedBefore;
    Money billedAfter;
    QString detail;
    friend bool operator==(const AuditRecord &, const AuditRecord &) = default;
};
using AuditRecords = QList<AuditRecord>;

// A restated day found by sync: what the store held before and after a re-fetch.
struct RevisionRecord
{
    QString businessUnit;
    QDate date;
    QDateTime detectedAt;
    Money billedBefore;
    Money billedAfter;
    qint64 usageTokensBefore = 0;
    qint64 usageTokensAfter = 0;
    friend bool operator==(const RevisionRecord &, const RevisionRecord &) = default;
};
using RevisionRecords = QList<RevisionRecord>;

// What one write did to one table.
struct TableWriteCounts
{
    qint64 fetched = 0;  // rows handed in
    qint64 deleted = 0;  // rows removed first
    qint64 inserted = 0; // rows written
    friend bool operator==(const TableWriteCounts &, const TableWriteCounts &) = default;
};

// What the store holds for one BU and day, for sync's revision detection.
struct DayTotal
{
    Money billed;
    qint64 usageTokens = 0;
    qint64 costRows = 0;
    qint64 usageRows = 0;
    bool covered = false; // at least one endpoint was fetched for the day
    friend bool operator==(const DayTotal &, const DayTotal &) = default;
};
// Every day of the requested range has an entry (zeros for days without rows).
using DayTotals = QMap<QDate, DayTotal>;

} // namespace tieout
