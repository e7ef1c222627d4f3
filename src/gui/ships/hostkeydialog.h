// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/hostkeyproblem.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Maestro::Gui {

// Asks whether to trust an SSH server key that known_hosts does not vouch for: shows the
// host, key type and SHA256 fingerprint (as `ssh-keygen -lf` prints it) so the user can
// compare it with the server's. A changed key gets a warning and Cancel as the default
// button. Accepted means "trust it"; recording it is the caller's job. GUI thread only.
class HostKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyDialog)

public:
    explicit HostKeyDialog(const Docker::HostKeyProblem &problem, QWidget *parent = nullptr);

    const Docker::HostKeyProblem &problem() const { return m_problem; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    Docker::HostKeyProblem m_problem;
    QLabel *m_fingerprint;
    QPushButton *m_trust;
    QPushButton *m_cancel;
};

} // namespace Maestro::Gui
