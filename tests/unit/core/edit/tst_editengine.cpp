// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/editengine.h"
#include "core/edit/editpath.h"
#include "core/edit/valueedit.h"
#include "core/edit/yamlspans.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Maestro::Core;

namespace {

// Shaped like real files: comments everywhere, blank lines, anchors and merges, flow and
// block, every quote style, block scalars, tabs in comments, non-ASCII.
const QString kCorpus = QStringLiteral("# Maestro environment\t(tab in a comment)\n"
                                       "name: démo   # non-ASCII\n"
                                       "\n"
                                       "ships:\n"
                                       "  alpha: {ip: 10.0.0.1, docker_port: 2375}  # flow\n"
                                       "  beta:\n"
                                       "    ip: '10.0.0.2'\n"
                                       "\n"
                                       "x-common: &common\n"
                                       "  image: \"nginx:1.25\"\n"
                                       "  env: &env\n"
                                       "    MODE: prod  # mode\n"
                                       "services:\n"
                                       "  web:\n"
                                       "    <<: *common\n"
                                       "    requires: [db]\n"
                                       "    wants_info: db\n"
                                       "    instances:\n"
                                       "      web-1:\n"
                                       "        ship: beta\n"
                                       "        ports:\n"
                                       "          http: 80   # the port\n"
                                       "          admin: \"8081:81\"\n"
                                       "        volumes_from: [db-1]\n"
                                       "        links: {db-1: database}\n"
                                       "        command: |\n"
                                       "          echo ünïcode\n"
                                       "          run\n"
                                       "\n"
                                       "        env:  # \u00e9t\u00e9\n"
                                       "          GREETING: >\n"
                                       "            hello\n"
                                       "            world\n"
                                       "  db:\n"
                                       "    image: postgres   # keep\n"
                                       "    env: *env\n"
                                       "    instances:\n"
                                       "      db-1:\n"
                                       "        ship: beta\n"
                                       "        ports: {pg: 5432}\n");

// Block and flow sequences with comments between and after their items.
const QString kSequences = QStringLiteral("name: sequences\n"
                                          "ships:\n"
                                          "  a: {ip: 10.0.0.1}\n"
                                          "services:\n"
                                          "  db:\n"
                                          "    image: postgres\n"
                                          "    instances:\n"
                                          "      db-1: {ship: a}\n"
                                          "  cache:\n"
                                          "    image: redis\n"
                                          "    instances:\n"
                                          "      cache-1: {ship: a}\n"
                                          "  queue:\n"
                                          "    image: rabbitmq\n"
                                          "    requires: []\n"
                                          "    instances:\n"
                                          "      queue-1: {ship: a}\n"
                                          "  web:\n"
                                          "    image: nginx\n"
                                          "    requires: [db, cache]   # both\n"
                                          "    wants_info:\n"
                                          "      - db   # first\n"
                                          "      - cache\n"
                                          "    lifecycle:\n"
                                          "      running:\n"
                                          "        # the first check\n"
                                          "        - {type: tcp, port: http}   # tcp\n"
                                          "        # the second check\n"
                                          "        - type: tcp\n"
                                          "          port: admin\n"
                                          "        # after the checks\n"
                                          "    instances:\n"
                                          "      web-1:\n"
                                          "        ship: a\n"
                                          "        ports: {http: 80, admin: 81}\n");

// Every template construct: a comment, `{% set %}`, an expression, an include rendered once
// (its file is edited) and one rendered twice in a loop (refused), a raw block.
const QString kTemplate = QStringLiteral("{# the environment, with every template construct #}\n"
                                         "{% set registry = 'reg.example.com' %}\n"
                                         "name: tpl   # named\n"
                                         "ships:\n"
                                         "  a: {ip: 10.0.0.1}\n"
                                         "services:\n"
                                         "  web:\n"
                                         "    image: \"{{ registry }}/web:1\"\n"
                                         "    instances:\n"
                                         "{% include 'web-instances.yaml' %}\n"
                                         "  cache:\n"
                                         "    image: 'redis'\n"
                                         "    env:\n"
                                         "      TEMPLATE: \"{% raw %}{{ x }}{% endraw %}\"\n"
                                         "      MODE: fast\n"
                                         "    instances:\n"
                                         "{% for i in [1, 2] %}\n"
                                         "{% include 'loop-instance.yaml' %}\n"
                                         "{% endfor %}\n");
const QString kWebInstances = QStringLiteral("      web-1:   # from the include\n"
                                             "        ship: a\n"
                                             "        ports: {http: 80}\n");
const QString kLoopInstance = QStringLiteral("      cache-{{ i }}:\n"
                                             "        ship: a\n");

// An anchored mapping that merges another anchor (nested), one that overrides a merged key,
// and a mapping that merges the inner anchor directly.
const QString kNested = QStringLiteral("name: nested\n"
                                       "ships:\n"
                                       "  a: {ip: 10.0.0.1}\n"
                                       "x-base-env: &base_env\n"
                                       "  LOG: info\n"
                                       "  SUB: {Y: \"1\"}\n"
                                       "x-web-env: &web_env\n"
                                       "  <<: *base_env\n"
                                       "  MODE: prod\n"
                                       "x-own: &own\n"
                                       "  <<: *base_env\n"
                                       "  SUB: {Y: \"9\"}\n"
                                       "services:\n"
                                       "  web:\n"
                                       "    image: nginx\n"
                                       "    env: *web_env\n"
                                       "    instances:\n"
                                       "      web-1: {ship: a}\n"
                                       "  db:\n"
                                       "    image: pg\n"
                                       "    env: *web_env\n"
                                       "    instances:\n"
                                       "      db-1: {ship: a}\n"
                                       "  cache:\n"
                                       "    image: redis\n"
                                       "    env:\n"
                                       "      <<: *base_env\n"
                                       "    instances:\n"
                                       "      cache-1: {ship: a}\n"
                                       "  queue:\n"
                                       "    image: rabbit\n"
                                       "    env: *own\n"
                                       "    instances:\n"
                                       "      queue-1: {ship: a}\n");

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeAll(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

void collectLeaves(const Value &value, const EditPath &path, QList<EditPath> &out)
{
    if (value.isMap()) {
        for (const Value::Entry &entry : value.entries())
            collectLeaves(entry.value, path.child(entry.keyText), out);
    } else if (value.isList()) {
        for (size_t i = 0; i < value.items().size(); ++i)
            collectLeaves(value.items()[i], path.item(int(i)), out);
    } else {
        out.append(path);
    }
}

// The path of span node `index`; nullopt for keys, the root and what is under a merge key.
std::optional<EditPath> spanPath(const YamlSpans &spans, int index)
{
    EditPath path;
    for (int cur = index; spans.node(cur).parent >= 0; cur = spans.node(cur).parent) {
        const YamlSpans::Node &parent = spans.node(spans.node(cur).parent);
        const auto position = std::find(parent.children.cbegin(), parent.children.cend(), cur)
                              - parent.children.cbegin();
        if (parent.kind == YamlSpans::Kind::Sequence) {
            path.steps.prepend(EditPath::Step{QString(), int(position)});
            continue;
        }
        if (position % 2 == 0 || spans.isMergeKey(parent.children.at(position - 1)))
            return std::nullopt;
        path.steps.prepend(EditPath::Step{spans.keyText(parent.children.at(position - 1)), -1});
    }
    if (path.steps.isEmpty())
        return std::nullopt;
    return path;
}

// The rendered text an edit of span node `index` may change: from the end of the node
// before it (its key, its dash and its line's indentation are the member's) to the start
// of the node after it and its descendants.
std::pair<qsizetype, qsizetype> memberRegion(const YamlSpans &spans, int index)
{
    const int parent = spans.node(index).parent;
    int first = index; // a mapping value's member starts at its key
    if (parent >= 0 && spans.node(parent).kind == YamlSpans::Kind::Mapping) {
        const std::vector<int> &children = spans.node(parent).children;
        first = children.at(std::find(children.cbegin(), children.cend(), index) - children.cbegin()
                            - 1);
    }
    QSet<int> ancestors;
    for (int a = parent; a >= 0; a = spans.node(a).parent)
        ancestors.insert(a);
    qsizetype lower = 0;
    for (int j = 0; j < first; ++j) {
        if (!ancestors.contains(j))
            lower = std::max(lower, spans.node(j).end);
    }
    int last = index; // the last descendant
    for (int j = index + 1; j < spans.nodeCount(); ++j) {
        int a = spans.node(j).parent;
        while (a >= 0 && a != index)
            a = spans.node(a).parent;
        if (a != index)
            break;
        last = j;
    }
    qsizetype upper = spans.text().size();
    for (int j = last + 1; j < spans.nodeCount(); ++j) {
        if (spans.node(j).start >= 0) {
            upper = spans.node(j).start;
            break;
        }
    }
    return {lower, upper};
}

// The template tags of a text (`{% %}`, `{{ }}`, `{# #}`), which no edit may change.
QStringList templateTags(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("\\{[%{#].*?[%}#]\\}"));
    QStringList tags;
    for (auto it = tag.globalMatch(text); it.hasNext();)
        tags << it.next().captured();
    return tags;
}

// The first and one-past-last characters where two texts differ.
std::pair<qsizetype, qsizetype> changedRegion(const QString &a, const QString &b)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    return {prefix, a.size() - suffix};
}

