#pragma once

// The start every report-page test shares (Tie-out, Data health): English number formats, a
// temporary folder, the demo sandbox served in-process, the config of the test's BUs on it and
// an empty SQLite store. Each test then fills the store (backfillDemo) with its own clock and
// months.

#include "ui/support/DemoStore.h"

#include <QLocale>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace tieout::test {

class DemoPageTest : public QObject
{
protected:
    // Empty on success, else what went wrong. `environment` receives the BUs' keys.
    QString setUpDemo(const QStringList &businessUnits, QProcessEnvironment *environment)
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder: ") + m_dir.errorString();
        m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxProfile::demo());
        if (const auto port = m_server->listen(); !port)
            return port.error().message();
        m_config = demoConfig(m_server->baseUrl(), businessUnits, environment);
        m_database = openStore(m_dir.filePath(QStringLiteral("tieout.sqlite")));
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    AppConfig m_config;
    std::shared_ptr<Database> m_database;
};

} // namespace tieout::test
