// Fuzz target: the config file parser (SPEC §8) on arbitrary bytes. Properties:
//  - errors are config errors that name the file;
//  - no admin key is ever accepted into a config (a key-shaped env or keychain name is refused);
//  - every http:// API base URL that is accepted points at a loopback host;
//  - what parses, serializes to a file that parses back to the same configuration (the GUI's
//    export then import round trip).
#include "FuzzTargets.h"

#include "core/common/UrlPolicy.h"
#include "core/config/ConfigFile.h"

namespace tieout::fuzz {

namespace {
const QString Source = QStringLiteral("fuzz.json");
}

int config(const uint8_t *data, size_t size)
{
    const auto parsed = ConfigFile::parse(bytes(data, size), Source);
    if (!parsed) {
        if (parsed.error().code() != ErrorCode::Config)
            violated("config", QStringLiteral("not a config error: ") + parsed.error().message());
        if (!parsed.error().message().contains(Source))
            violated("config", QStringLiteral("error does not name the file: ") + parsed.error().message());
        return 0;
    }
    for (const BusinessUnitConfig &bu : parsed->businessUnits) {
        if (bu.adminKey.name.startsWith(QLatin1String("sk-ant-")))
            violated("config", QStringLiteral("an admin key was accepted as a secret name"));
        if (bu.apiBaseUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0
            && !isLoopbackHost(bu.apiBaseUrl.host()))
            violated("config", QStringLiteral("accepted %1 for BU %2").arg(bu.apiBaseUrl.toString(), bu.name));
    }
    const QByteArray written = ConfigFile::serialize(*parsed);
    const auto reread = ConfigFile::parse(written, Source);
    if (!reread)
        violated("config", QStringLiteral("serialized config does not parse: %1\n%2")
                               .arg(reread.error().message(), QString::fromUtf8(written)));
    if (!(*reread == *parsed))
        violated("config", QStringLiteral("serialized config parses to something else:\n") + QString::fromUtf8(written));
    return 0;
}

} // namespace tieout::fuzz
