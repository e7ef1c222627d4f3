// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/jsonlinesplitter.h"
#include "docker/logframedecoder.h"

#include <QTest>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;

namespace {
QByteArray frame(int stream, const QByteArray &payload)
{
    QByteArray h(8, '\0');
    h[0] = char(stream);
    const quint32 n = quint32(payload.size());
    h[4] = char(n >> 24);
    h[5] = char(n >> 16);
    h[6] = char(n >> 8);
    h[7] = char(n);
    return h + payload;
}

// Concatenates decoded chunks per stream.
struct Demuxed
{
    QByteArray out, err;
    bool failed = false;
};

Demuxed demux(const QByteArray &wire, qsizetype cut, bool raw = false)
{
    LogFrameDecoder d(raw);
    Demuxed r;
    for (const QByteArrayView part :
         {QByteArrayView(wire).first(cut), QByteArrayView(wire).sliced(cut)}) {
        for (const OutputChunk &c : d.feed(part))
            (c.stream == OutputStream::Stderr ? r.err : r.out) += c.data;
    }
    r.failed = !d.finish();
    return r;
}
} // namespace

class TestStreamDecoders : public QObject
{
    Q_OBJECT
private slots:
    void framesSplitAtEveryByte()
    {
        const QByteArray wire = frame(1, "line one\n") + frame(2, "oops\n") + frame(1, "")
                                + frame(1, QByteArray(300, 'z')) + frame(2, "e2\n");
        for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
            const Demuxed r = demux(wire, cut);
            QVERIFY(!r.failed);
            QCOMPARE(r.out, "line one\n"_ba + QByteArray(300, 'z'));
            QCOMPARE(r.err, "oops\ne2\n"_ba);
        }
    }

    void frameOrderIsKept()
    {
        LogFrameDecoder d;
        const QList<OutputChunk> chunks = d.feed(frame(1, "a") + frame(2, "b") + frame(1, "c"));
        QCOMPARE(chunks.size(), 3);
        QCOMPARE(chunks[0].stream, OutputStream::Stdout);
        QCOMPARE(chunks[1].stream, OutputStream::Stderr);
        QCOMPARE(chunks[2].data, "c"_ba);
    }

    void rawModeIsStdout()
    {
        const Demuxed r = demux("tty output\r\n", 3, true);
        QVERIFY(!r.failed);
        QCOMPARE(r.out, "tty output\r\n"_ba);
    }

    void truncatedFrameFails_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("in header") << frame(1, "abc").left(5);
        QTest::newRow("in payload") << frame(1, "abcdef").left(10);
    }
    void truncatedFrameFails()
    {
        QFETCH(QByteArray, wire);
        QVERIFY(demux(wire, 0).failed);
    }

    void badHeaderFails()
    {
        LogFrameDecoder d;
        d.feed("Hello, not multiplexed at all");
        QVERIFY(d.hasFailed());
    }

    void jsonObjectsSplitAtEveryByte()
    {
        const QByteArray wire
            = "{\"status\":\"Pulling from library/x\",\"id\":\"latest\"}\r\n"
              "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":5,\"total\":10},\"id\":"
              "\"ab\"}\n"
              "{\"status\":\"brace } and \\\" quote { in a string\"}{\"status\":\"glued\"}\n";
        for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
            JsonLineSplitter s;
            QList<QJsonObject> objects = s.feed(QByteArrayView(wire).first(cut));
            objects += s.feed(QByteArrayView(wire).sliced(cut));
            QVERIFY(s.finish());
            QCOMPARE(objects.size(), 4);
            QCOMPARE(objects[1].value(u"progressDetail"_s).toObject().value(u"total"_s).toInt(),
                     10);
            QCOMPARE(objects[2].value(u"status"_s).toString(),
                     u"brace } and \" quote { in a string"_s);
            QCOMPARE(objects[3].value(u"status"_s).toString(), u"glued"_s);
        }
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("failsAtFeed");
        QTest::newRow("not an object") << "[1,2]\n"_ba << true;
        QTest::newRow("garbage") << "<html>oops</html>"_ba << true;
        QTest::newRow("bad json") << R"({"a":tru})"_ba << true;
        QTest::newRow("incomplete") << R"({"a":1)"_ba << false;
    }
    void jsonErrors()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, failsAtFeed);
        JsonLineSplitter s;
        s.feed(wire);
        QCOMPARE(s.hasFailed(), failsAtFeed);
        QVERIFY(!s.finish());
        QVERIFY(!s.errorString().isEmpty());
    }

    void jsonObjectSizeIsBounded()
    {
        JsonLineSplitter s;
        const QByteArray piece = "{\"a\":\"" + QByteArray(1024 * 1024, 'x');
        s.feed(piece);
        for (int i = 0; i < 5 && !s.hasFailed(); ++i)
            s.feed(QByteArray(1024 * 1024, 'x'));
        QVERIFY(s.hasFailed());
    }
};

QTEST_GUILESS_MAIN(TestStreamDecoders)
#include "tst_streamdecoders.moc"
