// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewchangesdialog.h"

#include "diffhighlighter.h"

#include "document/environmentdocument.h"

#include "core/edit/sourceedit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Maestro::Gui {

namespace {
const QString kReviewKey = QStringLiteral("editing/reviewBeforeSave");
}

ReviewChangesDialog::ReviewChangesDialog(const Document::EnvironmentDocument *document,
                                         QWidget *parent)
    : QDialog(parent)
    , m_diff(new QPlainTextEdit(this))
    , m_review(new QCheckBox(tr("Review changes before every save"), this))
{
    setWindowTitle(tr("Review Changes"));
    setAccessibleName(tr("Review changes"));
    const QStringList files = document->modifiedFiles();
    auto *intro = new QLabel(
        tr("Saving writes these changes to %n file(s):", nullptr, int(files.size())), this);

    QString diff;
    for (const QString &file : files)
        diff += Core::SourceEdits::unifiedDiff(file, document->savedText(file),
                                               document->sourceText(file).value_or(QString()));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setAccessibleName(tr("Changes to save"));
    new DiffHighlighter(m_diff->document());
    m_diff->setPlainText(diff);

    m_review->setChecked(reviewBeforeSave());
    m_review->setAccessibleName(tr("Review changes before every save"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the changes"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        setReviewBeforeSave(m_review->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_diff);
    layout->addWidget(m_review);
    layout->addWidget(buttons);
    resize(760, 520);
}

QString ReviewChangesDialog::diff() const
{
    return m_diff->toPlainText();
}

bool ReviewChangesDialog::reviewBeforeSave()
{
    return QSettings().value(kReviewKey, true).toBool();
}

void ReviewChangesDialog::setReviewBeforeSave(bool review)
{
    QSettings().setValue(kReviewKey, review);
}

} // namespace Maestro::Gui
