// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/editengine.h"

#include <QList>

#include <optional>

namespace Maestro::Document {

// One undoable change of the document's texts: byte edits and the edits that undo them
// exactly. A step made by the edit engine remembers its request, so that it can be planned
// again on a file that changed on disk; typing has none.
struct EditStep
{
    QList<Core::SourceEdit> edits;
    QList<Core::SourceEdit> inverse;
    std::optional<Core::EditRequest> request;

    // The smallest edit that turns `before` into `after` (one file), as typing makes it.
    static EditStep typing(const QString &file, const QString &before, const QString &after);
    bool isTyping() const { return !request.has_value(); }
};

// The document's undo stack. QUndoStack lives in Qt Gui and the document layer is Qt Core
// only, so the stack is this small list of steps with a position (docs/architecture.md).
// Typing goes into one open step until something else happens (an edit, undo, redo, save).
// Single-threaded: the document's thread.
class EditHistory
{
public:
    void push(EditStep step);
    // Typing in `file`: merges with the last step while it is open typing of the same file.
    // `current` is the text before this keystroke, `after` the text after it.
    void type(const QString &file, const QString &current, const QString &after);
    // Ends the open typing step: the next keystroke starts a new one.
    void closeTyping() { m_typingOpen = false; }
    void clear();

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_steps.size(); }
    // The step to undo (or redo), moving the position; null when there is none.
    const EditStep *undo();
    const EditStep *redo();

    // The requests of the steps applied now, oldest first, and how many applied steps were
    // typing (which has no request to plan again).
    QList<Core::EditRequest> appliedRequests() const;
    int appliedTypingSteps() const;

private:
    QList<EditStep> m_steps;
    qsizetype m_index = 0; // steps before it are applied
    bool m_typingOpen = false;
};

} // namespace Maestro::Document
