#include "ui/tieout/BusinessUnitFilter.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

namespace tieout::ui {

namespace {

// A menu whose checkable entries toggle without closing it, so several BUs can be picked in one go.
class StayOpenMenu final : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (QAction *action = actionAt(event->position().toPoint()); action && action->isCheckable()) {
            action->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        QAction *action = activeAction();
        if (action && action->isCheckable() &&
            (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
            action->trigger();
            return;
        }
        QMenu::keyPressEvent(event);
    }
};

} // namespace

BusinessUnitFilter::BusinessUnitFilter(QWidget *parent) : QToolButton(parent), m_menu(new StayOpenMenu(this))
{
    setObjectName(QStringLiteral("businessUnitFilter"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::StrongFocus);
    setMenu(m_menu);
    updateText();
}

void BusinessUnitFilter::setBusinessUnits(const QStringList &names)
{
    m_names = names;
    QStringList kept;
    for (const QString &name : std::as_const(m_selected)) {
        if (m_names.contains(name))
            kept.append(name);
    }
    m_selected = kept;
    rebuildMenu();
    updateText();
}

QStringList BusinessUnitFilter::selection() const
{
    QStringList ordered;
    for (const QString &name : m_names) {
        if (m_selected.contains(name))
            ordered.append(name);
    }
    // Every BU ticked is the same as none: all of them.
    return ordered.size() == m_names.size() ? QStringList() : ordered;
}

void BusinessUnitFilter::setSelection(const QStringList &names)
{
    const QStringList before = selection();
    m_selected = names;
    syncChecks(); // not rebuildMenu(): this runs inside an action's triggered()
    updateText();
    if (selection() != before)
        emit selectionChanged(selection());
}

void BusinessUnitFilter::rebuildMenu()
{
    m_menu->clear();
    m_actions.clear();
    m_all = m_menu->addAction(tr("All business units"));
    m_all->setCheckable(true);
    connect(m_all, &QAction::triggered, this, [this] { setSelection({}); });
    m_menu->addSeparator();
    for (const QString &name : std::as_const(m_names)) {
        QAction *action = m_menu->addAction(name);
        action->setCheckable(true);
        m_actions.append(action);
        connect(action, &QAction::triggered, this, [this, name](bool checked) {
            QStringList picked = selection();
            if (checked && !picked.contains(name))
                picked.append(name);
            if (!checked)
                picked.removeAll(name);
            setSelection(picked);
        });
    }
    syncChecks();
}

void BusinessUnitFilter::syncChecks()
{
    const QStringList picked = selection();
    if (m_all)
        m_all->setChecked(picked.isEmpty());
    for (qsizetype i = 0; i < m_actions.size(); ++i)
        m_actions.at(i)->setChecked(picked.contains(m_names.at(i)));
}

void BusinessUnitFilter::updateText()
{
    const QStringList picked = selection();
    QString text;
    if (picked.isEmpty())
        text = tr("All business units");
    else if (picked.size() == 1)
        text = picked.constFirst();
    else
        text = tr("%1 business units").arg(picked.size());
    setText(text);
    setToolTip(picked.isEmpty() ? tr("Showing every business unit. Click to pick some.")
                                : tr("Showing: %1").arg(picked.join(QStringLiteral(", "))));
    setAccessibleName(tr("Business units shown: %1").arg(text));
}

void BusinessUnitFilter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuildMenu();
        updateText();
    }
    QToolButton::changeEvent(event);
}

} // namespace tieout::ui
