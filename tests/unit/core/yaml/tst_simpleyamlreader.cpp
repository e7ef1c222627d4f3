// SPDX-License-Identifier: GPL-3.0-or-later
// SimpleYamlReader against yaml-cpp, the reference: whatever the reader accepts must give
// yaml-cpp's events exactly (marks, tags, anchors, values); whatever it cannot read it must
// decline. Checked on every environment file of the repository, on forms written out
// below, on the benchmarks' generated 2,000-instance file, and on random mutations of all
// of them.
#include "yamleventrecorder.h"

#include "core/model/environmentloader.h"
#include "core/yaml/simpleyamlreader.h"

#include "environmentgenerator.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Maestro::Core;
using Maestro::Testing::yamlCppEvents;
using Maestro::Testing::YamlEventRecorder;

namespace {

// The reader's events, or nothing when it declines.
std::optional<std::string> readerEvents(const QByteArray &utf8)
{
    const std::optional<YamlEventLog> log = readSimpleYaml(utf8);
    if (!log)
        return std::nullopt;
    YamlEventRecorder recorder;
    log->replay(utf8, recorder);
    return recorder.text;
}

// What the YAML reader sees of an environment file: the template's rendering of it.
QByteArray rendered(const QString &path)
{
    LoadRequest request;
    request.file = path;
    request.buildModel = false;
    return loadEnvironment(request).renderedText.toUtf8();
}

// Every environment file of the repository as written and, where its template renders, as
// rendered (templates are not YAML until then).
QList<QByteArray> repositoryYamlTexts()
{
    QList<QByteArray> texts;
    for (const char *folder : {"tests", "examples"}) {
        QDirIterator it(QStringLiteral(MAESTRO_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                texts.append(file.readAll());
            const QByteArray rendering = rendered(path);
            if (!rendering.isEmpty() && rendering != texts.constLast())
                texts.append(rendering);
        }
    }
    return texts;
}

} // namespace

class TestSimpleYamlReader : public QObject
{
    Q_OBJECT

private slots:
    void readsTheCommonForms_data();
    void readsTheCommonForms();
    void declinesWhatItDoesNotRead_data();
    void declinesWhatItDoesNotRead();
    void agreesOnEveryRepositoryFile();
    void readsTheQuickstart();
    void readsTheGeneratedLargeFile();
    void agreesOnMutations();
};

void TestSimpleYamlReader::readsTheCommonForms_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("block mapping") << QByteArray("a: 1\nb: two\n");
    QTest::newRow("nested") << QByteArray("a:\n  b: 1\n  c:\n    d: x\ne: y\n");
    QTest::newRow("empty values") << QByteArray(
        "a:\nb:\n  c:\nd: ~\ne: null\nf: Null\ng: NULL\nh:\n");
    QTest::newRow("sequence") << QByteArray("- a\n- b\n-\n- c\n");
    QTest::newRow("nested sequence") << QByteArray("a:\n  - x\n  -\n    - y\n  - z\nb: 1\n");
    QTest::newRow("indentless sequence") << QByteArray("a:\n- x\n- y\nb:\n- z\n");
    QTest::newRow("compact mappings")
        << QByteArray("checks:\n  - type: tcp\n    port: http\n  - type: exec\n    cmd: ls\n");
    QTest::newRow("compact mapping, nested value")
        << QByteArray("- a:\n    b: 1\n  c: 2\n- d: [1]\n");
    QTest::newRow("flow") << QByteArray(
        "a: [x, 'y', \"z\", {k: v, l: [1, 2]}, []]\nb: {}\nc: {ship: s1, ports: {http: "
        "\"18080:80/tcp\"}}\n");
    QTest::newRow("flow spacing") << QByteArray("a: [ x ,y,  z ]\nb: { k: v }\n");
    QTest::newRow("quotes") << QByteArray("a: 'it''s'\nb: \"q\\\"uote\\\\ \\n\\t\\/\"\n"
                                          "'c d': \"e\"\n\"f\": ''\ng: \"\"\n");
    QTest::newRow("plain words") << QByteArray(
        "image: reg:5000/a/b:1.0\ncmd: sh -c \"x; y\" # c\nurl: http://h:1/p?q\n"
        "restart: on-failure:3\nneg: -1\nhash: a#b\nbraces: x{y}[z],w\n");
    QTest::newRow("comments and blank lines")
        << QByteArray("# head\n\n  # indented\na: 1 # tail\n\n\nb:   # why\n  c: 2\n# end\n");
    QTest::newRow("anchors, aliases, merges") << QByteArray(
        "x: &common\n  a: 1\ny:\n  <<: *common\n  b: &v 2\nz: [*v, &w 3, *w]\nw: *common\n"
        "v: {<<: *common}\nu: [&s [1], *s]\n");
    QTest::newRow("anchored sequence") << QByteArray("a: &l\n  - 1\nb: &m\n- 2\n");
    QTest::newRow("anchor redefined") << QByteArray("a: &x 1\nb: &x 2\nc: *x\n");
    QTest::newRow("null keys and words") << QByteArray("null: 1\n~: 2\nyes: no\n'null': 3\n");
    QTest::newRow("no final newline") << QByteArray("a:\n  b: 1");
    QTest::newRow("empty value at the end") << QByteArray("a:\n  b:\n# c\n\n");
    QTest::newRow("non-ASCII") << QByteArray("name: Grüße\n\"ключ\": 'värde' # ü\n€: [ä, ö]\n");
    QTest::newRow("trailing spaces") << QByteArray("a: b   \nc:   \n  - d  \n");
    QTest::newRow("indented root") << QByteArray("  a: 1\n  b: 2\n");
    QTest::newRow("key spacing") << QByteArray("a  : 1\n");
}

