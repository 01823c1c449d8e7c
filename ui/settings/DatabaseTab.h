#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tieout::ui {

class SettingsController;
class UiSettings;

// Settings > Database: the store's location as the CLI's --db takes it — an SQLite file or a
// PostgreSQL URL — checked as it is typed with the store's own URL parser. A PostgreSQL
// password is never part of the URL: it can be put in the OS keychain from here.
class DatabaseTab final : public QWidget
{
    Q_OBJECT

public:
    DatabaseTab(SettingsController *settings, UiSettings *uiSettings, QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return m_url; }
    QLabel *validationLabel() const { return m_validation; }

signals:
    void statusMessage(const QString &text);

private:
    void reload();
    void onEdited(const QString &text);
    void browse();
    void storePassword();
    void updateValidation();

    SettingsController *m_settings;
    UiSettings *m_uiSettings;
    QLineEdit *m_url;
    QLabel *m_validation;
    QLineEdit *m_password;
    QPushButton *m_storePassword;
    QLabel *m_passwordStatus;
};

} // namespace tieout::ui
