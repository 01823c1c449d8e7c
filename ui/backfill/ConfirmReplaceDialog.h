#pragma once

#include "ui/backfill/ReplaceConfirmation.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace tieout::ui {

// The last gate before a backfill writes (SPEC §10): states exactly what will be replaced —
// database, BUs, months, rows to delete and insert, billed dollars before and after — and keeps
// its confirm button disabled until the operator has typed the phrase it shows. Cancel (or
// Escape, or closing the window) writes nothing.
class ConfirmReplaceDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConfirmReplaceDialog(const ReplaceConfirmation &confirmation, QWidget *parent = nullptr);

    QString confirmationPhrase() const { return m_phrase; }
    QString typedPhrase() const;
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLineEdit *phraseEdit() const { return m_phraseEdit; }

private:
    void updateConfirmButton();

    QString m_phrase;
    QLineEdit *m_phraseEdit;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};

} // namespace tieout::ui
