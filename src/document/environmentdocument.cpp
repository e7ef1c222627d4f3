// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentdocument.h"

#include "documentlog.h"
#include "editqueue.h"

#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Maestro::Document {

namespace {
// Whether two parsed documents are the same but for positions: the same kinds, scalars,
// items and keys in the same order. Stricter than Value::sameContent, which is YAML key
// identity (1, 1.0 and true are one key) while an env value of 1 and one of true differ.
bool sameDocument(const Core::Value &a, const Core::Value &b)
{
    using Kind = Core::Value::Kind;
    if (a.kind() != b.kind())
        return false;
    switch (a.kind()) {
    case Kind::Null:
        return true;
    case Kind::Bool:
        return a.toBool() == b.toBool();
    case Kind::Int:
        return a.toInt() == b.toInt();
    case Kind::Float:
        return a.toDouble() == b.toDouble();
    case Kind::String:
        return a.toString() == b.toString();
    case Kind::List:
        return std::equal(a.items().cbegin(), a.items().cend(), b.items().cbegin(),
                          b.items().cend(), sameDocument);
    case Kind::Map:
        return std::equal(a.entries().cbegin(), a.entries().cend(), b.entries().cbegin(),
                          b.entries().cend(),
                          [](const Core::Value::Entry &x, const Core::Value::Entry &y) {
                              return sameDocument(x.key, y.key) && sameDocument(x.value, y.value);
                          });
    }
    return false;
}

// Whether `after`'s environment means what `before` means. The environment is built from the
// parsed document, the env files it names (read at load) and the file's place: positions
// aside, the same inputs build the same model. The walk stops at the first difference.
bool meansTheSame(const Core::EnvironmentPtr &before, const Core::Value &beforeDocument,
                  const Core::LoadResult &after)
{
    return before && after.environment && after.environment->fileName == before->fileName
           && after.environment->baseDir == before->baseDir
           && after.environment->envFiles == before->envFiles
           && sameDocument(after.document, beforeDocument);
}

// Drops `value` on the pool: freeing a large parsed document, its spans and source map takes
// the GUI thread milliseconds. What it holds is immutable and shared atomically.
template<typename T>
void releaseOn(QThreadPool *pool, T value)
{
    pool->start([held = std::make_shared<T>(std::move(value))]() mutable { held.reset(); });
}

constexpr int kRearmIntervalMs = 100;
constexpr int kRearmAttempts = 50; // give an editor five seconds to put the file back
} // namespace

EnvironmentDocument::EnvironmentDocument(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_edits(new EditQueue(
          pool, [this] { return editSnapshot(); }, this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    m_validate.setSingleShot(true);
    m_validate.setInterval(300);
    m_rearm.setInterval(kRearmIntervalMs);
    connect(&m_debounce, &QTimer::timeout, this, &EnvironmentDocument::onDiskChanged);
    connect(&m_validate, &QTimer::timeout, this, &EnvironmentDocument::reload);
    connect(m_edits, &EditQueue::planned, this, &EnvironmentDocument::onPlanned);
    connect(m_edits, &EditQueue::idle, this, [this] {
        if (!m_reapplying)
            return;
        m_reapplying = false;
        emit reappliedEdits(m_reapplyFailures, m_reapplyTyping);
    });
    connect(&m_rearm, &QTimer::timeout, this, &EnvironmentDocument::armWatch);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
            &EnvironmentDocument::onFileChanged);
    connect(&m_loader, &QFutureWatcher<Loaded>::finished, this, &EnvironmentDocument::onLoaded);
}

EnvironmentDocument::~EnvironmentDocument()
{
    // The loader cannot be interrupted mid-file; it is bounded, so waiting is safe.
    m_loader.waitForFinished();
    delete m_edits; // waits for a plan in flight, whose result needs this document
}

void EnvironmentDocument::open(const QString &fileName)
{
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_rearm.stop();
    m_debounce.stop();
    dropTexts();
    if (absolute != m_fileName) {
        m_fileName = absolute;
        // A different file starts from nothing: its predecessor's model is not "last good".
        m_environment.reset();
        m_environmentDocument = {};
        m_stale = false;
        emit environmentChanged(m_environment);
        emit staleChanged(false);
        emit fileNameChanged(m_fileName);
    }
    armWatch();
    startLoad();
}

void EnvironmentDocument::reload()
{
    if (m_fileName.isEmpty())
        return;
    startLoad();
}

void EnvironmentDocument::close()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_rearm.stop();
    m_debounce.stop();
    ++m_generation; // results of a load in flight are dropped
    dropTexts();
    m_fileName.clear();
    m_environment.reset();
    m_environmentDocument = {};
    m_lastLoad = {};
    m_stale = false;
    emit fileNameChanged(m_fileName);
    emit environmentChanged(m_environment);
    emit diagnosticsChanged(m_lastLoad.diagnostics);
    emit staleChanged(false);
}

