// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagereference.h"

namespace Maestro::Core {

ImageReference ImageReference::parse(const QString &image)
{
    ImageReference ref;
    ref.image = image;
    ref.repository = image;
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        const QString after = image.mid(colon + 1);
        if (!after.contains(QLatin1Char('/'))) {
            ref.repository = image.left(colon);
            ref.tag = after;
        }
    }
    if (ref.tag.isEmpty())
        ref.tag = QStringLiteral("latest");
    return ref;
}

QString ImageReference::shortImage() const
{
    return image.mid(image.indexOf(QLatin1Char('/')) + 1);
}

} // namespace Maestro::Core
