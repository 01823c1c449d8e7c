#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace tieout::bench {

// Waits for `future` in a local event loop and returns its result. The bench is a tool driving
// one measurement after another; product code never does this (DESIGN.md: no nested loops).
// The future must finish with a result (the bench never cancels).
template<typename T> T awaitFuture(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace tieout::bench
