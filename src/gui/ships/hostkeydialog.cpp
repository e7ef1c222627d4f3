// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostkeydialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Maestro::Gui {

HostKeyDialog::HostKeyDialog(const Docker::HostKeyProblem &problem, QWidget *parent)
    : QDialog(parent)
    , m_problem(problem)
    , m_fingerprint(new QLabel(problem.fingerprintSha256, this))
{
    setWindowTitle(problem.changed ? tr("SSH host key changed") : tr("Unknown SSH host key"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (problem.changed) {
        intro->setText(
            tr("<b>The SSH server at %1 presents another key than the one recorded in "
               "known_hosts.</b> Either the server was reinstalled or its key replaced, or "
               "someone is intercepting the connection. Trust the new key only if the "
               "server's administrator confirms this fingerprint.")
                .arg(problem.knownHostsLabel().toHtmlEscaped()));
    } else {
        intro->setText(tr("The SSH server at %1 is not listed in known_hosts yet. Compare the "
                          "fingerprint with the server's (<tt>ssh-keygen -lf</tt> on its host "
                          "key) before trusting it.")
                           .arg(problem.knownHostsLabel().toHtmlEscaped()));
    }

    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    m_fingerprint->setAccessibleName(tr("Key fingerprint"));
    auto *host = new QLabel(problem.knownHostsLabel(), this);
    host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *type = new QLabel(problem.keyType, this);

    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), host);
    form->addRow(tr("Key type:"), type);
    form->addRow(tr("Fingerprint:"), m_fingerprint);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(problem.changed ? tr("&Replace the key and connect")
                                                 : tr("&Trust and connect"),
                                 QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // A changed key must not be accepted with a reflexive Enter: the trust button then
    // never becomes the default, not even when it has the focus.
    if (problem.changed) {
        m_trust->setAutoDefault(false);
        m_cancel->setDefault(true);
        m_cancel->setFocus();
    } else {
        m_trust->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

} // namespace Maestro::Gui
