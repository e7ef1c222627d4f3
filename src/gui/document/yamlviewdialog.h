// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/diagnostic.h"
#include "core/result.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTextBlock;

namespace Maestro::Document {
class EnvironmentDocument;
}

namespace Maestro::Gui {

// A read-only view of an environment file (or of a file it includes) with YAML
// highlighting, scrolled to a line and column with that line marked: where a diagnostic
// points. The text is the document's, as its last load read it, never read from the disk
// again. It follows reloads of the environment: the text is taken again, the diagnostic it
// points at is marked where it now is, or the view says it is gone. GUI thread only.
class YamlViewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlViewDialog)

public:
    // `document` must outlive the view.
    explicit YamlViewDialog(const Document::EnvironmentDocument *document,
                            QWidget *parent = nullptr);

    // Shows `fileName`, the environment file or one it includes, as the document's last load
    // read it (files above a few megabytes are refused: this is a viewer). Points at nothing
    // until pointAt().
    Core::VoidResult openFile(const QString &fileName);
    QString fileName() const { return m_fileName; }
    void setText(const QString &text, const QString &title);
    // 1-based; 0 leaves the cursor where it is.
    void goTo(int line, int column);
    // Goes to `diagnostic` and marks its line; followReload() looks for it again.
    void pointAt(const Core::Diagnostic &diagnostic);
    // The environment was loaded again and reported `diagnostics`: shows the file as it is
    // now with the scroll position kept, and moves the mark to where the diagnostic pointed
    // at is now; when it is no longer reported, says so and marks nothing. A hidden view
    // does nothing (it takes the text again when it is opened).
    void followReload(const Core::Diagnostics &diagnostics);

    int currentLine() const;
    // The line marked (1-based), 0 for none.
    int markedLine() const;
    // What the view says above the text ("the problem is gone"), empty when nothing.
    QString notice() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    Core::Result<QString> documentText() const;
    void mark(const QTextBlock &block);
    void showNotice(const QString &text);

    const Document::EnvironmentDocument *m_document;
    QPlainTextEdit *m_editor;
    QLabel *m_notice;
    QLabel *m_position;
    QString m_fileName;
    std::optional<Core::Diagnostic> m_pointedAt;
};

} // namespace Maestro::Gui
