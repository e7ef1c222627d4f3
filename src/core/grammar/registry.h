// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sourcelocation.h"
#include "core/value.h"

#include <QList>
#include <QString>

#include <optional>

namespace Maestro::Core {

// One entry of the top-level `registries:` mapping (spec 4). Pure value type.
struct Registry
{
    QString name;
    QString url; // `registry:`, the login server address
    std::optional<QString> username, password, email;
    int retryAttempts = 3;
    QList<int> retryWhen; // HTTP status codes to retry on; empty: never retry
    SourceLocation location;

    // The network location (host[:port], as Python's urlparse() gives it) of `url`; empty
    // when the URL has no "//" authority part, e.g. no scheme.
    QString host() const;
};

// `registries:`; a null pointer or a null value (a key with only a comment) is no
// registries. Entries keep document order. `registry` (the URL) must be a string;
// username, password and email are optional (KW-17: email is only needed by old daemons)
// and stringified Python-style; `retry: {attempts: int, when: [status codes]}`.
Result<QList<Registry>> parseRegistries(const Value *registries);

// The registry to log in to before pulling `image`, or nullptr (spec 4): none when the
// repository (ImageReference) has no '/' or starts with one; else the entry *named* like
// the text before the first '/', else the first entry whose URL host[:port], or host
// alone, equals that text.
const Registry *registryForImage(const QList<Registry> &registries, const QString &image);

} // namespace Maestro::Core
