#include "support/DemoConfig.h"

#include "support/SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tieout::test {

namespace {
QString envName(const QString &businessUnit)
{
    return businessUnit.toUpper() + QStringLiteral("_ADMIN_KEY");
}
} // namespace

QString writeDemoConfig(const QTemporaryDir &dir, const QUrl &sandbox, const QString &fileName)
{
    QJsonArray units;
    for (const QString &bu : DemoBusinessUnits) {
        units.append(QJsonObject{{QStringLiteral("name"), bu},
                                 {QStringLiteral("api_base_url"), sandbox.toString()},
                                 {QStringLiteral("admin_key"), QJsonObject{{QStringLiteral("env"), envName(bu)}}}});
    }
    const QString path = dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("business_units"), units}}).toJson());
    return path;
}

CliRunner demoRunner(const QString &configPath)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &bu : DemoBusinessUnits)
        environment.insert(envName(bu), SandboxProcess::keyFor(bu));
    // Keep the CLI's default data/config folders out of the user's home.
    environment.remove(QStringLiteral("TIEOUT_CONFIG"));
    return CliRunner(configPath, environment);
}

} // namespace tieout::test
