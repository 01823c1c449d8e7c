#include "support/TestSupport.h"

#include <QDir>

namespace tieout::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(TIEOUT_TEST_DATA_DIR)).filePath(relative);
}

QString binaryPath(const QString &name)
{
    return QDir(QStringLiteral(TIEOUT_BINARY_DIR)).filePath(QStringLiteral("bin/") + name);
}

} // namespace tieout::test
