#pragma once

#include "core/common/Result.h"
#include "core/sandbox/FaultSettings.h"
#include "core/sandbox/SandboxProfile.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace tieout::sandbox {

class SyntheticOrganization;

// A real HTTP server (QtHttpServer) on loopback that serves the Admin API endpoints of SPEC §2
// from one deterministic synthetic organization per BU, chosen by the x-api-key header. Real
// limits, opaque page tokens, real error bodies, optional faults. Nothing in the product treats
// it specially beyond its base URL.
class SandboxServer final : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxProfile profile, FaultSettings faults = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1; port 0 picks a free port. Returns the port.
    Result<quint16> listen(quint16 port = 0);
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    const SandboxProfile &profile() const;
    // The organization a BU name maps to (for totals in tests and the demo), or nullptr.
    const SyntheticOrganization *organization(const QString &businessUnit) const;

    void setFaults(const FaultSettings &faults);
    FaultStats faultStats() const;
    qint64 requestCount() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tieout::sandbox
