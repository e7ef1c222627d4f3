// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;

namespace Maestro::Document {
class EnvironmentDocument;
}

namespace Maestro::Gui {

// "Review changes" before a save: the unified diff of every file the save would change
// (the same diff as `maestro edit --dry-run`), Save or Cancel, and a check box that turns the
// review off (the setting reviewBeforeSave()). GUI thread only.
class ReviewChangesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewChangesDialog)

public:
    // Shows the changes `document` has not saved yet.
    explicit ReviewChangesDialog(const Document::EnvironmentDocument *document,
                                 QWidget *parent = nullptr);

    QString diff() const;

    // Whether a save shows this dialog first (QSettings, on by default).
    static bool reviewBeforeSave();
    static void setReviewBeforeSave(bool review);

private:
    QPlainTextEdit *m_diff;
    QCheckBox *m_review;
};

} // namespace Maestro::Gui
