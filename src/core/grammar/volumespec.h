// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sourcelocation.h"
#include "core/value.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Maestro::Core {

// One host bind mount of a container (spec 8.2). Pure value type.
struct VolumeBind
{
    QString hostPath;
    QString target;
    QString mode;            // "" when not given (Docker's default, read-write)
    SourceLocation location; // of the value that declared it

    // "host:target:mode", mode "rw" when not given: the HostConfig.Binds entry.
    QString bindString() const;

    friend bool operator==(const VolumeBind &a, const VolumeBind &b)
    {
        return a.hostPath == b.hostPath && a.target == b.target && a.mode == b.mode;
    }
};

// The `volumes` mapping of an instance, in document order. Schema 1 (the default):
// `container_path: host_path`, string values only, always read-write (mode "rw").
// Schema 2: `host_path: container_path` or `host_path: {target: path, mode: flags}`.
// Binds are keyed by host path: a host path given twice (possible in schema 1) keeps its
// first position and the later target, as the reference's dictionary does. Null is no
// volumes.
Result<QList<VolumeBind>> parseVolumes(const Value &volumes, int schema, const QString &container);

// `container_volumes`: a path or a list of paths, deduplicated, document order kept.
// Null is none.
Result<QStringList> parseContainerVolumes(const Value &v);

} // namespace Maestro::Core
