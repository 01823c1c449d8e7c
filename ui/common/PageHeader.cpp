#include "ui/common/PageHeader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tieout::ui {

PageHeader::PageHeader(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_description(new QLabel(description, this))
{
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAccessibleName(title);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
}

} // namespace tieout::ui
