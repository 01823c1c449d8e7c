#pragma once

#include <QFrame>

class QLabel;

namespace tieout::ui {

// One headline figure of the Tie-out page: a caption, the value large, a note under it. The
// accessible name reads all three, so a screen reader announces "Billed (USD): 12,345.67".
class FigureTile final : public QFrame
{
    Q_OBJECT

public:
    explicit FigureTile(QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value, const QColor &color = QColor());
    void setNote(const QString &note);
    void setDetails(const QString &toolTip);

    QString value() const;
    QString note() const;

private:
    void updateAccessibleName();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_note;
};

} // namespace tieout::ui
