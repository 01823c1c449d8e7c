#include "ui/backfill/ConfirmReplaceDialog.h"

#include "ui/common/DisplayFormat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace tieout::ui {

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // BU names and paths are data, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConfirmReplaceDialog::ConfirmReplaceDialog(const ReplaceConfirmation &confirmation, QWidget *parent)
    : QDialog(parent), m_phrase(confirmation.phrase()), m_phraseEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("confirmReplaceDialog"));
    setWindowTitle(tr("Replace stored data?"));
    setModal(true);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto *heading = new QLabel(
        tr("Executing replaces the stored data of every window below with what the Admin API returns now. "
           "Each window is replaced in one transaction; windows not listed are not touched."),
        this);
    heading->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(heading, 1);

    const QString months =
        confirmation.firstMonth == confirmation.lastMonth
            ? confirmation.firstMonth.toString()
            : tr("%1 to %2").arg(confirmation.firstMonth.toString(), confirmation.lastMonth.toString());
    const Money change = confirmation.billedAfter - confirmation.billedBefore;

    auto *facts = new QFormLayout;
    facts->addRow(tr("Database:"), valueLabel(confirmation.database, this));
    facts->addRow(tr("Business units:"),
                  valueLabel(tr("%1 (%2)")
                                 .arg(confirmation.businessUnits.join(QStringLiteral(", ")))
                                 .arg(confirmation.businessUnits.size()),
                             this));
    facts->addRow(tr("Months:"),
                  valueLabel(confirmation.monthCount == 1
                                 ? tr("%1 (1 month)").arg(months)
                                 : tr("%1 (%2 months)").arg(months).arg(confirmation.monthCount),
                             this));
    facts->addRow(tr("Windows:"), valueLabel(tr("%1, of which %2 with changes")
                                                 .arg(DisplayFormat::count(confirmation.windowCount),
                                                      DisplayFormat::count(confirmation.changedWindowCount)),
                                             this));
    facts->addRow(tr("Rows to delete:"), valueLabel(DisplayFormat::count(confirmation.rowsToDelete), this));
    facts->addRow(tr("Rows to insert:"), valueLabel(DisplayFormat::count(confirmation.rowsToInsert), this));
    facts->addRow(tr("Rows that differ:"), valueLabel(tr("%1 removed, %2 added")
                                                          .arg(DisplayFormat::count(confirmation.rowsRemoved),
                                                               DisplayFormat::count(confirmation.rowsAdded)),
                                                      this));
    facts->addRow(tr("Billed:"), valueLabel(tr("%1 → %2 (%3)")
                                                .arg(DisplayFormat::usd(confirmation.billedBefore),
                                                     DisplayFormat::usd(confirmation.billedAfter),
                                                     DisplayFormat::signedMoney(change)),
                                            this));
    const QDateTime previewed = confirmation.previewedAtUtc.toLocalTime();
    facts->addRow(tr("Preview taken:"),
                  valueLabel(previewed.date().toString(Qt::ISODate) + u' ' +
                                 QLocale().toString(previewed.time(), QLocale::ShortFormat),
                             this));

    auto *prompt = new QLabel(tr("To confirm, type %1 below.").arg(m_phrase), this);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    prompt->setObjectName(QStringLiteral("confirmationPrompt"));
    m_phraseEdit->setObjectName(QStringLiteral("confirmationPhraseEdit"));
    m_phraseEdit->setAccessibleName(tr("Confirmation phrase"));
    m_phraseEdit->setAccessibleDescription(tr("Type %1 to enable the replace button").arg(m_phrase));
    prompt->setBuddy(m_phraseEdit);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm =
        buttons->addButton(confirmation.windowCount == 1
                               ? tr("Replace 1 window")
                               : tr("Replace %1 windows").arg(DisplayFormat::count(confirmation.windowCount)),
                           QDialogButtonBox::DestructiveRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_confirm->setObjectName(QStringLiteral("confirmReplaceButton"));
    m_cancel->setObjectName(QStringLiteral("cancelReplaceButton"));
    // Enter must never confirm by accident: no default button; Enter in the phrase field
    // confirms only once the phrase matches.
    m_confirm->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_confirm->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_phraseEdit, &QLineEdit::textChanged, this, &ConfirmReplaceDialog::updateConfirmButton);
    connect(m_phraseEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_confirm->isEnabled())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addLayout(facts);
    layout->addSpacing(6);
    layout->addWidget(prompt);
    layout->addWidget(m_phraseEdit);
    layout->addWidget(buttons);
    updateConfirmButton();
    m_phraseEdit->setFocus();
    resize(560, sizeHint().height());
}

QString ConfirmReplaceDialog::typedPhrase() const
{
    return m_phraseEdit->text();
}

void ConfirmReplaceDialog::updateConfirmButton()
{
    // Exactly the phrase: no trimming, no case folding. Typing it is the confirmation.
    m_confirm->setEnabled(!m_phrase.isEmpty() && m_phraseEdit->text() == m_phrase);
}

} // namespace tieout::ui
