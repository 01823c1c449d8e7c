#pragma once

#include <QLocale>
#include <QString>

namespace tieout::ui {

// Installs the user-interface translations: Tieout's own catalog (compiled into tieout_ui as
// :/i18n/tieout_<lang>.qm) and Qt's (standard buttons, dialogs). The chosen locale also becomes
// the default QLocale, so numbers are shown the way the interface speaks.
class UiTranslations final
{
public:
    // `override` is a language like "de" or "de_DE" from --lang or TIEOUT_LANG; empty = system.
    static QLocale chooseLocale(const QString &override);
    // Replaces any catalogs installed earlier. Returns false when no Tieout catalog matches the
    // locale (English, the source language, needs none).
    static bool install(const QLocale &locale);
};

} // namespace tieout::ui
