// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/run/progressevent.h"

#include <QList>
#include <QMetaType>

namespace Maestro::Models {

// One bar of the run timeline: what an instance's step was doing from `fromMs` to `toMs`
// (run clock, ProgressEvent::timeMs). `toMs` is -1 while the phase is still going on.
struct TimelineSegment
{
    Orchestration::ProgressPhase phase = Orchestration::ProgressPhase::Waiting;
    qint64 fromMs = 0;
    qint64 toMs = -1;

    friend bool operator==(const TimelineSegment &, const TimelineSegment &) = default;
};

using TimelineSegments = QList<TimelineSegment>;

} // namespace Maestro::Models

Q_DECLARE_METATYPE(Maestro::Models::TimelineSegments)
