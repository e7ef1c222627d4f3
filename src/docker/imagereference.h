// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace Maestro::Docker {

// A parsed and normalised image reference (KW-16): `nginx` is docker.io/library/nginx:latest,
// `localhost:5000/app@sha256:…` keeps its digest, `quay.io:8081/foo/bar` its registry port.
// Two references naming the same image compare equal whatever the user wrote, so presence
// checks against RepoTags work. Immutable value; safe to share between threads.
class ImageReference
{
public:
    static constexpr auto DefaultDomain = "docker.io";
    static constexpr auto DefaultTag = "latest";

    static Core::Result<ImageReference> parse(const QString &text);

    const QString &domain() const { return m_domain; } // "docker.io", "quay.io:8081"
    const QString &path() const { return m_path; }     // "library/nginx", "foo/bar"
    const QString &tag() const { return m_tag; }       // empty only when a digest is given
    const QString &digest() const { return m_digest; } // "sha256:…" or empty

    // "docker.io/library/nginx"
    QString repository() const;
    // "docker.io/library/nginx:latest", "…@sha256:…" (tag dropped when a digest is given,
    // as the daemon does).
    QString normalized() const;
    // The short form Docker shows: "nginx:latest", "myuser/app:1", "quay.io/foo/bar:1".
    QString familiar() const;
    // The registry host credentials are looked up by: the domain without the port
    // ("quay.io", "localhost"), "docker.io" for Docker Hub.
    QString registryHost() const;
    // Query parameters for POST /images/create: fromImage and tag (or digest).
    QString pullTag() const { return m_digest.isEmpty() ? m_tag : m_digest; }

    bool isDockerHub() const { return m_domain == QLatin1String(DefaultDomain); }

    friend bool operator==(const ImageReference &a, const ImageReference &b)
    {
        return a.normalized() == b.normalized();
    }

private:
    QString m_domain;
    QString m_path;
    QString m_tag;
    QString m_digest;
};

} // namespace Maestro::Docker