void TestSimpleYamlReader::readsTheCommonForms()
{
    QFETCH(QByteArray, yaml);
    const std::optional<std::string> events = readerEvents(yaml);
    QVERIFY2(events, "declined");
    QCOMPARE(QString::fromStdString(*events), QString::fromStdString(yamlCppEvents(yaml)));
}

void TestSimpleYamlReader::declinesWhatItDoesNotRead_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("literal block") << QByteArray("a: |\n  text\n");
    QTest::newRow("folded block") << QByteArray("a: >\n  text\n");
    QTest::newRow("continued plain") << QByteArray("a: one\n  two\n");
    QTest::newRow("continued quote") << QByteArray("a: 'one\n  two'\n");
    QTest::newRow("multi-line flow") << QByteArray("a: [1,\n  2]\n");
    QTest::newRow("tag") << QByteArray("a: !!str 1\n");
    QTest::newRow("explicit key") << QByteArray("? a\n: b\n");
    QTest::newRow("document marker") << QByteArray("---\na: 1\n");
    QTest::newRow("second document") << QByteArray("a: 1\n---\nb: 2\n");
    QTest::newRow("directive") << QByteArray("%YAML 1.1\n---\na: 1\n");
    QTest::newRow("tab") << QByteArray("a:\t1\n");
    QTest::newRow("CRLF") << QByteArray("a: 1\r\nb: 2\r\n");
    QTest::newRow("scalar root") << QByteArray("just text\n");
    QTest::newRow("empty") << QByteArray("# nothing\n");
    QTest::newRow("unknown alias") << QByteArray("a: *nowhere\n");
    QTest::newRow("mapping value in a value") << QByteArray("a: b: c\n");
    QTest::newRow("line without colon") << QByteArray("a: 1\nb\n");
    QTest::newRow("bad indentation") << QByteArray("a:\n    b: 1\n  c: 2\n");
    QTest::newRow("trailing comma") << QByteArray("a: [1, ]\n");
    QTest::newRow("rare escape") << QByteArray("a: \"\\x41\"\n");
    QTest::newRow("comment without blank") << QByteArray("a: 'x'# c\n");
    QTest::newRow("invalid UTF-8") << QByteArray("a: \xff\n");
    QTest::newRow("anchored key") << QByteArray("- &a k: v\n");
    QTest::newRow("nested dash") << QByteArray("- - x\n");
    // yaml-cpp's column for an empty value at the end of a text without a final line break
    // depends on its read-ahead (found by fuzzing)
    QTest::newRow("empty value, no final newline") << QByteArray("a:\n  b:");
    QTest::newRow("empty value, blank last line") << QByteArray("- a:\n\n\n  ");
    QTest::newRow("empty value, final comment") << QByteArray("- N:\n#");
}

