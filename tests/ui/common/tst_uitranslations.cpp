// The German catalog is compiled into tieout_ui and complete enough to switch the UI over.
#include "ui/common/UiTranslations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

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
        QCOMPARE(QCoreApplication::translate("tieout::ui::SettingsPage", "Settings"), QStringLiteral("Einstellungen"));
        QCOMPARE(QCoreApplication::translate("tieout::ui::BackfillPage", "Backfill"), QStringLiteral("Nachladen"));
        QCOMPARE(QCoreApplication::translate("tieout::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
        // Numbers follow the interface language.
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        // Qt's own catalog is installed too: standard buttons speak German.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("&Abbrechen"));
    }

    void englishNeedsNoCatalog()
    {
        QVERIFY(!UiTranslations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(QCoreApplication::translate("tieout::ui::SettingsPage", "Settings"), QStringLiteral("Settings"));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral("."));
    }

    void pageTitlesFollowTheLanguage()
    {
        QVERIFY(UiTranslations::install(QLocale(QLocale::German)));
        // Title comes from tr() in the page itself, so the sidebar shows German names.
        QCOMPARE(QCoreApplication::translate("tieout::ui::TieoutPage", "Tie-out"), QStringLiteral("Abgleich"));
        QCOMPARE(QCoreApplication::translate("tieout::ui::DataHealthPage", "Data health"),
                 QStringLiteral("Datenzustand"));
        UiTranslations::install(QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestUiTranslations)
#include "tst_uitranslations.moc"
