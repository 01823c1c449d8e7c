// The Settings page's item models, each under QAbstractItemModelTester.
#include "core/pricing/PriceBook.h"
#include "ui/settings/BusinessUnitsModel.h"
#include "ui/settings/KeyOverridesModel.h"
#include "ui/settings/PriceBookModel.h"
#include "ui/settings/StoredPriceBook.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tieout;
using tieout::ui::BusinessUnitsModel;
using tieout::ui::KeyOverridesModel;
using tieout::ui::PriceBookModel;
using tieout::ui::StoredPriceBook;

class TestSettingsModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void businessUnitsShowWhereTheKeyLives()
    {
        BusinessUnitsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BusinessUnitConfig keychain;
        keychain.name = QStringLiteral("DevFactory");
        keychain.adminKey = SecretRef{SecretRef::Kind::Keychain, QStringLiteral("tieout/DevFactory")};
        BusinessUnitConfig environment;
        environment.name = QStringLiteral("Education");
        environment.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        environment.adminKey = SecretRef{SecretRef::Kind::Environment, QStringLiteral("EDU_KEY")};
        model.setBusinessUnits({keychain, environment});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, BusinessUnitsModel::NameColumn).data().toString(),
                 QStringLiteral("DevFactory"));
        QCOMPARE(model.index(0, BusinessUnitsModel::BaseUrlColumn).data().toString(),
                 QStringLiteral("https://api.anthropic.com"));
        QCOMPARE(model.index(0, BusinessUnitsModel::KeySourceColumn).data().toString(),
                 QStringLiteral("OS keychain: tieout/DevFactory"));
        QCOMPARE(model.index(1, BusinessUnitsModel::KeySourceColumn).data().toString(),
                 QStringLiteral("Environment variable: EDU_KEY"));
        model.setBusinessUnits({});
        QCOMPARE(model.rowCount(), 0);
    }

    void overridesAreEditable()
    {
        KeyOverridesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &KeyOverridesModel::overridesEdited);
        model.setOverrides({KeyOverride{QStringLiteral("apikey_01"), QStringLiteral("Education")}});
        QCOMPARE(edited.size(), 0);

        QVERIFY(model.insertRows(1, 1));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.flags(model.index(1, 0)).testFlag(Qt::ItemIsEditable));
        QCOMPARE(model.completeOverrides().size(), 1); // the new row is still empty
        QVERIFY(
            model.setData(model.index(1, KeyOverridesModel::ApiKeyIdColumn), QStringLiteral("  apikey_02 ")));
        QVERIFY(
            model.setData(model.index(1, KeyOverridesModel::BusinessUnitColumn), QStringLiteral("Research")));
        QCOMPARE(model.completeOverrides().size(), 2);
        QCOMPARE(model.completeOverrides().at(1).apiKeyId, QStringLiteral("apikey_02"));
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.overrides().constFirst().businessUnit, QStringLiteral("Research"));
        QVERIFY(!model.removeRows(3, 1));
        QCOMPARE(edited.size(), 4);
    }

    void priceBookShowsExactPrices()
    {
        auto book = PriceBook::loadBundled();
        QVERIFY2(book.ok(), book.ok() ? "" : qPrintable(book.error().message()));
        PriceBookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(book->entries());
        QVERIFY(model.rowCount() >= 6);
        int sonnet = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, PriceBookModel::FamilyColumn).data().toString() ==
                QStringLiteral("claude-sonnet-4-5"))
                sonnet = row;
        }
        QVERIFY(sonnet >= 0);
        QCOMPARE(model.index(sonnet, PriceBookModel::InputColumn).data().toString(), QStringLiteral("3.00"));
        QCOMPARE(model.index(sonnet, PriceBookModel::CacheWrite5mColumn).data().toString(),
                 QStringLiteral("3.75"));
        QCOMPARE(model.index(sonnet, PriceBookModel::CacheReadColumn).data().toString(),
                 QStringLiteral("0.30"));
        QCOMPARE(model.index(sonnet, PriceBookModel::LongInputColumn).data().toString(),
                 QStringLiteral("6.00"));
        QCOMPARE(model.index(sonnet, PriceBookModel::OriginColumn).data().toString(),
                 QStringLiteral("Shipped"));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }

    void userEntriesBecomeOneRowPerTokenType()
    {
        PriceEntry entry;
        entry.family = QStringLiteral("claude-future-5");
        entry.effectiveFrom = QDate(2026, 1, 1);
        entry.standard.set(TokenType::Output, 12'500'000'000);
        PriceEntryRows rows = StoredPriceBook::rowsFor(entry);
        QCOMPARE(rows.size(), TokenTypeCount);
        QCOMPARE(rows.at(1).tokenType, QStringLiteral("output_tokens"));
        QCOMPARE(rows.at(1).unitPriceNanosPerMillion, qint64(12'500'000'000));
        QVERIFY(rows.at(1).contextWindow.isNull());
        QCOMPARE(rows.at(1).effectiveFrom, QDate(2026, 1, 1));
        entry.longContext = UnitPrices{};
        rows = StoredPriceBook::rowsFor(entry);
        QCOMPARE(rows.size(), 2 * TokenTypeCount);
        QCOMPARE(rows.constLast().contextWindow, QStringLiteral("200k-1M"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsModels)
#include "tst_settingsmodels.moc"
