#include "core/common/LogCategories.h"

Q_LOGGING_CATEGORY(lcApi, "tieout.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "tieout.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "tieout.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBackfill, "tieout.backfill", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReconcile, "tieout.reconcile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "tieout.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "tieout.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "tieout.ui", QtInfoMsg)
