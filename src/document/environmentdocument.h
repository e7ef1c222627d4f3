// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
// the new diagnostics. Lives on the GUI thread; its destructor waits for a load in flight.
class EnvironmentDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentDocument)

public:
    explicit EnvironmentDocument(QThreadPool *pool, QObject *parent = nullptr);
    ~EnvironmentDocument() override;

    // Starts loading `fileName` (made absolute); a load in flight is superseded.
    void open(const QString &fileName);
    void reload();
    void close();

    QString fileName() const { return m_fileName; }
    Core::EnvironmentPtr environment() const { return m_environment; }
    const Core::Diagnostics &diagnostics() const { return m_lastLoad.diagnostics; }
    // Everything the last finished load read and made, whether or not it loaded.
    const Core::LoadResult &lastLoad() const { return m_lastLoad; }
    // The environment file's text as the last load read it.
    QString text() const { return m_lastLoad.sourceText; }
    // The text of the environment file or of a file it includes, as the last load read it;
    // nullopt for a file the last load did not read.
    std::optional<QString> sourceText(const QString &fileName) const;
    // The environment shown is older than the file on disk (the file does not load now).
    bool isStale() const { return m_stale; }
    bool isLoading() const { return m_loader.isRunning(); }

    // How long to wait after a change notice before reloading: editors write in bursts.
    void setReloadDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }

signals:
    void fileNameChanged(const QString &fileName);
    void environmentChanged(const Maestro::Core::EnvironmentPtr &environment);
    void diagnosticsChanged(const Maestro::Core::Diagnostics &diagnostics);
    void staleChanged(bool stale);
    void loadingChanged(bool loading);
    // After every finished load, whether or not it produced an environment.
    void loadFinished(bool ok);

private:
    void startLoad();
    void onLoaded();
    void onFileChanged();
    void armWatch();

    QThreadPool *m_pool;
    QString m_fileName;
    Core::EnvironmentPtr m_environment;
    Core::LoadResult m_lastLoad;
    bool m_stale = false;
    bool m_reloadPending = false;
    quint64 m_generation = 0;
    quint64 m_loadingGeneration = 0;
    QFutureWatcher<Core::LoadResult> m_loader;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QTimer m_rearm; // the file is briefly missing during an atomic save
    int m_rearmAttempts = 0;
};

} // namespace Maestro::Document
