#include "ui/settings/StoredPriceBook.h"

#include "core/report/PriceBookSource.h"
#include "core/store/Database.h"
#include "core/store/PriceEntryRepository.h"
#include "ui/common/StoreJobs.h"

#include <algorithm>

namespace tieout::ui {

namespace {

const auto LongContextWindow = QStringLiteral("200k-1M");

// The repository's work on the worker thread, with every handle to the connection released
// before the thread closes it.
template<typename Work>
auto withRepository(Database *database, Work work) -> decltype(work(std::declval<PriceEntryRepository &>()))
{
    if (!database)
        return Error(ErrorCode::Database, QStringLiteral("no database is open"));
    auto connection = database->connection();
    if (!connection)
        return connection.error();
    PriceEntryRepository repository(*connection);
    return work(repository);
}

} // namespace

StoredPriceBook::StoredPriceBook(QObject *parent) : QObject(parent), m_jobs(new StoreJobs(this)) {}

StoredPriceBook::~StoredPriceBook() = default;

void StoredPriceBook::setDatabase(DatabaseHandle database)
{
    m_jobs->setDatabase(std::move(database));
    emit databaseChanged();
}

bool StoredPriceBook::hasDatabase() const
{
    return m_jobs->hasDatabase();
}

QFuture<Result<PriceBook>> StoredPriceBook::load()
{
    if (!hasDatabase())
        return QtFuture::makeReadyFuture(PriceBook::loadBundled());
    return m_jobs->run([](Database *database) -> Result<PriceBook> {
        auto rows =
            withRepository(database, [](PriceEntryRepository &repository) { return repository.loadAll(); });
        if (!rows)
            return rows.error();
        return PriceBookSource::withUserRows(*rows);
    });
}

QFuture<Status> StoredPriceBook::addUserEntry(const PriceEntry &entry)
{
    if (!hasDatabase())
        return QtFuture::makeReadyFuture(Status(Error(
            ErrorCode::Database, tr("No database is open: price entries are stored in the database."))));
    const PriceEntryRows rows = rowsFor(entry);
    return m_jobs->run([rows](Database *database) -> Status {
        return withRepository(database, [&rows](PriceEntryRepository &repository) -> Status {
            // All rows of the entry in one transaction (replaceAll): a half-stored entry would
            // make the price book refuse to load. Re-adding an entry replaces its prices.
            auto stored = repository.loadAll();
            if (!stored)
                return stored.error();
            PriceEntryRows next;
            for (const PriceEntryRow &row : std::as_const(*stored)) {
                const bool replaced =
                    std::any_of(rows.cbegin(), rows.cend(), [&row](const PriceEntryRow &added) {
                        return added.model == row.model && added.tokenType == row.tokenType &&
                               added.serviceTier == row.serviceTier &&
                               added.contextWindow == row.contextWindow &&
                               added.effectiveFrom == row.effectiveFrom;
                    });
                if (!replaced)
                    next.append(row);
            }
            next.append(rows);
            return repository.replaceAll(next);
        });
    });
}

PriceEntryRows StoredPriceBook::rowsFor(const PriceEntry &entry)
{
    PriceEntryRows rows;
    const auto addBand = [&rows, &entry](const UnitPrices &prices, const QString &contextWindow) {
        for (TokenType type : AllTokenTypes) {
            PriceEntryRow row;
            row.model = entry.family;
            row.tokenType = tokenTypeApiName(type);
            row.contextWindow = contextWindow; // null: the standard band
            row.effectiveFrom = entry.effectiveFrom;
            row.effectiveTo = entry.effectiveTo;
            row.unitPriceNanosPerMillion = prices.of(type);
            row.note = QStringLiteral("added in Tieout settings");
            rows.append(row);
        }
    };
    addBand(entry.standard, QString());
    if (entry.longContext)
        addBand(*entry.longContext, LongContextWindow);
    return rows;
}

} // namespace tieout::ui
