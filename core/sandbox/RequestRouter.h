#pragma once

#include "core/sandbox/HttpExchange.h"
#include "core/sandbox/PageToken.h"
#include "core/sandbox/ReportEndpoints.h"

#include <QHash>
#include <QList>

namespace tieout::sandbox {

class SyntheticOrganization;

// Turns one request into one complete response, in the order the real API checks: x-api-key
// (401), anthropic-version (400), path (404), method (405), parameters (400), then the data.
// Pure and synchronous: the HTTP server and fault injection live elsewhere.
class RequestRouter final
{
public:
    RequestRouter(const QList<const SyntheticOrganization *> &organizations, quint64 tokenSecret);

    SandboxResponse handle(const SandboxRequest &request, const QString &requestId) const;
    // The organization the request's x-api-key selects, or nullptr.
    const SyntheticOrganization *organizationFor(const SandboxRequest &request) const;

private:
    QHash<QString, const SyntheticOrganization *> m_byKey;
    PageTokenCodec m_tokens;
    ReportEndpoints m_reports;
};

} // namespace tieout::sandbox
