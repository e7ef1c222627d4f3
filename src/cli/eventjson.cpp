// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventjson.h"

#include <QJsonArray>

namespace Maestro::Cli {

namespace {

QString toneName(Orchestration::Tone tone)
{
    switch (tone) {
    case Orchestration::Tone::Success:
        return QStringLiteral("success");
    case Orchestration::Tone::Problem:
        return QStringLiteral("problem");
    case Orchestration::Tone::NoOp:
        return QStringLiteral("noop");
    case Orchestration::Tone::Plain:
        break;
    }
    return QStringLiteral("plain");
}

} // namespace

QJsonObject eventToJson(const Orchestration::ProgressEvent &event,
                        const Orchestration::PlanStep *step)
{
    using Kind = Orchestration::ProgressEvent::Segment::Kind;
    QJsonObject o{{QStringLiteral("event"), QStringLiteral("progress")},
                  {QStringLiteral("instance"), event.instance},
                  {QStringLiteral("phase"), Orchestration::phaseName(event.phase)},
                  {QStringLiteral("timeMs"), event.timeMs}};
    if (!event.message.isEmpty())
        o.insert(QStringLiteral("message"), event.message);
    if (!event.detail.isEmpty())
        o.insert(QStringLiteral("detail"), event.detail);
    if (step) {
        o.insert(QStringLiteral("row"), step->row);
        o.insert(QStringLiteral("ship"), step->ship);
        o.insert(QStringLiteral("service"), step->service);
    }
    if (!event.waitingFor.isEmpty())
        o.insert(QStringLiteral("waitingFor"), QJsonArray::fromStringList(event.waitingFor));
    if (event.segment.kind != Kind::None) {
        o.insert(QStringLiteral("segment"),
                 QJsonObject{{QStringLiteral("kind"), event.segment.kind == Kind::Container
                                                          ? QStringLiteral("container")
                                                          : QStringLiteral("word")},
                             {QStringLiteral("text"), event.segment.text},
                             {QStringLiteral("tone"), toneName(event.segment.tone)}});
    }
    if (!event.check.name.isEmpty()) {
        QJsonObject check{{QStringLiteral("name"), event.check.name},
                          {QStringLiteral("attempt"), event.check.attempt},
                          {QStringLiteral("elapsedMs"), event.check.elapsedMs},
                          {QStringLiteral("limitMs"), event.check.limitMs}};
        if (event.check.attempts > 0)
            check.insert(QStringLiteral("attempts"), event.check.attempts);
        if (!event.check.lastError.isEmpty())
            check.insert(QStringLiteral("lastError"), event.check.lastError);
        o.insert(QStringLiteral("check"), check);
    }
    if (event.bytesDone >= 0)
        o.insert(QStringLiteral("bytesDone"), event.bytesDone);
    if (event.bytesTotal >= 0)
        o.insert(QStringLiteral("bytesTotal"), event.bytesTotal);
    if (event.reset)
        o.insert(QStringLiteral("reset"), true);
    if (!event.drift.isEmpty()) {
        QJsonArray drift;
        for (const Orchestration::DriftItem &item : event.drift) {
            drift.append(QJsonObject{{QStringLiteral("field"), item.field},
                                     {QStringLiteral("configured"), item.configured},
                                     {QStringLiteral("actual"), item.actual}});
        }
        o.insert(QStringLiteral("drift"), drift);
    }
    return o;
}

QJsonObject reportToJson(const Orchestration::RunReport &report)
{
    QJsonArray steps;
    for (const Orchestration::StepOutcome &s : report.steps) {
        QJsonObject step{{QStringLiteral("id"), s.id},
                         {QStringLiteral("state"), Orchestration::stepStateName(s.state)},
                         {QStringLiteral("startedMs"), s.startedMs},
                         {QStringLiteral("finishedMs"), s.finishedMs}};
        if (!s.reason.isEmpty())
            step.insert(QStringLiteral("reason"), s.reason);
        steps.append(step);
    }
    QJsonObject o{{QStringLiteral("event"), QStringLiteral("finished")},
                  {QStringLiteral("ok"), report.ok()},
                  {QStringLiteral("cancelled"), report.cancelled},
                  {QStringLiteral("aborted"), report.aborted},
                  {QStringLiteral("steps"), steps}};
    if (report.firstError) {
        o.insert(QStringLiteral("error"), report.firstError->message);
        o.insert(QStringLiteral("errorStep"), report.firstErrorStep);
    }
    return o;
}

} // namespace Maestro::Cli
