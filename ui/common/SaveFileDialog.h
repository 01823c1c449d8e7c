#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace tieout::ui {

class UiSettings;

// "Save as…" without a nested event loop: a window-modal QFileDialog opened with open(),
// starting in the last directory used (UiSettings) with a suggested name, calling back with
// the chosen path. Used for CSV exports and chart images.
class SaveFileDialog final
{
public:
    static void choose(QWidget *parent, UiSettings *settings, const QString &title, const QString &suggestedName,
                       const QString &filter, const QString &defaultSuffix,
                       const std::function<void(const QString &path)> &chosen);
};

} // namespace tieout::ui
