// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Maestro::Docker {

// Docker Engine API versions ("1.41"): parsing, comparison and negotiation (KW-29, KW-41).
namespace ApiVersion {

// The newest API version this client speaks; negotiation picks min(this, daemon's).
inline constexpr auto ClientMaximum = "1.43";
// The oldest one current daemons accept (they refuse 1.18, MaestroNG's default).
inline constexpr auto DaemonMinimum = "1.24";

// True for "1.41"-like text (major.minor, digits only).
bool isValid(const QString &version);
// <0, 0, >0 like strcmp, numerically per component ("1.9" < "1.10").
int compare(const QString &a, const QString &b);
// The version to use with a daemon reporting `daemonVersion`.
QString negotiate(const QString &daemonVersion);
// True when the settings ask for negotiation: empty or "auto" in any case.
bool isAuto(const QString &setting);

} // namespace ApiVersion

} // namespace Maestro::Docker
