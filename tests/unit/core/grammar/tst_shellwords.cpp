// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grammar/shellwords.h"

#include <QTest>

using namespace Maestro::Core;

// Expected words were produced by Python 3.11's shlex.split() on the same inputs.
class tst_ShellWords : public QObject
{
    Q_OBJECT
private slots:
    void split_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        const auto words = [](std::initializer_list<const char *> list) {
            QStringList result;
            for (const char *w : list)
                result << QString::fromUtf8(w);
            return result;
        };
        QTest::newRow("t81-plain") << "python foo.py -arg" << words({"python", "foo.py", "-arg"});
        QTest::newRow("double-quotes") << "sh -c \"echo hi\"" << words({"sh", "-c", "echo hi"});
        QTest::newRow("empty-word") << "a '' b" << words({"a", "", "b"});
        QTest::newRow("escaped-space") << "x\\ y" << words({"x y"});
        QTest::newRow("escapes-in-double") << "\"a\\\"b\\\\c\\d\"" << words({"a\"b\\c\\d"});
        QTest::newRow("hash-not-comment")
            << "# not a comment" << words({"#", "not", "a", "comment"});
        QTest::newRow("hash-in-word") << "a#b" << words({"a#b"});
        QTest::newRow("surrounding-space") << "  lead  trail  " << words({"lead", "trail"});
        QTest::newRow("empty") << "" << QStringList();
        QTest::newRow("blank") << "   " << QStringList();
        QTest::newRow("single-literal")
            << "'single \\\\ \"keep\"'" << words({"single \\\\ \"keep\""});
        QTest::newRow("escaped-quote") << "a\\\"b" << words({"a\"b"});
        QTest::newRow("tab") << "tab\there" << words({"tab", "here"});
        QTest::newRow("newline") << "line\nbreak" << words({"line", "break"});
        QTest::newRow("quotes-inside-word") << "pre\"mid dle\"post" << words({"premid dlepost"});
        QTest::newRow("empty-double") << "\"\"" << words({""});
        QTest::newRow("escaped-backslash") << "a\\\\b" << words({"a\\b"});
        QTest::newRow("lone-escaped-backslash") << "\\\\" << words({"\\"});
        QTest::newRow("non-ascii") << QString::fromUtf8("é \"ü x\"") << words({"é", "ü x"});
    }
    void split()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        const ShellWords result = ShellWords::split(text);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.words, words);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("open-double") << "\"abc"
                                     << "No closing quotation";
        QTest::newRow("open-single") << "'x"
                                     << "No closing quotation";
        QTest::newRow("apostrophe") << "it's"
                                    << "No closing quotation";
        QTest::newRow("trailing-backslash") << "abc\\"
                                            << "No escaped character";
        QTest::newRow("trailing-backslash-in-double") << "\"abc\\"
                                                      << "No escaped character";
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const ShellWords result = ShellWords::split(text);
        QCOMPARE(result.error, error);
        QVERIFY(result.words.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ShellWords)
#include "tst_shellwords.moc"
