// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostkeydialog.h"

#include "docker/connectioncheck.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Maestro::Gui {

// "Test connection" for one ship: runs Docker::checkConnection and shows each step (resolve,
// connect, TLS handshake, SSH authentication, API version) as it ends, with its outcome,
// detail and time. When the SSH server's key is unknown (or changed) it asks through a
// HostKeyDialog; once trusted, records the key (Docker::trustHostKey) and tests again.
// GUI thread only; the destructor waits for a running test (bounded by the ship's timeout).
class ConnectionTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestDialog)

public:
    explicit ConnectionTestDialog(Docker::ConnectionSettings settings, QWidget *parent = nullptr);
    ~ConnectionTestDialog() override;

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }
    const Docker::ConnectionSettings &settings() const { return m_settings; }
    QList<Docker::ConnectionCheckStep> steps() const { return m_steps; }

    QTreeWidget *stepsView() const { return m_stepsView; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *retryButton() const { return m_retry; }
    // The open host key question, if any.
    HostKeyDialog *hostKeyDialog() const { return m_hostKeyDialog; }

signals:
    void started();
    void checkFinished(const QList<Maestro::Docker::ConnectionCheckStep> &steps);

private:
    void addStep(const Docker::ConnectionCheckStep &step);
    void onFinished();
    void askAboutHostKey(const Docker::HostKeyProblem &problem);

    Docker::ConnectionSettings m_settings;
    QFutureWatcher<QList<Docker::ConnectionCheckStep>> m_watcher;
    QList<Docker::ConnectionCheckStep> m_steps;
    QTreeWidget *m_stepsView;
    QLabel *m_summary;
    QPushButton *m_retry;
    QPointer<HostKeyDialog> m_hostKeyDialog;
    int m_generation = 0; // steps of an earlier run that arrive late are dropped
};

} // namespace Maestro::Gui
