#pragma once

#include "core/records/WindowData.h"
#include "core/store/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tieout::test {

// TIEOUT_TEST_PG_URL, or empty (PostgreSQL tests then skip).
QString postgresTestUrl();
// Adds the global "engine" column with rows "sqlite" and "postgres" (initTestCase_data()).
void addEngineRows();
// The message a PostgreSQL test skips with when no server was given.
const char *postgresSkipMessage();
// True in a "postgres" row of the global "engine" column when no server was given; a test's
// init() then skips with postgresSkipMessage().
bool postgresRowWithoutServer();

// A fresh, migrated store on one engine for one test function: a new SQLite file in a
// temporary folder, or a new schema on the PostgreSQL test server (dropped again on
// destruction), so tests never see each other's rows even when run in parallel.
class StoreFixture final
{
public:
    explicit StoreFixture(const QString &engine, bool migrate = true);
    ~StoreFixture();
    StoreFixture(const StoreFixture &) = delete;
    StoreFixture &operator=(const StoreFixture &) = delete;

    bool isValid() const { return m_database != nullptr && m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    bool isPostgres() const { return m_postgres; }
    const DatabaseUrl &url() const { return m_url; }
    Database &database() { return *m_database; }
    QSqlDatabase db();

private:
    bool m_postgres = false;
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_schema;
    QString m_error;
    std::unique_ptr<Database> m_database;
};

// A deterministic window of fetched data with the awkward cases: NULL workspace (default
// workspace), NULL token fields (non-token costs), NULL api key (Console), negative credits,
// empty strings distinct from NULL, unknown service tiers, non-ASCII text, unknown tools.
WindowData sampleWindow(const QString &businessUnit, const DateRange &range, int seed, int linesPerDay = 6);

// Rows sorted into a canonical order so lists read back in any order compare equal.
CostLines sortedCostLines(CostLines lines);
UsageLines sortedUsageLines(UsageLines lines);
ProductivityRecords sortedProductivity(ProductivityRecords records);

DateRange month(int year, int month);

} // namespace tieout::test

// In a test function of an addEngineRows() test: a fresh StoreFixture named `fixture` on this row's
// engine, failing the test if it cannot be opened.
#define OPEN_FIXTURE(fixture)                                                                                \
    QFETCH_GLOBAL(QString, engine);                                                                          \
    ::tieout::test::StoreFixture fixture(engine);                                                            \
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()))

// Fails the test with the error's message unless a Result or Status is ok. Evaluates its argument
// once: it is usually the call under test.
#define VERIFY_OK(expression)                                                                                \
    do {                                                                                                     \
        const auto &result_ = (expression);                                                                  \
        QVERIFY2(result_.ok(), result_.ok() ? "" : qPrintable(result_.error().message()));                   \
    } while (false)
