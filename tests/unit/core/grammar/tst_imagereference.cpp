// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/imagereference.h"

#include <QTest>

using namespace Maestro::Core;

class tst_ImageReference : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        // Spec 8.9 and tests 11-15 of section 18.2.
        QTest::newRow("t11") << "stackbrew/ubuntu:13.10"
                             << "stackbrew/ubuntu"
                             << "13.10";
        QTest::newRow("t12") << "stackbrew/ubuntu"
                             << "stackbrew/ubuntu"
                             << "latest";
        QTest::newRow("t13") << "quay.io/foo/bar:13.10"
                             << "quay.io/foo/bar"
                             << "13.10";
        QTest::newRow("t14") << "quay.io:8081/foo/bar:13.10"
                             << "quay.io:8081/foo/bar"
                             << "13.10";
        QTest::newRow("t15") << "quay.io:8081/foo/bar"
                             << "quay.io:8081/foo/bar"
                             << "latest";
        QTest::newRow("kw16-digest-mis-split") << "img@sha256:abc"
                                               << "img@sha256"
                                               << "abc";
        QTest::newRow("empty-tag-is-latest") << "img:"
                                             << "img"
                                             << "latest";
        QTest::newRow("plain") << "nginx"
                               << "nginx"
                               << "latest";
        QTest::newRow("empty") << ""
                               << ""
                               << "latest";
    }
    void parse()
    {
        QFETCH(QString, image);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        const ImageReference ref = ImageReference::parse(image);
        QCOMPARE(ref.repository, repository);
        QCOMPARE(ref.tag, tag);
        QCOMPARE(ref.image, image);
    }

    void shortImage_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("shortImage");
        // Spec 7.1.
        QTest::newRow("registry") << "quay.io/foo/bar:1.0"
                                  << "foo/bar:1.0";
        QTest::newRow("hub-user") << "myuser/app"
                                  << "app";
        QTest::newRow("no-slash") << "nginx:1.25"
                                  << "nginx:1.25";
    }
    void shortImage()
    {
        QFETCH(QString, image);
        QFETCH(QString, shortImage);
        QCOMPARE(ImageReference::parse(image).shortImage(), shortImage);
    }
};

QTEST_GUILESS_MAIN(tst_ImageReference)
#include "tst_imagereference.moc"
