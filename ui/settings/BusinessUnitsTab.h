#pragma once

#include "ui/settings/ConnectionProbe.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tieout::ui {

class BusinessUnitDialog;
class BusinessUnitsModel;
class SettingsController;

// Settings > Business units: the BU table with Add, Edit, Remove and Test connection. Keys
// typed in the dialog go straight to the OS keychain (through SettingsController); when the
// keychain refuses, the operator is told and the key is stored nowhere.
class BusinessUnitsTab final : public QWidget
{
    Q_OBJECT

public:
    // `probe` may be null (no network available): Test connection is then hidden.
    BusinessUnitsTab(SettingsController *settings, ConnectionProbe *probe, QWidget *parent = nullptr);

    BusinessUnitDialog *openAddDialog();
    BusinessUnitDialog *openEditDialog();
    void selectBusinessUnit(const QString &name);
    QTableView *table() const { return m_table; }

signals:
    void statusMessage(const QString &text);

private:
    void reload();
    void openDialog(bool edit);
    void applyDialog(BusinessUnitDialog *dialog);
    void removeSelected();
    void testSelected();
    void onProbeFinished(const ConnectionProbe::Outcome &outcome);
    void updateButtons();
    void showStatus(const QString &text, bool problem);
    int selectedRow() const;

    SettingsController *m_settings;
    ConnectionProbe *m_probe;
    BusinessUnitsModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_status;
    bool m_busy = false; // a keychain write is in flight
};

} // namespace tieout::ui
