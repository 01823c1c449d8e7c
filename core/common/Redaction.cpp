#include "core/common/Redaction.h"

#include <QRegularExpression>

namespace tieout {

namespace {
QtMessageHandler g_previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_previousHandler)
        g_previousHandler(type, context, redactSecrets(message));
}
} // namespace

QString redactSecrets(const QString &text)
{
    if (!text.contains(QLatin1String("sk-ant-")))
        return text;
    static const QRegularExpression keyPattern(QStringLiteral("sk-ant-[A-Za-z0-9_\\-]*"));
    QString redacted = text;
    redacted.replace(keyPattern, QStringLiteral("sk-ant-[REDACTED]"));
    return redacted;
}

void installRedactingMessageHandler()
{
    if (g_previousHandler)
        return;
    g_previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace tieout
