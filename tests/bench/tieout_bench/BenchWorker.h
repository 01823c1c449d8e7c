#pragma once

namespace tieout::bench {

struct BenchOptions;

// The child-process side: runs the one step named by --worker/--engine/--db, adds the process's
// peak RSS and CPU time, and prints the StepResult as one line of JSON on stdout.
class BenchWorker final
{
public:
    static int run(const BenchOptions &options);
};

} // namespace tieout::bench
