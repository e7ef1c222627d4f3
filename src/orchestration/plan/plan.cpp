// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan.h"

#include "waitgraph.h"

#include <QCoreApplication>

#include <algorithm>

namespace Maestro::Orchestration {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Orchestration::Plan)
};

// One table cell per column of describe(); the last column is not padded.
void appendRow(QString &out, const QStringList &cells, const QList<qsizetype> &widths)
{
    QString line = QStringLiteral("  ");
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const bool last = c + 1 == cells.size();
        // The row number column is right-aligned like the play table (spec 11.2).
        if (c == 0)
            line += cells[c].rightJustified(widths[c]);
        else
            line += last ? cells[c] : cells[c].leftJustified(widths[c]);
        if (!last)
            line += QStringLiteral("  ");
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    out += line + QLatin1Char('\n');
}

} // namespace

Plan::Plan(Command command, PlanDirection direction, QList<PlanStep> steps)
    : Plan(direction, std::move(steps))
{
    m_command = command;
}

Plan::Plan(PlanDirection direction, QList<PlanStep> steps)
    : m_direction(direction)
{
    m_steps.reserve(steps.size());
    for (PlanStep &step : steps)
        append(std::move(step));
}

void Plan::append(PlanStep step)
{
    // Duplicates are reported by check(); indexOf() keeps answering the first one.
    if (!m_index.contains(step.id))
        m_index.insert(step.id, int(m_steps.size()));
    m_steps.append(std::move(step));
}

Core::VoidResult Plan::check() const
{
    Core::Result<WaitGraph> graph = WaitGraph::build(*this);
    if (!graph)
        return graph.error();
    return Core::Success{};
}

QString Plan::describe() const
{
    const QString order
        = m_direction == PlanDirection::Start ? Tr::tr("start order") : Tr::tr("stop order");
    const QString command = m_command ? commandName(*m_command) : QString();
    if (m_steps.isEmpty())
        return Tr::tr("Plan for %1 (%2): nothing to do.").arg(command, order) + QLatin1Char('\n');

    const qsizetype pulledIn = std::count_if(m_steps.begin(), m_steps.end(),
                                             [](const PlanStep &s) { return s.pulledIn; });
    const QString pulledWord
        = m_direction == PlanDirection::Start ? Tr::tr("dependency") : Tr::tr("dependent");
    QString out
        = Tr::tr("Plan for %1 (%2): %n step(s)", nullptr, int(m_steps.size())).arg(command, order);
    if (pulledIn > 0) {
        out += QStringLiteral(", ")
               + (m_direction == PlanDirection::Start
                      ? Tr::tr("%n pulled in as dependencies", nullptr, int(pulledIn))
                      : Tr::tr("%n pulled in as dependents", nullptr, int(pulledIn)));
    }
    out += QLatin1Char('\n');

    QList<QStringList> rows;
    rows.reserve(m_steps.size() + 1);
    rows.append({Tr::tr("#"), Tr::tr("INSTANCE"), Tr::tr("SERVICE"), Tr::tr("SHIP"), Tr::tr("TASK"),
                 Tr::tr("WHY"), Tr::tr("WAITS FOR")});
    for (const PlanStep &step : m_steps) {
        rows.append({QString::number(step.row) + QLatin1Char('.'), step.id, step.service, step.ship,
                     step.task, step.pulledIn ? pulledWord : Tr::tr("selected"),
                     step.waitsFor.isEmpty() ? QStringLiteral("-")
                                             : step.waitsFor.join(QStringLiteral(", "))});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    for (const QStringList &row : rows)
        appendRow(out, row, widths);
    return out;
}

} // namespace Maestro::Orchestration
