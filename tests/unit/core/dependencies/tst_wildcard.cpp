// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dependencies/wildcard.h"

#include <QTest>

using namespace Maestro::Core;

class tst_Wildcard : public QObject
{
    Q_OBJECT
private slots:
    void match_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        QTest::newRow("literal") << "web-1"
                                 << "web-1" << true;
        QTest::newRow("literal-prefix") << "web"
                                        << "web-1" << false;
        QTest::newRow("star-suffix") << "*-a"
                                     << "webapp-a" << true;
        QTest::newRow("star-suffix-no") << "*-a"
                                        << "webapp-b" << false;
        QTest::newRow("star-middle") << "ship*2"
                                     << "ship-2" << true;
        QTest::newRow("star-middle-no") << "ship*2"
                                        << "ship-1" << false;
        QTest::newRow("star-empty") << "web*"
                                    << "web" << true;
        QTest::newRow("two-stars") << "*a*b*"
                                   << "xxaxxbxx" << true;
        QTest::newRow("backtrack") << "*ab"
                                   << "aab" << true;
        QTest::newRow("question") << "web-?"
                                  << "web-1" << true;
        QTest::newRow("question-needs-char") << "web-?"
                                             << "web-" << false;
        QTest::newRow("class") << "web-[12]"
                               << "web-2" << true;
        QTest::newRow("class-no") << "web-[12]"
                                  << "web-3" << false;
        QTest::newRow("range") << "db-[a-c]"
                               << "db-b" << true;
        QTest::newRow("negated") << "db-[!a-c]"
                                 << "db-d" << true;
        QTest::newRow("negated-no") << "db-[!a-c]"
                                    << "db-a" << false;
        QTest::newRow("unclosed-bracket-literal") << "a[b"
                                                  << "a[b" << true;
        QTest::newRow("case-sensitive") << "Web"
                                        << "web" << false;
        QTest::newRow("everything") << "*"
                                    << "" << true;
    }
    void match()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        QCOMPARE(wildcardMatch(pattern, name), matches);
    }
};

QTEST_GUILESS_MAIN(tst_Wildcard)
#include "tst_wildcard.moc"
