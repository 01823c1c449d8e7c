#pragma once

#include <memory>

namespace tieout {
class Database;
}

namespace tieout::ui {

// The open store, shared by whoever reads or writes it (the backfill runner's database thread,
// later the report and health pages). Built by the composition root; null until it is open.
using DatabaseHandle = std::shared_ptr<Database>;

} // namespace tieout::ui
