// SPDX-License-Identifier: GPL-3.0-or-later
#include "playtable.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <sys/ioctl.h>
#include <unistd.h>

namespace Maestro::Cli {

using Orchestration::ProgressEvent;
using Orchestration::ProgressPhase;
using Orchestration::Tone;

namespace {

QString cell(const QString &text, int width)
{
    return text.left(width).leftJustified(width);
}

// Result words padded to 10 (spec 11.2); the others are written as they are.
QString word(const QString &text)
{
    static const QSet<QString> padded{QStringLiteral("down"),    QStringLiteral("host down"),
                                      QStringLiteral("stopped"), QStringLiteral("killed"),
                                      QStringLiteral("skipped"), QStringLiteral("absent"),
                                      QStringLiteral("removed"), QStringLiteral("done")};
    return padded.contains(text) ? text.leftJustified(10) : text;
}

} // namespace

PlayTable::Layout PlayTable::detectLayout()
{
    Layout layout;
    layout.terminal = ::isatty(STDOUT_FILENO) == 1;
    layout.colours = layout.terminal || qEnvironmentVariableIsSet("ANSICON");
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("COLUMNS", &ok);
    if (ok) {
        layout.columns = fromEnv;
    } else if (layout.terminal) {
        winsize size{};
        layout.columns
            = ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0 ? size.ws_col : 120;
    }
    return layout;
}

PlayTable::PlayTable(const Orchestration::Plan &plan, QList<QString> shipDisplay, Layout layout)
    : m_layout(layout)
{
    const int c = layout.columns;
    m_instanceWidth = std::min(40, std::max(20, (c - 60) / 3));
    m_shipWidth = std::min(40, std::max(0, c - m_instanceWidth - 80));
    for (int i = 0; i < plan.size(); ++i) {
        const Orchestration::PlanStep &step = plan.step(i);
        QString name = cell(step.id, m_instanceWidth);
        if (m_layout.colours)
            name = QStringLiteral("\x1b[1m") + name + QStringLiteral("\x1b[0m");
        Row row;
        row.prefix = QString::number(step.row).rightJustified(3) + QStringLiteral(". ") + name
                     + QLatin1Char(' ') + cell(step.service, 20);
        if (m_shipWidth > 0)
            row.prefix += QLatin1Char(' ') + cell(shipDisplay.value(i, step.ship), m_shipWidth);
        m_rows.append(row);
        m_ids.append(step.id);
    }
}

QString PlayTable::colour(const QString &text, Tone tone) const
{
    if (!m_layout.colours)
        return text;
    switch (tone) {
    case Tone::Success:
        return QStringLiteral("\x1b[32;1m") + text + QStringLiteral("\x1b[;0m");
    case Tone::Problem:
        return QStringLiteral("\x1b[31;1m") + text + QStringLiteral("\x1b[;0m");
    case Tone::NoOp:
        return QStringLiteral("\x1b[36;m") + text + QStringLiteral("\x1b[;0m");
    case Tone::Plain:
        break;
    }
    return text;
}

QString PlayTable::begin() const
{
    QString header = QStringLiteral("  #  ") + cell(QStringLiteral("INSTANCE"), m_instanceWidth)
                     + QLatin1Char(' ') + cell(QStringLiteral("SERVICE"), 20);
    if (m_shipWidth > 0)
        header += QLatin1Char(' ') + cell(QStringLiteral("SHIP"), m_shipWidth);
    header += QLatin1Char(' ') + QStringLiteral("CONTAINER").leftJustified(25)
              + QStringLiteral("  ") + QStringLiteral("STATUS").leftJustified(10)
              + QLatin1Char('\n');
    if (m_layout.terminal && !m_rows.isEmpty())
        header += QString(m_rows.size(), QLatin1Char('\n'))
                  + QStringLiteral("\x1b[%1A").arg(m_rows.size());
    return header;
}

QString PlayTable::rowText(int index) const
{
    const Row &row = m_rows.at(index);
    QString text = row.prefix + row.committed;
    if (!row.pending.isEmpty())
        text += QLatin1Char(' ') + row.pending;
    return text;
}

QString PlayTable::redraw(int index) const
{
    QString out;
    if (index > 0)
        out += QStringLiteral("\x1b[%1B").arg(index);
    out += QLatin1Char('\r') + rowText(index) + QStringLiteral("\x1b[K\r");
    if (index > 0)
        out += QStringLiteral("\x1b[%1A").arg(index);
    return out;
}

QString PlayTable::apply(const ProgressEvent &event)
{
    const int index = int(m_ids.indexOf(event.instance));
    if (index < 0)
        return {};
    Row &row = m_rows[index];
    if (event.reset)
        row.committed.clear();
    const ProgressEvent::Segment &segment = event.segment;
    switch (segment.kind) {
    case ProgressEvent::Segment::Kind::Container:
        row.committed += QLatin1Char(' ')
                         + colour(segment.text.leftJustified(25) + QLatin1Char(' '), segment.tone);
        break;
    case ProgressEvent::Segment::Kind::Word:
        row.committed += QLatin1Char(' ') + colour(word(segment.text), segment.tone);
        break;
    case ProgressEvent::Segment::Kind::None:
        break;
    }
    // The runner's own final events carry `failed!`/`aborted!` as their segment.
    if (event.phase == ProgressPhase::Queued || event.phase == ProgressPhase::Waiting)
        row.pending = QStringLiteral("waiting...");
    if (event.isFinal()) {
        row.pending.clear();
        row.final = true;
    } else if (segment.kind == ProgressEvent::Segment::Kind::None && !event.message.isEmpty()) {
        row.pending = event.message;
    } else if (segment.kind != ProgressEvent::Segment::Kind::None) {
        row.pending.clear();
    }
    if (m_layout.terminal)
        return redraw(index);
    if (event.isFinal()) {
        // KW-32: one line per row, its final text, without colour codes.
        static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]"));
        QString text = rowText(index);
        text.remove(ansi);
        return text + QLatin1Char('\n');
    }
    return {};
}

QString PlayTable::end() const
{
    if (m_layout.terminal && !m_rows.isEmpty())
        return QStringLiteral("\x1b[%1B").arg(m_rows.size());
    return {};
}

} // namespace Maestro::Cli
