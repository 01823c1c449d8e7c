#pragma once

#include "core/api/DecodedPage.h"
#include "core/common/Result.h"
#include "core/records/CostLine.h"

#include <QByteArray>
#include <QJsonObject>

namespace tieout::api {

using CostPage = DecodedPage<CostLine>;

// Decodes one page of /v1/organizations/cost_report (SPEC §2.1) into CostLines: the cent
// string becomes exact nano-dollars (rounding beyond that is counted, not hidden), nulls stay
// null, unknown cost types are kept verbatim. Pure: no network, no state.
class CostPageDecoder final
{
public:
    // `where` names the page in error messages: "GET /v1/organizations/cost_report (starting_at …, page 2)".
    static Result<CostPage> decode(const QByteArray &body, const QString &where);
    static Result<CostPage> decode(const QJsonObject &page, const QString &where);
};

} // namespace tieout::api
