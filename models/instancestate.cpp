// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancestate.h"

#include <QCoreApplication>
#include <QLocale>

namespace Maestro::Models {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Models::InstanceState)
};
} // namespace

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return Tr::tr("%1s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Tr::tr("%1m").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? Tr::tr("%1h %2m").arg(hours).arg(minutes % 60)
                            : Tr::tr("%1h").arg(hours);
    return Tr::tr("%1d").arg(hours / 24);
}

QString InstanceState::statusText(const QDateTime &now) const
{
    switch (status) {
    case Status::Unknown:
        return Tr::tr("unknown");
    case Status::Down:
        return Tr::tr("down");
    case Status::Created:
        return Tr::tr("created");
    case Status::Running: {
        const QString running
            = startedAt.isValid()
                  ? Tr::tr("running for %1").arg(formatDuration(startedAt.secsTo(now)))
                  : Tr::tr("running");
        return check == Check::Failed ? Tr::tr("%1, check failed").arg(running) : running;
    }
    case Status::Exited:
        if (exitCode == 137 && killedAfterTimeoutS > 0)
            return Tr::tr("stopped (killed after %1 s timeout)").arg(killedAfterTimeoutS);
        return Tr::tr("exited (%1)").arg(exitCode);
    case Status::HostDown:
        return Tr::tr("host down");
    }
    return Tr::tr("unknown");
}

void InstanceState::applyObserved(const Orchestration::ObservedState &observed)
{
    using Observed = Orchestration::ObservedState::Status;
    switch (observed.status) {
    case Observed::Down:
        status = Status::Down;
        break;
    case Observed::Created:
        status = Status::Created;
        break;
    case Observed::Running:
        status = Status::Running;
        break;
    case Observed::Exited:
        status = Status::Exited;
        break;
    case Observed::HostDown:
        status = Status::HostDown;
        break;
    }
    // A check result belongs to the container it was made on; a pass also only while it
    // runs. A failure stays with a stopped container: it says why it is not running.
    const bool otherContainer = !containerId.isEmpty() && observed.containerId != containerId;
    if (otherContainer || (check == Check::Passed && status != Status::Running)) {
        check = Check::Unknown;
        checkDetail.clear();
    }
    if (otherContainer || observed.containerId.isEmpty())
        drift.clear(); // a new container (or none) matches until inspected
    // Our stop's kill explains an exit of this container only, and only until it runs again.
    if (otherContainer || status == Status::Running || status == Status::Down)
        killedAfterTimeoutS = 0;
    imageTag = observed.image;
    containerId = observed.containerId;
    startedAt = observed.startedAt;
    exitCode = observed.exitCode;
    statusDetail = observed.detail;
}

QString InstanceState::statusToolTip() const
{
    if (!statusDetail.isEmpty())
        return statusDetail;
    if (status == Status::Running && startedAt.isValid())
        return Tr::tr("Started %1")
            .arg(QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat));
    return {};
}

QString InstanceState::checkText() const
{
    QString text;
    switch (check) {
    case Check::Unknown:
        return Tr::tr("unknown");
    case Check::None:
        return Tr::tr("no checks");
    case Check::Checking:
        text = Tr::tr("checking");
        break;
    case Check::Passed:
        text = Tr::tr("passed");
        break;
    case Check::Failed:
        text = Tr::tr("failed");
        break;
    }
    return checkDetail.isEmpty() ? text : Tr::tr("%1: %2").arg(text, checkDetail);
}

QString InstanceState::containerText() const
{
    if (containerId.isEmpty())
        return imageTag;
    if (imageTag.isEmpty())
        return containerId;
    return Tr::tr("%1 · %2").arg(imageTag, containerId);
}

} // namespace Maestro::Models
