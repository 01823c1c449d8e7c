#pragma once

#include <QtGlobal>

namespace tieout::api {

struct ClientStats
{
    qint64 requests = 0;
    qint64 pages = 0;
    qint64 retries = 0;
    qint64 retriesRateLimited = 0; // 429
    qint64 retriesServer = 0;      // 500, 502, 503, 504, 529
    qint64 retriesTransport = 0;   // connection errors, timeouts, truncated or unparseable bodies
    qint64 bytes = 0;

    // Totals over several clients.
    ClientStats &operator+=(const ClientStats &other)
    {
        requests += other.requests;
        pages += other.pages;
        retries += other.retries;
        retriesRateLimited += other.retriesRateLimited;
        retriesServer += other.retriesServer;
        retriesTransport += other.retriesTransport;
        bytes += other.bytes;
        return *this;
    }
};

} // namespace tieout::api
