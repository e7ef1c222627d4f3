// SPDX-License-Identifier: GPL-3.0-or-later
// Editing in the window, offscreen: Edit > Undo and Redo with their shortcuts, the modified
// mark in the title, Save through "Review changes" (and without it when the setting is
// off), the question before closing with unsaved changes, and the file view as an editor:
// typing edits the document, diagnostics underlined as you type, an edit from elsewhere
// shows in the text with the cursor kept, Ctrl+Z in the editor undoes the document, go to
// line, find and replace.

#include "document/environmentdocument.h"
#include "gui/document/documentactions.h"
#include "gui/document/externalchangebar.h"
#include "gui/document/fileviewer.h"
#include "gui/document/findreplacebar.h"
#include "gui/document/reviewchangesdialog.h"
#include "gui/document/yamlviewdialog.h"
#include "gui/graph/dependencygraphscene.h"
#include "gui/livestate.h"
#include "gui/mainwindow.h"
#include "gui/selectionsync.h"
#include "modaldialog.h"
#include "models/environmenttreemodel.h"
#include "models/instancedetailsmodel.h"
#include "orchestration/ships/shipconnections.h"
#include "testsettings.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QThreadPool>
#include <QTimer>

#include <functional>

using namespace Maestro;
using Document::EnvironmentDocument;

namespace {
QByteArray quickstart()
{
    QFile file(QStringLiteral(MAESTRO_EXAMPLES_DIR "/quickstart.yaml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(content) == content.size();
}

Core::EditRequest setRequest(const QString &path, const QString &value)
{
    Core::EditRequest request;
    request.path = Core::EditPath::parse(path).value();
    request.argument = value;
    return request;
}
} // namespace

class tst_Editing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void undoRedoAndTheModifiedMark();
    void saveThroughTheReview();
    void saveWithoutTheReview();
    void closingWithUnsavedChangesAsks();
    void typingEditsTheDocumentAndShowsDiagnostics();
    void anEditFromElsewhereShowsInTheEditor();
    void aCommentTypedKeepsTheViews();
    void undoShortcutInTheEditorUndoesTheDocument();
    void goToLine();
    void findAndReplace();
    void selectionFollowsBothWays();
    void externalChangeReload();
    void externalChangeKeepMine();
    void externalChangeApplyAgain();

private:
    // An unsaved edit, then the file changes on disk: the bar appears.
    Gui::ExternalChangeBar *changeOnDisk(const QByteArray &theirs);
    void applyAndWait(const Core::EditRequest &request);
    Gui::YamlViewDialog *showEditor();
    EnvironmentDocument *document() const { return m_window->document(); }
    Gui::DocumentActions *actions() const { return m_window->documentActions(); }

    QThreadPool m_pool;
    Orchestration::ShipConnections m_connections;
    QTemporaryDir m_dir;
    QString m_file;
    Gui::MainWindow *m_window = nullptr;
};

void tst_Editing::initTestCase()
{
    Tests::isolateSettings(QStringLiteral("tst_editing"));
    QVERIFY(m_dir.isValid());
    QVERIFY(!quickstart().isEmpty());
}

void tst_Editing::init()
{
    Gui::ReviewChangesDialog::setReviewBeforeSave(true);
    m_file = m_dir.filePath(QStringLiteral("maestro.yaml"));
    QVERIFY(writeFile(m_file, quickstart()));
    m_window = new Gui::MainWindow(&m_pool, m_connections);
    m_window->document()->setReloadDelay(50);
    m_window->document()->setValidationDelay(50);
    m_window->liveState()->setEnabled(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QSignalSpy loaded(document(), &EnvironmentDocument::loadFinished);
    m_window->openFile(m_file);
    QTRY_COMPARE(loaded.count(), 1);
}

void tst_Editing::cleanup()
{
    delete m_window; // no closeEvent: nothing asks
    m_window = nullptr;
}

void tst_Editing::applyAndWait(const Core::EditRequest &request)
{
    QSignalSpy applied(document(), &EnvironmentDocument::editApplied);
    QSignalSpy loaded(document(), &EnvironmentDocument::loadFinished);
    document()->applyEdit(request);
    QTRY_COMPARE(applied.count(), 1);
    // Loads still running (from disk, say) end first: the last one reads the edit.
    QTRY_VERIFY(!loaded.isEmpty() && !document()->isLoading());
}

Gui::YamlViewDialog *tst_Editing::showEditor()
{
    m_window->fileViewer()->showFile();
    Gui::YamlViewDialog *view = m_window->fileViewer()->dialog();
    // The view's own shortcuts work where it is the active window, as for a user.
    view->activateWindow();
    view->editor()->setFocus();
    [&] { QTRY_COMPARE(QApplication::activeWindow(), view); }();
    return view;
}

void tst_Editing::undoRedoAndTheModifiedMark()
{
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!actions()->undoAction()->isEnabled());
    QVERIFY(!actions()->saveAction()->isEnabled());
    applyAndWait(setRequest(QStringLiteral("services.web.image"),
                            QStringLiteral("maestro-quickstart/web:2")));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(actions()->undoAction()->isEnabled());
    QVERIFY(actions()->saveAction()->isEnabled());
    QCOMPARE(actions()->editMenu()->title(), QStringLiteral("&Edit"));

    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document()->text().toUtf8(), quickstart());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(actions()->redoAction()->isEnabled());
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(document()->text().contains(QStringLiteral("maestro-quickstart/web:2")));
    QVERIFY(m_window->isWindowModified());
}

