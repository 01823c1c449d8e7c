#pragma once

#include "core/common/Error.h"

#include <QObject>

namespace tieout::cli {

struct CliContext;

// One CLI command. start() begins the (possibly asynchronous) work; finished(exitCode) ends it.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    explicit CliCommand(CliContext &context, QObject *parent = nullptr);
    virtual void start() = 0;
    // Stop at the next safe point. Default: nothing runs in between, so stop now (exit 1).
    virtual void cancel();

signals:
    void finished(int exitCode);

protected:
    void succeed() { finish(0); }
    void finish(int exitCode);
    // Prints "tieout-cli: <message>" to stderr and finishes with the error's exit code.
    void fail(const Error &error);

    CliContext &m_context;

private:
    bool m_finished = false;
};

} // namespace tieout::cli
