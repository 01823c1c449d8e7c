// Secret hygiene, desktop side: an admin key and a database password typed into Settings go to
// the keychain only. With every log category at debug level, neither appears in the saved or
// exported config file, in the app's own settings file (UiSettings, INI), or in any log line —
// nor in the error when the keychain refuses. (Built with the GUI; the CLI side is
// tst_secret_hygiene.)
#include "core/config/MemorySecretStore.h"
#include "ui/settings/SettingsController.h"
#include "ui/settings/UiSettings.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace tieout;
using tieout::ui::SettingsController;

namespace {

const QString Key = QStringLiteral("sk-ant-admin01-GuiHygieneKey_Zq81XwPb4");
const QString Password = QStringLiteral("GuiHygienePassword-7f3e");

QMutex g_mutex;
QStringList g_log;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_mutex);
    g_log.append(QLatin1String(context.category ? context.category : "") + u' ' + message);
}

Status wait(QFuture<Status> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 5'000))
        return Error(ErrorCode::Internal, QStringLiteral("timed out"));
    QCoreApplication::processEvents();
    return future.result();
}

BusinessUnitConfig keychainUnit(const QString &name)
{
    BusinessUnitConfig unit;
    unit.name = name;
    unit.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    unit.adminKey = SecretRef{SecretRef::Kind::Keychain, SettingsController::keychainEntryFor(name)};
    return unit;
}

} // namespace

class TestSecretHygieneGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        qInstallMessageHandler(capture);
    }

    void keysReachOnlyTheKeychain()
    {
        QTemporaryDir dir;
        MemorySecretStore keychain;
        SettingsController settings(&keychain, dir.filePath(QStringLiteral("config/tieout.json")));
        settings.load({});
        QVERIFY(wait(settings.applyBusinessUnit({}, keychainUnit(QStringLiteral("DevFactory")), Key)).ok());
        const QString database = QStringLiteral("postgresql://tieout@127.0.0.1:5432/tieout");
        settings.setDatabase(database);
        QVERIFY(wait(settings.storeDatabasePassword(database, Password)).ok());
        QVERIFY(settings.save().ok());
        QVERIFY(settings.exportTo(dir.filePath(QStringLiteral("exported.json"))).ok());
        QCOMPARE(keychain.size(), 2);

        ui::UiSettings preferences(dir.filePath(QStringLiteral("tieout.ini")));
        preferences.setBackfillRange(YearMonth(2025, 1), YearMonth(2025, 6));
        preferences.setLastDirectory(dir.path());
        preferences.sync();

        // The keychain refuses: the key is stored nowhere and the error does not echo it.
        MemorySecretStore locked;
        locked.setAvailable(false);
        SettingsController refused(&locked, dir.filePath(QStringLiteral("refused.json")));
        refused.load({});
        const Status failed = wait(refused.applyBusinessUnit({}, keychainUnit(QStringLiteral("Research")), Key));
        QVERIFY(!failed.ok());
        QVERIFY(!failed.error().message().contains(Key));

        int files = 0;
        for (QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext(); ++files) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(Key.toUtf8()) && !content.contains("GuiHygieneKey"), qPrintable(file.fileName()));
            QVERIFY2(!content.contains(Password.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY2(files >= 3, "expected the config, the export and the settings file");
        QMutexLocker lock(&g_mutex);
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QLatin1String("GuiHygieneKey")), qPrintable(line));
            QVERIFY2(!line.contains(Password), qPrintable(line));
        }
    }
};

QTEST_MAIN(TestSecretHygieneGui)
#include "tst_secret_hygiene_gui.moc"
