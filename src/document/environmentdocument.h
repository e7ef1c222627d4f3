// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edithistory.h"
#include "editqueue.h"

#include "core/edit/editengine.h"
#include "core/model/environmentloader.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <optional>

class QThreadPool;

namespace Maestro::Document {

// The open environment file, and the one owner of its text: loads it on the application's
// thread pool, watches it for changes (re-arming the watch after editors' atomic saves,
// which replace the file), keeps what the last load read and made (the text of the file
// and of its includes, the rendered text, the source map, the parsed document: views show
// these instead of reading the disk again) and the last environment that loaded without
// errors. A file that stops loading leaves that environment in place, marked stale, with
// the new diagnostics.
//
// Editing: the document's texts are the files' as loaded, overridden by unsaved changes
// (edits planned by the edit engine, typing, undo and redo); every load reads the unsaved
// texts instead of the files. An edit or a keystroke is one step of the undo history
// (EditHistory). save() writes the changed files atomically. A change of the file on disk
// while there are unsaved changes is not loaded: externallyChanged() lets the user choose
// (reloadFromDisk(), keepMine(), applyAgain()). Saving is not mistaken for an external
// change: a change notice whose file holds what the document knows it holds is ignored.
// Lives on the GUI thread; its destructor waits for a load or a plan in flight.
class EnvironmentDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentDocument)

public:
    explicit EnvironmentDocument(QThreadPool *pool, QObject *parent = nullptr);
    ~EnvironmentDocument() override;

    // Starts loading `fileName` (made absolute); a load in flight is superseded. Unsaved
    // changes and the undo history are dropped.
    void open(const QString &fileName);
    void reload();
    void close();

    QString fileName() const { return m_fileName; }
    Core::EnvironmentPtr environment() const { return m_environment; }
    const Core::Diagnostics &diagnostics() const { return m_lastLoad.diagnostics; }
    // Everything the last finished load read and made, whether or not it loaded.
    const Core::LoadResult &lastLoad() const { return m_lastLoad; }
    // The environment file's text: unsaved changes included (the last load may be older).
    QString text() const { return sourceText(m_fileName).value_or(QString()); }
    // The text of the environment file or of a file it includes, with unsaved changes; nullopt
    // for a file the last load did not read.
    std::optional<QString> sourceText(const QString &fileName) const;

    // Plans `request` on the thread pool against the current (maybe unsaved) texts, after
    // the edits requested before it. Applied: the new texts become the document's (unsaved),
    // one undo step is recorded and the environment loads again from memory. Refused:
    // editRefused() with the engine's message (file:line:col), and nothing changes.
    void applyEdit(const Core::EditRequest &request);
    bool isPlanningEdits() const;
    // Plans `request` on the thread pool against the current texts like applyEdit(), but
    // applies nothing: what the edit would change (a rename's preview of its references).
    QFuture<Core::Result<Core::EditOutcome>> planPreview(const Core::EditRequest &request) const;
    // Typing: `text` becomes the text of `fileName` (the environment file or an include).
    // Consecutive typing is one undo step; the environment loads again after a pause.
    void setText(const QString &fileName, const QString &text);

    bool canUndo() const { return m_history.canUndo(); }
    bool canRedo() const { return m_history.canRedo(); }
    void undo();
    void redo();

    // Whether some text differs from its file on disk.
    bool isModified() const { return m_modified; }
    // The files with unsaved changes (as the loader names them), and their text on disk.
    QStringList modifiedFiles() const;
    QString savedText(const QString &fileName) const { return m_saved.value(key(fileName)); }
    // Writes every changed file atomically, keeping its mode. Refused when a file no longer
    // holds what the document loaded from it (changed on disk meanwhile), unless keepMine().
    Core::VoidResult save();

    // The environment file changed on disk while there were unsaved changes.
    bool hasExternalChange() const { return m_externalChange; }
    // Drops the unsaved changes and the history and loads the file from disk.
    void reloadFromDisk();
    // Keeps the unsaved changes; the next save overwrites the file as it is on disk now.
    void keepMine();
    // Drops the unsaved changes, loads the file from disk and plans the requests of the
    // applied edits again on it; reappliedEdits() says which did not apply. Typing steps
    // have no request: they are counted in `typingDropped`.
    void applyAgain();

    // How long to wait after a keystroke before loading the typed text.
    void setValidationDelay(int milliseconds) { m_validate.setInterval(milliseconds); }
    // The environment shown is older than the file on disk (the file does not load now).
    bool isStale() const { return m_stale; }
    bool isLoading() const { return m_loader.isRunning(); }
    // The last load's environment meant what the one before meant (environmentMoved()): views
    // may keep what they built from it and take only the new positions.
    bool lastLoadMeansTheSame() const { return m_lastLoadMeansTheSame; }

    // How long to wait after a change notice before reloading: editors write in bursts.
    void setReloadDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }

