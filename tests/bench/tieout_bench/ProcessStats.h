#pragma once

#include <QString>

namespace tieout::bench {

// What the kernel says about this process: resident memory (current and peak, from
// /proc/self/status), CPU time, and the machine it runs on. Linux only; zeros elsewhere.
class ProcessStats final
{
public:
    static double peakRssMb();    // VmHWM
    static double currentRssMb(); // VmRSS
    // Resets VmHWM to the current RSS (writes 5 to /proc/self/clear_refs); false if refused.
    static bool resetPeakRss();

    static double processCpuSeconds(); // user + system, all threads
    static double threadCpuSeconds();  // user + system, the calling thread

    static QString cpuModel();    // "model name" of /proc/cpuinfo
    static int cpuCount();        // CPUs this process may use, as nproc prints
    static QString loadAverage(); // the first three fields of /proc/loadavg
};

} // namespace tieout::bench
