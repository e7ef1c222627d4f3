// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docker/transport.h"

#include <QHash>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Maestro::Docker {

// Transport over TCP, plain or TLS, through QNetworkAccessManager (which pools and reuses
// its own connections). Body bytes are handed out as they arrive, so streams work.
// I/O thread only.
class NetworkTransport final : public Transport
{
    Q_OBJECT
public:
    // `baseUrl` is "http://host:port" or "https://host:port"; `ssl` is used for https.
    NetworkTransport(QUrl baseUrl, std::optional<QSslConfiguration> ssl, QObject *parent = nullptr);
    ~NetworkTransport() override;

    quint64 send(const HttpRequest &request, const QByteArray &pathPrefix,
                 ExchangeHandler handler) override;
    void abort(quint64 exchangeId) override;
    int openConnectionCount() const override;
    int connectionsOpened() const override { return m_encrypted; }

private:
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);

    struct Exchange
    {
        ExchangeHandler handler;
        bool headReported = false;
    };
    QUrl m_baseUrl;
    std::optional<QSslConfiguration> m_ssl;
    QNetworkAccessManager *m_manager;
    QHash<quint64, QNetworkReply *> m_replies;
    QHash<QNetworkReply *, Exchange> m_exchanges;
    quint64 m_nextId = 1;
    int m_encrypted = 0;
};

} // namespace Maestro::Docker
