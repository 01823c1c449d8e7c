#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace tieout::test {

// The real tieout-sandbox executable, started on a free loopback port for integration tests.
class SandboxProcess final
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();

    // Starts `tieout-sandbox --port 0 <arguments>` and waits for its URL line. Returns false and
    // fills error() when it does not come up.
    bool start(const QStringList &arguments = {});
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    const QString &error() const { return m_error; }
    // The sandbox's documented key for a BU: sk-ant-admin01-sandbox-<bu lowercase>.
    static QString keyFor(const QString &businessUnit);

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace tieout::test
