#include "ui/settings/DatabaseTab.h"

#include "core/store/DatabaseUrl.h"
#include "ui/common/Notices.h"
#include "ui/settings/SettingsController.h"
#include "ui/settings/UiSettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tieout::ui {

DatabaseTab::DatabaseTab(SettingsController *settings, UiSettings *uiSettings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_uiSettings(uiSettings), m_url(new QLineEdit(this)),
      m_validation(new QLabel(this)), m_password(new QLineEdit(this)),
      m_storePassword(new QPushButton(tr("Store in &keychain"), this)), m_passwordStatus(new QLabel(this))
{
    m_url->setObjectName(QStringLiteral("databaseUrlEdit"));
    m_url->setAccessibleName(tr("Database"));
    m_url->setPlaceholderText(
        tr("Default: %1").arg(QStringLiteral("sqlite:") + DatabaseUrl::defaultSqlitePath()));
    m_url->setClearButtonEnabled(true);
    m_validation->setObjectName(QStringLiteral("databaseValidation"));
    m_validation->setWordWrap(true);
    m_validation->setTextFormat(Qt::PlainText);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose an SQLite database file"));

    m_password->setObjectName(QStringLiteral("databasePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("PostgreSQL password"));
    m_storePassword->setObjectName(QStringLiteral("storeDatabasePasswordButton"));
    m_passwordStatus->setWordWrap(true);
    m_passwordStatus->setTextFormat(Qt::PlainText);

    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(browse);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_storePassword);

    auto *help =
        new QLabel(tr("An SQLite file (sqlite:/path/tieout.sqlite) for one person, or a shared PostgreSQL "
                      "database (postgresql://user@host:5432/dbname). The command line uses the same "
                      "setting."),
                   this);
    help->setWordWrap(true);
    auto *passwordHelp =
        new QLabel(tr("A PostgreSQL password never goes into the URL or the config file. Tieout "
                      "reads it from TIEOUT_DB_PASSWORD or PGPASSWORD, or from the OS keychain."),
                   this);
    passwordHelp->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Database:"), urlRow);
    form->addRow(QString(), m_validation);
    form->addRow(tr("&Password:"), passwordRow);
    form->addRow(QString(), m_passwordStatus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(passwordHelp);
    layout->addStretch();

    connect(m_url, &QLineEdit::textEdited, this, &DatabaseTab::onEdited);
    connect(browse, &QPushButton::clicked, this, &DatabaseTab::browse);
    connect(m_storePassword, &QPushButton::clicked, this, &DatabaseTab::storePassword);
    connect(m_settings, &SettingsController::draftChanged, this, &DatabaseTab::reload);
    reload();
}

void DatabaseTab::reload()
{
    if (m_url->text().trimmed() != m_settings->draft().database)
        m_url->setText(m_settings->draft().database);
    updateValidation();
}

void DatabaseTab::onEdited(const QString &text)
{
    m_settings->setDatabase(text);
    updateValidation();
}

void DatabaseTab::updateValidation()
{
    const QString text = m_url->text().trimmed();
    const auto url = DatabaseUrl::parse(
        text.isEmpty() ? QStringLiteral("sqlite:") + DatabaseUrl::defaultSqlitePath() : text,
        ErrorCode::Config);
    const bool postgres = url && url->engine() == DatabaseEngine::Postgres;
    m_password->setEnabled(postgres);
    m_storePassword->setEnabled(postgres);
    if (!url) {
        m_validation->setText(url.error().message());
        m_validation->setStyleSheet(QStringLiteral("color: #c01c28;"));
        return;
    }
    m_validation->setStyleSheet(QString());
    m_validation->setText(text.isEmpty() ? tr("The default: %1").arg(url->describe()) : url->describe());
}

void DatabaseTab::browse()
{
    auto *dialog = new QFileDialog(this, tr("SQLite database file"), m_uiSettings->lastDirectory(),
                                   tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave); // a new file is fine: the store creates it
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_uiSettings->setLastDirectory(QFileInfo(file).absolutePath());
        m_url->setText(QStringLiteral("sqlite:") + QDir::cleanPath(file));
        onEdited(m_url->text());
    });
    dialog->open();
}

void DatabaseTab::storePassword()
{
    const QString password = m_password->text();
    if (password.isEmpty()) {
        m_passwordStatus->setText(tr("Enter the password first."));
        return;
    }
    m_password->clear();
    m_storePassword->setEnabled(false);
    m_settings->storeDatabasePassword(m_url->text(), password).then(this, [this](Status stored) {
        updateValidation();
        if (!stored) {
            m_passwordStatus->setText(stored.error().message());
            Notices::warning(this, tr("Password not saved"),
                             tr("The password was not stored anywhere.\n\n%1").arg(stored.error().message()));
            return;
        }
        m_passwordStatus->setText(tr("The password is in the OS keychain."));
        emit statusMessage(m_passwordStatus->text());
    });
}

} // namespace tieout::ui
