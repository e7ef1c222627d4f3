// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "planstep.h"

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Maestro::Orchestration {

// Which way dependencies point in a play (spec 10.4/10.5): start order runs dependencies
// first (status, start, pull, clean), stop order runs dependents first (stop, kill,
// restart).
enum class PlanDirection { Start, Stop };

// What a command will do: its instance steps in display order, each with the steps it
// waits for. Built by the command layer from the selection and the options (spec 10),
// shown by `--dry-run` through describe(), executed by PlanRunner. A value type: copy it
// freely; a copy may be used from any thread, one object from one thread at a time.
class Plan
{
public:
    Plan() = default;
    Plan(Command command, PlanDirection direction, QList<PlanStep> steps = {});
    // A plan no command made (Check Now's one step): command() is empty.
    explicit Plan(PlanDirection direction, QList<PlanStep> steps = {});

    std::optional<Command> command() const { return m_command; }
    PlanDirection direction() const { return m_direction; }
    const QList<PlanStep> &steps() const { return m_steps; }
    int size() const { return int(m_steps.size()); }
    bool isEmpty() const { return m_steps.isEmpty(); }
    const PlanStep &step(int index) const { return m_steps.at(index); }
    // The position of the first step with this id, or -1.
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

    void append(PlanStep step);

    // Checks what the runner relies on: every step has an id, ids are unique (KW-8),
    // every waited-for id is a step of this plan, and waiting has no cycle (a step
    // waiting for itself included). The error names the offending step or the cycle.
    Core::VoidResult check() const;

    // The `--dry-run` text: one line per step in plan order with its row number, service,
    // ship, task, why it is there and what it waits for.
    QString describe() const;

private:
    std::optional<Command> m_command;
    PlanDirection m_direction = PlanDirection::Start;
    QList<PlanStep> m_steps;
    QHash<QString, int> m_index;
};

} // namespace Maestro::Orchestration
