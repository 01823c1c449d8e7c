#pragma once

#include "core/common/Result.h"
#include "core/config/AppConfig.h"

#include <QByteArray>
#include <QString>

namespace tieout {

// Reads and writes the JSON config file of SPEC §8. Parsing is strict: a wrong type, an unknown
// field, a duplicate BU, a non-https remote URL or an admin key written into the file are each
// refused with a message that names the file and the field path (ErrorCode::Config).
class ConfigFile final
{
public:
    static Result<AppConfig> parse(const QByteArray &json, const QString &sourceName);
    static Result<AppConfig> load(const QString &path);
    static QByteArray serialize(const AppConfig &config);
    static Status save(const AppConfig &config, const QString &path);
};

} // namespace tieout
