// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/envname.h"

#include <QTest>

using namespace Maestro::Core;

class tst_EnvName : public QObject
{
    Q_OBJECT
private slots:
    void normalize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        // Spec 9.1.
        QTest::newRow("dashes") << "zk-node-1"
                                << "ZK_NODE_1";
        QTest::newRow("dots") << "leader.election"
                              << "LEADER_ELECTION";
        QTest::newRow("kept") << "Already_OK_09"
                              << "ALREADY_OK_09";
        QTest::newRow("spaces-and-symbols") << "a b/c:d@e"
                                            << "A_B_C_D_E";
        QTest::newRow("empty") << ""
                               << "";
        // KW-26: ASCII only; non-ASCII letters become '_' (one per UTF-16 unit).
        QTest::newRow("non-ascii") << QString::fromUtf8("café") << "CAF_";
        QTest::newRow("dotless-i-not-upper-cased") << QString::fromUtf8("ı") << "_";
        QTest::newRow("collision-shape") << "a-b"
                                         << "A_B";
    }
    void normalize()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(normalizeEnvName(name), expected);
    }
};

QTEST_GUILESS_MAIN(tst_EnvName)
#include "tst_envname.moc"
