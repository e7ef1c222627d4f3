// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "orchestration/run/progressevent.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Maestro::Orchestration {

// Texts of the status table's cells (spec 7.1, 11.2). Pure functions.

// The tag of an image reference (`latest` when none): `quay.io:8081/a/b:1.0` -> `1.0`.
QString imageTag(const QString &image);
// The image without its registry/first path component: `quay.io/foo/bar:1.0` -> `foo/bar:1.0`.
QString shortImage(const QString &image);
// The first 7 characters of a container id, or `-`.
QString shortId(const QString &id);
// ` for 1m15s` etc. (spec 11.2 time_ago); empty when `since` is unknown, year <= 1, or in
// the future.
QString timeAgo(const QDateTime &since, const QDateTime &now = QDateTime::currentDateTimeUtc());
// The age the container list's Status gives ("Up 2 minutes", "Exited (0) About an hour
// ago", "Up 5 seconds (healthy)"), in seconds; nullopt when it names none ("Created").
// Docker rounds it (go-units HumanDuration), so the result is as precise as the text.
std::optional<qint64> listedAge(const QString &status);

// Events committing a container column (`{tag}:{shortid}`) or a result word.
ProgressEvent containerSegment(const QString &text, Tone tone);
ProgressEvent wordSegment(const QString &text, Tone tone);

} // namespace Maestro::Orchestration
