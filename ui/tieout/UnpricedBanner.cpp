#include "ui/tieout/UnpricedBanner.h"

#include "ui/common/DisplayFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace tieout::ui {

UnpricedBanner::UnpricedBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_choice(new QComboBox(this)),
      m_add(new QPushButton(tr("Add a &price…"), this))
{
    setObjectName(QStringLiteral("unpricedBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    tinted.setColor(QPalette::WindowText, QColor(0x4d, 0x36, 0x00));
    setPalette(tinted);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_choice->setAccessibleName(tr("Model to price"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_add->setObjectName(QStringLiteral("addPriceButton"));
    m_add->setToolTip(tr("Open Settings › Price book with this model filled in."));
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_choice->currentIndex() >= 0)
            emit priceRequested(m_choice->currentData().toString());
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_choice);
    layout->addWidget(m_add);
    hide();
}

void UnpricedBanner::setModels(const QList<QPair<QString, Money>> &models)
{
    m_models = models;
    m_choice->clear();
    if (models.isEmpty()) {
        hide();
        return;
    }
    QStringList parts;
    for (const auto &[model, billed] : models) {
        parts.append(tr("%1 (billed %2 USD)").arg(model, DisplayFormat::money(billed)));
        m_choice->addItem(model, model);
    }
    m_text->setText(tr("No list price for: %1. Their billed dollars are reported as unpriced, not as $0, "
                       "until a price is added.")
                        .arg(parts.join(QStringLiteral(", "))));
    m_choice->setVisible(models.size() > 1);
    setAccessibleName(m_text->text());
    show();
}

QStringList UnpricedBanner::models() const
{
    QStringList names;
    for (const auto &entry : m_models)
        names.append(entry.first);
    return names;
}

} // namespace tieout::ui
