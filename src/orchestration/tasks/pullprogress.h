// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/apitypes.h"

#include <QHash>
#include <QMutex>
#include <QPair>
#include <QString>

namespace Maestro::Orchestration {

// The layers of one pull and how far each is (spec 12.4 step 3): fed by the client's
// progress callback on its I/O thread, read by the pulling task on its worker thread.
// Thread-safe.
class PullProgressTally
{
public:
    void add(const Docker::PullProgress &progress);
    // Bytes so far and in total over the layers seen, and MaestroNG's percentage (the
    // mean over layers, `Download complete` counting as 100).
    struct Totals
    {
        qint64 done = 0;
        qint64 total = 0;
        double percent = 0;
        int layers = 0;
    };
    Totals totals() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QPair<qint64, qint64>> m_layers; // id -> (current, total)
    QHash<QString, double> m_percent;
};

} // namespace Maestro::Orchestration
