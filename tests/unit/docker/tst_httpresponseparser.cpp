// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/httprequest.h"
#include "docker/httpresponseparser.h"

#include <QTest>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;

namespace {
// Feeds `wire` cut into pieces of `step` bytes (0: all at once), then `eof` if asked.
struct Parsed
{
    bool complete = false;
    bool failed = false;
    int status = 0;
    QByteArray body;
    bool keepAlive = false;
    qsizetype consumed = 0;
};

Parsed parse(const QByteArray &wire, qsizetype step, bool eof = false, bool head = false)
{
    HttpResponseParser p;
    p.reset(head);
    Parsed out;
    qsizetype pos = 0;
    while (pos < wire.size() && !p.isComplete() && !p.hasFailed()) {
        const qsizetype n = step <= 0 ? wire.size() : std::min(step, wire.size() - pos);
        out.consumed += p.feed(QByteArrayView(wire).sliced(pos, n));
        out.body += p.takeBody();
        pos += n;
    }
    if (eof) {
        p.finishInput();
        out.body += p.takeBody();
    }
    out.complete = p.isComplete();
    out.failed = p.hasFailed();
    out.status = p.head().status;
    out.keepAlive = p.keepAlive();
    return out;
}

QByteArray chunked(const QList<QByteArray> &chunks, const QByteArray &chunkExtension = {})
{
    QByteArray wire
        = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n";
    for (const QByteArray &c : chunks)
        wire += QByteArray::number(c.size(), 16) + chunkExtension + "\r\n" + c + "\r\n";
    wire += "0\r\n\r\n";
    return wire;
}
} // namespace

class TestHttpResponseParser : public QObject
{
    Q_OBJECT
private slots:
    void contentLength_data()
    {
        QTest::addColumn<qsizetype>("step");
        for (qsizetype step : {0, 1, 2, 3, 7, 16, 64})
            QTest::addRow("step %lld", qlonglong(step)) << step;
    }
    void contentLength()
    {
        QFETCH(qsizetype, step);
        const QByteArray wire
            = "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK";
        const Parsed p = parse(wire, step);
        QVERIFY(p.complete);
        QCOMPARE(p.status, 200);
        QCOMPARE(p.body, "OK"_ba);
        QVERIFY(p.keepAlive);
        QCOMPARE(p.consumed, wire.size());
    }

