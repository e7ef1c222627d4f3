// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentdocument.h"

#include "documentlog.h"

#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Maestro::Document {

namespace {
constexpr int kRearmIntervalMs = 100;
constexpr int kRearmAttempts = 50; // give an editor five seconds to put the file back
} // namespace

EnvironmentDocument::EnvironmentDocument(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    m_rearm.setInterval(kRearmIntervalMs);
    connect(&m_debounce, &QTimer::timeout, this, &EnvironmentDocument::reload);
    connect(&m_rearm, &QTimer::timeout, this, &EnvironmentDocument::armWatch);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
            &EnvironmentDocument::onFileChanged);
    connect(&m_loader, &QFutureWatcher<Core::LoadResult>::finished, this,
            &EnvironmentDocument::onLoaded);
}

EnvironmentDocument::~EnvironmentDocument()
{
    // The loader cannot be interrupted mid-file; it is bounded, so waiting is safe.
    m_loader.waitForFinished();
}

void EnvironmentDocument::open(const QString &fileName)
{
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_rearm.stop();
    m_debounce.stop();
    if (absolute != m_fileName) {
        m_fileName = absolute;
        // A different file starts from nothing: its predecessor's model is not "last good".
        m_environment.reset();
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
    m_fileName.clear();
    m_environment.reset();
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
    m_loadingGeneration = ++m_generation;
    Core::LoadRequest request;
    request.file = m_fileName;
    request.processEnvironment = Core::currentProcessEnvironment();
    m_loader.setFuture(
        QtConcurrent::run(m_pool, [request] { return Core::loadEnvironment(request); }));
    emit loadingChanged(true);
}

void EnvironmentDocument::onLoaded()
{
    const bool current = m_loadingGeneration == m_generation;
    const Core::LoadResult result
        = m_loader.future().resultCount() > 0 ? m_loader.result() : Core::LoadResult{};
    if (m_reloadPending) {
        startLoad();
        return;
    }
    emit loadingChanged(false);
    if (!current)
        return;
    qCDebug(lcDocument).noquote() << m_fileName << (result.environment ? "loaded" : "did not load")
                                  << "with" << result.diagnostics.size() << "diagnostics";
    m_lastLoad = result;
    emit diagnosticsChanged(m_lastLoad.diagnostics);
    const bool ok = result.environment != nullptr;
    if (ok) {
        m_environment = result.environment;
        emit environmentChanged(m_environment);
    }
    const bool stale = !ok && m_environment != nullptr;
    if (stale != m_stale) {
        m_stale = stale;
        emit staleChanged(m_stale);
    }
    emit loadFinished(ok);
}

std::optional<QString> EnvironmentDocument::sourceText(const QString &fileName) const
{
    // The loader names the environment file and its includes by absolute paths (open()
    // made the file name absolute); a caller may spell the same file differently.
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
