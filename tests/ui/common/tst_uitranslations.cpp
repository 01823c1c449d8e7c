// The German catalog is compiled into tieout_ui and complete enough to switch the UI over.
#include "core/common/Clock.h"
#include "ui/common/UiTranslations.h"
#include "ui/health/CoverageModel.h"
#include "ui/health/DataHealthPage.h"
#include "ui/settings/UiSettings.h"
#include "ui/tieout/FigureTile.h"
#include "ui/tieout/HeadlineFigures.h"
#include "ui/tieout/ReconTableModel.h"
#include "ui/tieout/TieoutPage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using tieout::ui::UiTranslations;

class TestUiTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void chooseLocale()
    {
        QCOMPARE(UiTranslations::chooseLocale(QStringLiteral("de")).language(), QLocale::German);
        QCOMPARE(UiTranslations::chooseLocale(QString()), QLocale::system());
    }

    void germanCatalogLoads()
    {
        QVERIFY(UiTranslations::install(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate("tieout::ui::SettingsPage", "Settings"),
                 QStringLiteral("Einstellungen"));
        QCOMPARE(QCoreApplication::translate("tieout::ui::BackfillPage", "Backfill"),
                 QStringLiteral("Nachladen"));
        QCOMPARE(QCoreApplication::translate("tieout::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
        // Numbers follow the interface language.
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        // Qt's own catalog is installed too: standard buttons speak German.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    void englishNeedsNoCatalog()
    {
        QVERIFY(!UiTranslations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(QCoreApplication::translate("tieout::ui::SettingsPage", "Settings"),
                 QStringLiteral("Settings"));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));
    }

    // Every message of the German source catalog is translated and keeps its placeholders, so
    // no English leaks into the German UI and no %1 goes missing (or appears twice).
    void germanCatalogIsComplete()
    {
        QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../../translations/tieout_de.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        const auto placeholders = [](const QString &text) {
            QStringList found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();)
                found.append(it.next().captured());
            found.sort();
            return found;
        };
        int messages = 0;
        QString source;
        while (!xml.atEnd() && !xml.hasError()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const bool unfinished =
                    xml.attributes().value(QStringLiteral("type")) == QLatin1String("unfinished");
                const QString translation = xml.readElementText();
                ++messages;
                QVERIFY2(!unfinished && !translation.isEmpty(),
                         qPrintable(QStringLiteral("untranslated: ") + source));
                QVERIFY2(placeholders(source) == placeholders(translation),
                         qPrintable(QStringLiteral("placeholders differ: ") + source));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 250);
    }

    // The Tie-out and Data health pages, built in German: buttons, figures, grid headers, states.
    void reportPagesSpeakGerman()
    {
        QVERIFY(UiTranslations::install(QLocale(QLocale::German, QLocale::Germany)));
        QTemporaryDir dir;
        tieout::ui::UiSettings settings(dir.filePath(QStringLiteral("ui.ini")));
        const tieout::FixedClock clock(QDateTime(QDate(2025, 10, 5), QTime(9, 0), Qt::UTC));

        tieout::ui::TieoutPage tieout(&clock, &settings);
        QCOMPARE(tieout.title(), QStringLiteral("Abgleich"));
        QCOMPARE(tieout.findChild<QPushButton *>(QStringLiteral("tieoutExportButton"))->text(),
                 QStringLiteral("CSV e&xportieren"));
        QCOMPARE(tieout.findChild<QPushButton *>(QStringLiteral("tieoutRefreshButton"))->text(),
                 QStringLiteral("&Aktualisieren"));
        QVERIFY(tieout.figures()->billed()->accessibleName().startsWith(QStringLiteral("Abgerechnet (USD)")));
        tieout::ui::ReconTableModel grid;
        QCOMPARE(grid.headerData(tieout::ui::ReconTableModel::ListPrice, Qt::Horizontal).toString(),
                 QStringLiteral("Listenpreis"));
        QCOMPARE(tieout::ui::ReconTableModel::statusText(tieout::ReconStatus::Tied), QStringLiteral("stimmig"));

        tieout::ui::DataHealthPage health(&clock, &settings);
        QCOMPARE(health.title(), QStringLiteral("Datenzustand"));
        QCOMPARE(health.tabs()->tabText(0), QStringLiteral("&Duplikate"));
        QCOMPARE(tieout::ui::CoverageModel::stateText(tieout::ui::CoverageModel::CellState::NeverFetched),
                 QStringLiteral("nie abgerufen"));
        UiTranslations::install(QLocale(QLocale::English));
    }

    void pageTitlesFollowTheLanguage()
    {
        QVERIFY(UiTranslations::install(QLocale(QLocale::German)));
        // Title comes from tr() in the page itself, so the sidebar shows German names.
        QCOMPARE(QCoreApplication::translate("tieout::ui::TieoutPage", "Tie-out"),
                 QStringLiteral("Abgleich"));
        QCOMPARE(QCoreApplication::translate("tieout::ui::DataHealthPage", "Data health"),
                 QStringLiteral("Datenzustand"));
        UiTranslations::install(QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestUiTranslations)
#include "tst_uitranslations.moc"
