#pragma once

#include <QString>

namespace tieout {

// Replaces anything shaped like an Anthropic key (sk-ant-…) with a redacted marker. Applied to
// every Error message and every log line, so a key can never reach a log, an export or the screen.
QString redactSecrets(const QString &text);

// Installs a Qt message handler that redacts every log line before the previous handler sees it.
void installRedactingMessageHandler();

} // namespace tieout