EditRequest request(EditRequest::Operation operation, const QString &path,
                    const QString &argument = {}, AliasPolicy alias = AliasPolicy::Refuse)
{
    EditRequest r;
    r.operation = operation;
    r.path = EditPath::parse(path).value();
    r.argument = argument;
    r.alias = alias;
    return r;
}

} // namespace

class tst_EditEngine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;
    LoadRequest load() const
    {
        LoadRequest r;
        r.file = m_file;
        return r;
    }
    Result<EditOutcome> plan(const QString &text, const EditRequest &r)
    {
        writeAll(m_file, text);
        return planEdit(load(), r);
    }

private slots:
    void init() { m_file = m_dir.filePath(QStringLiteral("maestro.yaml")); }

    void paths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("steps");
        QTest::newRow("plain") << "services.web.instances.web-1.ports.http" << 6;
        QTest::newRow("index") << "services.web.requires[0]" << 4;
        QTest::newRow("quoted") << "env.\"a.b\\\"[c]\".x" << 3;
    }
    void paths()
    {
        QFETCH(QString, text);
        QFETCH(int, steps);
        const auto path = EditPath::parse(text);
        QVERIFY2(path, qPrintable(path ? QString() : path.error().message));
        QCOMPARE(path->steps.size(), steps);
        QCOMPARE(path->toString(), text);
    }
    void badPaths()
    {
        for (const char *text : {"", "a..b", "a[x]", "a\"b", "\"open", "a]"})
            QVERIFY2(!EditPath::parse(QString::fromLatin1(text)), text);
    }

    // Every scalar: a set changes only its own line, loads to exactly the intended model
    // (planEdit verifies it) and its inverse restores the bytes.
    void setEveryScalarKeepsTheFrame_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("LF") << kCorpus;
        QTest::newRow("CRLF") << QString(kCorpus).replace(QLatin1String("\n"),
                                                          QLatin1String("\r\n"));
    }
    void setEveryScalarKeepsTheFrame()
    {
        QFETCH(QString, text);
        writeAll(m_file, text);
        const LoadResult loaded = loadEnvironment(load());
        QVERIFY(!loaded.document.isNull());
        QList<EditPath> leaves;
        collectLeaves(loaded.document, EditPath(), leaves);
        QVERIFY(leaves.size() > 15);
        int edited = 0;
        for (const EditPath &path : std::as_const(leaves)) {
            for (const QString &value : {QStringLiteral("4242"), QStringLiteral("\"1:20\""),
                                         QStringLiteral("yes please")}) {
                EditRequest r = request(EditRequest::Operation::Set, path.toString(), value);
                const auto outcome = planEdit(load(), r);
                if (!outcome) { // aliases, and values the model does not accept
                    QVERIFY2(
                        outcome.error().message.contains(QLatin1String("alias"))
                            || outcome.error().message.contains(QLatin1String("would not be valid"))
                            || outcome.error().message.contains(QLatin1String("would also change")),
                        qPrintable(outcome.error().message));
                    continue;
                }
                ++edited;
                const QString after = outcome->after.value(m_file);
                const auto [start, end] = changedRegion(text, after);
                QVERIFY2(!text.mid(start, end - start).contains(QLatin1Char('\n'))
                             || text.mid(start, end - start).contains(QLatin1Char('|'))
                             || text.mid(start, end - start).contains(QLatin1Char('>')),
                         qPrintable(path.toString() + QStringLiteral(": ")
                                    + text.mid(start, end - start)));
                QVERIFY2(!after.contains(QLatin1Char('\n'))
                             || after.contains(QLatin1String("\r\n"))
                                    == text.contains(QLatin1String("\r\n")),
                         "line breaks kept");
                QCOMPARE(after.endsWith(QLatin1Char('\n')), text.endsWith(QLatin1Char('\n')));
                QCOMPARE(SourceEdits::apply(after, outcome->inverse, m_file), text);
            }
        }
        QVERIFY2(edited >= 25, qPrintable(QString::number(edited)));
    }

    // An editor plans on the load it holds: the spans come from that load's own parse (the
    // same as a separate scan), the edits are those of a fresh load, and the verified
    // result is the next edit's starting point.
    void plansOnAHeldLoad()
    {
        writeAll(m_file, kCorpus);
        LoadRequest withSpans = load();
        withSpans.recordSpans = true;
        const LoadResult held = loadEnvironment(withSpans);
        QVERIFY(held.spans);
        QVERIFY(!loadEnvironment(load()).spans);
        const auto scanned = YamlSpans::scan(held.renderedText);
        QVERIFY(scanned);
        QCOMPARE(held.spans->nodeCount(), scanned->nodeCount());
        for (int i = 0; i < scanned->nodeCount(); ++i) {
            const YamlSpans::Node &a = held.spans->node(i);
            const YamlSpans::Node &b = scanned->node(i);
            QCOMPARE(a.start, b.start);
            QCOMPARE(a.contentStart, b.contentStart);
            QCOMPARE(a.end, b.end);
            QCOMPARE(a.text, b.text);
            QCOMPARE(a.tag, b.tag);
            QCOMPARE(a.children, b.children);
        }

        const EditRequest r = request(EditRequest::Operation::Set,
                                      QStringLiteral("services.web.instances.web-1.ports.http"),
                                      QStringLiteral("8081"));
        const auto onHeld = planEdit(held, withSpans, r);
        const auto withoutSpans = planEdit(loadEnvironment(load()), load(), r);
        const auto fresh = planEdit(load(), r);
        QVERIFY(onHeld && withoutSpans && fresh);
        QCOMPARE(onHeld->edits, fresh->edits);
        QCOMPARE(withoutSpans->edits, fresh->edits);
        QVERIFY(onHeld->verified.spans); // asked for by the request
        QVERIFY(!fresh->verified.spans);
        QVERIFY(onHeld->verified.environment);
        QCOMPARE(onHeld->verified.sourceMap.fileText(0), onHeld->after.value(m_file));

        writeAll(m_file, onHeld->after.value(m_file));
        const auto next
            = planEdit(onHeld->verified, withSpans,
                       request(EditRequest::Operation::Set, QStringLiteral("services.db.image"),
                               QStringLiteral("pg")));
        QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
        QVERIFY(next->after.value(m_file).contains(QLatin1String("          http: 8081   #")));
        QVERIFY(next->after.value(m_file).contains(QLatin1String("    image: pg   # keep\n")));
    }

    // Sequence items: removed with their own lines only (comment lines stay), added in the
    // style of their siblings (block dashes where the siblings have them, flow `, `).
    void sequenceItems_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        using Op = EditRequest::Operation;
        const QString checks = QStringLiteral("        # the first check\n"
                                              "        - {type: tcp, port: http}   # tcp\n"
                                              "        # the second check\n"
                                              "        - type: tcp\n"
                                              "          port: admin\n"
                                              "        # after the checks\n");
        QTest::newRow("unset block item, flow mapping")
            << int(Op::Unset) << "services.web.lifecycle.running[0]" << QString() << checks
            << QStringLiteral("        # the first check\n"
                              "        # the second check\n"
                              "        - type: tcp\n"
                              "          port: admin\n"
                              "        # after the checks\n");
        QTest::newRow("unset block item over two lines")
            << int(Op::Unset) << "services.web.lifecycle.running[1]" << QString() << checks
            << QStringLiteral("        # the first check\n"
                              "        - {type: tcp, port: http}   # tcp\n"
                              "        # the second check\n"
                              "        # after the checks\n");
        QTest::newRow("unset first flow item") << int(Op::Unset) << "services.web.requires[0]"
                                               << QString() << "requires: [db, cache]   # both"
                                               << "requires: [cache]   # both";
        QTest::newRow("unset last flow item") << int(Op::Unset) << "services.web.requires[1]"
                                              << QString() << "requires: [db, cache]   # both"
                                              << "requires: [db]   # both";
        QTest::newRow("unset last block item")
            << int(Op::Unset) << "services.web.wants_info[1]" << QString()
            << "      - db   # first\n      - cache\n"
            << "      - db   # first\n";
        QTest::newRow("append flow by set") << int(Op::Set) << "services.web.requires[2]"
                                            << "queue"
                                            << "requires: [db, cache]   #"
                                            << "requires: [db, cache, queue]   #";
        QTest::newRow("insert flow first") << int(Op::Insert) << "services.web.requires[0]"
                                           << "queue"
                                           << "requires: [db, cache]   #"
                                           << "requires: [queue, db, cache]   #";
        QTest::newRow("insert flow middle") << int(Op::Insert) << "services.web.requires[1]"
                                            << "queue"
                                            << "requires: [db, cache]   #"
                                            << "requires: [db, queue, cache]   #";
        QTest::newRow("insert into empty flow") << int(Op::Insert) << "services.queue.requires[0]"
                                                << "db"
                                                << "requires: []\n"
                                                << "requires: [db]\n";
        QTest::newRow("append block by set")
            << int(Op::Set) << "services.web.wants_info[2]"
            << "queue"
            << "      - db   # first\n      - cache\n"
            << "      - db   # first\n      - cache\n      - queue\n";
        QTest::newRow("append block by insert")
            << int(Op::Insert) << "services.web.wants_info[2]"
            << "queue"
            << "      - db   # first\n      - cache\n"
            << "      - db   # first\n      - cache\n      - queue\n";
        QTest::newRow("insert block before")
            << int(Op::Insert) << "services.web.wants_info[1]"
            << "queue"
            << "      - db   # first\n      - cache\n"
            << "      - db   # first\n      - queue\n      - cache\n";
        QTest::newRow("insert block mapping")
            << int(Op::Insert) << "services.web.lifecycle.running[1]"
            << "{type: tcp, port: http, max_wait: 5}" << checks
            << QStringLiteral("        # the first check\n"
                              "        - {type: tcp, port: http}   # tcp\n"
                              "        # the second check\n"
                              "        - type: tcp\n"
                              "          port: http\n"
                              "          max_wait: 5\n"
                              "        - type: tcp\n"
                              "          port: admin\n"
                              "        # after the checks\n");
        QTest::newRow("set existing item") << int(Op::Set) << "services.web.requires[1]"
                                           << "queue"
                                           << "requires: [db, cache]   #"
                                           << "requires: [db, queue]   #";
    }
    void sequenceItems()
    {
        QFETCH(int, operation);
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, before);
        QFETCH(QString, after);
        for (const bool crlf : {false, true}) {
            QString text = kSequences;
            QString expectedBefore = before;
            QString expectedAfter = after;
            if (crlf) {
                for (QString *t : {&text, &expectedBefore, &expectedAfter})
                    t->replace(QLatin1String("\n"), QLatin1String("\r\n"));
            }
            QVERIFY(text.contains(expectedBefore));
            const auto outcome
                = plan(text, request(EditRequest::Operation(operation), path, value));
            QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
            const QString edited = outcome->after.value(m_file);
            QString expected = text;
            expected.replace(expectedBefore, expectedAfter);
            QCOMPARE(edited, expected);
            QCOMPARE(SourceEdits::apply(edited, outcome->inverse, m_file), text);
        }
    }

    void sequenceItemRefusals()
    {
        auto outcome = plan(kSequences, request(EditRequest::Operation::Insert,
                                                QStringLiteral("services.web.requires[3]"),
                                                QStringLiteral("queue")));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QLatin1String("has no item 3 (its length is 2)")),
                 qPrintable(outcome.error().message));
        outcome = plan(kSequences,
                       request(EditRequest::Operation::Insert,
                               QStringLiteral("services.web.requires"), QStringLiteral("queue")));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QLatin1String("names no sequence item")),
                 qPrintable(outcome.error().message));
        outcome = plan(kSequences,
                       request(EditRequest::Operation::Insert,
                               QStringLiteral("services.web.image[0]"), QStringLiteral("x")));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QLatin1String("is not a sequence")),
                 qPrintable(outcome.error().message));
    }

    void templatesAndIncludes()
    {
        writeAll(m_dir.filePath(QStringLiteral("web-instances.yaml")), kWebInstances);
        writeAll(m_dir.filePath(QStringLiteral("loop-instance.yaml")), kLoopInstance);
        const QString include = m_dir.filePath(QStringLiteral("web-instances.yaml"));
        // In the include rendered once: edited in that file, the main file untouched.
        auto outcome
            = plan(kTemplate, request(EditRequest::Operation::Set,
                                      QStringLiteral("services.web.instances.web-1.ports.http"),
                                      QStringLiteral("81")));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome->before.keys(), QStringList{include});
        QCOMPARE(outcome->after.value(include),
                 QString(kWebInstances).replace(QLatin1String("80"), QLatin1String("81")));
        // The include's last line: removed with the line break before it, which is its own
        // (the template drops an include's final line break).
        outcome = plan(kTemplate, request(EditRequest::Operation::Unset,
                                          QStringLiteral("services.web.instances.web-1.ports")));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome->after.value(include),
                 QStringLiteral("      web-1:   # from the include\n        ship: a\n"));
        // Literal text after the include, in the main file.
        outcome = plan(kTemplate,
                       request(EditRequest::Operation::Set,
                               QStringLiteral("services.cache.env.MODE"), QStringLiteral("slow")));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(
            outcome->after.value(m_file),
            QString(kTemplate).replace(QLatin1String("MODE: fast"), QLatin1String("MODE: slow")));

        const struct
        {
            const char *path;
            const char *reason;
            const char *file;
            int line;
        } refusals[] = {
            {"services.cache.instances.cache-1.ship", "rendered more than once",
             "loop-instance.yaml", 2},
            {"services.web.image", "{{ registry }}", "maestro.yaml", 8},
            {"services.cache.env.TEMPLATE", "spans template tags", "maestro.yaml", 14},
        };
        for (const auto &refusal : refusals) {
            outcome
                = plan(kTemplate, request(EditRequest::Operation::Set,
                                          QString::fromLatin1(refusal.path), QStringLiteral("x")));
            QVERIFY2(!outcome, refusal.path);
            QVERIFY2(outcome.error().message.contains(QLatin1String(refusal.reason)),
                     qPrintable(outcome.error().message));
            QVERIFY2(outcome.error().location.file.endsWith(QLatin1String(refusal.file)),
                     qPrintable(outcome.error().location.toString()));
            QCOMPARE(outcome.error().location.line, refusal.line);
        }
    }

    // Every operation on every addressable node of every corpus: the rendered text changes
    // only in the node's own region, template tags and line breaks stay as they were, the
    // result loads to exactly what the operation means, and the inverse restores every
    // file's bytes.
    void everyOperationKeepsTheFrame_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>(
            "minimumEdits"); // what the engine accepts today: fewer is a regression
        QTest::newRow("corpus") << kCorpus << 59;
        QTest::newRow("corpus CRLF")
            << QString(kCorpus).replace(QLatin1String("\n"), QLatin1String("\r\n")) << 59;
        QTest::newRow("sequences") << kSequences << 42;
        QTest::newRow("templates") << kTemplate << 19;
        QTest::newRow("nested merges") << kNested << 41;
    }
    void everyOperationKeepsTheFrame()
    {
        QFETCH(QString, text);
        QFETCH(int, minimumEdits);
        const QHash<QString, QString> includes{
            {m_dir.filePath(QStringLiteral("web-instances.yaml")), kWebInstances},
            {m_dir.filePath(QStringLiteral("loop-instance.yaml")), kLoopInstance}};
        for (auto it = includes.cbegin(); it != includes.cend(); ++it)
            writeAll(it.key(), it.value());
        writeAll(m_file, text);
        LoadRequest withSpans = load();
        withSpans.recordSpans = true;
        const LoadResult loaded = loadEnvironment(withSpans);
        QVERIFY(loaded.spans && loaded.environment);
        const YamlSpans &spans = *loaded.spans;
        const bool crlf = text.contains(QLatin1String("\r\n"));
        using Op = EditRequest::Operation;
        int edited = 0;
        for (int i = 0; i < spans.nodeCount(); ++i) {
            const std::optional<EditPath> path = spanPath(spans, i);
            if (!path)
                continue;
            const bool mappingValue = path->steps.last().isIndex() == false;
            QList<std::pair<Op, QString>> operations{{Op::Set, QStringLiteral("4242")},
                                                     {Op::Set, QStringLiteral("{k: v}")},
                                                     {Op::Unset, QString()}};
            if (mappingValue)
                operations.append({Op::Rename, QStringLiteral("renamed")});
            EditPath target = *path;
            if (spans.node(i).kind == YamlSpans::Kind::Sequence) {
                operations.append({Op::Insert, QStringLiteral("new-item")});
                target = path->item(0);
            }
            for (const auto &[operation, argument] : std::as_const(operations)) {
                const EditPath opPath = operation == Op::Insert ? target : *path;
                const auto outcome
                    = planEdit(loaded, withSpans, request(operation, opPath.toString(), argument));
                const QString what = opPath.toString() + QLatin1Char(' ') + argument;
                if (!outcome) {
                    const QString &message = outcome.error().message;
                    QVERIFY2(message.contains(QLatin1String("alias"))
                                 || message.contains(QLatin1String("would not be valid"))
                                 || message.contains(QLatin1String("would also change"))
                                 || message.contains(QLatin1String("template"))
                                 || message.contains(QLatin1String("more than once"))
                                 || message.contains(QLatin1String("already has a key")),
                             qPrintable(what + QStringLiteral(": ") + message));
                    continue;
                }
                ++edited;
                // Only the node's own region of the rendered text changes.
                const QString &before = loaded.renderedText;
                const QString &after = outcome->verified.renderedText;
                const auto [lower, upper] = memberRegion(spans, i);
                const bool references = operation == Op::Rename && !outcome->notes.isEmpty();
                QVERIFY2(references || after.left(lower) == before.left(lower),
                         qPrintable(what + QStringLiteral(": before ") + before.mid(lower, 40)));
                QVERIFY2(references || after.right(before.size() - upper) == before.mid(upper),
                         qPrintable(what + QStringLiteral(": after ") + before.mid(upper, 40)));
                // Exactly the intended model.
                Value expected;
                switch (operation) {
                case Op::Set:
                    expected = ValueEdit::set(
                        loaded.document, opPath,
                        argument.startsWith(QLatin1Char('{')) ? Value::map(
                            {Value::Entry{Value::string(QStringLiteral("k")),
                                          Value::string(QStringLiteral("v")), QStringLiteral("k")}})
                                                              : Value::integer(4242));
                    break;
                case Op::Unset:
                    expected = ValueEdit::unset(loaded.document, opPath);
                    break;
                case Op::Insert:
                    expected = ValueEdit::insert(loaded.document, opPath, Value::string(argument));
                    break;
                case Op::Rename:
                    expected = ValueEdit::rename(loaded.document, opPath, argument);
                    break;
                }
                if (!references)
                    QVERIFY2(!ValueEdit::firstDifference(expected, outcome->verified.document),
                             qPrintable(what));
                for (auto file = outcome->before.cbegin(); file != outcome->before.cend(); ++file) {
                    const QString edit = outcome->after.value(file.key());
                    QCOMPARE(templateTags(edit), templateTags(file.value()));
                    QCOMPARE(edit.endsWith(QLatin1Char('\n')),
                             file.value().endsWith(QLatin1Char('\n')));
                    if (crlf)
                        QCOMPARE(edit.count(QLatin1Char('\n')), edit.count(QLatin1String("\r\n")));
                    QCOMPARE(SourceEdits::apply(edit, outcome->inverse, file.key()), file.value());
                }
            }
        }
        QVERIFY2(edited >= minimumEdits, qPrintable(QString::number(edited)));
    }

    // --alias=anchor through an anchored mapping that merges another anchor: the key is
    // edited where it is written (the inner anchor), and everyone who takes it from there
    // is named; whoever overrides it (x-own) is not touched.
    void aliasAnchorThroughNestedMerges()
    {
        const QString path = QStringLiteral("services.web.env.SUB.Y");
        auto outcome = plan(kNested, request(EditRequest::Operation::Set, path,
                                             QStringLiteral("\"2\""), AliasPolicy::Anchor));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome->after.value(m_file),
                 QString(kNested).replace(QLatin1String("SUB: {Y: \"1\"}"),
                                          QLatin1String("SUB: {Y: \"2\"}")));
        const QString notes = outcome->notes.join(QLatin1Char('\n'));
        for (const char *reached :
             {"services.db.env (alias", "x-web-env (merge", "services.cache.env (merge"})
            QVERIFY2(notes.contains(QLatin1String(reached)), qPrintable(notes));
        QVERIFY2(!notes.contains(QLatin1String("x-own")) && !notes.contains(QLatin1String("queue")),
                 qPrintable(notes));
        QCOMPARE(
            ValueEdit::find(outcome->verified.document,
                            EditPath::parse(QStringLiteral("services.queue.env.SUB.Y")).value())
                ->toString(),
            QStringLiteral("9"));

        // The same key reached from the mapping that merges the inner anchor directly.
        outcome = plan(kNested, request(EditRequest::Operation::Set,
                                        QStringLiteral("services.cache.env.SUB.Y"),
                                        QStringLiteral("\"3\""), AliasPolicy::Anchor));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(outcome->after.value(m_file).contains(QLatin1String("  SUB: {Y: \"3\"}\n")));

        // Without --alias=anchor: refused, saying where and what to do.
        outcome = plan(kNested, request(EditRequest::Operation::Set,
                                        QStringLiteral("services.cache.env.SUB.Y"),
                                        QStringLiteral("\"3\"")));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QLatin1String("comes from a merge key"))
                     && outcome.error().message.contains(QLatin1String("--alias=anchor")),
                 qPrintable(outcome.error().message));
        QCOMPARE(outcome.error().location.line, 27);
        outcome
            = plan(kNested, request(EditRequest::Operation::Set, path, QStringLiteral("\"2\"")));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QLatin1String("alias *web_env")),
                 qPrintable(outcome.error().message));

        // A key merged into the anchored mapping, set at the end of the path: an override in
        // that mapping, the inner anchor untouched.
        outcome = plan(kNested,
                       request(EditRequest::Operation::Set, QStringLiteral("services.web.env.LOG"),
                               QStringLiteral("debug"), AliasPolicy::Anchor));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(outcome->after.value(m_file).contains(
            QLatin1String("  MODE: prod\n  LOG: debug\nx-own:")));
        QVERIFY(outcome->after.value(m_file).contains(QLatin1String("  LOG: info\n")));
    }

    // A held result that was only parsed (no model): the original's errors are looked up
    // only when the result has one, so an old error is still not blamed on the edit and a
    // new one is still refused.
    void plansOnAParsedOnlyLoad()
    {
        LoadRequest parsedOnly = load();
        parsedOnly.recordSpans = true;
        parsedOnly.buildModel = false;
        writeAll(m_file, kCorpus);
        const LoadResult held = loadEnvironment(parsedOnly);
        QVERIFY(!held.modelBuilt && !held.environment && held.spans);
        auto outcome = planEdit(held, load(),
                                request(EditRequest::Operation::Set,
                                        QStringLiteral("services.db.image"), QStringLiteral("pg")));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(outcome->verified.modelBuilt && outcome->verified.environment);
        outcome = planEdit(held, load(),
                           request(EditRequest::Operation::Set,
                                   QStringLiteral("services.web.instances.web-1.ship"),
                                   QStringLiteral("nowhere")));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QLatin1String("would not be valid")),
                 qPrintable(outcome.error().message));

        // An error the file already has does not stop an edit elsewhere.
        const QString broken
            = QString(kCorpus).replace(QLatin1String("  db:\n    image: postgres"),
                                       QLatin1String("  db:\n    image: [postgres]"));
        writeAll(m_file, broken);
        QVERIFY(!loadEnvironment(load()).environment);
        outcome = planEdit(loadEnvironment(parsedOnly), load(),
                           request(EditRequest::Operation::Set,
                                   QStringLiteral("services.web.instances.web-1.ports.http"),
                                   QStringLiteral("81")));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    }

    void endOfLineCommentStays()
    {
        const auto outcome
            = plan(kCorpus, request(EditRequest::Operation::Set,
                                    QStringLiteral("services.web.instances.web-1.ports.http"),
                                    QStringLiteral("8080")));
        QVERIFY(outcome);
        QVERIFY(outcome->after.value(m_file).contains(
            QLatin1String("          http: 8080   # the port\n")));
    }

    void surprisingScalarsAreQuoted_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("sexagesimal") << "\"1:20\""
                                     << "\"1:20\"";
        QTest::newRow("port pair") << "\"8080:80\""
                                   << "\"8080:80\"";
        QTest::newRow("yes") << "\"yes\""
                             << "\"yes\"";
        QTest::newRow("octal") << "\"012\""
                               << "\"012\"";
        QTest::newRow("null") << "\"null\""
                              << "\"null\"";
        QTest::newRow("alias-like") << "\"*x\""
                                    << "\"*x\"";
        QTest::newRow("anchor-like") << "\"&x\""
                                     << "\"&x\"";
        QTest::newRow("number") << "8081"
                                << "8081";
        QTest::newRow("plain string") << "nginx"
                                      << "nginx";
    }
    void surprisingScalarsAreQuoted()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        const auto outcome = plan(kCorpus, request(EditRequest::Operation::Set,
                                                   QStringLiteral("services.db.image"), value));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY2(outcome->after.value(m_file).contains(
                     QStringLiteral("    image: %1   # keep\n").arg(written)),
                 qPrintable(outcome->after.value(m_file)));
    }

    void createMissingKeys()
    {
        auto outcome = plan(kCorpus, request(EditRequest::Operation::Set,
                                             QStringLiteral("services.db.instances.db-1.env.A"),
                                             QStringLiteral("\"1\"")));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(outcome->after.value(m_file).endsWith(
            QLatin1String("        ports: {pg: 5432}\n        env:\n          A: \"1\"\n")));
        outcome
            = plan(kCorpus, request(EditRequest::Operation::Set,
                                    QStringLiteral("ships.alpha.timeout"), QStringLiteral("5")));
        QVERIFY(outcome);
        QVERIFY(outcome->after.value(m_file).contains(
            QLatin1String("  alpha: {ip: 10.0.0.1, docker_port: 2375, timeout: 5}  # flow\n")));
    }

    void mergedKeyGetsALocalKey()
    {
        const auto outcome
            = plan(kCorpus, request(EditRequest::Operation::Set,
                                    QStringLiteral("services.web.image"), QStringLiteral("nginx")));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        const QString after = outcome->after.value(m_file);
        QVERIFY(
            after.contains(QLatin1String("  image: \"nginx:1.25\"\n"))); // the anchor is untouched
        QVERIFY(after.contains(QLatin1String("\n    image: nginx\n  db:")));
    }

    void aliasPolicies()
    {
        auto outcome
            = plan(kCorpus, request(EditRequest::Operation::Set,
                                    QStringLiteral("services.db.env.MODE"), QStringLiteral("dev")));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QLatin1String("*env")),
                 qPrintable(outcome.error().message));
        QCOMPARE(outcome.error().location.line, 36);
        outcome = plan(kCorpus,
                       request(EditRequest::Operation::Set, QStringLiteral("services.db.env.MODE"),
                               QStringLiteral("dev"), AliasPolicy::Copy));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(outcome->after.value(m_file).contains(
            QLatin1String("    env: {MODE: dev}\n    instances:")));
    }

    void renameFixesReferences()
    {
        auto outcome = plan(kCorpus, request(EditRequest::Operation::Rename,
                                             QStringLiteral("services.db"), QStringLiteral("pg")));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QString after = outcome->after.value(m_file);
        QVERIFY(after.contains(QLatin1String("requires: [pg]\n    wants_info: pg\n")));
        QVERIFY(after.contains(QLatin1String("volumes_from: [db-1]"))); // looks the same, is not
        outcome = plan(kCorpus, request(EditRequest::Operation::Rename,
                                        QStringLiteral("services.db.instances.db-1"),
                                        QStringLiteral("pg-1")));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        after = outcome->after.value(m_file);
        QVERIFY(
            after.contains(QLatin1String("volumes_from: [pg-1]\n        links: {pg-1: database}")));
        outcome = plan(kCorpus, request(EditRequest::Operation::Rename,
                                        QStringLiteral("ships.beta"), QStringLiteral("gamma")));
        QVERIFY(outcome);
        QCOMPARE(outcome->after.value(m_file).count(QLatin1String("        ship: gamma\n")), 2);
        QVERIFY(
            outcome->after.value(m_file).contains(QLatin1String("  gamma:\n    ip: '10.0.0.2'\n")));
    }

    void templateValuesAreRefused()
    {
        const QString text = QStringLiteral(
            "ships:\n  a: {ip: {{ env.get('IP', '1.2.3.4') }}}\nservices:\n  s:\n    image: x\n    "
            "instances:\n"
            "{% for i in range(2) %}\n      s-{{ i }}:\n        ship: a\n{% endfor %}\n"
            "      lone:\n        ship: a\n");
        auto outcome = plan(text, request(EditRequest::Operation::Set, QStringLiteral("ships.a.ip"),
                                          QStringLiteral("5.6.7.8")));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QLatin1String("env.get")),
                 qPrintable(outcome.error().message));
        QCOMPARE(outcome.error().location.line, 2);
        QCOMPARE(outcome.error().location.column, 14); // the expression
        outcome = plan(text, request(EditRequest::Operation::Set,
                                     QStringLiteral("services.s.instances.s-1.ship"),
                                     QStringLiteral("b")));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QLatin1String("loop")),
                 qPrintable(outcome.error().message));
        outcome = plan(text, request(EditRequest::Operation::Set,
                                     QStringLiteral("services.s.instances.lone.ship"),
                                     QStringLiteral("a")));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(outcome->after.value(m_file).startsWith(
            text.left(text.indexOf(QLatin1String("lone")))));
    }

    void verificationRefusesAnInvalidResult()
    {
        const auto outcome
            = plan(kCorpus, request(EditRequest::Operation::Set,
                                    QStringLiteral("services.web.instances.web-1.ship"),
                                    QStringLiteral("nowhere")));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QLatin1String("would not be valid")),
                 qPrintable(outcome.error().message));
    }

    // Random operations (set, unset, rename, insert) on random nodes, with a fixed seed,
    // written one after the other; undoing them in reverse order gives back every file's
    // original bytes.
    void randomSequenceUndoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("seed");
        QTest::newRow("corpus") << kCorpus << 7;
        QTest::newRow("corpus CRLF")
            << QString(kCorpus).replace(QLatin1String("\n"), QLatin1String("\r\n")) << 11;
        QTest::newRow("sequences") << kSequences << 13;
        QTest::newRow("templates") << kTemplate << 17;
        QTest::newRow("nested merges") << kNested << 19;
    }
    void randomSequenceUndoes()
    {
        QFETCH(QString, text);
        QFETCH(int, seed);
        const QMap<QString, QString> original{
            {m_file, text},
            {m_dir.filePath(QStringLiteral("web-instances.yaml")), kWebInstances},
            {m_dir.filePath(QStringLiteral("loop-instance.yaml")), kLoopInstance}};
        for (auto it = original.cbegin(); it != original.cend(); ++it)
            writeAll(it.key(), it.value());
        LoadRequest withSpans = load();
        withSpans.recordSpans = true;
        QRandomGenerator random(seed);
        QList<QList<SourceEdit>> undo;
        for (int step = 0; step < 40; ++step) {
            const LoadResult loaded = loadEnvironment(withSpans);
            QVERIFY(loaded.spans);
            std::optional<EditPath> path;
            int node = -1;
            while (!path) {
                node = random.bounded(loaded.spans->nodeCount());
                path = spanPath(*loaded.spans, node);
            }
            using Op = EditRequest::Operation;
            const Op operation = Op(random.bounded(4));
            if (operation == Op::Rename && path->steps.last().isIndex())
                continue;
            if (operation == Op::Insert) {
                if (loaded.spans->node(node).kind != YamlSpans::Kind::Sequence)
                    continue;
                *path
                    = path->item(random.bounded(int(loaded.spans->node(node).children.size()) + 1));
            }
            const QString argument = operation == Op::Rename ? QStringLiteral("k%1").arg(step)
                                     : random.bounded(2)     ? QStringLiteral("v%1").arg(step)
                                                         : QStringLiteral("{a: [%1]}").arg(step);
            const auto outcome
                = planEdit(loaded, withSpans,
                           request(operation, path->toString(), argument, AliasPolicy::Copy));
            if (!outcome)
                continue; // refusals are fine; what is written must undo
            QVERIFY(SourceEdits::write(outcome->before, outcome->after));
            undo.append(outcome->inverse);
        }
        QVERIFY2(undo.size() >= 10, qPrintable(QString::number(undo.size())));
        while (!undo.isEmpty()) {
            const QList<SourceEdit> edits = undo.takeLast();
            for (auto it = original.cbegin(); it != original.cend(); ++it)
                writeAll(it.key(), SourceEdits::apply(readAll(it.key()), edits, it.key()));
        }
        for (auto it = original.cbegin(); it != original.cend(); ++it)
            QCOMPARE(readAll(it.key()), it.value());
    }
};

QTEST_GUILESS_MAIN(tst_EditEngine)
#include "tst_editengine.moc"
