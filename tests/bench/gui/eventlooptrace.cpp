// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlooptrace.h"

#include <QEvent>
#include <QFile>
#include <QThread>

#include <algorithm>

#include <sys/resource.h>
#include <time.h>

TracingApplication::TracingApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    m_clock.start();
    m_slow.reserve(kKept);
}

bool TracingApplication::notify(QObject *receiver, QEvent *event)
{
    // notify() runs in the receiver's thread: only the GUI thread's deliveries are traced.
    if (!m_tracing || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    // Taken before delivery: the handler may delete the receiver.
    Delivery d;
    d.receiverClass = receiver->metaObject()->className();
    d.eventType = int(event->type());
    d.depth = m_depth;
    const qint64 started = m_clock.nsecsElapsed();
    const QByteArray name = receiver->objectName().toUtf8();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    d.endedNs = m_clock.nsecsElapsed();
    d.tookNs = d.endedNs - started;
    if (d.tookNs >= kRecordedAboveNs) {
        d.receiverName = name;
        if (m_slow.size() < kKept)
            m_slow.append(d);
        else
            m_slow[m_next] = d;
        m_next = (m_next + 1) % kKept;
    }
    return result;
}

QList<TracingApplication::Delivery> TracingApplication::slowDeliveriesSince(qint64 sinceNs) const
{
    QList<Delivery> found;
    for (const Delivery &d : m_slow) {
        if (d.endedNs > sinceNs)
            found.append(d);
    }
    std::sort(found.begin(), found.end(),
              [](const Delivery &a, const Delivery &b) { return a.endedNs < b.endedNs; });
    return found;
}

TracingApplication::ThreadUsage TracingApplication::threadUsage()
{
    ThreadUsage usage;
    timespec cpu{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    usage.cpuNs = qint64(cpu.tv_sec) * 1'000'000'000 + cpu.tv_nsec;
    rusage r{};
    getrusage(RUSAGE_THREAD, &r);
    usage.voluntarySwitches = r.ru_nvcsw;
    usage.involuntarySwitches = r.ru_nivcsw;
    // Linux: "time on a CPU, time waiting on a run queue, slices", in nanoseconds.
    QFile schedstat(QStringLiteral("/proc/thread-self/schedstat"));
    if (schedstat.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = schedstat.readAll().simplified().split(' ');
        if (fields.size() >= 2)
            usage.runQueueNs = fields.at(1).toLongLong();
    }
    return usage;
}
