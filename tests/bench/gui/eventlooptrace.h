// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>

// A QApplication that times every event delivery on the GUI thread, so a benchmark can say
// what ran while its latency probe was late: one slow handler, many small ones, or nothing
// at all (then the thread was waiting for a lock or for a CPU). Off unless enabled, because
// timing every event costs a little itself.
class TracingApplication : public QApplication
{
public:
    struct Delivery
    {
        qint64 endedNs = 0; // on clock()
        qint64 tookNs = 0;
        const char *receiverClass = nullptr;
        QByteArray receiverName;
        int eventType = 0;
        int depth = 0; // 0: delivered by the event loop itself; > 0: sent from inside another
    };

    // What the GUI thread did between two instants: its CPU time, its time runnable but
    // waiting for a CPU, and its context switches (voluntary: it waited for something;
    // involuntary: the scheduler preempted it).
    struct ThreadUsage
    {
        qint64 cpuNs = 0;
        qint64 runQueueNs = 0;
        long voluntarySwitches = 0;
        long involuntarySwitches = 0;
    };

    TracingApplication(int &argc, char **argv);

    void setTracing(bool on) { m_tracing = on; }
    bool notify(QObject *receiver, QEvent *event) override;

    const QElapsedTimer &clock() const { return m_clock; }
    // The recorded (slower than 1 ms) deliveries that ended after `sinceNs` (on clock()).
    QList<Delivery> slowDeliveriesSince(qint64 sinceNs) const;
    static ThreadUsage threadUsage();

private:
    static constexpr qint64 kRecordedAboveNs = 1'000'000;
    static constexpr qsizetype kKept = 4096;

    QElapsedTimer m_clock;
    QList<Delivery> m_slow; // a ring of the last kKept slow deliveries
    qsizetype m_next = 0;
    int m_depth = 0;
    bool m_tracing = false;
};