void tst_Editing::saveThroughTheReview()
{
    applyAndWait(setRequest(QStringLiteral("services.web.image"),
                            QStringLiteral("maestro-quickstart/web:2")));
    QString diff;
    const auto appeared
        = whenModal<Gui::ReviewChangesDialog>(m_window, [&](Gui::ReviewChangesDialog *d) {
              diff = d->diff();
              d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
          });
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(*appeared);
    QVERIFY2(diff.contains(QStringLiteral("-    image: maestro-quickstart/web:1\n")
                           + QStringLiteral("+    image: maestro-quickstart/web:2\n")),
             qPrintable(diff));
    QVERIFY(diff.contains(QStringLiteral("@@ ")));
    QByteArray expected = quickstart();
    expected.replace("web:1", "web:2");
    QCOMPARE(readFile(m_file), expected);
    QVERIFY(!m_window->isWindowModified());

    // Cancel writes nothing.
    applyAndWait(setRequest(QStringLiteral("services.web.image"),
                            QStringLiteral("maestro-quickstart/web:3")));
    whenModal<Gui::ReviewChangesDialog>(m_window, [](Gui::ReviewChangesDialog *d) { d->reject(); });
    QVERIFY(!actions()->save());
    QCOMPARE(readFile(m_file), expected);
    QVERIFY(m_window->isWindowModified());
}

void tst_Editing::saveWithoutTheReview()
{
    Gui::ReviewChangesDialog::setReviewBeforeSave(false);
    applyAndWait(setRequest(QStringLiteral("services.web.image"),
                            QStringLiteral("maestro-quickstart/web:2")));
    const auto appeared = whenModal<QDialog>(m_window, [](QDialog *d) { d->reject(); });
    QVERIFY(actions()->save());
    QVERIFY(!*appeared);
    QVERIFY(readFile(m_file).contains("maestro-quickstart/web:2"));
}