void EnvironmentDocument::startLoad()
{
    if (m_loader.isRunning()) {
        // One load at a time: the newest request runs when the current one ends.
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    m_validate.stop(); // this load reads the typed text too
    m_loadingGeneration = ++m_generation;
    const Core::LoadRequest request = loadRequest();
    m_loader.setFuture(QtConcurrent::run(
        m_pool, [request, before = m_environment, beforeDocument = m_environmentDocument] {
            Loaded loaded{Core::loadEnvironment(request), before, false};
            loaded.meansTheSame = meansTheSame(before, beforeDocument, loaded.result);
            return loaded;
        }));
    emit loadingChanged(true);
}

void EnvironmentDocument::onLoaded()
{
    const bool current = m_loadingGeneration == m_generation;
    const Loaded loaded = m_loader.future().resultCount() > 0 ? m_loader.result() : Loaded{};
    if (m_reloadPending) {
        startLoad();
        return;
    }
    emit loadingChanged(false);
    if (!current)
        return;
    adopt(loaded.result, loaded.meansTheSame && loaded.comparedWith == m_environment);
}

void EnvironmentDocument::adopt(const Core::LoadResult &result, bool meansTheSame)
{
    qCDebug(lcDocument).noquote() << m_fileName << (result.environment ? "loaded" : "did not load")
                                  << "with" << result.diagnostics.size() << "diagnostics"
                                  << (meansTheSame ? "(means the same)" : "");
    releaseOn(m_pool, std::exchange(m_lastLoad, result));
    emit diagnosticsChanged(m_lastLoad.diagnostics);
    const bool ok = result.environment != nullptr;
    m_lastLoadMeansTheSame = ok && meansTheSame;
    if (ok) {
        m_environment = result.environment;
        releaseOn(m_pool, std::exchange(m_environmentDocument, result.document));
        if (m_lastLoadMeansTheSame)
            emit environmentMoved(m_environment);
        else
            emit environmentChanged(m_environment);
    }
    const bool stale = !ok && m_environment != nullptr;
    if (stale != m_stale) {
        m_stale = stale;
        emit staleChanged(m_stale);
    }
    emit loadFinished(ok);
}

Core::LoadRequest EnvironmentDocument::loadRequest() const
{
    Core::LoadRequest request;
    request.file = m_fileName;
    request.processEnvironment = Core::currentProcessEnvironment();
    request.sourceOverrides = m_texts;
    // Kept with the load, the spans let an edit plan on it without parsing again.
    request.recordSpans = true;
    return request;
}

QFuture<Core::Result<Core::EditOutcome>>
EnvironmentDocument::planPreview(const Core::EditRequest &request) const
{
    return EditQueue::plan(m_pool, editSnapshot(), request);
}

EditQueue::Snapshot EnvironmentDocument::editSnapshot() const
{
    EditQueue::Snapshot snapshot{loadRequest(), std::nullopt};
    // The last load serves only when it read exactly the texts as they are now.
    bool upToDate = m_lastLoad.sourceRead && m_lastLoad.spans != nullptr && !m_validate.isActive();
    for (auto it = m_texts.cbegin(); upToDate && it != m_texts.cend(); ++it) {
        const int index = m_lastLoad.sourceMap.indexOf(it.key());
        upToDate = index >= 0 && m_lastLoad.sourceMap.fileText(index) == it.value();
    }
    if (upToDate)
        snapshot.current = m_lastLoad;
    return snapshot;
}

QString EnvironmentDocument::key(const QString &fileName) const
{
    // The loader names the environment file and its includes by absolute paths (open()
    // made the file name absolute); a caller may spell the same file differently.
    if (fileName == m_fileName || m_texts.contains(fileName))
        return fileName;
    const QString wanted = QFileInfo(fileName).absoluteFilePath();
    if (wanted == m_fileName)
        return m_fileName;
    const Core::SourceMap &sources = m_lastLoad.sourceMap;
    for (int i = 0; i < sources.fileCount(); ++i) {
        if (QFileInfo(sources.fileName(i)).absoluteFilePath() == wanted)
            return sources.fileName(i);
    }
    return wanted;
}

std::optional<QString> EnvironmentDocument::sourceText(const QString &fileName) const
{
    if (const auto text = m_texts.constFind(key(fileName)); text != m_texts.cend())
        return *text;
    const QString wanted = QFileInfo(fileName).absoluteFilePath();
    if (wanted == QFileInfo(m_lastLoad.fileName).absoluteFilePath())
        return m_lastLoad.sourceRead ? std::optional(m_lastLoad.sourceText) : std::nullopt;
    const Core::SourceMap &sources = m_lastLoad.sourceMap;
    for (int i = 0; i < sources.fileCount(); ++i) {
        if (QFileInfo(sources.fileName(i)).absoluteFilePath() == wanted)
            return sources.fileText(i);
    }
    return std::nullopt;
}

void EnvironmentDocument::applyEdit(const Core::EditRequest &request)
{
    if (m_fileName.isEmpty())
        return;
    m_history.closeTyping();
    m_edits->enqueue(request);
}

bool EnvironmentDocument::isPlanningEdits() const
{
    return m_edits->isBusy();
}

void EnvironmentDocument::onPlanned(const Core::EditRequest &request,
                                    const Core::Result<Core::EditOutcome> &outcome)
{
    if (!outcome) {
        qCDebug(lcDocument).noquote() << "edit refused:" << outcome.error().toString();
        if (m_reapplying)
            m_reapplyFailures.append(outcome.error());
        else
            emit editRefused(outcome.error());
        return;
    }
    for (auto it = outcome->before.cbegin(); it != outcome->before.cend(); ++it) {
        if (sourceText(it.key()) != it.value()) {
            // Typed over while it was planned: plan it again on the text as it is now.
            m_edits->retry(request);
            return;
        }
    }
    applyToTexts(outcome->edits);
    m_history.push(EditStep{outcome->edits, outcome->inverse, request});
    emit undoRedoChanged();
    emit editApplied(request);
    if (outcome->verified.sourceRead && !m_validate.isActive() && !m_loader.isRunning()) {
        // The verification loaded exactly these texts: that is the document's load now.
        ++m_generation;
        adopt(outcome->verified);
    } else {
        startLoad();
    }
}

void EnvironmentDocument::setText(const QString &fileName, const QString &text)
{
    const QString file = key(fileName);
    const std::optional<QString> current = sourceText(file);
    if (!current || *current == text)
        return;
    m_history.type(file, *current, text);
    setCurrentText(file, text);
    emit undoRedoChanged();
    m_validate.start();
}

void EnvironmentDocument::undo()
{
    if (const EditStep *step = m_history.undo()) {
        applyToTexts(step->inverse);
        emit undoRedoChanged();
        startLoad();
    }
}

void EnvironmentDocument::redo()
{
    if (const EditStep *step = m_history.redo()) {
        applyToTexts(step->edits);
        emit undoRedoChanged();
        startLoad();
    }
}

void EnvironmentDocument::applyToTexts(const QList<Core::SourceEdit> &edits)
{
    QStringList files;
    for (const Core::SourceEdit &edit : edits) {
        if (!files.contains(edit.file))
            files.append(edit.file);
    }
    for (const QString &file : files)
        setCurrentText(file,
                       Core::SourceEdits::apply(sourceText(file).value_or(QString()), edits, file));
}

void EnvironmentDocument::setCurrentText(const QString &file, const QString &text)
{
    if (!m_saved.contains(file))
        m_saved.insert(file, sourceText(file).value_or(QString()));
    m_texts.insert(file, text);
    emit textChanged(file);
    updateModified();
}

QStringList EnvironmentDocument::modifiedFiles() const
{
    QStringList files;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        if (it.value() != m_saved.value(it.key()))
            files.append(it.key());
    }
    files.sort();
    return files;
}

