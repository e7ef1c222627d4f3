// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Maestro::Cli {

// MaestroNG's direct printer for one line of standard output (spec 12.9, `logs`): a
// pending text says what is going on until the next write replaces it, and is cleared
// before other output; a committed text stays. On a terminal a pending text is written as
// text + `ESC[K` + `\r` (the cursor stays at the start of the line, as in the reference)
// and cleared with `ESC[2K`. Elsewhere pending texts are transient and not written at all
// (KW-32): a file or pipe receives the committed texts and the output only. Returns what
// to write; the caller serialises the calls.
class StatusLine
{
public:
    StatusLine(bool terminal, bool colours)
        : m_terminal(terminal)
        , m_colours(colours)
    {}

    QString pending(const QString &text);
    // What to write before other output: clears a pending text still shown.
    QString clear();
    // A final line (ended by a newline), red when `problem` and colours are on.
    QString commit(const QString &text, bool problem = false);

    bool showsPending() const { return m_shown; }

private:
    bool m_terminal;
    bool m_colours;
    bool m_shown = false;
};

} // namespace Maestro::Cli
