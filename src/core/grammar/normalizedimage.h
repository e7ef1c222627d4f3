// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace Maestro::Core {

// An image reference normalised by Docker's own rules (distribution's reference grammar,
// ParseNormalizedNamed), for comparing with RepoTags, pulling and inspecting images
// (KW-16): the first path component is a registry only if it contains '.' or ':' or is
// "localhost"; Docker Hub names get "docker.io" and official images "library/"; the
// repository path must be lower case; "latest" is the tag unless a digest pins the image.
// Pure value type.
struct NormalizedImage
{
    QString domain; // "docker.io", "quay.io", "localhost:5000"
    QString path;   // "library/nginx"
    QString tag;    // "latest" when neither a tag nor a digest is given
    QString digest; // "sha256:<hex>", or empty

    // docker.io/library/nginx:latest, quay.io/a/b@sha256:..., a/b:1@sha256:...
    QString canonical() const;
    // The short form Docker prints: nginx:latest, user/app:1, quay.io/a/b:2.
    QString familiar() const;

    static Result<NormalizedImage> parse(const QString &image);

    friend bool operator==(const NormalizedImage &, const NormalizedImage &) = default;
};

} // namespace Maestro::Core
