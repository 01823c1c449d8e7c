#include "ui/common/UiTranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tieout::ui {

namespace {

const auto TranslatorName = QStringLiteral("tieout-ui-translator");

QTranslator *newTranslator()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(TranslatorName);
    return translator;
}

} // namespace

QLocale UiTranslations::chooseLocale(const QString &override)
{
    if (override.trimmed().isEmpty())
        return QLocale::system();
    return QLocale(override.trimmed());
}

bool UiTranslations::install(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    const auto previous = app->findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(locale);

    // Qt's own strings first, so Tieout's catalog (installed last) wins on any overlap.
    QTranslator *qt = newTranslator();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    QTranslator *own = newTranslator();
    if (own->load(locale, QStringLiteral("tieout"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace tieout::ui
