#pragma once

#include "core/money/Money.h"

#include <QFrame>
#include <QList>
#include <QPair>

class QComboBox;
class QLabel;
class QPushButton;

namespace tieout::ui {

// The warning strip over the tie-out when models have no list price (SPEC §1: never shown as
// $0): names them with their billed dollars, and "Add a price…" leads straight to the price
// book with the chosen model filled in. Hidden when every model is priced.
class UnpricedBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit UnpricedBanner(QWidget *parent = nullptr);

    // (model id, billed dollars of it in the selection), largest first.
    void setModels(const QList<QPair<QString, Money>> &models);
    QStringList models() const;
    QPushButton *addPriceButton() const { return m_add; }

signals:
    void priceRequested(const QString &model);

private:
    QLabel *m_text;
    QComboBox *m_choice;
    QPushButton *m_add;
    QList<QPair<QString, Money>> m_models;
};

} // namespace tieout::ui
