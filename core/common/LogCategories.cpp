#include "core/common/LogCategories.h"

Q_LOGGING_CATEGORY(lcApi, "tieout.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "tieout.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "tieout.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBackfill, "tieout.backfill", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReconcile, "tieout.reconcile", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConfig, "tieout.config", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "tieout.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "tieout.ui", QtWarningMsg)
