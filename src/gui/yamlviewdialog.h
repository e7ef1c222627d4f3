// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Maestro::Gui {

// A read-only view of an environment file with YAML highlighting, scrolled to a line and
// column with that line marked: where a diagnostic points. GUI thread only.
class YamlViewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlViewDialog)

public:
    explicit YamlViewDialog(QWidget *parent = nullptr);

    // Reads `fileName` (files above a few megabytes are refused: this is a viewer).
    Core::VoidResult openFile(const QString &fileName);
    void setText(const QString &text, const QString &title);
    // 1-based; 0 leaves the cursor where it is.
    void goTo(int line, int column);
    int currentLine() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    QPlainTextEdit *m_editor;
    QLabel *m_position;
};

} // namespace Maestro::Gui
