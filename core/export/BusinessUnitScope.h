#pragma once

#include "core/reconcile/ReconcileInput.h"

#include <QStringList>

#include <vector>

namespace tieout {

// The business units a detail or FOCUS export covers, as one flag per BU index of the input:
// the named ones, or every one when none is named. A name the input does not know adds nothing.
class BusinessUnitScope final
{
public:
    static std::vector<quint8> flags(const ReconcileInput &in, const QStringList &businessUnits);
};

} // namespace tieout
