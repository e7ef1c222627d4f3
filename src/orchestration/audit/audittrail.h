// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditor.h"

#include "core/model/environment.h"

#include <QMutex>
#include <QStringList>

#include <memory>
#include <vector>

namespace Maestro::Orchestration {

// The environment's `audit:` list (spec 15) for one run: delivers each event to the
// auditors in list order. Levels: a play's action/success reach every auditor, a task's
// only the `level: debug` ones; errors reach all. A failing auditor on an action stops
// the play or the task (its error is returned) unless it has `ignore_errors: true`;
// failures on success and error events are only logged. Slack and HipChat auditors are
// not implemented: fromEnvironment() names them in `warnings`.
// Thread-safe: tasks report from worker threads; deliveries are serialised.
class AuditTrail
{
public:
    static std::shared_ptr<AuditTrail> fromEnvironment(const Core::Environment &environment,
                                                       QStringList *warnings = nullptr);

    bool isEmpty() const { return m_entries.empty(); }
    Core::VoidResult record(const AuditEvent &event);

private:
    struct Entry
    {
        QString type;
        bool debugLevel = false;
        bool ignoreErrors = false;
        std::unique_ptr<Auditor> auditor;
    };
    QMutex m_mutex;
    std::vector<Entry> m_entries;
};

} // namespace Maestro::Orchestration
