// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/normalizedimage.h"

#include <QTest>

using namespace Maestro::Core;

namespace {
const QString kHex = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
}

// Expected values follow Docker's reference package (ParseNormalizedNamed, FamiliarString).
class tst_NormalizedImage : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("familiar");

        QTest::newRow("official") << "nginx" << "docker.io" << "library/nginx" << "latest" << QString()
                                  << "docker.io/library/nginx:latest" << "nginx:latest";
        QTest::newRow("official-tag") << "nginx:1.25" << "docker.io" << "library/nginx" << "1.25" << QString()
                                      << "docker.io/library/nginx:1.25" << "nginx:1.25";
        QTest::newRow("hub-user") << "user/app" << "docker.io" << "user/app" << "latest" << QString()
                                  << "docker.io/user/app:latest" << "user/app:latest";
        QTest::newRow("explicit-hub") << "docker.io/library/nginx" << "docker.io" << "library/nginx" << "latest"
                                      << QString() << "docker.io/library/nginx:latest" << "nginx:latest";
        QTest::newRow("hub-without-library") << "docker.io/nginx" << "docker.io" << "library/nginx" << "latest"
                                             << QString() << "docker.io/library/nginx:latest" << "nginx:latest";
        QTest::newRow("legacy-index") << "index.docker.io/user/app:2" << "docker.io" << "user/app" << "2"
                                      << QString() << "docker.io/user/app:2" << "user/app:2";
        QTest::newRow("library-deeper-stays") << "library/a/b" << "docker.io" << "library/a/b" << "latest"
                                              << QString() << "docker.io/library/a/b:latest" << "library/a/b:latest";
        QTest::newRow("quay") << "quay.io/foo/bar:13.10" << "quay.io" << "foo/bar" << "13.10" << QString()
                              << "quay.io/foo/bar:13.10" << "quay.io/foo/bar:13.10";
        QTest::newRow("port") << "quay.io:8081/foo/bar" << "quay.io:8081" << "foo/bar" << "latest" << QString()
                              << "quay.io:8081/foo/bar:latest" << "quay.io:8081/foo/bar:latest";
        QTest::newRow("localhost") << "localhost/foo" << "localhost" << "foo" << "latest" << QString()
                                   << "localhost/foo:latest" << "localhost/foo:latest";
        QTest::newRow("localhost-port") << "localhost:5000/foo/bar:1" << "localhost:5000" << "foo/bar" << "1"
                                        << QString() << "localhost:5000/foo/bar:1" << "localhost:5000/foo/bar:1";
        QTest::newRow("ipv6") << "[::1]:5000/foo" << "[::1]:5000" << "foo" << "latest" << QString()
                              << "[::1]:5000/foo:latest" << "[::1]:5000/foo:latest";
        QTest::newRow("upper-domain") << "Quay.IO/foo" << "Quay.IO" << "foo" << "latest" << QString()
                                      << "Quay.IO/foo:latest" << "Quay.IO/foo:latest";
        QTest::newRow("separators") << "a/b.c_d__e-f---g:v1.0-rc_1" << "docker.io" << "a/b.c_d__e-f---g"
                                    << "v1.0-rc_1" << QString() << "docker.io/a/b.c_d__e-f---g:v1.0-rc_1"
                                    << "a/b.c_d__e-f---g:v1.0-rc_1";
        QTest::newRow("digest") << QStringLiteral("nginx@sha256:") + kHex << "docker.io" << "library/nginx"
                                << QString() << QStringLiteral("sha256:") + kHex
                                << QStringLiteral("docker.io/library/nginx@sha256:") + kHex
                                << QStringLiteral("nginx@sha256:") + kHex;
        QTest::newRow("tag-and-digest") << QStringLiteral("quay.io/a/b:1@sha256:") + kHex << "quay.io" << "a/b"
                                        << "1" << QStringLiteral("sha256:") + kHex
                                        << QStringLiteral("quay.io/a/b:1@sha256:") + kHex
                                        << QStringLiteral("quay.io/a/b:1@sha256:") + kHex;
    }
    void parse()
    {
        QFETCH(QString, image);
        QFETCH(QString, domain);
        QFETCH(QString, path);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        QFETCH(QString, canonical);
        QFETCH(QString, familiar);
        const Result<NormalizedImage> result = NormalizedImage::parse(image);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->domain, domain);
        QCOMPARE(result->path, path);
        QCOMPARE(result->tag, tag);
        QCOMPARE(result->digest, digest);
        QCOMPARE(result->canonical(), canonical);
        QCOMPARE(result->familiar(), familiar);
        // The canonical form is a fixed point.
        const Result<NormalizedImage> again = NormalizedImage::parse(canonical);
        QVERIFY(again.ok());
        QCOMPARE(*again, *result);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("reason");
        QTest::newRow("upper-official") << "Nginx" << "repository name must be lowercase";
        QTest::newRow("upper-path") << "user/App:1" << "repository name must be lowercase";
        QTest::newRow("empty") << "" << "repository name must have at least one component";
        QTest::newRow("identifier") << kHex << "cannot specify 64-byte hexadecimal strings";
        QTest::newRow("empty-tag") << "nginx:" << "invalid reference format";
        QTest::newRow("space") << "nginx:tag x" << "invalid reference format";
        QTest::newRow("double-slash") << "a//b" << "invalid reference format";
        QTest::newRow("leading-dash") << "-nginx" << "invalid reference format";
        QTest::newRow("bad-domain") << "my_reg.io/x" << "invalid reference format";
        QTest::newRow("short-digest") << "nginx@sha256:abc" << "invalid reference format";
        QTest::newRow("tag-too-long") << QStringLiteral("nginx:") + QString(129, QLatin1Char('a'))
                                      << "invalid reference format";
        QTest::newRow("digest-length") << QStringLiteral("nginx@sha256:") + kHex.left(40)
                                       << "invalid checksum digest length";
        QTest::newRow("digest-algorithm") << QStringLiteral("nginx@md5:") + kHex.left(32)
                                          << "unsupported digest algorithm";
        QTest::newRow("digest-upper") << QStringLiteral("nginx@sha256:") + kHex.toUpper()
                                      << "invalid checksum digest format";
        QTest::newRow("name-too-long") << QStringLiteral("quay.io/") + QString(250, QLatin1Char('a'))
                                       << "repository name must not be more than 255 characters";
    }
    void errors()
    {
        QFETCH(QString, image);
        QFETCH(QString, reason);
        const Result<NormalizedImage> result = NormalizedImage::parse(image);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, QStringLiteral("Invalid image reference %1: %2").arg(image, reason));
    }
};

QTEST_GUILESS_MAIN(tst_NormalizedImage)
#include "tst_normalizedimage.moc"
