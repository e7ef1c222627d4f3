// SPDX-License-Identifier: GPL-3.0-or-later
// Provenance: which values of a loaded document a template, a loop, an environment lookup,
// an alias or a merge key produced, and where that is written.
#include "core/edit/provenance.h"

#include <QTest>

using namespace Maestro::Core;

namespace {

const QString kTemplate
    = QStringLiteral("name: demo\n"
                     "ships:\n"
                     "  local:\n"
                     "    ip: 127.0.0.1\n"
                     "    socket_path: {{ env.SOCK | default('/run/docker.sock') }}\n"
                     "x-defaults: &defaults\n"
                     "  image: nginx:1.25\n"
                     "x-env: &common\n"
                     "  MODE: prod\n"
                     "services:\n"
                     "  web:\n"
                     "    <<: *defaults\n"
                     "    env: *common\n"
                     "    instances:\n"
                     "{% for i in [1, 2] %}\n"
                     "      web-{{ i }}:\n"
                     "        ship: local\n"
                     "{% endfor %}\n"
                     "  db:\n"
                     "    image: {{ 'postgres' }}\n"
                     "    instances:\n"
                     "      db-1: {ship: local}\n");

EditPath path(const char *text)
{
    return EditPath::parse(QString::fromLatin1(text)).value();
}

} // namespace

class tst_Provenance : public QObject
{
    Q_OBJECT

private:
    Provenance m_provenance;

private slots:
    void initTestCase()
    {
        const LoadResult loaded
            = loadEnvironmentText(kTemplate, QStringLiteral("maestro.yaml"), QString(), {});
        QVERIFY2(loaded.environment,
                 qPrintable(loaded.diagnostics.isEmpty() ? QString()
                                                         : loaded.diagnostics.first().message));
        m_provenance = Provenance::compute(loaded);
    }

    void origins_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind"); // -1: literal text
        QTest::addColumn<QString>("description");
        using K = ValueOrigin::Kind;
        QTest::newRow("literal") << "ships.local.ip" << -1 << "";
        QTest::newRow("literal in flow") << "services.db.instances.db-1.ship" << -1 << "";
        QTest::newRow("env lookup")
            << "ships.local.socket_path" << int(K::EnvironmentLookup)
            << "from the environment lookup {{ env.SOCK | default('/run/docker.sock') }} at "
               "maestro.yaml:5:18";
        QTest::newRow("expression")
            << "services.db.image" << int(K::Expression)
            << "from the template expression {{ 'postgres' }} at maestro.yaml:20:12";
        QTest::newRow("alias") << "services.web.env" << int(K::Alias)
                               << "from the anchor &common at maestro.yaml:8:8";
        QTest::newRow("below an alias") << "services.web.env.MODE" << int(K::Alias)
                                        << "from the anchor &common at maestro.yaml:8:8";
        QTest::newRow("merge") << "services.web.image" << int(K::Merge)
                               << "merged from the anchor &defaults at maestro.yaml:6:13";
        QTest::newRow("loop") << "services.web.instances.web-2.ship" << int(K::Loop)
                              << "from the loop at maestro.yaml:15:1";
    }
    void origins()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, description);
        const ValueOrigin *origin = m_provenance.originOf(EditPath::parse(path).value());
        if (kind < 0) {
            QVERIFY2(!origin, qPrintable(origin ? origin->describe() : QString()));
            return;
        }
        QVERIFY(origin);
        QCOMPARE(origin->describe(), description);
        QCOMPARE(int(origin->kind), kind);
        QCOMPARE(origin->isReadOnly(), origin->kind != ValueOrigin::Kind::Merge);
    }

    // An alias names the other places its anchor's value reaches.
    void aliasUses()
    {
        const ValueOrigin *env = m_provenance.originOf(path("services.web.env"));
        QVERIFY(env);
        QCOMPARE(env->sharedWith, QStringList(QStringLiteral("x-env")));
    }

    // A merged value is the merging mapping's to override: its keys below are not.
    void mergeOnlyForItself() { QVERIFY(!m_provenance.originOf(path("services.web.image.x"))); }
};

QTEST_GUILESS_MAIN(tst_Provenance)
#include "tst_provenance.moc"
