// tieout-cli: the composition root of the headless face. Builds the services, runs one command.
#include "app/common/UnixSignalWatcher.h"
#include "core/cli/CliApplication.h"
#include "core/common/Clock.h"
#include "core/common/Redaction.h"
#include "core/config/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimeZone>

#include <memory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tieout"));
    QCoreApplication::setApplicationName(QStringLiteral("tieout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIEOUT_VERSION));
    tieout::installRedactingMessageHandler();

    QTextStream out(stdout);
    QTextStream err(stderr);
    // TIEOUT_TODAY=YYYY-MM-DD pins "today" (UTC) for reproducible runs and tests; otherwise the
    // system clock.
    tieout::SystemClock systemClock;
    std::unique_ptr<tieout::FixedClock> fixedClock;
    const QDate pinnedToday = QDate::fromString(qEnvironmentVariable("TIEOUT_TODAY"), Qt::ISODate);
    if (pinnedToday.isValid())
        fixedClock = std::make_unique<tieout::FixedClock>(QDateTime(pinnedToday, QTime(12, 0), QTimeZone::utc()));
    const tieout::Clock &clock = fixedClock ? static_cast<const tieout::Clock &>(*fixedClock)
                                            : static_cast<const tieout::Clock &>(systemClock);
    tieout::KeychainSecretStore keychain;
    QNetworkAccessManager network;

    tieout::cli::CliServices services;
    services.out = &out;
    services.err = &err;
    services.clock = &clock;
    services.environment = QProcessEnvironment::systemEnvironment();
    services.keychain = &keychain;
    services.network = &network;

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    tieout::cli::CliApplication cli(arguments, services);
    QObject::connect(&cli, &tieout::cli::CliApplication::finished, &app, &QCoreApplication::exit);
    // SIGINT/SIGTERM: stop between windows (finished windows stay, the current one completes or
    // is left as it was); a second signal stops at once.
    tieout::app::UnixSignalWatcher signalWatcher;
    int signalsSeen = 0;
    QObject::connect(&signalWatcher, &tieout::app::UnixSignalWatcher::terminationRequested, &cli, [&](int) {
        if (++signalsSeen == 1)
            cli.cancel();
        else
            QCoreApplication::exit(1);
    });
    cli.start();
    return app.exec();
}
