// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/sshhostkey.h"

#include "docker/tr.h"

#include <QCoreApplication>
#include <QDir>

#include <libssh/libssh.h>

namespace Maestro::Docker {

using namespace Qt::StringLiterals;

QString HostKeyProblem::knownHostsLabel() const
{
    return port == 22 ? host : u"[%1]:%2"_s.arg(host).arg(port);
}

namespace SshHostKey {

std::optional<HostKeyProblem> fromSession(ssh_session_struct *session, const QString &host,
                                          int port)
{
    ssh_key key = nullptr;
    if (!session || ssh_get_server_publickey(session, &key) != SSH_OK || !key)
        return std::nullopt;
    HostKeyProblem problem;
    problem.host = host;
    problem.port = port;
    problem.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) == 0) {
        char *fingerprint = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
        problem.fingerprintSha256 = QString::fromLatin1(fingerprint);
        ssh_string_free_char(fingerprint);
        ssh_clean_pubkey_hash(&hash);
    }
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &base64) == SSH_OK && base64) {
        problem.publicKeyBase64 = QByteArray(base64);
        ssh_string_free_char(base64);
    }
    ssh_key_free(key);
    return problem;
}

QString describe(const std::optional<HostKeyProblem> &key)
{
    if (!key)
        return Tr::tr("(no host key)");
    return key->keyType + u' ' + key->fingerprintSha256;
}

QString knownHostsPath(const QString &configured)
{
    return configured.isEmpty() ? QDir::homePath() + u"/.ssh/known_hosts"_s : configured;
}

} // namespace SshHostKey

} // namespace Maestro::Docker
