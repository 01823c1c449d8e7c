#include "ui/tieout/FigureTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tieout::ui {

FigureTile::FigureTile(QWidget *parent)
    : QFrame(parent), m_caption(new QLabel(this)), m_value(new QLabel(this)), m_note(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    for (QLabel *label : {m_caption, m_value, m_note}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // Notes wrap (and captions may be clipped in a narrow window) rather than widen the row: eight
    // tiles share the window's width in every language.
    m_caption->setMinimumWidth(40);
    m_note->setWordWrap(true);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
    m_note->setFont(small);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    QFont large = m_value->font();
    large.setPointSizeF(large.pointSizeF() * 1.25);
    large.setBold(true);
    m_value->setFont(large);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(0);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
}

void FigureTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    updateAccessibleName();
}

void FigureTile::setValue(const QString &value, const QColor &color)
{
    m_value->setText(value);
    QPalette palette = m_value->palette();
    palette.setColor(QPalette::WindowText, color.isValid() ? color : this->palette().color(QPalette::WindowText));
    m_value->setPalette(palette);
    updateAccessibleName();
}

void FigureTile::setNote(const QString &note)
{
    m_note->setText(note);
    updateAccessibleName();
}

void FigureTile::setDetails(const QString &toolTip)
{
    setToolTip(toolTip);
    setAccessibleDescription(toolTip);
}

QString FigureTile::value() const
{
    return m_value->text();
}

QString FigureTile::note() const
{
    return m_note->text();
}

void FigureTile::updateAccessibleName()
{
    setAccessibleName(tr("%1: %2. %3").arg(m_caption->text(), m_value->text(), m_note->text()));
}

} // namespace tieout::ui
