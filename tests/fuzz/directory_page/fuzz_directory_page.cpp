// Fuzz target: the api_keys and workspaces directory decoders (SPEC §2.4) on arbitrary bodies,
// both on every input. Besides never crashing: every entry has a non-empty id, and a page that
// says has_more carries last_id.
#include "FuzzTargets.h"
#include "PageChecks.h"

#include "core/api/DirectoryPageDecoder.h"

namespace tieout::fuzz {

int directoryPage(const uint8_t *data, size_t size)
{
    const QByteArray body = bytes(data, size);
    const auto keys = api::DirectoryPageDecoder::decodeApiKeys(body, PageWhere);
    checkPage("directory_page", keys);
    if (keys) {
        for (const ApiKeyRecord &key : keys->items) {
            if (key.id.isEmpty())
                violated("directory_page", QStringLiteral("an api key without an id was accepted"));
        }
    }
    const auto workspaces = api::DirectoryPageDecoder::decodeWorkspaces(body, PageWhere);
    checkPage("directory_page", workspaces);
    if (workspaces) {
        for (const WorkspaceRecord &workspace : workspaces->items) {
            if (workspace.id.isEmpty())
                violated("directory_page", QStringLiteral("a workspace without an id was accepted"));
        }
    }
    return 0;
}

} // namespace tieout::fuzz
