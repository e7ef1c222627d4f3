// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ship.h"

#include <QByteArray>

// The benchmarks' lower bounds talk to the daemon as curl would: every request on its own
// new connection (HTTP/1.0, closed by the daemon after the answer), blocking, on the
// calling thread. Nothing is shared with Maestro's client, so its connection pool and
// limits cannot slow the bound down. Unix socket or plain TCP ships only.
namespace RawHttp {

struct Reply
{
    int status = 0; // 0: no answer (connection failed)
    QByteArray body;
};

Reply send(const Maestro::Core::Ship &ship, const QByteArray &method, const QByteArray &target,
           const QByteArray &jsonBody = {});

} // namespace RawHttp
