#pragma once

#include "core/money/YearMonth.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace tieout::ui {

// The desktop app's own preferences (window layout, last page, the pages' last ranges and
// filters), typed.
// The only class in ui/ that touches QSettings. It deliberately has no generic setter: admin
// keys and database passwords belong in the OS keychain and there is no way to put one here.
// Business units, the database and overrides live in the shared config file, not here.
class UiSettings final
{
public:
    // The platform's native store for organization "Tieout", application "tieout".
    UiSettings();
    // An INI file at `fileName` (tests, portable setups).
    explicit UiSettings(const QString &fileName);
    ~UiSettings();
    UiSettings(const UiSettings &) = delete;
    UiSettings &operator=(const UiSettings &) = delete;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    int currentPage() const;
    void setCurrentPage(int index);

    // Saved view state of a table header or splitter, by a stable name ("backfill/windows").
    QByteArray viewState(const QString &name) const;
    void setViewState(const QString &name, const QByteArray &state);

    YearMonth backfillFrom() const; // invalid when never set
    YearMonth backfillTo() const;
    void setBackfillRange(YearMonth from, YearMonth to);

    // The Tie-out page's month range and BU filter (empty list = every BU).
    YearMonth tieoutFrom() const; // invalid when never set
    YearMonth tieoutTo() const;
    void setTieoutRange(YearMonth from, YearMonth to);
    QStringList tieoutBusinessUnits() const;
    void setTieoutBusinessUnits(const QStringList &businessUnits);

    // The Data health page's month range.
    YearMonth healthFrom() const; // invalid when never set
    YearMonth healthTo() const;
    void setHealthRange(YearMonth from, YearMonth to);

    QString lastDirectory() const; // for file dialogs (config import/export, SQLite file)
    void setLastDirectory(const QString &directory);

    // Where the settings are kept (for tests and "about").
    QString fileName() const;
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tieout::ui
