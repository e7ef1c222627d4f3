// SPDX-License-Identifier: GPL-3.0-or-later
#include "renamedialog.h"

#include "structureedits.h"
#include "structurenames.h"

#include "gui/document/diffhighlighter.h"

#include "document/environmentdocument.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Maestro::Gui {

using Kind = StructureTarget::Kind;

RenameDialog::RenameDialog(Document::EnvironmentDocument *document, const StructureTarget &target,
                           QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_target(target)
    , m_name(new QLineEdit(target.name, this))
    , m_problem(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    switch (target.kind) {
    case Kind::Ship:
        setWindowTitle(tr("Rename Ship %1").arg(target.name));
        break;
    case Kind::Service:
        setWindowTitle(tr("Rename Service %1").arg(target.name));
        break;
    case Kind::Instance:
    case Kind::None:
        setWindowTitle(tr("Rename Instance %1").arg(target.name));
        break;
    }
    m_name->setAccessibleName(QStringLiteral("name"));
    m_name->selectAll();
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Lines that change"));
    new DiffHighlighter(m_preview->document());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rename"));

    auto *form = new QFormLayout;
    form->addRow(tr("New &name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(
        new QLabel(tr("Lines that change (the name and every reference to it):"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    resize(640, 420);

    m_pause.setSingleShot(true);
    m_pause.setInterval(250);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RenameDialog::nameChanged);
    connect(&m_pause, &QTimer::timeout, this, &RenameDialog::plan);
    connect(&m_planner, &QFutureWatcher<Core::Result<Core::EditOutcome>>::finished, this,
            &RenameDialog::showPlan);
    nameChanged();
}

RenameDialog::~RenameDialog()
{
    // The plan only reads copies of the document's texts; it is waited for, not cancelled
    // (a running QtConcurrent::run cannot be), so that it does not outlive its watcher.
    m_planner.waitForFinished();
}

Core::EditRequest RenameDialog::request() const
{
    const Core::EnvironmentPtr environment = m_document->environment();
    return environment ? StructureEdits::rename(*environment, m_target, m_name->text().trimmed())
                       : Core::EditRequest{};
}

QString RenameDialog::preview() const
{
    return m_preview->toPlainText();
}

void RenameDialog::nameChanged()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString name = m_name->text().trimmed();
    if (name == m_target.name)
        return showProblem(tr("Enter the new name."));
    if (const QString problem
        = StructureNames::problem(m_document->lastLoad().document, m_target.kind, name);
        !problem.isEmpty())
        return showProblem(problem);
    m_problem->clear();
    m_pause.start();
}

void RenameDialog::plan()
{
    if (m_planner.isRunning()) {
        m_pause.start(); // the running plan's result is for an older name: ask again after it
        return;
    }
    m_plannedName = m_name->text().trimmed();
    m_planner.setFuture(m_document->planPreview(request()));
}

void RenameDialog::showPlan()
{
    if (m_plannedName != m_name->text().trimmed() || m_planner.future().resultCount() == 0)
        return; // typed on meanwhile: the next plan is coming
    const Core::Result<Core::EditOutcome> outcome = m_planner.result();
    if (!outcome)
        return showProblem(outcome.error().message);
    QStringList diffs;
    for (auto it = outcome->before.cbegin(); it != outcome->before.cend(); ++it)
        diffs << Core::SourceEdits::unifiedDiff(QFileInfo(it.key()).fileName(), it.value(),
                                                outcome->after.value(it.key()));
    m_problem->clear();
    m_preview->setPlainText(diffs.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    emit previewShown();
}

void RenameDialog::showProblem(const QString &problem)
{
    m_pause.stop();
    m_problem->setText(problem);
    m_preview->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    emit previewShown();
}

} // namespace Maestro::Gui
