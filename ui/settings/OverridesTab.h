#pragma once

#include <QWidget>

class QTableView;

namespace tieout::ui {

class KeyOverridesModel;
class SettingsController;

// Settings > Key overrides: the table of api_key_id -> BU (SPEC §5), edited in place. Rows
// reach the draft once both cells are filled in.
class OverridesTab final : public QWidget
{
    Q_OBJECT

public:
    explicit OverridesTab(SettingsController *settings, QWidget *parent = nullptr);

    KeyOverridesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void reload();
    void addRow();
    void removeSelected();

    SettingsController *m_settings;
    KeyOverridesModel *m_model;
    QTableView *m_table;
};

} // namespace tieout::ui
