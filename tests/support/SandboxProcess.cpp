#include "support/SandboxProcess.h"

#include "support/TestSupport.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace tieout::test {

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &arguments)
{
    m_process.setProgram(binaryPath(QStringLiteral("tieout-sandbox")));
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10'000)) {
        m_error = QStringLiteral("tieout-sandbox did not start: ") + m_process.errorString();
        return false;
    }
    static const QRegularExpression urlPattern(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray output;
    QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        output += m_process.readAllStandardOutput();
        const auto match = urlPattern.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
    }
    m_error = QStringLiteral("tieout-sandbox printed no URL: ") + QString::fromUtf8(output + m_process.readAllStandardError());
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

QString SandboxProcess::keyFor(const QString &businessUnit)
{
    return QStringLiteral("sk-ant-admin01-sandbox-") + businessUnit.toLower();
}

} // namespace tieout::test
