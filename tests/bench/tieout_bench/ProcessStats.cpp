#include "ProcessStats.h"

#include <QFile>
#include <QThread>

#include <sys/resource.h>

namespace tieout::bench {

namespace {

// A "Name:   1234 kB" line of /proc/self/status, in MB.
double statusFieldMb(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = name + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
            return parts.isEmpty() ? 0 : parts.first().toDouble() / 1024.0;
        }
    }
    return 0;
}

double seconds(const rusage &usage)
{
    const auto tv = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return tv(usage.ru_utime) + tv(usage.ru_stime);
}

} // namespace

double ProcessStats::peakRssMb()
{
    return statusFieldMb("VmHWM");
}

double ProcessStats::currentRssMb()
{
    return statusFieldMb("VmRSS");
}

bool ProcessStats::resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

double ProcessStats::processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return seconds(usage);
}

double ProcessStats::threadCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return seconds(usage);
}

QString ProcessStats::cpuModel()
{
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (!info.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray &line : info.readAll().split('\n')) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
        }
    }
    return QStringLiteral("unknown");
}

int ProcessStats::cpuCount()
{
    return QThread::idealThreadCount(); // the CPUs this process may run on, like nproc
}

QString ProcessStats::loadAverage()
{
    QFile load(QStringLiteral("/proc/loadavg"));
    if (!load.open(QIODevice::ReadOnly))
        return QString();
    const QList<QByteArray> fields = load.readAll().simplified().split(' ');
    return QString::fromLatin1(fields.mid(0, 3).join(' '));
}

} // namespace tieout::bench
