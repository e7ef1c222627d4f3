// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/plan/plan.h"
#include "orchestration/run/progressevent.h"

#include <QList>
#include <QString>

namespace Maestro::Cli {

// MaestroNG's play table (spec 11.2) built from progress events: one row per plan step,
// committed segments plus the transient pending text. On a terminal each update redraws
// its row in place; otherwise only each row's final text is printed, once, when its step
// ends (KW-32). Used on the CLI's main thread only.
class PlayTable
{
public:
    struct Layout
    {
        int columns = 120;
        bool terminal = false;
        bool colours = false;
    };

    // Column count C of spec 11.2: $COLUMNS, else the terminal width, else 120.
    static Layout detectLayout();

    PlayTable(const Orchestration::Plan &plan, QList<QString> shipDisplay, Layout layout);

    int instanceWidth() const { return m_instanceWidth; }
    int shipWidth() const { return m_shipWidth; }

    // The header line and, on a terminal, the reserved block of rows.
    QString begin() const;
    // What to write for this event (may be empty).
    QString apply(const Orchestration::ProgressEvent &event);
    // On a terminal: moves the cursor below the block.
    QString end() const;
    // A row's current text (committed segments and the pending text).
    QString rowText(int index) const;
    // `text` in the tone's colour when colours are on (spec 11.2 codes).
    QString colour(const QString &text, Orchestration::Tone tone) const;

private:
    struct Row
    {
        QString prefix;
        QString committed;
        QString pending;
        bool final = false;
    };
    QString redraw(int index) const;

    Layout m_layout;
    int m_instanceWidth = 20;
    int m_shipWidth = 20;
    QList<Row> m_rows;
    QList<QString> m_ids;
};

} // namespace Maestro::Cli
