#pragma once

#include <QList>
#include <QString>

namespace tieout::api {

// One decoded page of any Admin API list: its typed records and where the next page is.
// `next` is the next_page token (reports) or last_id (directories); null when !hasMore.
template<typename T>
struct DecodedPage
{
    QList<T> items;
    bool hasMore = false;
    QString next;
    int roundedAmounts = 0; // cost amounts with more than nano-dollar precision
};

} // namespace tieout::api
