// SPDX-License-Identifier: GPL-3.0-or-later
#include "instanceinspection.h"

#include "orchestration/live/configdrift.h"
#include "orchestration/ships/awaitresult.h"
#include "orchestration/ships/shipapi.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace Maestro::Orchestration {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Models::InstanceInspection)
};
} // namespace

QFuture<Core::Result<InstanceRuntime>> inspectInstance(QThreadPool *pool, ShipApi *client,
                                                       Core::EnvironmentPtr environment,
                                                       const QString &instance)
{
    return QtConcurrent::run(
        pool, [client, environment, instance]() -> Core::Result<InstanceRuntime> {
            const Core::Instance *configured
                = environment ? environment->instance(instance) : nullptr;
            if (!configured)
                return Core::Error{
                    Tr::tr("no instance %1 in the environment").arg(instance), {}, {}};
            // The client's futures complete on its I/O thread: waiting here blocks a pool
            // thread only, for at most the ship's timeout.
            const auto container = awaitResult(client->inspectContainer(instance));
            if (!container.ok())
                return container.error();
            InstanceRuntime runtime;
            runtime.container = *container;
            if (!runtime.container)
                return runtime;
            // Without the image, drift still works, only less precisely: not an error.
            std::optional<Docker::ImageDetails> image;
            const auto inspectedImage = awaitResult(client->inspectImage(configured->image));
            if (inspectedImage.ok())
                image = *inspectedImage;
            runtime.drift = configDrift(*environment, *configured, *runtime.container, image);
            return runtime;
        });
}

} // namespace Maestro::Orchestration
