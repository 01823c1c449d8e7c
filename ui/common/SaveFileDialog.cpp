#include "ui/common/SaveFileDialog.h"

#include "ui/settings/UiSettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace tieout::ui {

void SaveFileDialog::choose(QWidget *parent, UiSettings *settings, const QString &title,
                            const QString &suggestedName, const QString &filter, const QString &defaultSuffix,
                            const std::function<void(const QString &path)> &chosen)
{
    auto *dialog = new QFileDialog(parent, title, QDir(settings->lastDirectory()).filePath(suggestedName), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(defaultSuffix);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [settings, chosen](const QString &path) {
        settings->setLastDirectory(QFileInfo(path).absolutePath());
        chosen(path);
    });
    dialog->open();
}

} // namespace tieout::ui