void EnvironmentDocument::updateModified()
{
    const bool modified = !modifiedFiles().isEmpty();
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(m_modified);
}

Core::VoidResult EnvironmentDocument::save()
{
    QMap<QString, QString> expected;
    QMap<QString, QString> texts;
    for (const QString &file : modifiedFiles()) {
        expected.insert(file, m_saved.value(file));
        texts.insert(file, m_texts.value(file));
    }
    if (texts.isEmpty())
        return Core::Success{};
    if (const Core::VoidResult written = Core::SourceEdits::write(expected, texts); !written)
        return written;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        m_saved.insert(it.key(), it.value());
    m_history.closeTyping();
    const bool external = std::exchange(m_externalChange, false);
    updateModified();
    if (external)
        emit externalChangeResolved();
    emit saved();
    return Core::Success{};
}

void EnvironmentDocument::dropTexts()
{
    m_edits->clear();
    m_validate.stop();
    const QStringList files = m_texts.keys();
    m_texts.clear();
    m_saved.clear();
    m_history.clear();
    m_reapplying = false;
    for (const QString &file : files)
        emit textChanged(file);
    updateModified();
    emit undoRedoChanged();
    if (std::exchange(m_externalChange, false))
        emit externalChangeResolved();
}

void EnvironmentDocument::reloadFromDisk()
{
    if (m_fileName.isEmpty())
        return;
    dropTexts();
    takeDiskText();
    startLoad();
}

