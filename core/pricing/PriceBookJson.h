#pragma once

#include "core/common/Result.h"
#include "core/pricing/PriceEntry.h"

#include <QByteArray>

namespace tieout {

class PriceBook;

// Reads and writes the price book JSON (resources/pricebook.json is the reference). Prices are
// decimal strings in USD per million tokens, parsed exactly; JSON numbers are refused because
// they would pass through a double.
class PriceBookJson final
{
public:
    // Appends the file's entries to `book` (tagged with `origin`) and takes its global settings
    // (batch multiplier, web search price) when present.
    static Status read(const QByteArray &json, PriceOrigin origin, PriceBook &book);
    static QByteArray writeUserEntries(const PriceBook &book);
    // "3.75" for 3'750'000'000 nano-dollars: shortest exact decimal.
    static QString formatNanos(qint64 nanos);
};

} // namespace tieout
