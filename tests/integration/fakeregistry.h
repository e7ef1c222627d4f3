// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>

class QTcpSocket;

// A registry that only knows `GET /v2/` with HTTP Basic authentication, on 127.0.0.1 and a
// free port, for POST /auth tests against a real daemon (dockerd treats 127.0.0.0/8
// registries as insecure, so it falls back to plain HTTP after its TLS attempt fails).
// Answers 401 with a Basic challenge unless the Authorization header carries the expected
// user and password, then 200. Counts the requests that carried credentials. Runs on the
// thread that created it; that thread's event loop must run (QTest::qWait does).
class FakeRegistry final : public QObject
{
    Q_OBJECT
public:
    FakeRegistry(QByteArray user, QByteArray password, QObject *parent = nullptr);
    ~FakeRegistry() override;

    bool listen();
    QString address() const; // "127.0.0.1:<port>"
    int authorizedRequests() const { return m_authorized; }
    int rejectedRequests() const { return m_rejected; }

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &head);

    QTcpServer m_server;
    QByteArray m_expectedAuthorization;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_authorized = 0;
    int m_rejected = 0;
};
