// tieout: the desktop face. main() only sets the application up and hands over to the
// composition root (GuiComposition), which builds and wires everything.
#include "GuiComposition.h"
#include "GuiOptions.h"

#include "core/common/Redaction.h"
#include "ui/common/UiTranslations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <optional>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tieout")); // as tieout-cli: one config
    QCoreApplication::setApplicationName(QStringLiteral("tieout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIEOUT_VERSION));
}

bool wantsConsoleOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v" ||
            argument == "--version")
            return true;
    }
    return false;
}

// Reports a usage error, or prints help or the version; returns the exit code when there is
// nothing more to do.
std::optional<int> handleOptions(const tieout::Result<tieout::gui::GuiOptions> &parsed)
{
    if (!parsed) {
        QTextStream(stderr) << "tieout: " << parsed.error().message() << '\n';
        return 2;
    }
    if (parsed->helpRequested) {
        QTextStream(stdout) << parsed->helpText;
        return 0;
    }
    if (parsed->versionRequested) {
        QTextStream(stdout) << "tieout " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    return std::nullopt;
}

tieout::Result<tieout::gui::GuiOptions> parseOptions()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    auto parsed = tieout::gui::GuiOptions::parse(QCoreApplication::arguments(), environment);
    // Speak the chosen language from the first message on (help and errors included).
    tieout::ui::UiTranslations::install(tieout::ui::UiTranslations::chooseLocale(
        parsed ? parsed->language : environment.value(QStringLiteral("TIEOUT_LANG"))));
    return tieout::gui::GuiOptions::parse(QCoreApplication::arguments(), environment);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch; // --measure-startup: from here to the first painted Tie-out page
    sinceLaunch.start();
    tieout::installRedactingMessageHandler();
    if (wantsConsoleOnly(argc, argv)) {
        // --help and --version work without a display.
        QCoreApplication console(argc, argv);
        describeApplication();
        return handleOptions(parseOptions()).value_or(0);
    }

    // QApplication first: it takes its own options (-platform, -style, …) off the command line.
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tieout"));
    QGuiApplication::setDesktopFileName(QStringLiteral("tieout"));
    const auto options = parseOptions();
    if (const auto exitCode = handleOptions(options))
        return *exitCode;

    tieout::gui::GuiComposition root(*options);
    root.setLaunchTimer(sinceLaunch);
    root.start();
    return app.exec();
}