    // Every split point of a chunked body, so no boundary case of the state machine is missed.
    void chunkedEverySplit()
    {
        const QByteArray body1(15, 'a'), body2(16, 'b'), body3(1, 'c'), body4(255, 'd');
        const QByteArray wire = chunked({body1, body2, body3, body4});
        const QByteArray expected = body1 + body2 + body3 + body4;
        for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
            HttpResponseParser p;
            p.reset();
            QByteArray body;
            p.feed(QByteArrayView(wire).first(cut));
            body += p.takeBody();
            p.feed(QByteArrayView(wire).sliced(cut));
            body += p.takeBody();
            QVERIFY2(p.isComplete(), qPrintable(u"cut at %1"_s.arg(cut)));
            QCOMPARE(body, expected);
        }
    }

    void contentLengthEverySplit()
    {
        const QByteArray payload = R"([{"Id":"abc","Names":["/x"]}])";
        const QByteArray wire = "HTTP/1.1 200 OK\r\nContent-Length: "
                                + QByteArray::number(payload.size()) + "\r\n\r\n" + payload;
        for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
            HttpResponseParser p;
            p.reset();
            p.feed(QByteArrayView(wire).first(cut));
            QByteArray body = p.takeBody();
            QCOMPARE(p.isComplete(), cut == wire.size());
            p.feed(QByteArrayView(wire).sliced(cut));
            body += p.takeBody();
            QVERIFY(p.isComplete());
            QCOMPARE(body, payload);
        }
    }

    void chunkSizes_data()
    {
        QTest::addColumn<int>("size");
        // Around every hex digit boundary and Docker's 2 KB / 32 KB write sizes.
        for (int size : {1,    9,    10,   15,    16,    17,    255,   256,   257,   2047,   2048,
                         4095, 4096, 4097, 32767, 32768, 32769, 65535, 65536, 65537, 1048576})
            QTest::addRow("%d", size) << size;
    }
    void chunkSizes()
    {
        QFETCH(int, size);
        QByteArray data(size, 'x');
        for (int i = 0; i < size; ++i)
            data[i] = char('a' + i % 26);
        for (qsizetype step : {qsizetype(0), qsizetype(1000), qsizetype(4096)}) {
            const Parsed p = parse(chunked({data}), step);
            QVERIFY(p.complete);
            QCOMPARE(p.body.size(), data.size());
            QCOMPARE(p.body, data);
            QVERIFY(p.keepAlive);
        }
    }

    void chunkExtensionsAndTrailers()
    {
        QByteArray wire = chunked({"hello", " world"}, ";name=value");
        wire.chop(2); // before the final CRLF: add a trailer field
        wire += "X-Trailer: 1\r\n\r\n";
        const Parsed p = parse(wire, 1);
        QVERIFY(p.complete);
        QCOMPARE(p.body, "hello world"_ba);
    }

    void uppercaseHexAndBareLf()
    {
        const QByteArray wire
            = "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\nA\n0123456789\n0\n\n";
        const Parsed p = parse(wire, 0);
        QVERIFY(p.complete);
        QCOMPARE(p.body, "0123456789"_ba);
    }

    void closeDelimited()
    {
        const QByteArray wire
            = "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\nabc";
        Parsed open = parse(wire, 1);
        QVERIFY(!open.complete);
        QCOMPARE(open.body, "abc"_ba); // streamed before the end
        const Parsed p = parse(wire, 1, true);
        QVERIFY(p.complete);
        QCOMPARE(p.body, "abc"_ba);
        QVERIFY(!p.keepAlive);
    }

    void bodyless_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("204") << "HTTP/1.1 204 No Content\r\n\r\n"_ba << false << 204;
        QTest::newRow("304") << "HTTP/1.1 304 Not Modified\r\n\r\n"_ba << false << 304;
        QTest::newRow("HEAD") << "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"_ba << true << 200;
        QTest::newRow("100 then 200")
            << "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n"_ba << false << 204;
        QTest::newRow("length 0") << "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"_ba << false
                                  << 201;
    }
    void bodyless()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, head);
        QFETCH(int, status);
        const Parsed p = parse(wire, 1, false, head);
        QVERIFY(p.complete);
        QCOMPARE(p.status, status);
        QVERIFY(p.body.isEmpty());
        QVERIFY(p.keepAlive);
    }

    void connectionClose()
    {
        const Parsed p
            = parse("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx", 0);
        QVERIFY(p.complete);
        QVERIFY(!p.keepAlive);
        const Parsed old = parse("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx", 0);
        QVERIFY(old.complete);
        QVERIFY(!old.keepAlive);
    }

    void leavesBytesAfterTheResponse()
    {
        const QByteArray wire = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOKHTTP/1.1";
        const Parsed p = parse(wire, 0);
        QVERIFY(p.complete);
        QCOMPARE(p.consumed, wire.size() - 8);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("eof");
        QTest::newRow("garbage") << "SSH-2.0-OpenSSH_9.2\r\n"_ba << false;
        QTest::newRow("bad status") << "HTTP/1.1 2x0 OK\r\n\r\n"_ba << false;
        QTest::newRow("http2") << "HTTP/2 200\r\n\r\n"_ba << false;
        QTest::newRow("bad header") << "HTTP/1.1 200 OK\r\nno colon here\r\n\r\n"_ba << false;
        QTest::newRow("bad length") << "HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n"_ba << false;
        QTest::newRow("bad chunk size")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba << false;
        QTest::newRow("huge chunk size")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n"_ba
            << false;
        QTest::newRow("chunk without CRLF")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabcd\r\n"_ba << false;
        QTest::newRow("truncated chunk")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc"_ba << true;
        QTest::newRow("truncated length")
            << "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"_ba << true;
        QTest::newRow("truncated head") << "HTTP/1.1 200 OK\r\nContent-Le"_ba << true;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("endless line")
            << QByteArray(HttpResponseParser::MaxLineSize + 10, 'H') << false;
    }
    void malformed()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, eof);
        for (qsizetype step : {qsizetype(0), qsizetype(1)}) {
            const Parsed p = parse(wire, step, eof);
            QVERIFY(p.failed);
            QVERIFY(!p.complete);
        }
    }

    void headerLimit()
    {
        QByteArray wire = "HTTP/1.1 200 OK\r\n";
        while (wire.size() <= HttpResponseParser::MaxHeadSize)
            wire += "X-Filler: " + QByteArray(100, 'f') + "\r\n";
        wire += "\r\n";
        QVERIFY(parse(wire, 0).failed);
    }

    void headerLookupIgnoresCase()
    {
        HttpResponseParser p;
        p.reset();
        p.feed("HTTP/1.1 200 OK\r\ncontent-length:  3 \r\nAPI-Version: 1.41\r\n\r\nabc");
        QVERIFY(p.isComplete());
        QCOMPARE(p.head().header("Api-Version"), "1.41"_ba);
        QCOMPARE(p.head().header("CONTENT-LENGTH"), "3"_ba);
        QVERIFY(!p.head().hasHeader("Transfer-Encoding"));
    }

    void requestSerialization()
    {
        HttpRequest get = HttpRequest::get("/containers/json?all=1");
        QCOMPARE(
            get.serialize("/v1.41", "docker"),
            "GET /v1.41/containers/json?all=1 HTTP/1.1\r\nHost: docker\r\nUser-Agent: maestro-desktop\r\n\r\n"_ba);
        HttpRequest post = HttpRequest::postJson("/containers/create?name=a", R"({"Image":"x"})");
        post.headers.append(qMakePair("X-Registry-Auth"_ba, "c2VjcmV0"_ba));
        const QByteArray wire = post.serialize({}, "docker");
        QVERIFY(wire.startsWith("POST /containers/create?name=a HTTP/1.1\r\n"));
        QVERIFY(wire.contains("Content-Type: application/json\r\n"));
        QVERIFY(wire.contains("Content-Length: 13\r\n"));
        QVERIFY(wire.endsWith("\r\n\r\n{\"Image\":\"x\"}"));
        // Summaries go into errors and logs: never headers or bodies.
        QCOMPARE(post.summary(), "POST /containers/create"_ba);
        QVERIFY(!post.summary().contains("c2VjcmV0"));
        const QByteArray empty = HttpRequest::post("/containers/x/start").serialize({}, "docker");
        QVERIFY(empty.contains("Content-Length: 0\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
