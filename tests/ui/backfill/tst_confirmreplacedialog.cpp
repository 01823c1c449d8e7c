// ConfirmReplaceDialog: states what will be replaced; confirm only after the exact phrase.
#include "ui/backfill/ConfirmReplaceDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tieout;
using tieout::ui::ConfirmReplaceDialog;
using tieout::ui::ReplaceConfirmation;

namespace {

ReplaceConfirmation sixWindows()
{
    ReplaceConfirmation confirmation;
    confirmation.database = QStringLiteral("SQLite database /data/tieout.sqlite");
    confirmation.businessUnits = {QStringLiteral("DevFactory"), QStringLiteral("Education")};
    confirmation.firstMonth = YearMonth(2025, 5);
    confirmation.lastMonth = YearMonth(2025, 7);
    confirmation.monthCount = 3;
    confirmation.windowCount = 6;
    confirmation.changedWindowCount = 4;
    confirmation.rowsToDelete = 12'345;
    confirmation.rowsToInsert = 12'400;
    confirmation.rowsRemoved = 10;
    confirmation.rowsAdded = 65;
    confirmation.billedBefore = Money::fromNanos(1'234'560'000'000);
    confirmation.billedAfter = Money::fromNanos(1'240'000'000'000);
    confirmation.previewedAtUtc = QDateTime(QDate(2025, 8, 10), QTime(9, 0), Qt::UTC);
    return confirmation;
}

QString allText(const QWidget &widget)
{
    QStringList texts;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(u'\n');
}

} // namespace

class TestConfirmReplaceDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void statesExactlyWhatWillBeReplaced()
    {
        ConfirmReplaceDialog dialog(sixWindows());
        const QString text = allText(dialog);
        QVERIFY(text.contains(QStringLiteral("SQLite database /data/tieout.sqlite")));
        QVERIFY(text.contains(QStringLiteral("DevFactory, Education (2)")));
        QVERIFY(text.contains(QStringLiteral("2025-05 to 2025-07 (3 months)")));
        QVERIFY(text.contains(QStringLiteral("6, of which 4 with changes")));
        QVERIFY(text.contains(QStringLiteral("12,345")));
        QVERIFY(text.contains(QStringLiteral("12,400")));
        QVERIFY(text.contains(QStringLiteral("10 removed, 65 added")));
        QVERIFY(text.contains(QStringLiteral("1,234.56 USD → 1,240.00 USD (+5.44)")));
        QVERIFY(text.contains(QStringLiteral("REPLACE 6 WINDOWS")));
        QCOMPARE(dialog.confirmationPhrase(), QStringLiteral("REPLACE 6 WINDOWS"));
    }

    void confirmStaysDisabledUntilTheExactPhrase()
    {
        ConfirmReplaceDialog dialog(sixWindows());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *confirm = dialog.confirmButton();
        QLineEdit *edit = dialog.phraseEdit();
        QVERIFY(!confirm->isEnabled());

        QTest::keyClicks(edit, QStringLiteral("REPLACE 6"));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return); // Enter cannot confirm early
        QVERIFY(dialog.isVisible());

        QTest::keyClicks(edit, QStringLiteral(" WINDOWS"));
        QVERIFY(confirm->isEnabled());
        QTest::keyClick(edit, Qt::Key_Space);
        QVERIFY2(!confirm->isEnabled(), "a trailing space is not the phrase");
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(confirm->isEnabled());

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("replace 6 windows"));
        QVERIFY2(!confirm->isEnabled(), "case matters");
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("REPLACE 5 WINDOWS"));
        QVERIFY(!confirm->isEnabled());
    }

    void confirmAccepts()
    {
        ConfirmReplaceDialog dialog(sixWindows());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.open();
        QTest::keyClicks(dialog.phraseEdit(), QStringLiteral("REPLACE 6 WINDOWS"));
        QTest::mouseClick(dialog.confirmButton(), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.typedPhrase(), QStringLiteral("REPLACE 6 WINDOWS"));
    }

    void cancelDoesNothing()
    {
        ConfirmReplaceDialog dialog(sixWindows());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        dialog.open();
        QTest::keyClicks(dialog.phraseEdit(), QStringLiteral("REPLACE 6 WINDOWS"));
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(accepted.size(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void escapeCancels()
    {
        ConfirmReplaceDialog dialog(sixWindows());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(accepted.size(), 0);
    }

    void oneWindowReadsNaturally()
    {
        ReplaceConfirmation one = sixWindows();
        one.windowCount = 1;
        QCOMPARE(one.phrase(), QStringLiteral("REPLACE 1 WINDOW"));
        ConfirmReplaceDialog dialog(one);
        QCOMPARE(dialog.confirmButton()->text(), QStringLiteral("Replace 1 window"));
    }
};

QTEST_MAIN(TestConfirmReplaceDialog)
#include "tst_confirmreplacedialog.moc"
