#include "core/api/DirectoryPageDecoder.h"

#include "core/api/JsonReader.h"

using namespace Qt::Literals::StringLiterals;

namespace tieout::api {

namespace {

// The directory envelope and per-entry loop are the same for every directory; only the entry differs.
template<typename Record, typename ReadEntry>
Result<DecodedPage<Record>> decodeDirectory(const QJsonObject &page, const QString &where, ReadEntry readEntry)
{
    JsonReader reader(where);
    const auto envelope = reader.envelope(page, "last_id"_L1);
    DecodedPage<Record> result;
    result.hasMore = envelope.hasMore;
    result.next = envelope.next;
    for (qsizetype i = 0; i < envelope.data.size() && reader.ok(); ++i) {
        const QString path = JsonReader::index(u"data"_s, i);
        const QJsonObject entry = reader.requireObject(envelope.data.at(i), path);
        Record record = readEntry(reader, entry, path);
        if (reader.ok())
            result.items.append(std::move(record));
    }
    if (!reader.ok())
        return reader.error();
    return result;
}

ApiKeyRecord readApiKey(JsonReader &reader, const QJsonObject &entry, const QString &path)
{
    ApiKeyRecord key;
    key.id = reader.requireString(entry, path, "id"_L1);
    key.name = reader.nullableString(entry, path, "name"_L1);
    key.workspaceId = reader.nullableString(entry, path, "workspace_id"_L1);
    key.status = reader.nullableString(entry, path, "status"_L1);
    if (reader.ok() && key.id.isEmpty())
        reader.fail(JsonReader::join(path, "id"_L1), u"the id is empty"_s);
    return key;
}

WorkspaceRecord readWorkspace(JsonReader &reader, const QJsonObject &entry, const QString &path)
{
    WorkspaceRecord workspace;
    workspace.id = reader.requireString(entry, path, "id"_L1);
    workspace.name = reader.nullableString(entry, path, "name"_L1);
    if (reader.ok() && workspace.id.isEmpty())
        reader.fail(JsonReader::join(path, "id"_L1), u"the id is empty"_s);
    return workspace;
}

} // namespace

Result<ApiKeyPage> DirectoryPageDecoder::decodeApiKeys(const QByteArray &body, const QString &where)
{
    auto page = JsonReader::parseObject(body, where);
    if (!page)
        return page.error();
    return decodeApiKeys(*page, where);
}

Result<ApiKeyPage> DirectoryPageDecoder::decodeApiKeys(const QJsonObject &page, const QString &where)
{
    return decodeDirectory<ApiKeyRecord>(page, where, readApiKey);
}

Result<WorkspacePage> DirectoryPageDecoder::decodeWorkspaces(const QByteArray &body, const QString &where)
{
    auto page = JsonReader::parseObject(body, where);
    if (!page)
        return page.error();
    return decodeWorkspaces(*page, where);
}

Result<WorkspacePage> DirectoryPageDecoder::decodeWorkspaces(const QJsonObject &page, const QString &where)
{
    return decodeDirectory<WorkspaceRecord>(page, where, readWorkspace);
}

} // namespace tieout::api
