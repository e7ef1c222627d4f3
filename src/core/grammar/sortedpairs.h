// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Maestro::Core {

// "key:value" strings of a list of pairs sorted as Python's sorted() sorts tuples (by key,
// then value), which is how docker-py orders Links and ExtraHosts. Sorting the joined
// strings instead would put "a-b:x" before "a:y".
QStringList sortedColonPairs(QList<QPair<QString, QString>> pairs);

} // namespace Maestro::Core
