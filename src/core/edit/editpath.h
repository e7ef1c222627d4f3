// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace Maestro::Core {

// A place in an environment document: mapping keys separated by `.`, `[N]` for the N-th
// item of a sequence, e.g. `services.web.instances.web-1.ports.http` or
// `services.web.requires[0]`. A key holding `.`, `[`, `]` or `"` (or nothing) is written
// in double quotes, with `\"` and `\\` inside.
struct EditPath
{
    struct Step
    {
        QString key;
        int index = -1; // >= 0: a sequence item instead of a key
        bool isIndex() const { return index >= 0; }
        friend bool operator==(const Step &, const Step &) = default;
    };
    QList<Step> steps;

    static Result<EditPath> parse(const QString &text);
    QString toString() const;
    EditPath child(const QString &key) const;
    EditPath item(int index) const;

    friend bool operator==(const EditPath &, const EditPath &) = default;
};

} // namespace Maestro::Core
