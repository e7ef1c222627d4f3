// SPDX-License-Identifier: GPL-3.0-or-later
#include "newenvironmentdialog.h"

#include "newenvironmenttext.h"

#include "gui/ships/connectiontestdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QVBoxLayout>

namespace Maestro::Gui {

using namespace Qt::StringLiterals;
using Docker::DiscoveredDaemon;

namespace {

QString daemonLabel(const DiscoveredDaemon &daemon)
{
    switch (daemon.source) {
    case DiscoveredDaemon::Source::LocalSocket:
        return NewEnvironmentDialog::tr("Local Docker (%1)").arg(daemon.dockerHost);
    case DiscoveredDaemon::Source::DockerHost:
        return NewEnvironmentDialog::tr("DOCKER_HOST (%1)").arg(daemon.dockerHost);
    case DiscoveredDaemon::Source::DockerContext:
        return NewEnvironmentDialog::tr("Docker context \u201c%1\u201d (%2)")
            .arg(daemon.contextName, daemon.dockerHost);
    }
    return daemon.dockerHost;
}

// Ship names are keys the user types in commands and `ship:` fields.
const QRegularExpression &shipNamePattern()
{
    static const QRegularExpression pattern(u"[A-Za-z0-9][A-Za-z0-9_.-]*"_s);
    return pattern;
}

} // namespace

NewEnvironmentDialog::NewEnvironmentDialog(const Docker::DiscoveryResult &found,
                                           const QString &directory, QWidget *parent)
    : QDialog(parent)
    , m_daemons(found.daemons)
    , m_daemon(new QComboBox(this))
    , m_name(new QLineEdit(QFileInfo(directory).fileName(), this))
    , m_ship(new QLineEdit(this))
    , m_file(new QLineEdit(QDir(directory).filePath(u"maestro.yaml"_s), this))
    , m_preview(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_create(new QPushButton(tr("&Create"), this))
{
    setWindowTitle(tr("New environment"));
    resize(640, 520);

    for (const DiscoveredDaemon &daemon : std::as_const(m_daemons))
        m_daemon->addItem(daemonLabel(daemon));
    m_daemon->setAccessibleName(tr("Docker daemon"));
    m_name->setAccessibleName(u"name"_s); // the YAML key it fills
    m_ship->setAccessibleName(u"ship"_s);
    m_ship->setValidator(new QRegularExpressionValidator(shipNamePattern(), m_ship));
    m_file->setAccessibleName(tr("File"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("New file preview"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_test->setAccessibleName(tr("Test connection"));
    m_create->setAccessibleName(tr("Create"));
    m_create->setDefault(true);

    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    browse->setAccessibleName(tr("Browse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Docker daemon:"), m_daemon);
    form->addRow(tr("&Environment name:"), m_name);
    form->addRow(tr("&Ship name:"), m_ship);
    form->addRow(tr("&File:"), fileRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    if (m_daemons.isEmpty())
        layout->addWidget(new QLabel(
            tr("No Docker daemon found: no local socket, no DOCKER_HOST and no Docker context. "
               "Start Docker or create a context, then open this dialog again."),
            this));
    if (!found.problems.isEmpty()) {
        auto *problems = new QLabel(tr("Not offered:\n%1").arg(found.problems.join(u'\n')), this);
        problems->setWordWrap(true);
        problems->setAccessibleName(tr("Contexts not offered"));
        layout->addWidget(problems);
    }
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_daemon, &QComboBox::currentIndexChanged, this, &NewEnvironmentDialog::onDaemonChosen);
    connect(m_name, &QLineEdit::textChanged, this, &NewEnvironmentDialog::refresh);
    connect(m_ship, &QLineEdit::textChanged, this, &NewEnvironmentDialog::refresh);
    connect(m_file, &QLineEdit::textChanged, this, &NewEnvironmentDialog::refresh);
    connect(browse, &QPushButton::clicked, this, &NewEnvironmentDialog::browse);
    connect(m_test, &QPushButton::clicked, this, &NewEnvironmentDialog::testConnection);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (create())
            accept();
    });
    onDaemonChosen();
}

QString NewEnvironmentDialog::fileName() const
{
    return QFileInfo(m_file->text()).absoluteFilePath();
}

Docker::ConnectionSettings NewEnvironmentDialog::settings() const
{
    const int index = m_daemon->currentIndex();
    if (index < 0)
        return {};
    Docker::ConnectionSettings settings = m_daemons.at(index).settings;
    settings.shipName = m_ship->text();
    return settings;
}

QString NewEnvironmentDialog::text() const
{
    return newEnvironmentText(m_name->text(), m_ship->text(), settings());
}

void NewEnvironmentDialog::onDaemonChosen()
{
    const int index = m_daemon->currentIndex();
    if (index >= 0)
        m_ship->setText(m_daemons.at(index).suggestedShip);
    refresh();
}

QString NewEnvironmentDialog::validationProblem() const
{
    if (m_daemon->currentIndex() < 0)
        return tr("Choose a Docker daemon.");
    if (!shipNamePattern().match(m_ship->text()).hasMatch())
        return tr("The ship needs a name: letters, digits, \u201c.\u201d, \u201c_\u201d or "
                  "\u201c-\u201d.");
    if (m_file->text().trimmed().isEmpty())
        return tr("Choose where to write the file.");
    if (QFileInfo::exists(fileName()))
        return tr("%1 already exists; choose another file or open it.").arg(fileName());
    return {};
}

void NewEnvironmentDialog::refresh()
{
    const QString problem = validationProblem();
    m_problem->setText(problem);
    m_create->setEnabled(problem.isEmpty());
    m_test->setEnabled(m_daemon->currentIndex() >= 0);
    m_preview->setPlainText(m_daemon->currentIndex() >= 0 ? text() : QString());
}

void NewEnvironmentDialog::testConnection()
{
    auto *dialog = new ConnectionTestDialog(settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
    emit connectionTestOpened(dialog);
}

void NewEnvironmentDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New environment file"), fileName(), tr("Environment files (*.yaml *.yml)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

bool NewEnvironmentDialog::create()
{
    refresh();
    if (!m_create->isEnabled())
        return false;
    QSaveFile file(fileName());
    // QSaveFile would replace a file made meanwhile: the check above is not enough alone.
    if (QFileInfo::exists(fileName()) || !file.open(QIODevice::WriteOnly)) {
        m_problem->setText(tr("Cannot write %1: %2").arg(fileName(), file.errorString()));
        return false;
    }
    file.write(text().toUtf8());
    if (!file.commit()) {
        m_problem->setText(tr("Cannot write %1: %2").arg(fileName(), file.errorString()));
        return false;
    }
    return true;
}

} // namespace Maestro::Gui
