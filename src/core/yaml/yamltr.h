// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Maestro::Core {

// Translation context of the YAML loader's own messages (PyYAML's texts in English).
// Messages that yaml-cpp itself produces are passed on as they are.
struct YamlTr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Core::Yaml)
};

} // namespace Maestro::Core
