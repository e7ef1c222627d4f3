// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/plan/planstep.h"
#include "orchestration/run/progressevent.h"
#include "orchestration/run/runreport.h"

#include <QJsonObject>

namespace Maestro::Cli {

// `--json` output: one object per progress event, and a last one for the run's report.
// `{"event":"progress","instance":"web-1","phase":"checking","message":"...",
//   "row":2,"ship":"ship1","service":"web","timeMs":120,
//   "segment":{"kind":"word","text":"started","tone":"success"},
//   "check":{"name":"tcp:http","attempt":2,"attempts":57,"elapsedMs":60,"limitMs":5000,
//            "lastError":"connection refused"},
//   "drift":[{"field":"env.A","configured":"1","actual":"2"}]}`
// (`check.attempts`: the most attempts the check can still reach, shrinking as it goes;
// `check.lastError`: why the previous attempt failed, absent on the first)
// (`detail`: what the desktop shows instead of the message or the word, e.g.
// "SIGTERM sent, killed after 10 s"; absent when there is nothing more to say)
// (`drift`: status --json and restart --only-if-changed, when the container differs from
// its configuration, KW-39)
// `{"event":"finished","ok":false,"error":"...","errorStep":"web-1","cancelled":false,
//   "aborted":false,"steps":[{"id":"web-1","state":"failed","reason":"...",
//   "startedMs":3,"finishedMs":900}]}`
QJsonObject eventToJson(const Orchestration::ProgressEvent &event,
                        const Orchestration::PlanStep *step);
QJsonObject reportToJson(const Orchestration::RunReport &report);

} // namespace Maestro::Cli
