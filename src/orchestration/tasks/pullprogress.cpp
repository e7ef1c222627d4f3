// SPDX-License-Identifier: GPL-3.0-or-later
#include "pullprogress.h"

namespace Maestro::Orchestration {

void PullProgressTally::add(const Docker::PullProgress &progress)
{
    if (progress.layerId.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    if (progress.status == QLatin1String("Download complete")) {
        QPair<qint64, qint64> &layer = m_layers[progress.layerId];
        layer.first = layer.second;
        m_percent[progress.layerId] = 100.0;
    } else if (progress.total > 0) {
        m_layers[progress.layerId] = {progress.current, progress.total};
        m_percent[progress.layerId] = 100.0 * double(progress.current) / double(progress.total);
    }
}

PullProgressTally::Totals PullProgressTally::totals() const
{
    QMutexLocker lock(&m_mutex);
    Totals t;
    for (const QPair<qint64, qint64> &layer : m_layers) {
        t.done += layer.first;
        t.total += layer.second;
    }
    double sum = 0;
    for (double p : m_percent)
        sum += p;
    t.layers = int(m_percent.size());
    t.percent = t.layers > 0 ? sum / t.layers : 0;
    return t;
}

} // namespace Maestro::Orchestration
