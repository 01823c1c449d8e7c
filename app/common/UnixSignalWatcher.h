#pragma once

#include <QObject>

class QSocketNotifier;

namespace tieout::app {

// Turns SIGTERM and SIGINT into a Qt signal, through a self-pipe: a signal handler may only
// write(2), so the event loop does the actual quitting.
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace tieout::app
