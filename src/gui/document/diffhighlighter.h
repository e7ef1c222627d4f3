// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

namespace Maestro::Gui {

// Colours a unified diff: added lines green, removed lines red, hunk headers blue, file
// headers bold. GUI thread only.
class DiffHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffHighlighter)

public:
    explicit DiffHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace Maestro::Gui
