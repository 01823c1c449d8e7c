#include "ui/settings/BusinessUnitDialog.h"

#include "ui/settings/SettingsController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tieout::ui {

namespace {

enum SourceIndex
{
    KeychainSource = 0,
    EnvironmentSource = 1
};

} // namespace

BusinessUnitDialog::BusinessUnitDialog(const SettingsController *settings, const BusinessUnitConfig *existing,
                                       QWidget *parent)
    : QDialog(parent), m_settings(settings), m_name(new QLineEdit(this)), m_url(new QLineEdit(this)),
      m_source(new QComboBox(this)), m_key(new QLineEdit(this)), m_environment(new QLineEdit(this)),
      m_keyLabel(new QLabel(tr("Admin &key:"), this)), m_environmentLabel(new QLabel(tr("&Variable:"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("businessUnitDialog"));
    setWindowTitle(existing ? tr("Edit business unit") : tr("Add business unit"));
    const BusinessUnitConfig unit = existing ? *existing : BusinessUnitConfig{};
    m_originalName = existing ? existing->name : QString();
    m_hadKeychainKey = existing && existing->adminKey.kind == SecretRef::Kind::Keychain;

    m_name->setObjectName(QStringLiteral("buNameEdit"));
    m_name->setText(unit.name);
    m_name->setAccessibleName(tr("Business unit name"));
    m_url->setObjectName(QStringLiteral("buUrlEdit"));
    m_url->setText(unit.apiBaseUrl.toString());
    m_url->setAccessibleName(tr("API base URL"));
    m_source->setObjectName(QStringLiteral("buKeySourceCombo"));
    m_source->addItem(tr("OS keychain"));
    m_source->addItem(tr("Environment variable"));
    m_source->setAccessibleName(tr("Where the admin key is kept"));
    m_source->setCurrentIndex(
        existing && unit.adminKey.kind == SecretRef::Kind::Environment ? EnvironmentSource : KeychainSource);
    m_key->setObjectName(QStringLiteral("buAdminKeyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("Admin key"));
    m_key->setPlaceholderText(m_hadKeychainKey ? tr("Leave empty to keep the stored key")
                                               : tr("sk-ant-admin01-…"));
    m_environment->setObjectName(QStringLiteral("buEnvironmentEdit"));
    m_environment->setAccessibleName(tr("Environment variable holding the admin key"));
    m_environment->setPlaceholderText(tr("e.g. DEVFACTORY_ADMIN_KEY"));
    if (unit.adminKey.kind == SecretRef::Kind::Environment)
        m_environment->setText(unit.adminKey.name);
    m_keyLabel->setBuddy(m_key);
    m_environmentLabel->setBuddy(m_environment);
    m_error->setObjectName(QStringLiteral("buDialogError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_error->hide();

    auto *note =
        new QLabel(tr("The admin key is stored in the OS keychain only, never in the config file or the "
                      "application settings."),
                   this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("API &base URL:"), m_url);
    form->addRow(tr("Admin key &source:"), m_source);
    form->addRow(m_keyLabel, m_key);
    form->addRow(m_environmentLabel, m_environment);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("buDialogOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BusinessUnitDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_source, &QComboBox::currentIndexChanged, this, &BusinessUnitDialog::updateSource);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateSource();
    resize(520, sizeHint().height());
}

BusinessUnitConfig BusinessUnitDialog::businessUnit() const
{
    BusinessUnitConfig unit;
    unit.name = m_name->text();
    unit.apiBaseUrl = QUrl(m_url->text().trimmed());
    if (m_source->currentIndex() == EnvironmentSource)
        unit.adminKey = SecretRef{SecretRef::Kind::Environment, m_environment->text().trimmed()};
    else
        unit.adminKey = SecretRef{SecretRef::Kind::Keychain, SettingsController::keychainEntryFor(unit.name)};
    return unit;
}

QString BusinessUnitDialog::adminKey() const
{
    return m_source->currentIndex() == KeychainSource ? m_key->text().trimmed() : QString();
}

void BusinessUnitDialog::updateSource()
{
    const bool keychain = m_source->currentIndex() == KeychainSource;
    m_keyLabel->setVisible(keychain);
    m_key->setVisible(keychain);
    m_environmentLabel->setVisible(!keychain);
    m_environment->setVisible(!keychain);
}

void BusinessUnitDialog::tryAccept()
{
    const Status valid =
        m_settings->validateBusinessUnit(businessUnit(), m_originalName, !adminKey().isEmpty());
    if (!valid) {
        m_error->setText(valid.error().message());
        m_error->show();
        return;
    }
    accept();
}

} // namespace tieout::ui