void EnvironmentDocument::takeDiskText()
{
    // The text is the disk's at once, not when the load ends: edits planned meanwhile and
    // the views work on it.
    const std::optional<QString> disk = diskText();
    if (!disk)
        return;
    m_texts.insert(m_fileName, *disk);
    m_saved.insert(m_fileName, *disk);
    emit textChanged(m_fileName);
}

void EnvironmentDocument::keepMine()
{
    if (!m_externalChange)
        return;
    if (const std::optional<QString> disk = diskText(); disk && m_saved.contains(m_fileName))
        m_saved.insert(m_fileName, *disk);
    m_externalChange = false;
    emit externalChangeResolved();
}

void EnvironmentDocument::applyAgain()
{
    if (m_fileName.isEmpty())
        return;
    const QList<Core::EditRequest> requests = m_history.appliedRequests();
    const int typing = m_history.appliedTypingSteps();
    dropTexts();
    takeDiskText();
    startLoad();
    m_reapplyFailures.clear();
    m_reapplyTyping = typing;
    if (requests.isEmpty()) {
        emit reappliedEdits({}, typing);
        return;
    }
    m_reapplying = true;
    for (const Core::EditRequest &request : requests)
        m_edits->enqueue(request);
}

std::optional<QString> EnvironmentDocument::diskText() const
{
    QFile file(m_fileName);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

void EnvironmentDocument::onDiskChanged()
{
    checkDisk();
    emit diskChangeChecked();
}

void EnvironmentDocument::checkDisk()
{
    const std::optional<QString> disk = diskText();
    if (!m_modified) {
        // Our own save, a write of the same bytes or a change of mode: nothing to load.
        if (disk && m_lastLoad.sourceRead && *disk == text())
            return;
        dropTexts(); // the history's edits are relative to texts that are gone
        takeDiskText();
        reload();
        return;
    }
    if (!disk || *disk == m_saved.value(m_fileName, *disk) || m_externalChange)
        return;
    m_externalChange = true;
    emit externallyChanged();
}

void EnvironmentDocument::onFileChanged()
{
    // Atomic saves replace the inode, which drops it from the watcher: watch again.
    if (!m_watcher.files().contains(m_fileName))
        armWatch();
    m_debounce.start();
}

void EnvironmentDocument::armWatch()
{
    if (m_fileName.isEmpty())
        return;
    if (m_watcher.files().contains(m_fileName)) {
        m_rearm.stop();
        return;
    }
    if (QFileInfo::exists(m_fileName) && m_watcher.addPath(m_fileName)) {
        if (m_rearm.isActive()) {
            // The file came back after a replace: it changed, so load it.
            m_rearm.stop();
            m_debounce.start();
        }
        m_rearmAttempts = 0;
        return;
    }
    if (!m_rearm.isActive()) {
        m_rearmAttempts = 0;
        m_rearm.start();
    } else if (++m_rearmAttempts >= kRearmAttempts) {
        m_rearm.stop();
    }
}

} // namespace Maestro::Document
