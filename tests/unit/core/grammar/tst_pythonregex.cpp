// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/pythonregex.h"

#include <QTest>

using namespace Maestro::Core;

// Acceptance and search results were checked against Python 3.11's re (with re.DOTALL).
class tst_PythonRegex : public QObject
{
    Q_OBJECT
private slots:
    void search_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("found");
        QTest::newRow("t91-match") << "abc[^d]"
                                   << "blah abce blah" << true;
        QTest::newRow("t92-no-match") << "abc[^d]"
                                      << "blah abcd blah" << false;
        QTest::newRow("dotall") << "a.b"
                                << "a\nb" << true;
        QTest::newRow("dollar-before-final-newline") << "^ok$"
                                                     << "ok\n"
                                                     << true;
        QTest::newRow("python-Z-is-very-end") << "ok\\Z"
                                              << "ok\n"
                                              << false;
        QTest::newRow("python-Z-at-end") << "ok\\Z"
                                         << "ok" << true;
        QTest::newRow("unicode-digit") << "^\\d+$" << QString::fromUtf8("\u0663") << true;
        QTest::newRow("unicode-word") << "^\\w$" << QString::fromUtf8("é") << true;
        QTest::newRow("named-group-backref") << "(?P<n>a)(?P=n)"
                                             << "xaay" << true;
        QTest::newRow("inline-flag") << "(?i)ABC"
                                     << "abc" << true;
        QTest::newRow("vertical-tab-only") << "a\\vb"
                                           << "a\nb" << false;
        QTest::newRow("vertical-tab") << "a\\vb"
                                      << "a\x0b"
                                         "b"
                                      << true;
        QTest::newRow("hex-escape") << "\\x41"
                                    << "A" << true;
        QTest::newRow("literal-brace") << "a{2"
                                       << "a{2" << true;
        QTest::newRow("conditional") << "^(a)?(?(1)b|c)$"
                                     << "c" << true;
        QTest::newRow("atomic") << "(?>a+)b"
                                << "aab" << true;
        QTest::newRow("possessive") << "a*+a"
                                    << "aaa" << false;
        QTest::newRow("bracket-first-literal") << "[]a]"
                                               << "]" << true;
        QTest::newRow("negated-bracket-first") << "[^]a]"
                                               << "b" << true;
        QTest::newRow("escaped-punctuation") << "\\.\\*"
                                             << "x.*" << true;
    }
    void search()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, subject);
        QFETCH(bool, found);
        const auto regex = compilePythonRegex(pattern);
        QVERIFY(regex.has_value());
        QVERIFY(regex->isValid());
        QCOMPARE(regex->match(subject).hasMatch(), found);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("pattern");
        // Python rejects these:
        QTest::newRow("property") << "\\p{L}";
        QTest::newRow("pcre-named-group") << "(?<n>a)";
        QTest::newRow("quote") << "\\Qa.b\\E";
        QTest::newRow("keep-out") << "\\K";
        QTest::newRow("branch-reset") << "(?|a|b)";
        QTest::newRow("verb") << "(*UTF)a";
        QTest::newRow("braced-hex") << "\\x{41}";
        QTest::newRow("short-hex") << "\\x4";
        QTest::newRow("lower-z") << "\\z";
        QTest::newRow("Z-in-class") << "[\\Z]";
        QTest::newRow("h") << "\\h";
        QTest::newRow("R") << "\\R";
        QTest::newRow("g") << "\\g1";
        QTest::newRow("k") << "\\k<n>";
        QTest::newRow("recursion") << "(?R)";
        QTest::newRow("subroutine") << "(?1)";
        QTest::newRow("named-subroutine") << "(?&n)";
        QTest::newRow("python-subroutine") << "(?P>n)";
        QTest::newRow("callout") << "(?C1)a";
        QTest::newRow("trailing-backslash") << "a\\";
        QTest::newRow("escape-e") << "\\e";
        QTest::newRow("control") << "\\c";
        QTest::newRow("octal-braces") << "\\o{1}";
        QTest::newRow("unbalanced") << "(";
        // PCRE rejects these:
        QTest::newRow("unicode-escape") << "\\u0041";
        QTest::newRow("named-char") << "\\N{LATIN SMALL LETTER A}";
        QTest::newRow("ascii-flag") << "(?a)\\w";
        // Both accept, with different meanings:
        QTest::newRow("posix-class") << "[[:alpha:]]";
    }
    void refused()
    {
        QFETCH(QString, pattern);
        QVERIFY(!compilePythonRegex(pattern).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_PythonRegex)
#include "tst_pythonregex.moc"
