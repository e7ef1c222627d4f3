// SPDX-License-Identifier: GPL-3.0-or-later
#include "runhighlights.h"

#include "dependencygraphscene.h"

#include "models/environmenttreemodel.h"
#include "models/runmodel.h"

#include <QPair>
#include <QSet>
#include <QTimer>

namespace Maestro::Gui {

RunHighlights::RunHighlights(const Models::RunModel *run, const Models::EnvironmentTreeModel *model,
                             DependencyGraphScene *scene, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_model(model)
    , m_scene(scene)
    , m_due(new QTimer(this))
{
    m_due->setSingleShot(true);
    m_due->setInterval(0);
    connect(m_due, &QTimer::timeout, this, &RunHighlights::update);
    connect(m_run, &Models::RunModel::progressChanged, this, &RunHighlights::onProgress);
}

void RunHighlights::onProgress()
{
    if (m_run->isRunFinished()) {
        m_due->stop();
        update(); // cleared as the run ends, not a turn later
    } else if (!m_due->isActive()) {
        m_due->start();
    }
}

void RunHighlights::update()
{
    // Sets: every progress event recomputes them, and a large plan names the same services
    // and edges many times over (lists made the graph's lookups quadratic).
    QSet<QString> waited;
    QSet<QPair<QString, QString>> blocking;
    const Core::EnvironmentPtr environment = m_model->environment();
    if (environment && !m_run->isRunFinished()) {
        for (int row = 0; row < m_run->rowCount(); ++row) {
            const QModelIndex index = m_run->index(row, 0);
            const QString service = index.data(Models::RunModel::ServiceRole).toString();
            const QStringList waitsFor
                = index.data(Models::RunModel::WaitingForRole).toStringList();
            for (const QString &instance : waitsFor) {
                const Core::Instance *other = environment->instance(instance);
                if (!other)
                    continue;
                waited.insert(other->service);
                // Start waits along the edge, stop against it: mark it either way.
                blocking.insert({service, other->service});
                blocking.insert({other->service, service});
            }
        }
    }
    m_scene->setRunHighlights(waited, blocking);
}

} // namespace Maestro::Gui
