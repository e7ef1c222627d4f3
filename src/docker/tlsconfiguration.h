// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "docker/connectionsettings.h"

#include <QSslConfiguration>

class QSslSocket;

namespace Maestro::Docker {

// Builds the QSslConfiguration for a TLS ship (spec 5.3, KW-29): the client certificate
// and key when `tls` is set, peer verification against `tls_ca_cert` (or the system store)
// with the endpoint name checked when `tls_verify` is set, TLS 1.2 or newer unless
// `ssl_version` asks otherwise. Errors name the ship and the file, never key contents.
namespace TlsConfiguration {

Core::Result<QSslConfiguration> build(const ConnectionSettings &settings);

// A certificate path as the spec resolves it: `~` expanded, relative paths against the
// current directory, and when not found there, against the environment file's directory.
QString resolvePath(const QString &path, const QString &baseDirectory);

// The protocol for a Python `ssl` module constant (2 = PROTOCOL_TLS/SSLv23, 3 = TLSv1,
// 4 = TLSv1_1, 5 = TLSv1_2, 16/17 = TLS client); absent: TLS 1.2 or newer.
Core::Result<QSsl::SslProtocol> protocolFor(std::optional<int> sslVersion);

// Why a handshake failed: the certificate problems, or the socket's error; joined by "; ".
QString handshakeErrors(const QSslSocket &socket);

} // namespace TlsConfiguration

} // namespace Maestro::Docker
