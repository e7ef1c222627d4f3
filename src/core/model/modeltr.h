// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Maestro::Core {

// Translation context of the environment model's diagnostics (ships, services, instances,
// auditors). The English source texts are the ones MaestroNG prints, or ours in its style;
// the CLI installs no translator and prints them unchanged. Fill several placeholders with
// one multi-argument QString::arg(), so user text containing "%2" is not substituted again.
struct ModelTr
{
    Q_DECLARE_TR_FUNCTIONS(Maestro::Core::Model)
};

} // namespace Maestro::Core
