// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/connectioncheck.h"

#include "docker/connectionchecker.h"
#include "docker/knownhostsfile.h"
#include "docker/sshhostkey.h"

#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace Maestro::Docker {

QFuture<QList<ConnectionCheckStep>>
checkConnection(const ConnectionSettings &settings,
                std::function<void(const ConnectionCheckStep &)> onStep)
{
    auto promise = std::make_shared<QPromise<QList<ConnectionCheckStep>>>();
    QFuture<QList<ConnectionCheckStep>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, settings, onStep = std::move(onStep)] {
        promise->addResult(ConnectionChecker(settings, onStep).run());
        promise->finish();
    });
    return future;
}

Core::VoidResult trustHostKey(const HostKeyProblem &key, const QString &knownHostsPath)
{
    KnownHostsFile file(SshHostKey::knownHostsPath(knownHostsPath));
    if (auto loaded = file.load(); !loaded)
        return loaded;
    if (key.changed)
        file.removeHost(key.knownHostsLabel());
    file.add(key);
    return file.save();
}

} // namespace Maestro::Docker
