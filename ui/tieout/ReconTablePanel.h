#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace tieout::ui {

class ReconFilterProxy;
class ReconTableModel;
class UiSettings;

// The month × BU grid of the Tie-out page with its own filters: BU name (Ctrl+F), status, and
// whether to show the months' TOTAL rows. Sortable by any column on exact values.
class ReconTablePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReconTablePanel(UiSettings *settings, QWidget *parent = nullptr);
    ~ReconTablePanel() override;

    ReconTableModel *model() const { return m_model; }
    ReconFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    // Fits the columns to the first data unless the user's widths were restored.
    void fitColumnsOnce();

signals:
    // The current row changed (or was cleared): a source row of model(), or -1.
    void currentRowChanged(int sourceRow);

private:
    UiSettings *m_settings;
    ReconTableModel *m_model;
    ReconFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QCheckBox *m_totals;
    bool m_sized = false;
};

} // namespace tieout::ui
