// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/live/driftitem.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Maestro::Orchestration {

// Where an instance's step is. The runner emits Queued, Waiting and exactly one final
// phase (Done, Failed, Skipped or Aborted, always the step's last event); tasks report
// the phases in between.
enum class ProgressPhase {
    Queued,   // ready to run, waiting for a free worker
    Waiting,  // waiting for the steps in ProgressEvent::waitingFor
    Pulling,  // pulling an image: bytesDone/bytesTotal
    Creating, // creating a container
    Starting, // starting a container
    Checking, // running a lifecycle check: ProgressEvent::check
    Stopping, // stopping or killing a container
    Removing, // removing a container
    Info,     // anything else the task wants shown (a pending text, a committed segment)
    Done,
    Failed,
    Skipped,
    Aborted, // not started because the run stopped, or abandoned by PlanRunner::abort()
};

// The colour class of a row segment (spec 11.2): green = success, red = problem,
// cyan = no-op (nothing needed doing), plain = no colour.
enum class Tone { Plain, Success, Problem, NoOp };

// One progress report about one instance: the unit both the CLI table (spec 11.2) and the
// GUI views are built from. A plain value, safe to copy between threads and to send
// through queued signal connections (it is a registered metatype).
struct ProgressEvent
{
    // A committed piece of the row: the container column (`tag:shortid`, padded to 25)
    // or a result word (`started`, `down`, `failed!`, padded to 10 where spec 11.2 says
    // so). Kind None: the event commits nothing.
    struct Segment
    {
        enum class Kind { None, Container, Word };
        Kind kind = Kind::None;
        QString text;
        Tone tone = Tone::Plain;

        friend bool operator==(const Segment &, const Segment &) = default;
    };

    // A lifecycle check in progress: `tcp:client`, attempt 3 of at most 10, 1500 of
    // 5000 ms since the state's checks began, and why attempt 2 failed.
    struct Check
    {
        QString name;
        int attempt = 0;
        // The most attempts the check can still reach (never exceeded by `attempt`; it may
        // shrink from one attempt to the next); 0 when unknown.
        int attempts = 0;
        qint64 elapsedMs = 0;
        qint64 limitMs = 0; // 0: no time limit (exec, rexec: `attempts` limits them)
        // The error of the previous attempt; empty on the first.
        QString lastError;

        friend bool operator==(const Check &, const Check &) = default;
    };

    QString instance;
    ProgressPhase phase = ProgressPhase::Info;
    // The transient (pending) text shown after the committed segments until the next
    // event of this instance, e.g. `creating container from nginx:1.25...`; for final
    // phases the reason (the error of Failed, why a step was aborted or skipped).
    QString message;
    // What the desktop shows where the table keeps MaestroNG's few words (`message` while
    // pending, the segment's word when committed): `SIGTERM sent, killed after 10 s`,
    // `stopped (killed after 10 s timeout)`. Empty: the table's text says it all.
    QString detail;
    // A stop's end: the container ignored SIGTERM and Docker killed it when the stop's
    // timeout of this many seconds ran out (its exit code 137 is ours, not a crash); 0
    // otherwise.
    int killedAfterTimeoutS = 0;
    // Waiting: the ids this step still waits for, in plan order.
    QStringList waitingFor;
    Check check;
    // Pulling: bytes so far and in total; -1 when unknown.
    qint64 bytesDone = -1;
    qint64 bytesTotal = -1;
    // Monotonic milliseconds since the run started; set by the runner.
    qint64 timeMs = 0;
    Segment segment;
    // Clear the row's committed segments before applying this event (spec 11.2 `reset`,
    // e.g. between the stop and the start half of a restart).
    bool reset = false;
    // status with drift detection: how the container differs from its configuration
    // (KW-39); empty when it matches or was not compared.
    QList<DriftItem> drift;

    bool isFinal() const;

    friend bool operator==(const ProgressEvent &, const ProgressEvent &) = default;
};

// True for Done, Failed, Skipped and Aborted.
bool isFinalPhase(ProgressPhase phase);
// A stable lower-case name (`queued`, `waiting`, ...) for logs, tests and JSON output.
QString phaseName(ProgressPhase phase);

} // namespace Maestro::Orchestration

Q_DECLARE_METATYPE(Maestro::Orchestration::ProgressEvent)
