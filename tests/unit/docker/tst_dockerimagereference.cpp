// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/apiversion.h"
#include "docker/imagereference.h"

#include <QTest>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;

class TestDockerImageReference : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("familiar");
        QTest::addColumn<QString>("registryHost");
        QTest::addColumn<QString>("pullTag");
        const QString digest = u"sha256:"_s + QString(64, u'a');
        QTest::newRow("official") << u"nginx"_s << u"docker.io/library/nginx:latest"_s
                                  << u"nginx:latest"_s << u"docker.io"_s << u"latest"_s;
        QTest::newRow("official tag") << u"nginx:1.25"_s << u"docker.io/library/nginx:1.25"_s
                                      << u"nginx:1.25"_s << u"docker.io"_s << u"1.25"_s;
        QTest::newRow("explicit library")
            << u"docker.io/library/nginx"_s << u"docker.io/library/nginx:latest"_s
            << u"nginx:latest"_s << u"docker.io"_s << u"latest"_s;
        QTest::newRow("index.docker.io")
            << u"index.docker.io/library/nginx"_s << u"docker.io/library/nginx:latest"_s
            << u"nginx:latest"_s << u"docker.io"_s << u"latest"_s;
        QTest::newRow("hub user") << u"stackbrew/ubuntu:13.10"_s
                                  << u"docker.io/stackbrew/ubuntu:13.10"_s
                                  << u"stackbrew/ubuntu:13.10"_s << u"docker.io"_s << u"13.10"_s;
        QTest::newRow("quay") << u"quay.io/foo/bar:13.10"_s << u"quay.io/foo/bar:13.10"_s
                              << u"quay.io/foo/bar:13.10"_s << u"quay.io"_s << u"13.10"_s;
        QTest::newRow("port, tag")
            << u"quay.io:8081/foo/bar:13.10"_s << u"quay.io:8081/foo/bar:13.10"_s
            << u"quay.io:8081/foo/bar:13.10"_s << u"quay.io"_s << u"13.10"_s;
        QTest::newRow("port, no tag")
            << u"quay.io:8081/foo/bar"_s << u"quay.io:8081/foo/bar:latest"_s
            << u"quay.io:8081/foo/bar:latest"_s << u"quay.io"_s << u"latest"_s;
        QTest::newRow("localhost") << u"localhost/app"_s << u"localhost/app:latest"_s
                                   << u"localhost/app:latest"_s << u"localhost"_s << u"latest"_s;
        QTest::newRow("digest") << (u"img@"_s + digest) << (u"docker.io/library/img@"_s + digest)
                                << (u"img@"_s + digest) << u"docker.io"_s << digest;
        QTest::newRow("tag and digest")
            << (u"localhost:5000/a/b:1@"_s + digest) << (u"localhost:5000/a/b@"_s + digest)
            << (u"localhost:5000/a/b@"_s + digest) << u"localhost"_s << digest;
        QTest::newRow("test image") << u"mdt/busybox:test"_s << u"docker.io/mdt/busybox:test"_s
                                    << u"mdt/busybox:test"_s << u"docker.io"_s << u"test"_s;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QFETCH(QString, familiar);
        QFETCH(QString, registryHost);
        QFETCH(QString, pullTag);
        const auto ref = ImageReference::parse(text);
        QVERIFY2(ref.ok(), qPrintable(ref.ok() ? QString() : ref.error().message));
        QCOMPARE(ref->normalized(), normalized);
        QCOMPARE(ref->familiar(), familiar);
        QCOMPARE(ref->registryHost(), registryHost);
        QCOMPARE(ref->pullTag(), pullTag);
        // Normalising is idempotent, and the familiar form means the same image.
        QCOMPARE(ImageReference::parse(ref->normalized())->normalized(), normalized);
        QVERIFY(*ImageReference::parse(ref->familiar()) == *ref);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("uppercase repo") << u"Nginx"_s;
        QTest::newRow("bad tag") << u"nginx:-x"_s;
        QTest::newRow("bad digest") << u"nginx@sha256:xyz"_s;
        QTest::newRow("double slash") << u"a//b"_s;
        QTest::newRow("trailing colon") << u"nginx:"_s;
        QTest::newRow("only registry") << u"quay.io/"_s;
        QTest::newRow("space") << u"ngi nx"_s;
        QTest::newRow("too long") << QString(600, u'a');
    }
    void invalid()
    {
        QFETCH(QString, text);
        const auto ref = ImageReference::parse(text);
        QVERIFY(!ref.ok());
        QVERIFY(ref.error().message.contains(u"invalid image reference"_s));
    }

    void apiVersions_data()
    {
        QTest::addColumn<QString>("daemon");
        QTest::addColumn<QString>("expected");
        QTest::newRow("older daemon") << u"1.41"_s << u"1.41"_s;
        QTest::newRow("1.9 < 1.10") << u"1.9"_s << u"1.9"_s;
        QTest::newRow("newer daemon")
            << u"1.45"_s << QString::fromLatin1(ApiVersion::ClientMaximum);
        QTest::newRow("garbage") << u"x.y"_s << QString::fromLatin1(ApiVersion::ClientMaximum);
    }
    void apiVersions()
    {
        QFETCH(QString, daemon);
        QFETCH(QString, expected);
        QCOMPARE(ApiVersion::negotiate(daemon), expected);
        QVERIFY(ApiVersion::compare(u"1.9"_s, u"1.10"_s) < 0);
        QVERIFY(ApiVersion::isAuto(u""_s));
        QVERIFY(ApiVersion::isAuto(u"AUTO"_s));
        QVERIFY(!ApiVersion::isAuto(u"1.41"_s));
    }
};

QTEST_GUILESS_MAIN(TestDockerImageReference)
#include "tst_dockerimagereference.moc"
