// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the open document: engine edits planned on the pool against the unsaved texts,
// queued in order, refused with a location; typing as one undo step; undo restoring the
// exact bytes; saving atomically with the file's mode, not mistaken for an external change;
// and the three answers to a change on disk under unsaved edits.

#include "document/environmentdocument.h"

#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Maestro;
using Document::EnvironmentDocument;

namespace {
const QByteArray kOriginal = "# kept as it is\n"
                             "name: demo\n"
                             "ships:\n"
                             "  local: {ip: 127.0.0.1}\n"
                             "services:\n"
                             "  web:\n"
                             "    image: nginx:1   # the front end\n"
                             "    instances:\n"
                             "      web-1:\n"
                             "        ship: local\n";

Core::EditRequest setRequest(const QString &path, const QString &value)
{
    Core::EditRequest request;
    request.path = Core::EditPath::parse(path).value();
    request.argument = value;
    return request;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool replaceFile(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
           && file.commit();
}
} // namespace

class tst_DocumentEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editChangesExactlyItsBytesAndUndoRestoresThem();
    void anEditAdoptsItsVerification();
    void refusedEditChangesNothing();
    void previewPlansOnTheUnsavedTextsAndAppliesNothing();
    void editsQueuedWhilePlanningApplyInOrder();
    void typingIsOneUndoStep();
    void typingIsValidatedAfterAPause();
    void aCommentTypedMovesTheEnvironment();
    void saveWritesAtomicallyKeepingTheMode();
    void ownSaveIsNoExternalChange();
    void externalChangeReload();
    void externalChangeKeepMine();
    void externalChangeApplyAgain();

private:
    void apply(const Core::EditRequest &request);

    QThreadPool m_pool;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EnvironmentDocument> m_document;
    QString m_file;
};

void tst_DocumentEditing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_file = m_dir->filePath(QStringLiteral("maestro.yaml"));
    QVERIFY(replaceFile(m_file, kOriginal));
    m_document = std::make_unique<EnvironmentDocument>(&m_pool);
    m_document->setReloadDelay(0);
    m_document->setValidationDelay(0);
    QSignalSpy loaded(m_document.get(), &EnvironmentDocument::loadFinished);
    m_document->open(m_file);
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(m_document->environment());
}

void tst_DocumentEditing::cleanup()
{
    m_document.reset();
    m_dir.reset();
}

void tst_DocumentEditing::apply(const Core::EditRequest &request)
{
    QSignalSpy applied(m_document.get(), &EnvironmentDocument::editApplied);
    QSignalSpy refused(m_document.get(), &EnvironmentDocument::editRefused);
    QSignalSpy loaded(m_document.get(), &EnvironmentDocument::loadFinished);
    m_document->applyEdit(request);
    QTRY_COMPARE(applied.count() + refused.count(), 1);
    QVERIFY2(refused.isEmpty(),
             qPrintable(refused.value(0).value(0).value<Core::Error>().toString()));
    // Loads started before (typing, undo) end first: the last one reads the edit.
    QTRY_VERIFY(!loaded.isEmpty() && !m_document->isLoading());
}

