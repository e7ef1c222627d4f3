// SPDX-License-Identifier: GPL-3.0-or-later
#include "instanceactions.h"

#include "models/environmenttreemodel.h"

#include "orchestration/ships/shellcommand.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QUrl>

namespace Maestro::Gui {

namespace {

// http://host:port of each published TCP port: the host the port is bound to, or the ship's
// address when it is bound to all of them.
QList<QUrl> publishedUrls(const Core::Instance &instance, const Core::Ship &ship)
{
    QList<QUrl> urls;
    for (const Core::NamedPort &port : instance.ports) {
        const Core::PortSpec &spec = port.spec;
        if (spec.protocol() != QLatin1String("tcp") || spec.isRange()
            || spec.externalNumber().isEmpty())
            continue;
        const QString host
            = spec.externalHostIp == QLatin1String("0.0.0.0") ? ship.ip : spec.externalHostIp;
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(host);
        url.setPort(spec.externalNumber().toInt());
        url.setPath(QStringLiteral("/"));
        if (url.isValid() && !urls.contains(url))
            urls.append(url);
    }
    return urls;
}

} // namespace

InstanceActions::InstanceActions(Models::EnvironmentTreeModel *tree, QObject *parent)
    : QObject(parent)
    , m_tree(tree)
{}

QList<QAction *> InstanceActions::actionsFor(const QString &name, QObject *owner) const
{
    const Core::EnvironmentPtr environment = m_tree->environment();
    const Core::Instance *instance = environment ? environment->instance(name) : nullptr;
    const Core::Ship *ship = instance ? environment->ship(instance->ship) : nullptr;
    if (!ship)
        return {};
    QList<QAction *> actions;

    const QString id = m_tree->state(name).containerId;
    auto *copyId = new QAction(tr("Copy Container &ID"), owner);
    copyId->setObjectName(QStringLiteral("copyContainerIdAction"));
    copyId->setEnabled(!id.isEmpty());
    copyId->setToolTip(id.isEmpty() ? tr("No container of %1 is known").arg(name) : id);
    connect(copyId, &QAction::triggered, copyId,
            [id] { QGuiApplication::clipboard()->setText(id); });
    actions.append(copyId);

    const QString command = Orchestration::dockerShellCommand(*ship, environment->baseDir, name);
    auto *copyShell = new QAction(tr("Copy Shell Co&mmand"), owner);
    copyShell->setObjectName(QStringLiteral("copyShellCommandAction"));
    copyShell->setToolTip(command);
    connect(copyShell, &QAction::triggered, copyShell,
            [command] { QGuiApplication::clipboard()->setText(command); });
    actions.append(copyShell);

    for (const QUrl &url : publishedUrls(*instance, *ship)) {
        auto *open = new QAction(tr("Open %1").arg(url.toDisplayString()), owner);
        open->setObjectName(QStringLiteral("openPublishedPortAction"));
        open->setData(url);
        connect(open, &QAction::triggered, open, [url] { QDesktopServices::openUrl(url); });
        actions.append(open);
    }
    return actions;
}

} // namespace Maestro::Gui
