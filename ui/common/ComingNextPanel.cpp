#include "ui/common/ComingNextPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tieout::ui {

ComingNextPanel::ComingNextPanel(const QString &headline, const QString &details, QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("comingNextPanel"));
    auto *title = new QLabel(headline, this);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(details, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch();
    setAccessibleName(headline);
}

} // namespace tieout::ui
