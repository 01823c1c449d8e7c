#pragma once

#include "core/config/AppConfig.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tieout::ui {

class SettingsController;

// Adds or edits one business unit: name, API base URL, and where its admin key lives — typed
// into a password field for the OS keychain, or the name of an environment variable. The key
// is only held by the password field until the page hands it to the keychain.
class BusinessUnitDialog final : public QDialog
{
    Q_OBJECT

public:
    // `existing` null: a new BU.
    BusinessUnitDialog(const SettingsController *settings, const BusinessUnitConfig *existing,
                       QWidget *parent = nullptr);

    QString originalName() const { return m_originalName; }
    BusinessUnitConfig businessUnit() const;
    QString adminKey() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *keyEdit() const { return m_key; }
    QComboBox *sourceCombo() const { return m_source; }
    QLineEdit *environmentEdit() const { return m_environment; }

private:
    void updateSource();
    void tryAccept();

    const SettingsController *m_settings;
    QString m_originalName;
    bool m_hadKeychainKey = false;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_source;
    QLineEdit *m_key;
    QLineEdit *m_environment;
    QLabel *m_keyLabel;
    QLabel *m_environmentLabel;
    QLabel *m_error;
};

} // namespace tieout::ui
