#pragma once

#include "core/common/Result.h"
#include "core/pricing/PriceEntry.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace tieout::ui {

// Adds a user price-book entry: a model family, the report dates it is in force, and list
// prices in USD per million tokens for each token type (standard, and optionally the 200k-1M
// long-context band). Prices are typed as decimals and parsed exactly — never through a double.
class PriceEntryDialog final : public QDialog
{
    Q_OBJECT

public:
    PriceEntryDialog(const QStringList &families, QWidget *parent = nullptr);

    // Valid once the dialog was accepted.
    PriceEntry entry() const { return m_entry; }

    // Fills in the family (e.g. from an unpriced model on the Tie-out page).
    void setFamily(const QString &family);
    QComboBox *familyCombo() const { return m_family; }
    QLineEdit *priceEdit(TokenType type, bool longContext = false) const;

private:
    void tryAccept();
    Result<PriceEntry> build() const;

    QComboBox *m_family;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QCheckBox *m_hasLongContext;
    std::array<QLineEdit *, TokenTypeCount> m_standard{};
    std::array<QLineEdit *, TokenTypeCount> m_long{};
    QLabel *m_error;
    PriceEntry m_entry;
};

} // namespace tieout::ui
