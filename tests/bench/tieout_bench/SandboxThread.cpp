#include "SandboxThread.h"

#include "ProcessStats.h"

#include "core/sandbox/SandboxServer.h"

#include <QMetaObject>

namespace tieout::bench {

SandboxThread::SandboxThread(sandbox::SandboxProfile profile) : m_profile(std::move(profile))
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxThread::~SandboxThread()
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context; // its thread has finished
}

Result<QUrl> SandboxThread::start()
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    Result<QUrl> url = Error(ErrorCode::Internal, QStringLiteral("sandbox thread did not start"));
    QMetaObject::invokeMethod(
        m_context,
        [this, &url] {
            m_server = new sandbox::SandboxServer(m_profile);
            auto port = m_server->listen(0);
            if (port)
                url = m_server->baseUrl();
            else
                url = port.error();
        },
        Qt::BlockingQueuedConnection);
    return url;
}

double SandboxThread::cpuSeconds()
{
    double seconds = 0;
    QMetaObject::invokeMethod(
        m_context, [&seconds] { seconds = ProcessStats::threadCpuSeconds(); }, Qt::BlockingQueuedConnection);
    return seconds;
}

qint64 SandboxThread::requestCount()
{
    qint64 count = 0;
    QMetaObject::invokeMethod(
        m_context, [this, &count] { count = m_server ? m_server->requestCount() : 0; },
        Qt::BlockingQueuedConnection);
    return count;
}

} // namespace tieout::bench
