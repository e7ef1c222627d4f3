// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Maestro::Core {

// The candidate a misspelt name most likely meant (`user` -> `username`,
// `imgae` -> `image`), or an empty string when none is close enough.
QString closestMatch(const QString &name, const QStringList &candidates);

// Edit distance counting a swap of neighbouring characters as one edit.
int editDistance(QStringView a, QStringView b);

} // namespace Maestro::Core
