// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance.h"

namespace Maestro::Core {

QStringList Instance::volumeSet() const
{
    QStringList set;
    for (const VolumeBind &bind : volumes)
        set << bind.target;
    for (const QString &path : containerVolumes) {
        if (!set.contains(path))
            set << path;
    }
    return set;
}

const QList<LifecycleCheck> *Instance::checksFor(const QString &state) const
{
    for (const LifecycleState &s : lifecycle) {
        if (s.state == state)
            return &s.checks;
    }
    return nullptr;
}

} // namespace Maestro::Core
