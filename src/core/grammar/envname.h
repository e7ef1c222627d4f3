// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Maestro::Core {

// NORM() of spec 9.1, used to build link variable names: every character other than ASCII
// [A-Za-z0-9_] becomes '_', then the result is upper-cased. KW-26: the reference keeps
// non-ASCII letters (Python's Unicode \w); here they become '_' so variable names stay
// portable. zk-node-1 -> ZK_NODE_1. Pure function.
QString normalizeEnvName(QStringView name);

} // namespace Maestro::Core
