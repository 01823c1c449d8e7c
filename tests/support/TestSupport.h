#pragma once

#include <QString>

namespace tieout::test {

// Path of a fixture under tests/data.
QString dataPath(const QString &relative);
// Path of a built executable (tieout-cli, tieout-sandbox) in the build tree.
QString binaryPath(const QString &name);

} // namespace tieout::test
