// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/daemondiscovery.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Maestro::Gui {

// File > New: picks the Docker daemon the new environment's first ship reaches (the local
// socket, DOCKER_HOST, or one of the user's Docker contexts), tests the connection as the
// ships panel does, and writes a small maestro.yaml (atomically, never over an existing
// file). GUI thread; reads only the small context files, connects only on "Test".
class NewEnvironmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewEnvironmentDialog)

public:
    NewEnvironmentDialog(const Docker::DiscoveryResult &found, const QString &directory,
                         QWidget *parent = nullptr);

    // The file written once the dialog was accepted.
    QString fileName() const;
    QString text() const;
    Docker::ConnectionSettings settings() const;

    QComboBox *daemonChoice() const { return m_daemon; }
    QLineEdit *environmentNameEdit() const { return m_name; }
    QLineEdit *shipNameEdit() const { return m_ship; }
    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *createButton() const { return m_create; }
    QLabel *problemLabel() const { return m_problem; }

    // Writes the file; on failure says why in problemLabel() and returns false.
    bool create();

signals:
    // The connection test dialog just opened (tests drive it).
    void connectionTestOpened(QDialog *dialog);

private:
    void onDaemonChosen();
    void refresh();
    void testConnection();
    void browse();
    QString validationProblem() const;

    QList<Docker::DiscoveredDaemon> m_daemons;
    QComboBox *m_daemon;
    QLineEdit *m_name;
    QLineEdit *m_ship;
    QLineEdit *m_file;
    QPlainTextEdit *m_preview;
    QLabel *m_problem;
    QPushButton *m_test;
    QPushButton *m_create;
};

} // namespace Maestro::Gui
