// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checknow.h"

#include "core/model/environment.h"

#include <memory>

namespace Maestro::Orchestration {

class RunShared;
class ShipApi;

// One checkNow() outside any run: owns the cancellation and the TaskContext the checks
// need (their progress reports go nowhere). run() on one worker thread; cancel() from any
// thread, also while run() goes on. Holds the environment; the caller keeps `client`
// alive until run() has returned.
class CheckNowJob
{
    Q_DISABLE_COPY_MOVE(CheckNowJob)

public:
    CheckNowJob(Core::EnvironmentPtr environment, QString instance, ShipApi *client);
    ~CheckNowJob();

    const QString &instance() const { return m_instance; }
    CheckNowOutcome run();
    void cancel();

private:
    Core::EnvironmentPtr m_environment;
    QString m_instance;
    ShipApi *m_client;
    std::shared_ptr<RunShared> m_shared;
};

} // namespace Maestro::Orchestration
