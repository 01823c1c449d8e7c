#pragma once

#include <QStringList>
#include <QToolButton>

class QMenu;

namespace tieout::ui {

// "Business units: All ▾": picks which BUs the Tie-out page shows. A menu of check boxes that
// stays open while the analyst ticks several (mouse, or arrows and Space/Enter), with
// "All business units" to reset. An empty selection means every BU.
class BusinessUnitFilter final : public QToolButton
{
    Q_OBJECT

public:
    explicit BusinessUnitFilter(QWidget *parent = nullptr);

    // The BUs to offer; the selection keeps the names that are still offered.
    void setBusinessUnits(const QStringList &names);
    QStringList businessUnits() const { return m_names; }
    // The BUs picked, in the offered order; empty = all.
    QStringList selection() const;
    void setSelection(const QStringList &names);

signals:
    void selectionChanged(const QStringList &selection);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildMenu();
    void syncChecks();
    void updateText();

    QMenu *m_menu;
    QAction *m_all = nullptr;
    QList<QAction *> m_actions; // parallel to m_names
    QStringList m_names;
    QStringList m_selected;
};

} // namespace tieout::ui
