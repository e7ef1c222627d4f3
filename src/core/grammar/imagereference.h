// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Maestro::Core {

// An image name split the way MaestroNG splits it (spec 8.9): at the last ':' unless the
// text after it contains '/', tag "latest" when there is none (or it is empty). This is
// what DOCKER_TAG, the "tag:shortid" column and registry selection use, so it must stay
// bug-compatible: "img@sha256:abc" gives repository "img@sha256", tag "abc" (KW-16). Talk
// to Docker with Docker::ImageReference (src/docker) instead. Pure value type.
struct ImageReference
{
    QString repository;
    QString tag;
    QString image; // as written

    static ImageReference parse(const QString &image);
    // The image text after the first '/', or all of it (spec 7.1): quay.io/foo/bar:1.0 ->
    // foo/bar:1.0. Used in progress messages.
    QString shortImage() const;
};

} // namespace Maestro::Core
