// tieout: the desktop face. main() only sets the application up and hands over to the
// composition root (GuiComposition), which builds and wires everything.
#include "GuiComposition.h"
#include "GuiOptions.h"

#include "core/common/Redaction.h"
#include "ui/common/UiTranslations.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tieout")); // same as tieout-cli: one config
    QCoreApplication::setApplicationName(QStringLiteral("tieout"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIEOUT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tieout"));
    QGuiApplication::setDesktopFileName(QStringLiteral("tieout"));
    tieout::installRedactingMessageHandler();

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A first guess (system or $TIEOUT_LANG) so --help speaks the user's language too.
    tieout::ui::UiTranslations::install(
        tieout::ui::UiTranslations::chooseLocale(environment.value(QStringLiteral("TIEOUT_LANG"))));

    auto options = tieout::gui::GuiOptions::parse(QCoreApplication::arguments(), environment);
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!options) {
        err << "tieout: " << options.error().message() << '\n';
        return 2;
    }
    if (options->helpRequested) {
        out << options->helpText;
        return 0;
    }
    if (options->versionRequested) {
        out << "tieout " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    tieout::ui::UiTranslations::install(tieout::ui::UiTranslations::chooseLocale(options->language));

    tieout::gui::GuiComposition root(*options);
    root.start();
    return app.exec();
}