signals:
    void fileNameChanged(const QString &fileName);
    // A load made an environment that means something else than the one before.
    void environmentChanged(const Maestro::Core::EnvironmentPtr &environment);
    // A load made an environment that means the same as the one before (the same parsed
    // document and env files: a comment typed, lines moved): only the source positions it
    // holds may differ. Views keep what they built from the one before and may take the
    // new positions; environment() is this one.
    void environmentMoved(const Maestro::Core::EnvironmentPtr &environment);
    void diagnosticsChanged(const Maestro::Core::Diagnostics &diagnostics);
    void staleChanged(bool stale);
    void loadingChanged(bool loading);
    // After every finished load, whether or not it produced an environment.
    void loadFinished(bool ok);
    // The text of `fileName` changed in memory (an edit, typing, undo, redo, reload).
    void textChanged(const QString &fileName);
    void modifiedChanged(bool modified);
    void undoRedoChanged();
    void editApplied(const Maestro::Core::EditRequest &request);
    void editRefused(const Maestro::Core::Error &error);
    void saved();
    void externallyChanged();
    // A change notice of the file was compared with the disk (whatever it found): views and
    // tests wait for it.
    void diskChangeChecked();
    void externalChangeResolved();
    // After applyAgain(): the requests that no longer apply, with why, and how many typing
    // steps could not be applied again.
    void reappliedEdits(const QList<Maestro::Core::Error> &failed, int typingDropped);

private:
    // The name the loader knows `fileName` by (overrides and source map use it).
    QString key(const QString &fileName) const;
    Core::LoadRequest loadRequest() const;
    // Applies byte edits to the current texts; true when any text changed.
    void applyToTexts(const QList<Core::SourceEdit> &edits);
    void setCurrentText(const QString &file, const QString &text);
    void onPlanned(const Core::EditRequest &request,
                   const Core::Result<Core::EditOutcome> &outcome);
    void updateModified();
    // Forgets the texts in memory and the history: the files on disk are the truth again.
    void dropTexts();
    void takeDiskText();
    void onDiskChanged();
    void checkDisk();
    std::optional<QString> diskText() const;
    void startLoad();
    void onLoaded();
    // Makes `result` the last load (and its environment the current one, when it loaded).
    // `meansTheSame`: its environment means what the current one means (environmentMoved).
    void adopt(const Core::LoadResult &result, bool meansTheSame = false);

    EditQueue::Snapshot editSnapshot() const;
    void onFileChanged();
    void armWatch();

    QThreadPool *m_pool;
    QString m_fileName;
    Core::EnvironmentPtr m_environment;
    Core::Value m_environmentDocument; // the parsed document m_environment was built from
    bool m_lastLoadMeansTheSame = false;
    Core::LoadResult m_lastLoad;
    bool m_stale = false;
    bool m_reloadPending = false;
    quint64 m_generation = 0;
    quint64 m_loadingGeneration = 0;
    // A load, and whether its environment means what `comparedWith` (the document's when the
    // load started) means: compared on the pool, since a walk of a large document is not free.
    struct Loaded
    {
        Core::LoadResult result;
        Core::EnvironmentPtr comparedWith;
        bool meansTheSame = false;
    };
    QFutureWatcher<Loaded> m_loader;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QTimer m_rearm; // the file is briefly missing during an atomic save
    int m_rearmAttempts = 0;

    // Every file changed in memory since it was loaded: its text now, and on disk.
    QHash<QString, QString> m_texts;
    QHash<QString, QString> m_saved;
    bool m_modified = false;
    EditHistory m_history;
    EditQueue *m_edits;
    QTimer m_validate; // typing reloads after a pause
    bool m_externalChange = false;
    bool m_reapplying = false;
    QList<Core::Error> m_reapplyFailures;
    int m_reapplyTyping = 0;
};

} // namespace Maestro::Document
