// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Maestro::Cli {

// "1 ship", "2 ships", "0 ships": a count with its noun in the right English number. The
// command line is English only (it installs no translator, so tr()'s %n would not choose
// a plural form).
QString counted(qsizetype n, const QString &one, const QString &many);

} // namespace Maestro::Cli
