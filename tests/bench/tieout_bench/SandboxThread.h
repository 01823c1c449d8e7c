#pragma once

#include "core/common/Result.h"
#include "core/sandbox/SandboxProfile.h"

#include <QThread>
#include <QUrl>

namespace tieout::sandbox {
class SandboxServer;
}

namespace tieout::bench {

// The in-process SandboxServer on a thread of its own: generating and serialising pages must
// not share the client's thread, just as tieout-sandbox runs in its own process next to the CLI.
// The server is created, served and destroyed on that thread.
class SandboxThread final
{
public:
    explicit SandboxThread(sandbox::SandboxProfile profile);
    ~SandboxThread();
    SandboxThread(const SandboxThread &) = delete;
    SandboxThread &operator=(const SandboxThread &) = delete;

    // Starts the thread and listens on 127.0.0.1 (a free port); returns the base URL.
    Result<QUrl> start();
    // CPU seconds the server thread has used so far.
    double cpuSeconds();
    qint64 requestCount();

private:
    sandbox::SandboxProfile m_profile;
    QThread m_thread;
    QObject *m_context = nullptr;               // lives in m_thread: target of the calls below
    sandbox::SandboxServer *m_server = nullptr; // owned, lives in m_thread
};

} // namespace tieout::bench