void TestSimpleYamlReader::declinesWhatItDoesNotRead()
{
    QFETCH(QByteArray, yaml);
    QVERIFY(!readSimpleYaml(yaml));
}

void TestSimpleYamlReader::agreesOnEveryRepositoryFile()
{
    const QList<QByteArray> texts = repositoryYamlTexts();
    QVERIFY(texts.size() >= 20);
    int read = 0;
    for (const QByteArray &yaml : texts) {
        if (const std::optional<std::string> events = readerEvents(yaml)) {
            ++read;
            QCOMPARE(QString::fromStdString(*events), QString::fromStdString(yamlCppEvents(yaml)));
        }
    }
    // Raw templates, error fixtures and block scalars are declined; the rest is read.
    qInfo("read %d of %lld texts, declined the rest", read, qlonglong(texts.size()));
    QVERIFY(read >= 8);
}

void TestSimpleYamlReader::readsTheQuickstart()
{
    const QByteArray yaml
        = rendered(QStringLiteral(MAESTRO_SOURCE_DIR "/examples/quickstart.yaml"));
    QVERIFY(!yaml.isEmpty());
    const std::optional<std::string> events = readerEvents(yaml);
    QVERIFY2(events, "the bundled example must take the fast path");
    QCOMPARE(QString::fromStdString(*events), QString::fromStdString(yamlCppEvents(yaml)));
}

void TestSimpleYamlReader::readsTheGeneratedLargeFile()
{
    const QByteArray yaml = Maestro::Bench::generateEnvironment(2000).toUtf8();
    const std::optional<std::string> events = readerEvents(yaml);
    QVERIFY2(events, "the benchmarks' file must take the fast path");
    QCOMPARE(*events, yamlCppEvents(yaml));
}

// Random edits (a YAML-significant character inserted, a byte deleted or doubled) of every
// file: wherever the reader still accepts the result, yaml-cpp must read the same.
void TestSimpleYamlReader::agreesOnMutations()
{
    QList<QByteArray> seeds = repositoryYamlTexts();
    seeds.append(Maestro::Bench::generateEnvironment(10).toUtf8());
    const int kRounds = 40000;
    static const QByteArray alphabet(" \n-:#,[]{}'\"&*!|>?%@`~\\abc01é");
    QRandomGenerator random(20261208);
    int accepted = 0;
    int compared = 0;
    for (int round = 0; round < kRounds; ++round) {
        QByteArray yaml = seeds.at(random.bounded(seeds.size()));
        if (yaml.size() > 4000)
            yaml.truncate(4000);
        const int edits = 1 + random.bounded(3);
        for (int e = 0; e < edits && !yaml.isEmpty(); ++e) {
            const int at = random.bounded(yaml.size());
            switch (random.bounded(3)) {
            case 0:
                yaml.insert(at, alphabet.at(random.bounded(alphabet.size())));
                break;
            case 1:
                yaml.remove(at, 1);
                break;
            default:
                yaml.insert(at, yaml.at(at));
                break;
            }
        }
        const std::optional<std::string> events = readerEvents(yaml);
        if (!events)
            continue;
        ++accepted;
        const std::string reference = yamlCppEvents(yaml);
        if (*events != reference) {
            qWarning("input:\n%s", yaml.constData());
            QCOMPARE(QString::fromStdString(*events), QString::fromStdString(reference));
        }
        ++compared;
    }
    qInfo("%d of %d mutations read and compared", compared, kRounds);
    QVERIFY(accepted > kRounds / 10); // enough of them exercise the reader
}

QTEST_GUILESS_MAIN(TestSimpleYamlReader)
#include "tst_simpleyamlreader.moc"