void tst_Editing::closingWithUnsavedChangesAsks()
{
    applyAndWait(setRequest(QStringLiteral("services.web.image"),
                            QStringLiteral("maestro-quickstart/web:2")));
    auto appeared = whenModal<QMessageBox>(
        m_window, [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    QVERIFY(!m_window->close());
    QVERIFY(*appeared);
    QVERIFY(m_window->isVisible());
    QVERIFY(document()->isModified());

    appeared = whenModal<QMessageBox>(
        m_window, [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    QVERIFY(m_window->close());
    QVERIFY(*appeared);
    QCOMPARE(readFile(m_file), quickstart());
}

void tst_Editing::typingEditsTheDocumentAndShowsDiagnostics()
{
    Gui::YamlViewDialog *view = showEditor();
    QPlainTextEdit *editor = view->editor();
    QVERIFY(view->underlines().isEmpty());
    // At the end of web-1's `ship: local` (line 32).
    QTextCursor cursor(editor->document()->findBlockByNumber(31));
    QVERIFY(cursor.block().text().endsWith(QStringLiteral("ship: local")));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    QSignalSpy diagnostics(document(), &EnvironmentDocument::diagnosticsChanged);
    QTest::keyClicks(editor, QStringLiteral("xyz"));
    QVERIFY(document()->text().contains(QStringLiteral("ship: localxyz")));
    QVERIFY(document()->isModified());
    QVERIFY(view->isWindowModified());
    QCOMPARE(readFile(m_file), quickstart());

    // Validated after the pause: the unknown ship is underlined where it is, with its message.
    QTRY_VERIFY(!view->underlines().isEmpty());
    const QTextEdit::ExtraSelection &underline = view->underlines().first();
    QCOMPARE(underline.format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QCOMPARE(underline.cursor.blockNumber(), 31);
    const QString message = view->problemAt(underline.cursor.selectionStart());
    QVERIFY2(message.contains(QStringLiteral("localxyz")), qPrintable(message));
    QVERIFY(view->problems().contains(QStringLiteral("Line 32")));

    // Fixed by typing: the underline goes.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(editor, Qt::Key_Backspace);
    QCOMPARE(document()->text().toUtf8(), quickstart());
    QTRY_VERIFY(view->underlines().isEmpty());
    QVERIFY(view->problems().isEmpty());
}

void tst_Editing::anEditFromElsewhereShowsInTheEditor()
{
    Gui::YamlViewDialog *view = showEditor();
    QPlainTextEdit *editor = view->editor();
    view->moveCursorTo(36, 5);
    applyAndWait(setRequest(QStringLiteral("services.web.env.GREETING"), QStringLiteral("Hi")));
    QCOMPARE(editor->toPlainText(), document()->text());
    QVERIFY(editor->toPlainText().contains(QStringLiteral("GREETING: Hi\n")));
    QCOMPARE(view->currentLine(), 36);
    QCOMPARE(editor->textCursor().positionInBlock(), 4);
    // Undo in the window: the editor follows.
    actions()->undoAction()->trigger();
    QCOMPARE(editor->toPlainText().toUtf8(), quickstart());
}

void tst_Editing::aCommentTypedKeepsTheViews()
{
    // The tree and the graph are not rebuilt for a load that means the same (a comment typed:
    // tens of milliseconds on a large file); they take the new positions.
    auto *tree = m_window->findChild<Models::EnvironmentTreeModel *>();
    auto *scene = m_window->findChild<Gui::DependencyGraphScene *>();
    QVERIFY(tree && scene);
    QTRY_VERIFY(!scene->isLayoutPending() && scene->environment() == document()->environment());
    m_window->selection()->selectInstance(QStringLiteral("web-1"));
    auto *details = m_window->findChild<Models::InstanceDetailsModel *>();
    QVERIFY(details);
    QCOMPARE(details->instance(), QStringLiteral("web-1"));
    const auto declaredAt = [details] {
        using Model = Models::InstanceDetailsModel;
        const QModelIndex general = details->sectionIndex(Model::Section::General);
        for (int row = 0; row < details->rowCount(general); ++row) {
            if (details->index(row, Model::NameColumn, general).data() == "Declared at")
                return details->index(row, Model::ValueColumn, general).data().toString();
        }
        return QString();
    };
    QSignalSpy reset(tree, &QAbstractItemModel::modelReset);
    QSignalSpy detailsReset(details, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(scene, &Gui::DependencyGraphScene::layoutApplied);
    QSignalSpy loaded(document(), &EnvironmentDocument::loadFinished);
    const QString before
        = document()->environment()->instance(QStringLiteral("web-1"))->location.toString();
    document()->setText(m_file, QStringLiteral("# typed\n") + document()->text());
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(document()->lastLoadMeansTheSame());
    const QString after
        = document()->environment()->instance(QStringLiteral("web-1"))->location.toString();
    QVERIFY(after != before);
    QCOMPARE(tree->environment(), document()->environment());
    QCOMPARE(scene->environment(), document()->environment());
    QVERIFY(!scene->isLayoutPending());
    QCOMPARE(
        tree->data(tree->indexForInstance(QStringLiteral("web-1")), Qt::ToolTipRole).toString(),
        QStringLiteral("Declared at %1").arg(after));
    QCOMPARE(declaredAt(), after);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(detailsReset.count(), 0);
    QCOMPARE(layouts.count(), 0);
    // A change of meaning rebuilds them (the positive control).
    document()->setText(
        m_file, document()->text().replace(QStringLiteral("web:1"), QStringLiteral("web:2")));
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(reset.count(), 1);
    QTRY_COMPARE(layouts.count(), 1);
}

void tst_Editing::undoShortcutInTheEditorUndoesTheDocument()
{
    Gui::YamlViewDialog *view = showEditor();
    QPlainTextEdit *editor = view->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("# one"));
    QVERIFY(document()->text().endsWith(QStringLiteral("# one")));
    // Typing is one step: one Ctrl+Z takes it all back, through the document.
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document()->text().toUtf8(), quickstart());
    QCOMPARE(editor->toPlainText().toUtf8(), quickstart());
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(editor->toPlainText().endsWith(QStringLiteral("# one")));
}

void tst_Editing::goToLine()
{
    Gui::YamlViewDialog *view = showEditor();
    QCOMPARE(view->goToLineAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    const auto appeared = whenModal<QInputDialog>(m_window, [](QInputDialog *dialog) {
        dialog->setIntValue(25);
        dialog->accept();
    });
    QTest::keyClick(view->editor(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(*appeared);
    QCOMPARE(view->currentLine(), 25);
    QCOMPARE(view->markedLine(), 0);
}

void tst_Editing::findAndReplace()
{
    Gui::YamlViewDialog *view = showEditor();
    Gui::FindReplaceBar *bar = view->findBar();
    QTest::keyClick(view->editor(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QVERIFY(!bar->replaceField()->isVisible());
    bar->findField()->setText(QStringLiteral("local:"));
    QVERIFY(bar->findNext());
    QCOMPARE(view->editor()->textCursor().selectedText(), QStringLiteral("local:"));
    QCOMPARE(view->currentLine(), 10);
    // Past the last match it starts again from the top.
    view->moveCursorTo(30, 1);
    QVERIFY(bar->findNext());
    QCOMPARE(view->currentLine(), 10);

    QTest::keyClick(view->editor(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(bar->replaceField()->isVisible());
    bar->findField()->setText(QStringLiteral("ship: local"));
    bar->replaceField()->setText(QStringLiteral("ship: other"));
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(document()->text().count(QStringLiteral("ship: other")), 2);
    QCOMPARE(view->editor()->toPlainText(), document()->text());
    document()->undo();
    QCOMPARE(view->editor()->toPlainText().toUtf8(), quickstart());
}

void tst_Editing::selectionFollowsBothWays()
{
    Gui::YamlViewDialog *view = showEditor();
    // The tree's selection puts the cursor on the instance's key (line 31, `      web-1:`).
    m_window->selection()->selectInstance(QStringLiteral("web-1"));
    QCOMPARE(m_window->selection()->shownInstance(), QStringLiteral("web-1"));
    QCOMPARE(view->currentLine(), 31);
    QCOMPARE(view->editor()->textCursor().positionInBlock(), 6);
    m_window->selection()->selectInstance(QStringLiteral("redis-1"));
    QCOMPARE(view->currentLine(), 18);

    // The cursor moved into web-1's entry (its ports) selects web-1 and stays there.
    QTextCursor cursor(view->editor()->document()->findBlockByNumber(33));
    cursor.movePosition(QTextCursor::EndOfBlock);
    view->editor()->setTextCursor(cursor);
    QCOMPARE(m_window->selection()->shownInstance(), QStringLiteral("web-1"));
    QCOMPARE(view->currentLine(), 34);
    // Outside any instance (the service's image): the selection stays.
    view->editor()->setTextCursor(QTextCursor(view->editor()->document()->findBlockByNumber(25)));
    QCOMPARE(m_window->selection()->shownInstance(), QStringLiteral("web-1"));
    // Into redis-1's lifecycle.
    view->editor()->setTextCursor(QTextCursor(view->editor()->document()->findBlockByNumber(22)));
    QCOMPARE(m_window->selection()->shownInstance(), QStringLiteral("redis-1"));

    // Typing elsewhere (a value: the meaning changes): the reload selects redis-1 again, and
    // the cursor stays.
    view->moveCursorTo(29, 43);
    QSignalSpy reselected(m_window->selection(), &Gui::SelectionSync::instanceSelected);
    QSignalSpy loaded(document(), &EnvironmentDocument::loadFinished);
    QTest::keyClicks(view->editor(), QStringLiteral("!!"));
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(document()->text().contains(QStringLiteral("Maestro Desktop!!")));
    QVERIFY(reselected.contains({QStringLiteral("redis-1")}));
    QCOMPARE(view->currentLine(), 29);
    // Typing that keeps the meaning (spaces in a comment) reloads nothing the tree shows: the
    // selection and the cursor stay.
    view->moveCursorTo(1, 2);
    QTest::keyClicks(view->editor(), QStringLiteral("  "));
    QTRY_COMPARE(loaded.count(), 2);
    QVERIFY(document()->lastLoadMeansTheSame());
    QCOMPARE(m_window->selection()->shownInstance(), QStringLiteral("redis-1"));
    QCOMPARE(view->currentLine(), 1);
}

Gui::ExternalChangeBar *tst_Editing::changeOnDisk(const QByteArray &theirs)
{
    auto *bar = m_window->findChild<Gui::ExternalChangeBar *>();
    [&] {
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        applyAndWait(setRequest(QStringLiteral("services.web.image"),
                                QStringLiteral("maestro-quickstart/web:2")));
        QVERIFY(writeFile(m_file, theirs));
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(bar->message().contains(QStringLiteral("maestro.yaml")));
        // The edit is still there until the user chooses.
        QVERIFY(document()->text().contains(QStringLiteral("web:2")));
    }();
    return bar;
}

void tst_Editing::externalChangeReload()
{
    QByteArray theirs = quickstart();
    theirs.replace("Hello from", "Hi from");
    Gui::ExternalChangeBar *bar = changeOnDisk(theirs);
    QSignalSpy loaded(document(), &EnvironmentDocument::loadFinished);
    bar->reloadButton()->click();
    QVERIFY(!bar->isVisible());
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(document()->text().toUtf8(), theirs);
    QVERIFY(!m_window->isWindowModified());
}

void tst_Editing::externalChangeKeepMine()
{
    Gui::ReviewChangesDialog::setReviewBeforeSave(false);
    QByteArray theirs = quickstart();
    theirs.replace("Hello from", "Hi from");
    Gui::ExternalChangeBar *bar = changeOnDisk(theirs);
    // Asked first; No keeps the choice open.
    whenModal<QMessageBox>(m_window,
                           [](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
    bar->keepMineButton()->click();
    QVERIFY(bar->isVisible());
    QVERIFY(document()->hasExternalChange());
    const auto appeared = whenModal<QMessageBox>(
        m_window, [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    bar->keepMineButton()->click();
    QVERIFY(*appeared);
    QVERIFY(!bar->isVisible());
    QVERIFY(actions()->save());
    QByteArray mine = quickstart();
    mine.replace("web:1", "web:2");
    QCOMPARE(readFile(m_file), mine);
}

void tst_Editing::externalChangeApplyAgain()
{
    QByteArray theirs = quickstart();
    theirs.replace("Hello from", "Hi from");
    Gui::ExternalChangeBar *bar = changeOnDisk(theirs);
    QSignalSpy reapplied(document(), &EnvironmentDocument::reappliedEdits);
    bar->applyAgainButton()->click();
    QTRY_COMPARE(reapplied.count(), 1);
    QVERIFY(!bar->isVisible()); // everything applied: nothing to list
    QByteArray expected = theirs;
    expected.replace("web:1", "web:2");
    QCOMPARE(document()->text().toUtf8(), expected);
    QVERIFY(m_window->isWindowModified());

    // One that no longer applies is listed.
    Core::EditRequest rename;
    rename.operation = Core::EditRequest::Operation::Rename;
    rename.path = Core::EditPath::parse(QStringLiteral("services.web.instances.web-1")).value();
    rename.argument = QStringLiteral("web-9");
    applyAndWait(rename);
    QByteArray renamed = theirs;
    renamed.replace("web-1:", "web-2:");
    QVERIFY(writeFile(m_file, renamed));
    QTRY_VERIFY(bar->isVisible());
    bar->applyAgainButton()->click();
    QTRY_VERIFY(bar->dismissButton()->isVisible());
    QVERIFY2(bar->message().contains(QStringLiteral("maestro.yaml:31:7: there is no "
                                                    "services.web.instances.web-1")),
             qPrintable(bar->message()));
    QVERIFY(!bar->reloadButton()->isVisible());
    bar->dismissButton()->click();
    QVERIFY(!bar->isVisible());
    QVERIFY(document()->text().contains(QStringLiteral("web:2")));
    QVERIFY(document()->text().contains(QStringLiteral("web-2:")));
}

QTEST_MAIN(tst_Editing)
#include "tst_editing.moc"