void tst_DocumentEditing::editChangesExactlyItsBytesAndUndoRestoresThem()
{
    QSignalSpy modified(m_document.get(), &EnvironmentDocument::modifiedChanged);
    QSignalSpy texts(m_document.get(), &EnvironmentDocument::textChanged);
    apply(setRequest(QStringLiteral("services.web.image"), QStringLiteral("nginx:2")));
    QString expected = QString::fromUtf8(kOriginal);
    expected.replace(QStringLiteral("nginx:1"), QStringLiteral("nginx:2"));
    QCOMPARE(m_document->text(), expected);
    QVERIFY(m_document->isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(texts.count(), 1);
    QCOMPARE(m_document->modifiedFiles(), QStringList{m_file});
    // The environment was loaded again from memory; the file is untouched.
    QCOMPARE(m_document->environment()->services.at(0).image, QStringLiteral("nginx:2"));
    QCOMPARE(readFile(m_file), kOriginal);

    QVERIFY(m_document->canUndo());
    QSignalSpy loaded(m_document.get(), &EnvironmentDocument::loadFinished);
    m_document->undo();
    QCOMPARE(m_document->text().toUtf8(), kOriginal);
    QVERIFY(!m_document->isModified());
    QCOMPARE(modified.count(), 2);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(m_document->environment()->services.at(0).image, QStringLiteral("nginx:1"));

    QVERIFY(m_document->canRedo());
    m_document->redo();
    QCOMPARE(m_document->text(), expected);
    QVERIFY(m_document->isModified());
}

// The verification's load is the document's load after an edit: no second load of the same
// texts (the 2,000-instance file would pay one more load per form edit).
void tst_DocumentEditing::anEditAdoptsItsVerification()
{
    QSignalSpy loading(m_document.get(), &EnvironmentDocument::loadingChanged);
    for (const QString image : {QStringLiteral("nginx:2"), QStringLiteral("nginx:3")}) {
        apply(setRequest(QStringLiteral("services.web.image"), image));
        QCOMPARE(m_document->environment()->services.at(0).image, image);
        QVERIFY(m_document->lastLoad().sourceText.contains(image));
        QVERIFY(m_document->lastLoad().spans); // ready for the next edit
    }
    QCOMPARE(loading.count(), 0);
}

void tst_DocumentEditing::refusedEditChangesNothing()
{
    QSignalSpy refused(m_document.get(), &EnvironmentDocument::editRefused);
    QSignalSpy texts(m_document.get(), &EnvironmentDocument::textChanged);
    // A sequence index where there is a mapping.
    m_document->applyEdit(setRequest(QStringLiteral("services.web.image[0]"), QStringLiteral("x")));
    QTRY_COMPARE(refused.count(), 1);
    const auto error = refused.first().first().value<Core::Error>();
    QVERIFY2(error.location.line > 0, qPrintable(error.toString()));
    QVERIFY(error.toString().contains(QStringLiteral("maestro.yaml:")));
    QCOMPARE(texts.count(), 0);
    QVERIFY(!m_document->isModified());
    QVERIFY(!m_document->canUndo());
}

// A rename's preview: the plan of the edit on the texts as they are now (an unsaved edit
// included), and the document unchanged.
void tst_DocumentEditing::previewPlansOnTheUnsavedTextsAndAppliesNothing()
{
    apply(setRequest(QStringLiteral("services.web.image"), QStringLiteral("nginx:2")));
    const QString before = m_document->text();
    QSignalSpy texts(m_document.get(), &EnvironmentDocument::textChanged);
    Core::EditRequest rename;
    rename.operation = Core::EditRequest::Operation::Rename;
    rename.path = Core::EditPath::parse(QStringLiteral("ships.local")).value();
    rename.argument = QStringLiteral("here");
    QFuture<Core::Result<Core::EditOutcome>> preview = m_document->planPreview(rename);
    preview.waitForFinished();
    const Core::Result<Core::EditOutcome> outcome = preview.result();
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    QCOMPARE(outcome->before.value(m_file), before);
    QString expected = before;
    expected.replace(QStringLiteral("local"), QStringLiteral("here"));
    QCOMPARE(outcome->after.value(m_file), expected);
    QCOMPARE(m_document->text(), before);
    QCOMPARE(texts.count(), 0);
    QVERIFY(m_document->canUndo());
    m_document->undo();
    QVERIFY(!m_document->canUndo()); // the preview was no step
}

void tst_DocumentEditing::editsQueuedWhilePlanningApplyInOrder()
{
    QSignalSpy applied(m_document.get(), &EnvironmentDocument::editApplied);
    m_document->applyEdit(setRequest(QStringLiteral("services.web.image"), QStringLiteral("a:1")));
    // Planned after the first, on its result: the later value wins.
    m_document->applyEdit(setRequest(QStringLiteral("services.web.image"), QStringLiteral("b:2")));
    QVERIFY(m_document->isPlanningEdits());
    QTRY_COMPARE(applied.count(), 2);
    QVERIFY(m_document->text().contains(QStringLiteral("image: b:2   # the front end")));
    m_document->undo();
    QVERIFY(m_document->text().contains(QStringLiteral("image: a:1   # the front end")));
    m_document->undo();
    QCOMPARE(m_document->text().toUtf8(), kOriginal);
    QVERIFY(!m_document->canUndo());
}

void tst_DocumentEditing::typingIsOneUndoStep()
{
    QString text = QString::fromUtf8(kOriginal);
    const qsizetype at = text.indexOf(QStringLiteral("nginx:1")) + 7;
    for (const QChar c : QStringLiteral(".25")) {
        text.insert(text.indexOf(QStringLiteral("   # the front end")), c);
        m_document->setText(m_file, text);
    }
    QCOMPARE(m_document->text().mid(at, 3), QStringLiteral(".25"));
    QVERIFY(m_document->isModified());
    m_document->undo();
    QCOMPARE(m_document->text().toUtf8(), kOriginal);
    QVERIFY(!m_document->canUndo());
    m_document->redo();
    QCOMPARE(m_document->text(), text);

    // An engine edit ends the typing step.
    apply(setRequest(QStringLiteral("name"), QStringLiteral("other")));
    text.replace(QStringLiteral("name: demo"), QStringLiteral("name: other!"));
    m_document->setText(m_file, text);
    m_document->undo();
    QVERIFY(m_document->text().contains(QStringLiteral("name: other\n")));
    m_document->undo();
    QVERIFY(m_document->text().contains(QStringLiteral("name: demo\n")));
}

void tst_DocumentEditing::typingIsValidatedAfterAPause()
{
    QSignalSpy diagnostics(m_document.get(), &EnvironmentDocument::diagnosticsChanged);
    QString text = QString::fromUtf8(kOriginal);
    text.replace(QStringLiteral("ship: local"), QStringLiteral("ship: nowhere"));
    m_document->setText(m_file, text);
    QTRY_VERIFY(diagnostics.count() >= 1);
    QVERIFY(!m_document->diagnostics().isEmpty());
    QVERIFY(m_document->isStale());
    QCOMPARE(m_document->diagnostics().first().location.line, 10);
    QCOMPARE(readFile(m_file), kOriginal);
}

void tst_DocumentEditing::aCommentTypedMovesTheEnvironment()
{
    QSignalSpy changed(m_document.get(), &EnvironmentDocument::environmentChanged);
    QSignalSpy moved(m_document.get(), &EnvironmentDocument::environmentMoved);
    QSignalSpy loaded(m_document.get(), &EnvironmentDocument::loadFinished);
    QCOMPARE(m_document->environment()->instance(QStringLiteral("web-1"))->location.line, 9);
    // A comment line: the same meaning at new positions.
    const QString commented = QStringLiteral("# typed\n") + QString::fromUtf8(kOriginal);
    m_document->setText(m_file, commented);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(m_document->lastLoadMeansTheSame());
    QCOMPARE(moved.at(0).at(0).value<Core::EnvironmentPtr>(), m_document->environment());
    QCOMPARE(m_document->environment()->instance(QStringLiteral("web-1"))->location.line, 10);
    // A change of meaning is a change.
    m_document->setText(
        m_file, QString(commented).replace(QStringLiteral("nginx:1"), QStringLiteral("nginx:2")));
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(moved.count(), 1);
    QVERIFY(!m_document->lastLoadMeansTheSame());
    // 1 and true are one YAML key, but not one env value: a change too.
    const QString flagged = QString(commented).replace(
        QStringLiteral("    instances:"), QStringLiteral("    env: {FLAG: true}\n    instances:"));
    m_document->setText(m_file, flagged);
    QTRY_COMPARE(loaded.count(), 3);
    m_document->setText(
        m_file, QString(flagged).replace(QStringLiteral("FLAG: true"), QStringLiteral("FLAG: 1")));
    QTRY_COMPARE(loaded.count(), 4);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(moved.count(), 1);
    // So is an edit, whose verification the document adopts.
    apply(setRequest(QStringLiteral("services.web.image"), QStringLiteral("nginx:3")));
    QCOMPARE(changed.count(), 4);
    QCOMPARE(moved.count(), 1);
}

void tst_DocumentEditing::saveWritesAtomicallyKeepingTheMode()
{
    QVERIFY(QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    apply(setRequest(QStringLiteral("services.web.image"), QStringLiteral("nginx:2")));
    QSignalSpy saved(m_document.get(), &EnvironmentDocument::saved);
    QSignalSpy modified(m_document.get(), &EnvironmentDocument::modifiedChanged);
    QVERIFY(m_document->save());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(modified.count(), 1);
    QVERIFY(!m_document->isModified());
    QCOMPARE(readFile(m_file), m_document->text().toUtf8());
    QCOMPARE(QFile::permissions(m_file) & 0x7077, // owner, group, other
             QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    // Undo after a save changes the text again.
    m_document->undo();
    QVERIFY(m_document->isModified());
    QCOMPARE(m_document->text().toUtf8(), kOriginal);
}

void tst_DocumentEditing::ownSaveIsNoExternalChange()
{
    QSignalSpy external(m_document.get(), &EnvironmentDocument::externallyChanged);
    QSignalSpy checked(m_document.get(), &EnvironmentDocument::diskChangeChecked);
    QSignalSpy loaded(m_document.get(), &EnvironmentDocument::loadFinished);
    apply(setRequest(QStringLiteral("services.web.image"), QStringLiteral("nginx:2")));
    loaded.clear();
    QVERIFY(m_document->save());
    QTRY_VERIFY(checked.count() >= 1);
    QCOMPARE(external.count(), 0);
    QCOMPARE(loaded.count(), 0); // nothing read again
    QVERIFY(m_document->canUndo());
    QVERIFY(!m_document->hasExternalChange());
}

void tst_DocumentEditing::externalChangeReload()
{
    QSignalSpy external(m_document.get(), &EnvironmentDocument::externallyChanged);
    apply(setRequest(QStringLiteral("services.web.image"), QStringLiteral("nginx:2")));
    QByteArray theirs = kOriginal;
    theirs.replace("name: demo", "name: theirs");
    QVERIFY(replaceFile(m_file, theirs));
    QTRY_COMPARE(external.count(), 1);
    QVERIFY(m_document->hasExternalChange());
    // The unsaved edit stays until the user chooses.
    QVERIFY(m_document->text().contains(QStringLiteral("nginx:2")));

    QSignalSpy loaded(m_document.get(), &EnvironmentDocument::loadFinished);
    m_document->reloadFromDisk();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(m_document->text().toUtf8(), theirs);
    QVERIFY(!m_document->isModified());
    QVERIFY(!m_document->hasExternalChange());
    QVERIFY(!m_document->canUndo());
}

void tst_DocumentEditing::externalChangeKeepMine()
{
    QSignalSpy external(m_document.get(), &EnvironmentDocument::externallyChanged);
    apply(setRequest(QStringLiteral("services.web.image"), QStringLiteral("nginx:2")));
    const QString mine = m_document->text();
    QByteArray theirs = kOriginal;
    theirs.replace("name: demo", "name: theirs");
    QVERIFY(replaceFile(m_file, theirs));
    QTRY_COMPARE(external.count(), 1);
    // Without the user's word, saving does not overwrite their change.
    QVERIFY(!m_document->save());
    QCOMPARE(readFile(m_file), theirs);
    m_document->keepMine();
    QVERIFY(!m_document->hasExternalChange());
    QVERIFY(m_document->save());
    QCOMPARE(readFile(m_file), mine.toUtf8());
}

void tst_DocumentEditing::externalChangeApplyAgain()
{
    QSignalSpy external(m_document.get(), &EnvironmentDocument::externallyChanged);
    apply(setRequest(QStringLiteral("services.web.image"), QStringLiteral("nginx:2")));
    Core::EditRequest rename;
    rename.operation = Core::EditRequest::Operation::Rename;
    rename.path = Core::EditPath::parse(QStringLiteral("services.web.instances.web-1")).value();
    rename.argument = QStringLiteral("web-9");
    apply(rename);
    m_document->setText(m_file, m_document->text() + QStringLiteral("# typed\n"));
    QByteArray theirs = kOriginal;
    theirs.replace("name: demo", "name: theirs");
    theirs.replace("      web-1:\n        ship: local\n", "      web-2: {ship: local}\n");
    QVERIFY(replaceFile(m_file, theirs));
    QTRY_COMPARE(external.count(), 1);

    QSignalSpy reapplied(m_document.get(), &EnvironmentDocument::reappliedEdits);
    m_document->applyAgain();
    QTRY_COMPARE(reapplied.count(), 1);
    const auto failed = reapplied.first().at(0).value<QList<Core::Error>>();
    QCOMPARE(reapplied.first().at(1).toInt(), 1); // the typing
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().path, QStringLiteral("services.web.instances.web-1"));
    QByteArray expected = theirs;
    expected.replace("nginx:1", "nginx:2");
    QCOMPARE(m_document->text().toUtf8(), expected);
    QVERIFY(m_document->isModified());
    QVERIFY(!m_document->hasExternalChange());
}

QTEST_GUILESS_MAIN(tst_DocumentEditing)
#include "tst_documentediting.moc"
