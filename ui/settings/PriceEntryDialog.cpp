#include "ui/settings/PriceEntryDialog.h"

#include "core/money/DateRange.h"
#include "core/money/Money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace tieout::ui {

namespace {

QString tokenLabel(TokenType type)
{
    switch (type) {
    case TokenType::UncachedInput:
        return PriceEntryDialog::tr("Input");
    case TokenType::Output:
        return PriceEntryDialog::tr("Output");
    case TokenType::CacheRead:
        return PriceEntryDialog::tr("Cache read");
    case TokenType::CacheWrite5m:
        return PriceEntryDialog::tr("Cache write 5m");
    case TokenType::CacheWrite1h:
        return PriceEntryDialog::tr("Cache write 1h");
    }
    return {};
}

// "3,75" in a German locale and "3.75" anywhere: the exact decimal text for the parser.
QString plainDecimal(const QString &typed)
{
    QString text = typed.trimmed();
    const QLocale locale;
    text.remove(locale.groupSeparator());
    text.replace(locale.decimalPoint(), QStringLiteral("."));
    return text;
}

} // namespace

PriceEntryDialog::PriceEntryDialog(const QStringList &families, QWidget *parent)
    : QDialog(parent), m_family(new QComboBox(this)), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)),
      m_hasLongContext(new QCheckBox(tr("Long context (200k–1M)"), this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("priceEntryDialog"));
    setWindowTitle(tr("Add price entry"));
    m_family->setEditable(true);
    m_family->addItems(families);
    m_family->setCurrentText(QString());
    m_family->setAccessibleName(tr("Model family"));
    m_from->setPlaceholderText(tr("YYYY-MM-DD, empty = always"));
    m_to->setPlaceholderText(tr("YYYY-MM-DD, empty = open"));
    m_from->setAccessibleName(tr("In force from"));
    m_to->setAccessibleName(tr("In force until (exclusive)"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Model &family:"), m_family);
    form->addRow(tr("In force &from:"), m_from);
    form->addRow(tr("&Until (exclusive):"), m_to);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("USD per million tokens"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Standard"), this), 0, 1);
    grid->addWidget(m_hasLongContext, 0, 2);
    int row = 1;
    for (TokenType type : AllTokenTypes) {
        const int index = static_cast<int>(type);
        m_standard[index] = new QLineEdit(this);
        m_long[index] = new QLineEdit(this);
        m_standard[index]->setAccessibleName(tr("%1, standard").arg(tokenLabel(type)));
        m_long[index]->setAccessibleName(tr("%1, long context").arg(tokenLabel(type)));
        m_long[index]->setEnabled(false);
        grid->addWidget(new QLabel(tokenLabel(type), this), row, 0);
        grid->addWidget(m_standard[index], row, 1);
        grid->addWidget(m_long[index], row, 2);
        ++row;
    }
    connect(m_hasLongContext, &QCheckBox::toggled, this, [this](bool on) {
        for (QLineEdit *edit : m_long)
            edit->setEnabled(on);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceEntryDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void PriceEntryDialog::setFamily(const QString &family)
{
    m_family->setCurrentText(family);
    // The family is given: start with the first price.
    m_standard[0]->setFocus(Qt::OtherFocusReason);
}

QLineEdit *PriceEntryDialog::priceEdit(TokenType type, bool longContext) const
{
    return longContext ? m_long[static_cast<int>(type)] : m_standard[static_cast<int>(type)];
}

Result<PriceEntry> PriceEntryDialog::build() const
{
    PriceEntry entry;
    entry.origin = PriceOrigin::User;
    entry.family = m_family->currentText().trimmed();
    if (entry.family.isEmpty())
        return Error(ErrorCode::Usage, tr("Enter the model family, e.g. claude-sonnet-4-5."));
    for (auto [edit, date] : {std::pair{m_from, &entry.effectiveFrom}, std::pair{m_to, &entry.effectiveTo}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        auto day = parseIsoDay(text);
        if (!day)
            return Error(ErrorCode::Usage, tr("%1 is not a date like 2025-07-01.").arg(text));
        *date = *day;
    }
    if (!entry.effectiveFrom.isNull() && !entry.effectiveTo.isNull() &&
        entry.effectiveTo <= entry.effectiveFrom)
        return Error(ErrorCode::Usage, tr("The end date must be after the start date."));

    const auto readPrices = [](const std::array<QLineEdit *, TokenTypeCount> &edits) -> Result<UnitPrices> {
        UnitPrices prices;
        for (TokenType type : AllTokenTypes) {
            const QString text = edits[static_cast<int>(type)]->text();
            auto parsed = Money::parseDollars(plainDecimal(text));
            if (!parsed || parsed->rounded || parsed->nanos < 0)
                return Error(
                    ErrorCode::Usage,
                    tr("%1: enter a price in USD per million tokens, e.g. 3.75.").arg(tokenLabel(type)));
            prices.set(type, parsed->nanos);
        }
        return prices;
    };
    auto standard = readPrices(m_standard);
    if (!standard)
        return standard.error();
    entry.standard = *standard;
    if (m_hasLongContext->isChecked()) {
        auto longContext = readPrices(m_long);
        if (!longContext)
            return longContext.error();
        entry.longContext = *longContext;
    }
    return entry;
}

void PriceEntryDialog::tryAccept()
{
    auto entry = build();
    if (!entry) {
        m_error->setText(entry.error().message());
        m_error->show();
        return;
    }
    m_entry = *entry;
    accept();
}

} // namespace tieout::ui
