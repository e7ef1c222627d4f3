// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/run/planrunner.h"

#include <QDir>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>

// Helpers for driving PlanRunner with fake tasks. Tasks run on worker threads, the test on
// the runner thread; everything here that both touch is locked.
namespace Maestro::Orchestration::FakeWork {

// How long a fake task waits for the test before it gives up and fails (so a broken
// runner makes a test fail instead of hanging). Never reached by a passing test.
constexpr int kPatienceMs = 20000;

// Threads of this process right now (Linux), to show the pool does not grow with steps.
inline int processThreadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task"))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

// What the fake tasks did, in order: "start ID" and "end ID" entries, how many ran at
// once, on how many distinct threads.
class TaskLog
{
public:
    void begin(const QString &id)
    {
        const int threads = processThreadCount();
        QMutexLocker lock(&m_mutex);
        m_entries.append(QStringLiteral("start ") + id);
        m_maxRunning = std::max(m_maxRunning, ++m_running);
        m_threads.insert(QThread::currentThread());
        m_maxProcessThreads = std::max(m_maxProcessThreads, threads);
    }
    void end(const QString &id)
    {
        QMutexLocker lock(&m_mutex);
        m_entries.append(QStringLiteral("end ") + id);
        --m_running;
        ++m_ended;
    }
    QStringList entries() const
    {
        QMutexLocker lock(&m_mutex);
        return m_entries;
    }
    int running() const
    {
        QMutexLocker lock(&m_mutex);
        return m_running;
    }
    int ended() const
    {
        QMutexLocker lock(&m_mutex);
        return m_ended;
    }
    int maxRunning() const
    {
        QMutexLocker lock(&m_mutex);
        return m_maxRunning;
    }
    int distinctThreads() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_threads.size());
    }
    int maxProcessThreads() const
    {
        QMutexLocker lock(&m_mutex);
        return m_maxProcessThreads;
    }
    bool hasStarted(const QString &id) const
    {
        QMutexLocker lock(&m_mutex);
        return m_entries.contains(QStringLiteral("start ") + id);
    }

private:
    mutable QMutex m_mutex;
    QStringList m_entries;
    QSet<QThread *> m_threads;
    int m_running = 0;
    int m_ended = 0;
    int m_maxRunning = 0;
    int m_maxProcessThreads = 0;
};

// A turnstile the test opens: each open() lets one waiting task through.
class Gate
{
public:
    void open(int count = 1) { m_permits.release(count); }
    bool pass() { return m_permits.tryAcquire(1, kPatienceMs); }

private:
    QSemaphore m_permits;
};

// Lets tasks through only once `count` of them are inside at the same time: proof that
// they ran in parallel.
class Latch
{
public:
    explicit Latch(int count)
        : m_remaining(count)
    {}
    bool arriveAndWait()
    {
        QMutexLocker lock(&m_mutex);
        if (--m_remaining <= 0) {
            m_allHere.wakeAll();
            return true;
        }
        while (m_remaining > 0) {
            if (!m_allHere.wait(&m_mutex, kPatienceMs))
                return false;
        }
        return true;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_allHere;
    int m_remaining = 0;
};

// Everything a runner emitted, on the runner thread.
class EventLog
{
public:
    explicit EventLog(PlanRunner &runner)
    {
        QObject::connect(&runner, &PlanRunner::progress, &runner,
                         [this](const ProgressEvent &event) {
                             all.append(event);
                             byId[event.instance].append(event);
                         });
        QObject::connect(&runner, &PlanRunner::finished, &runner, [this](const RunReport &report) {
            reports.append(report);
            eventsWhenFinished = int(all.size());
        });
    }

    QList<ProgressPhase> phases(const QString &id) const
    {
        QList<ProgressPhase> result;
        for (const ProgressEvent &event : byId.value(id))
            result.append(event.phase);
        return result;
    }
    bool has(const QString &id, ProgressPhase phase) const { return phases(id).contains(phase); }

    QList<ProgressEvent> all;
    QHash<QString, QList<ProgressEvent>> byId;
    QList<RunReport> reports;
    int eventsWhenFinished = -1;
};

} // namespace Maestro::Orchestration::FakeWork
