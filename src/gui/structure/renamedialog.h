// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "structuretarget.h"

#include "core/edit/editengine.h"
#include "core/result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Maestro::Document {
class EnvironmentDocument;
}

namespace Maestro::Gui {

// Rename a ship, a service or an instance: the new name, and before anything changes a
// preview of every line the rename changes, the key and each reference the edit engine
// fixes with it (requires and wants_info, volumes_from and links, ship), as a diff. The
// preview is the engine's plan of the rename, made on the pool a moment after the name was
// typed; OK is enabled once the preview of the name shown is there. The caller applies
// request() (one undo step). GUI thread only.
class RenameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameDialog)

public:
    RenameDialog(Document::EnvironmentDocument *document, const StructureTarget &target,
                 QWidget *parent = nullptr);
    ~RenameDialog() override;

    Core::EditRequest request() const;
    QLineEdit *nameEdit() const { return m_name; }
    // The preview's text: a unified diff, or why the rename cannot be made.
    QString preview() const;

signals:
    // The preview shows the name as it is typed now (or why it cannot be used).
    void previewShown();

private:
    void nameChanged();
    void plan();
    void showPlan();
    void showProblem(const QString &problem);

    Document::EnvironmentDocument *m_document;
    StructureTarget m_target;
    QLineEdit *m_name;
    QLabel *m_problem;
    QPlainTextEdit *m_preview;
    QDialogButtonBox *m_buttons;
    QTimer m_pause; // a plan per pause in typing, not per keystroke
    QFutureWatcher<Core::Result<Core::EditOutcome>> m_planner;
    QString m_plannedName;
};

} // namespace Maestro::Gui
