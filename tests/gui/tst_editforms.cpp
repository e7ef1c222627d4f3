// SPDX-License-Identifier: GPL-3.0-or-later
// The Edit dock's forms (src/gui/forms): a committed change of a field asks for exactly the
// edit it means, at the shortest path, as YAML the loader types as meant; inherited values
// show greyed and can be overridden; every field is found by its YAML key; and the request,
// applied by the edit engine to a file with comments and anchors, changes one line only.
#include "gui/forms/editdock.h"
#include "gui/forms/instanceform.h"
#include "gui/forms/originbadge.h"
#include "gui/forms/scalarfield.h"
#include "gui/forms/serviceform.h"
#include "gui/forms/shipform.h"
#include "gui/forms/tablefield.h"

#include "models/environmenttreemodel.h"
#include "models/formtablemodel.h"
#include "models/lifecyclechecksmodel.h"

#include "core/edit/editengine.h"
#include "core/model/environmentloader.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Maestro;
using Core::EditRequest;
using Op = Core::EditRequest::Operation;

namespace {

// Comments, an anchor and its alias, flow and block mappings, quoted and plain scalars.
const QString kFixture
    = QStringLiteral("# Demo environment\n"
                     "name: demo\n"
                     "ship_defaults: {timeout: 10}\n"
                     "ships:\n"
                     "  alpha:\n"
                     "    ip: 10.0.0.1   # the first host\n"
                     "  beta: {ip: 10.0.0.2}\n"
                     "\n"
                     "x-env: &common-env\n"
                     "  MODE: prod   # shared\n"
                     "\n"
                     "services:\n"
                     "  web:\n"
                     "    image: nginx:1.25   # pinned\n"
                     "    env: *common-env\n"
                     "    ports:\n"
                     "      http: \"80:8080\"\n"
                     "      admin: {exposed: 9000, external: [127.0.0.1, 19000]}\n"
                     "    lifecycle:\n"
                     "      running: [{type: tcp, port: http}]\n"
                     "    limits:\n"
                     "      memory: 512m\n"
                     "    instances:\n"
                     "      web-1:\n"
                     "        ship: alpha   # main\n"
                     "        ports:\n"
                     "          http: \"80:18080\"   # host 18080\n"
                     "        env:\n"
                     "          GREETING: hello\n"
                     "          LIST: [a, b]\n"
                     "        dns: [8.8.8.8]\n"
                     "        restart: always\n"
                     "        stop_timeout: 5\n"
                     "        lifecycle:\n"
                     "          running:\n"
                     "            - type: http\n"
                     "              port: http\n"
                     "              path: /health\n"
                     "              max_wait: 30\n"
                     "      web-2:\n"
                     "        ship: beta\n"
                     "        image: nginx:1.26\n"
                     "  db:\n"
                     "    image: postgres\n"
                     "    instances:\n"
                     "      db-1:\n"
                     "        ship: alpha\n"
                     "        volumes:\n"
                     "          /srv/db: /var/lib/postgresql/data\n");

QString describe(const EditRequest &r)
{
    static const char *names[] = {"set", "unset", "rename"};
    return QStringLiteral("%1 %2 %3")
        .arg(QLatin1String(names[int(r.operation)]), r.path.toString(), r.argument)
        .trimmed();
}

void commitLine(QLineEdit *line, const QString &text)
{
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
}

QModelIndex rowOf(QAbstractItemModel *model, const QString &key, int column = 0)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == key)
            return model->index(row, column);
    }
    return {};
}

} // namespace

class tst_EditForms : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    Core::Value m_document;
    Core::EnvironmentPtr m_environment;
    Gui::EditDock *m_dock = nullptr;
    QList<EditRequest> m_requests;

    Gui::InstanceForm *showInstance(const char *name)
    {
        m_dock->showInstance(QString::fromLatin1(name));
        return m_dock->instanceForm();
    }
    QStringList requests() const
    {
        QStringList texts;
        for (const EditRequest &r : m_requests)
            texts << describe(r);
        return texts;
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void instanceScalars();
    void instanceTables();
    void portHint();
    void choicesInCells();
    void inheritedScalar();
    void inheritedRow();
    void lifecycleChecks();
    void serviceOverrides();
    void shipDefaults();
    void numbersAreValidated();
    void dockFollowsDocument();
    void dockFollowsTree();
    void provenanceBadges();
    void accessibleNames_data();
    void accessibleNames();
    void endToEnd_data();
    void endToEnd();
};

void tst_EditForms::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("maestro.yaml"));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kFixture.toUtf8());
    file.close();
    Core::LoadRequest request;
    request.file = m_file;
    const Core::LoadResult loaded = Core::loadEnvironment(request);
    QVERIFY2(
        loaded.environment,
        qPrintable(loaded.diagnostics.isEmpty() ? QString() : loaded.diagnostics.first().message));
    m_document = loaded.document;
    m_environment = loaded.environment;
}

void tst_EditForms::init()
{
    m_dock = new Gui::EditDock;
    m_dock->setDocument(m_document);
    m_requests.clear();
    connect(m_dock, &Gui::EditDock::editRequested, this,
            [this](const EditRequest &r) { m_requests << r; });
}

void tst_EditForms::cleanup()
{
    delete m_dock;
    m_dock = nullptr;
}

void tst_EditForms::instanceScalars()
{
    auto *form = showInstance("web-1");
    QCOMPARE(m_dock->currentForm(), form);
    QCOMPARE(form->titleLabel()->text(), QStringLiteral("Instance web-1 of service web"));

    auto *image = qobject_cast<QLineEdit *>(form->scalarField(QStringLiteral("image"))->editor());
    commitLine(image, QStringLiteral("nginx:2"));
    auto *ship = qobject_cast<QComboBox *>(form->scalarField(QStringLiteral("ship"))->editor());
    QCOMPARE(ship->currentText(), QStringLiteral("alpha"));
    QCOMPARE(ship->findText(QStringLiteral("beta")), 1);
    ship->setCurrentIndex(1);
    emit ship->textActivated(QStringLiteral("beta"));
    // `no` alone would be YAML 1.1's false.
    auto *restart
        = qobject_cast<QComboBox *>(form->scalarField(QStringLiteral("restart"))->editor());
    QCOMPARE(restart->currentText(), QStringLiteral("always"));
    emit restart->textActivated(QStringLiteral("no"));
    auto *command
        = qobject_cast<QLineEdit *>(form->scalarField(QStringLiteral("command"))->editor());
    commitLine(command, QStringLiteral("[nginx, -g, daemon off;]"));
    auto *stop
        = qobject_cast<QLineEdit *>(form->scalarField(QStringLiteral("stop_timeout"))->editor());
    commitLine(stop, {}); // emptied: unset
    auto *privileged
        = qobject_cast<QCheckBox *>(form->scalarField(QStringLiteral("privileged"))->editor());
    privileged->click();

    QCOMPARE(requests(),
             QStringList({QStringLiteral("set services.web.instances.web-1.image nginx:2"),
                          QStringLiteral("set services.web.instances.web-1.ship beta"),
                          QStringLiteral("set services.web.instances.web-1.restart \"no\""),
                          QStringLiteral("set services.web.instances.web-1.command [nginx, -g, "
                                         "daemon off;]"),
                          QStringLiteral("unset services.web.instances.web-1.stop_timeout"),
                          QStringLiteral("set services.web.instances.web-1.privileged true")}));
}

void tst_EditForms::instanceTables()
{
    auto *form = showInstance("web-1");
    QAbstractItemModel *ports = form->tableField(QStringLiteral("ports"))->model();
    QAbstractItemModel *env = form->tableField(QStringLiteral("env"))->model();
    QAbstractItemModel *dns = form->tableField(QStringLiteral("dns"))->model();
    QAbstractItemModelTester portsTester(ports);
    QAbstractItemModelTester envTester(env);

    QVERIFY(ports->setData(rowOf(ports, QStringLiteral("http"), 2), QStringLiteral("18081")));
    QVERIFY(env->setData(rowOf(env, QStringLiteral("GREETING"), 1), QStringLiteral("yes")));
    QCOMPARE(rowOf(env, QStringLiteral("LIST"), 1).data().toString(), QStringLiteral("[a, b]"));
    QVERIFY(env->setData(rowOf(env, QStringLiteral("LIST"), 1), QStringLiteral("[a, b, c]")));
    QVERIFY(env->setData(rowOf(env, QStringLiteral("GREETING")), QStringLiteral("SALUTATION")));
    QVERIFY(env->setData(env->index(env->rowCount() - 1, 0), QStringLiteral("NEW")));
    QVERIFY(env->removeRow(rowOf(env, QStringLiteral("LIST")).row()));
    QVERIFY(dns->setData(dns->index(0, 0), QStringLiteral("8.8.4.4")));
    QVERIFY(dns->setData(dns->index(1, 0), QStringLiteral("1.1.1.1")));
    QVERIFY(ports->setData(ports->index(ports->rowCount() - 1, 0), QStringLiteral("admin")));
    QCOMPARE(m_requests.size(), 8); // a port without a container side is no port yet
    QVERIFY(ports->setData(ports->index(ports->rowCount() - 1, 3), QStringLiteral("53")));
    QVERIFY(ports->setData(ports->index(ports->rowCount() - 2, 4), QStringLiteral("udp")));

    QCOMPARE(requests(),
             QStringList({
                 QStringLiteral("set services.web.instances.web-1.ports.http \"80:18081\""),
                 QStringLiteral("set services.web.instances.web-1.env.GREETING \"yes\""),
                 QStringLiteral("set services.web.instances.web-1.env.LIST [a, b, c]"),
                 QStringLiteral("rename services.web.instances.web-1.env.GREETING SALUTATION"),
                 QStringLiteral("set services.web.instances.web-1.env.NEW \"\""),
                 QStringLiteral("unset services.web.instances.web-1.env.LIST"),
                 QStringLiteral("set services.web.instances.web-1.dns[0] 8.8.4.4"),
                 QStringLiteral("set services.web.instances.web-1.dns [8.8.4.4, 1.1.1.1]"),
                 QStringLiteral("set services.web.instances.web-1.ports.admin 53"),
                 QStringLiteral("set services.web.instances.web-1.ports.admin 53/udp"),
             }));
}

void tst_EditForms::portHint()
{
    auto *form = showInstance("web-1");
    QAbstractItemModel *ports = form->tableField(QStringLiteral("ports"))->model();
    QCOMPARE(rowOf(ports, QStringLiteral("http"), 5).data().toString(),
             QStringLiteral("host 18080 → container 80/tcp"));
    QVERIFY(ports->setData(rowOf(ports, QStringLiteral("http"), 1), QStringLiteral("127.0.0.1")));
    QCOMPARE(rowOf(ports, QStringLiteral("http"), 5).data().toString(),
             QStringLiteral("host 127.0.0.1:18080 → container 80/tcp"));
    QCOMPARE(requests(),
             QStringList(QStringLiteral("set services.web.instances.web-1.ports.http "
                                        "{exposed: 80, external: [127.0.0.1, 18080]}")));
    // Refused, say: the form shows the document's value again.
    m_dock->refresh();
    QCOMPARE(rowOf(ports, QStringLiteral("http"), 5).data().toString(),
             QStringLiteral("host 18080 → container 80/tcp"));
}

void tst_EditForms::choicesInCells()
{
    auto *form = showInstance("web-1");
    Gui::TableField *table = form->tableField(QStringLiteral("ports"));
    QAbstractItemModel *ports = table->model();
    QAbstractItemDelegate *delegate = table->view()->itemDelegate();
    const QStyleOptionViewItem option;
    const QModelIndex protocol = rowOf(ports, QStringLiteral("http"), 4);
    std::unique_ptr<QWidget> editor(
        delegate->createEditor(table->view()->viewport(), option, protocol));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(1), QStringLiteral("udp"));
    delegate->setEditorData(combo, protocol);
    QCOMPARE(combo->currentText(), QStringLiteral("tcp"));
    combo->setCurrentIndex(1);
    delegate->setModelData(combo, ports, protocol);
    QCOMPARE(requests(), QStringList(QStringLiteral("set services.web.instances.web-1.ports.http "
                                                    "80/udp:18080/udp")));
    // A cell without choices is typed in.
    editor.reset(delegate->createEditor(table->view()->viewport(), option,
                                        rowOf(ports, QStringLiteral("http"), 0)));
    QVERIFY(!qobject_cast<QComboBox *>(editor.get()));

    Gui::TableField *lifecycle = form->tableField(QStringLiteral("lifecycle"));
    const QModelIndex type = lifecycle->model()->index(1, Models::LifecycleChecksModel::TypeColumn);
    editor.reset(lifecycle->view()->itemDelegate()->createEditor(lifecycle->view()->viewport(),
                                                                 option, type));
    combo = qobject_cast<QComboBox *>(editor.get());
    QVERIFY(combo);
    QCOMPARE(combo->count(), 5); // tcp, http, exec, rexec, sleep
}

void tst_EditForms::inheritedScalar()
{
    auto *form = showInstance("web-1");
    Gui::ScalarField *memory = form->scalarField(QStringLiteral("limits.memory"));
    auto *line = qobject_cast<QLineEdit *>(memory->editor());
    QVERIFY(line->text().isEmpty());
    QCOMPARE(line->placeholderText(), QStringLiteral("512m"));
    QCOMPARE(memory->noteLabel()->text(), QStringLiteral("from service web"));
    QVERIFY(!memory->noteLabel()->isHidden());
    QVERIFY(!memory->overrideButton()->isHidden());
    // web-1 sets no image, web-2 its own.
    QVERIFY(!form->scalarField(QStringLiteral("image"))->overrideButton()->isHidden());
    memory->overrideButton()->click();
    QCOMPARE(line->text(), QStringLiteral("512m"));
    QVERIFY(memory->overrideButton()->isHidden());

    showInstance("web-2");
    QVERIFY(form->scalarField(QStringLiteral("image"))->overrideButton()->isHidden());
    QCOMPARE(
        qobject_cast<QLineEdit *>(form->scalarField(QStringLiteral("image"))->editor())->text(),
        QStringLiteral("nginx:1.26"));
    QCOMPARE(requests(),
             QStringList(QStringLiteral("set services.web.instances.web-1.limits.memory 512m")));
}

void tst_EditForms::inheritedRow()
{
    auto *form = showInstance("web-2");
    Gui::TableField *table = form->tableField(QStringLiteral("ports"));
    Models::FormTableModel *ports = table->tableModel();
    const QModelIndex http = rowOf(ports, QStringLiteral("http"));
    QVERIFY(http.isValid());
    QVERIFY(ports->isInherited(http.row()));
    QCOMPARE(http.data(Qt::ToolTipRole).toString(), QStringLiteral("from service web"));
    QVERIFY(!(ports->flags(http) & Qt::ItemIsEditable)); // the key is the service's
    // web-1's own port hides the service's port of the same name.
    showInstance("web-1");
    QCOMPARE(ports->rowCount(), 3); // http, admin from the service, a new one
    QVERIFY(!ports->isInherited(0));
    QVERIFY(ports->isInherited(1));

    showInstance("web-2");
    table->view()->selectionModel()->select(QItemSelection(ports->index(0, 0), ports->index(1, 0)),
                                            QItemSelectionModel::Select
                                                | QItemSelectionModel::Rows);
    QVERIFY(table->overrideAction()->isEnabled());
    QVERIFY(!table->removeAction()->isEnabled()); // nothing to unset on web-2
    table->overrideAction()->trigger();
    // The env it inherits through the service's alias, edited here, is set on web-2.
    QAbstractItemModel *env = form->tableField(QStringLiteral("env"))->model();
    QVERIFY(env->setData(rowOf(env, QStringLiteral("MODE"), 1), QStringLiteral("dev")));
    QCOMPARE(requests(),
             QStringList({QStringLiteral("set services.web.instances.web-2.ports.http \"80:8080\""),
                          // as the service writes it, not as the cells would
                          QStringLiteral("set services.web.instances.web-2.ports.admin {exposed: "
                                         "9000, external: [127.0.0.1, 19000]}"),
                          QStringLiteral("set services.web.instances.web-2.env.MODE dev")}));
}

void tst_EditForms::lifecycleChecks()
{
    using Col = Models::LifecycleChecksModel::Column;
    auto *form = showInstance("web-1");
    Gui::TableField *table = form->tableField(QStringLiteral("lifecycle"));
    Models::FormEditModel *checks = table->model();
    QAbstractItemModelTester tester(checks);
    QCOMPARE(checks->rowCount(), 3); // the service's, web-1's, a new one
    QVERIFY(checks->isInherited(0)); // spec 14.1: the service's run first
    QCOMPARE(checks->index(0, Col::TargetColumn).data().toString(), QStringLiteral("http"));
    QVERIFY(!(checks->flags(checks->index(0, Col::TargetColumn)) & Qt::ItemIsEditable));
    const QStringList own{checks->index(1, Col::StateColumn).data().toString(),
                          checks->index(1, Col::TypeColumn).data().toString(),
                          checks->index(1, Col::TargetColumn).data().toString(),
                          checks->index(1, Col::LimitColumn).data().toString(),
                          checks->index(1, Col::OptionsColumn).data().toString()};
    QCOMPARE(own,
             QStringList({QStringLiteral("running"), QStringLiteral("http"), QStringLiteral("http"),
                          QStringLiteral("30"), QStringLiteral("path: /health")}));
    QCOMPARE(checks->index(1, Col::LimitColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("max_wait"));
    table->view()->selectRow(0);
    QVERIFY(!table->overrideAction()->isEnabled()); // checks add up: nothing to override

    QVERIFY(checks->setData(checks->index(1, Col::TargetColumn), QStringLiteral("admin")));
    QVERIFY(checks->setData(checks->index(1, Col::LimitColumn), QStringLiteral("60")));
    QVERIFY(checks->setData(checks->index(1, Col::TypeColumn), QStringLiteral("tcp")));
    QVERIFY(checks->setData(checks->index(1, Col::OptionsColumn), QStringLiteral("path: /")));
    QVERIFY(checks->setData(checks->index(2, Col::StateColumn), QStringLiteral("pre-stop")));
    QVERIFY(checks->setData(checks->index(2, Col::TypeColumn), QStringLiteral("sleep")));
    QVERIFY(!(checks->flags(checks->index(2, Col::LimitColumn)) & Qt::ItemIsEditable));
    QVERIFY(checks->setData(checks->index(2, Col::TargetColumn), QStringLiteral("5")));
    QCOMPARE(checks->rowCount(), 4);
    QVERIFY(checks->removeRow(1));
    QCOMPARE(
        requests(),
        QStringList({
            QStringLiteral("set services.web.instances.web-1.lifecycle.running[0].port admin"),
            QStringLiteral("set services.web.instances.web-1.lifecycle.running[0].max_wait 60"),
            QStringLiteral("set services.web.instances.web-1.lifecycle.running[0].type tcp"),
            QStringLiteral("set services.web.instances.web-1.lifecycle.running[0] {type: tcp, "
                           "port: admin, max_wait: 60, path: /}"),
            QStringLiteral("set services.web.instances.web-1.lifecycle.pre-stop [{type: "
                           "sleep, wait: 5}]"),
            QStringLiteral("unset services.web.instances.web-1.lifecycle.running[0]"),
        }));
}

void tst_EditForms::serviceOverrides()
{
    m_dock->showService(QStringLiteral("web"));
    Gui::ServiceForm *form = m_dock->serviceForm();
    QCOMPARE(m_dock->currentForm(), form);
    Gui::ScalarField *image = form->scalarField(QStringLiteral("image"));
    QCOMPARE(qobject_cast<QLineEdit *>(image->editor())->text(), QStringLiteral("nginx:1.25"));
    QCOMPARE(image->noteLabel()->text(), QStringLiteral("overridden in web-2"));
    QVERIFY(form->scalarField(QStringLiteral("limits.memory"))->noteLabel()->isHidden());
    QAbstractItemModel *ports = form->tableField(QStringLiteral("ports"))->model();
    QCOMPARE(ports->headerData(6, Qt::Horizontal).toString(), QStringLiteral("Overridden in"));
    QCOMPARE(rowOf(ports, QStringLiteral("http"), 6).data().toString(), QStringLiteral("web-1"));

    commitLine(qobject_cast<QLineEdit *>(image->editor()), QStringLiteral("nginx:1.27"));
    QAbstractItemModel *required = form->tableField(QStringLiteral("requires"))->model();
    QVERIFY(required->setData(required->index(0, 0), QStringLiteral("db")));
    QCOMPARE(requests(), QStringList({QStringLiteral("set services.web.image nginx:1.27"),
                                      QStringLiteral("set services.web.requires [db]")}));
}

void tst_EditForms::shipDefaults()
{
    m_dock->showShip(QStringLiteral("alpha"));
    Gui::ShipForm *form = m_dock->shipForm();
    QCOMPARE(m_dock->currentForm(), form);
    Gui::ScalarField *timeout = form->scalarField(QStringLiteral("timeout"));
    QCOMPARE(qobject_cast<QLineEdit *>(timeout->editor())->placeholderText(), QStringLiteral("10"));
    QCOMPARE(timeout->noteLabel()->text(), QStringLiteral("from ship_defaults"));
    // ip cannot come from ship_defaults (spec 5.2).
    QVERIFY(form->scalarField(QStringLiteral("ip"))->overrideButton()->isHidden());
    commitLine(qobject_cast<QLineEdit *>(form->scalarField(QStringLiteral("ip"))->editor()),
               QStringLiteral("10.0.0.9"));
    commitLine(
        qobject_cast<QLineEdit *>(form->scalarField(QStringLiteral("ssh_tunnel.user"))->editor()),
        QStringLiteral("deploy"));
    qobject_cast<QCheckBox *>(form->scalarField(QStringLiteral("tls"))->editor())->click();
    QCOMPARE(requests(), QStringList({QStringLiteral("set ships.alpha.ip 10.0.0.9"),
                                      QStringLiteral("set ships.alpha.ssh_tunnel.user deploy"),
                                      QStringLiteral("set ships.alpha.tls true")}));
}

void tst_EditForms::numbersAreValidated()
{
    auto *form = showInstance("web-1");
    auto *stop
        = qobject_cast<QLineEdit *>(form->scalarField(QStringLiteral("stop_timeout"))->editor());
    QCOMPARE(stop->text(), QStringLiteral("5"));
    stop->selectAll();
    QTest::keyClicks(stop, QStringLiteral("1x5"));
    QCOMPARE(stop->text(), QStringLiteral("15"));
    auto *memory
        = qobject_cast<QLineEdit *>(form->scalarField(QStringLiteral("limits.memory"))->editor());
    QTest::keyClicks(memory, QStringLiteral("1gb"));
    QCOMPARE(memory->text(), QStringLiteral("1g"));
    QTest::keyClick(stop, Qt::Key_Return);
    QTest::keyClick(memory, Qt::Key_Return);
    QCOMPARE(requests(),
             QStringList({QStringLiteral("set services.web.instances.web-1.stop_timeout 15"),
                          QStringLiteral("set services.web.instances.web-1.limits.memory 1g")}));
}

void tst_EditForms::dockFollowsDocument()
{
    m_dock->showInstance(QStringLiteral("db-1"));
    QCOMPARE(m_dock->currentForm(), m_dock->instanceForm());
    m_dock->setDocument(Core::Value()); // the file no longer parses
    QCOMPARE(m_dock->currentForm(), nullptr);
    m_dock->setDocument(m_document); // and again
    QCOMPARE(m_dock->currentForm(), m_dock->instanceForm());
    QCOMPARE(rowOf(m_dock->instanceForm()->tableField(QStringLiteral("volumes"))->model(),
                   QStringLiteral("/srv/db"), 1)
                 .data()
                 .toString(),
             QStringLiteral("/var/lib/postgresql/data"));
    m_dock->showInstance(QStringLiteral("nope"));
    QCOMPARE(m_dock->currentForm(), nullptr);
}

void tst_EditForms::dockFollowsTree()
{
    Models::EnvironmentTreeModel model;
    model.setEnvironment(m_environment);
    QTreeView tree;
    tree.setModel(&model);
    m_dock->followTree(&tree);
    const QModelIndex alpha = model.index(0, 0); // grouped by ship
    QCOMPARE(alpha.data(Models::EnvironmentTreeModel::ShipNameRole).toString(),
             QStringLiteral("alpha"));
    tree.setCurrentIndex(alpha);
    QCOMPARE(m_dock->currentForm(), m_dock->shipForm());
    QCOMPARE(m_dock->shipForm()->titleLabel()->text(), QStringLiteral("Ship alpha"));
    tree.setCurrentIndex(model.index(0, 0, alpha));
    QCOMPARE(m_dock->currentForm(), m_dock->instanceForm());
    model.setGrouping(Models::EnvironmentTreeModel::Grouping::ByService);
    tree.setCurrentIndex(model.index(0, 0));
    QCOMPARE(m_dock->currentForm(), m_dock->serviceForm());
    tree.setCurrentIndex({});
    QCOMPARE(m_dock->currentForm(), nullptr);
}

void tst_EditForms::provenanceBadges()
{
    const QString text = QStringLiteral("name: demo\n"
                                        "ships:\n"
                                        "  local: {ip: 127.0.0.1}\n"
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
                                        "      db-1:\n"
                                        "        ship: local\n"
                                        "        ports: {pg: {{ 5432 }}, admin: 8081}\n");
    const Core::LoadResult loaded
        = Core::loadEnvironmentText(text, QStringLiteral("maestro.yaml"), QString(), {});
    QVERIFY(loaded.environment);
    QList<Core::SourceLocation> jumps;
    connect(m_dock, &Gui::EditDock::sourceRequested, this,
            [&jumps](const Core::SourceLocation &location) { jumps << location; });
    m_dock->showInstance(QStringLiteral("web-2"));
    m_dock->setLoadResult(loaded);
    QTRY_VERIFY(!m_dock->isComputingProvenance());

    // An instance a loop writes: every field read-only, saying where the loop is.
    Gui::InstanceForm *instance = m_dock->instanceForm();
    Gui::ScalarField *ship = instance->scalarField(QStringLiteral("ship"));
    QVERIFY(ship->badge()->isHidden()); // said once, for the whole instance
    QVERIFY(!instance->badge()->isHidden());
    QVERIFY(instance->badge()->label()->text().contains(
        QStringLiteral("from the loop at maestro.yaml:13:1")));
    QVERIFY(!ship->editor()->isEnabled());
    QVERIFY(qobject_cast<QLineEdit *>(instance->scalarField(QStringLiteral("image"))->editor())
                ->isReadOnly());
    emit instance->badge()->label()->linkActivated(QStringLiteral("#"));
    QCOMPARE(jumps.size(), 1);
    QCOMPARE(jumps.first().line, 13);

    // A row an expression writes is read-only; the literal one beside it is not.
    m_dock->showInstance(QStringLiteral("db-1"));
    QVERIFY(instance->badge()->isHidden());
    QVERIFY(instance->scalarField(QStringLiteral("ship"))->badge()->isHidden());
    QVERIFY(instance->scalarField(QStringLiteral("ship"))->editor()->isEnabled());
    Models::FormTableModel *ports = instance->tableField(QStringLiteral("ports"))->tableModel();
    const QModelIndex pg = rowOf(ports, QStringLiteral("pg"), 2);
    QVERIFY(ports->isLocked(pg.row()));
    QVERIFY(!(ports->flags(pg) & Qt::ItemIsEditable));
    QCOMPARE(pg.data(Qt::ToolTipRole).toString(),
             QStringLiteral("from the template expression {{ 5432 }} at maestro.yaml:22:21"));
    QVERIFY(!ports->removeRow(pg.row()) || m_requests.isEmpty());
    QVERIFY(ports->flags(rowOf(ports, QStringLiteral("admin"), 2)) & Qt::ItemIsEditable);

    // A service: its image is merged (editable: a local key overrides it), its env an alias.
    m_dock->showService(QStringLiteral("web"));
    Gui::ScalarField *image = m_dock->serviceForm()->scalarField(QStringLiteral("image"));
    QVERIFY(image->badgeLabel()->text().contains(
        QStringLiteral("merged from the anchor &amp;defaults")));
    QVERIFY(!qobject_cast<QLineEdit *>(image->editor())->isReadOnly());
    Gui::TableField *env = m_dock->serviceForm()->tableField(QStringLiteral("env"));
    QVERIFY(env->badgeLabel()->text().contains(QStringLiteral("from the anchor &amp;common")));
    QCOMPARE(env->view()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(m_requests.isEmpty());
    QVERIFY(image->badge()->editAnchorButton()->isHidden()); // a merge is overridden, not shared

    // The alias's choices: make a local copy, or edit the anchor (which changes x-env too).
    QVERIFY(!env->badge()->localCopyButton()->isHidden());
    QVERIFY(env->badge()->editAnchorButton()->toolTip().endsWith(QStringLiteral("x-env")));
    env->badge()->localCopyButton()->click();
    QCOMPARE(requests(), QStringList(QStringLiteral("set services.web.env {MODE: prod}")));
    QCOMPARE(m_requests.last().alias, Core::AliasPolicy::Copy);
    env->badge()->editAnchorButton()->click();
    QVERIFY(env->view()->editTriggers() != QAbstractItemView::NoEditTriggers);
    QAbstractItemModel *envRows = env->model();
    QVERIFY(envRows->setData(rowOf(envRows, QStringLiteral("MODE"), 1), QStringLiteral("dev")));
    QCOMPARE(requests().last(), QStringLiteral("set services.web.env.MODE dev"));
    QCOMPARE(m_requests.last().alias, Core::AliasPolicy::Anchor);

    // Both, applied by the engine: the copy replaces the alias, the anchor's edit changes x-env.
    const QString file = m_dir.filePath(QStringLiteral("templated.yaml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    Core::LoadRequest load;
    load.file = file;
    const auto copied = Core::planEdit(load, m_requests.first());
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
    QVERIFY(!copied->after.first().contains(QStringLiteral("env: *common")));
    const auto anchored = Core::planEdit(load, m_requests.last());
    QVERIFY2(anchored, qPrintable(anchored ? QString() : anchored.error().message));
    QString expected = text;
    expected.replace(QStringLiteral("  MODE: prod\n"), QStringLiteral("  MODE: dev\n"));
    QCOMPARE(anchored->after.first(), expected);
    m_requests.clear();

    // The next load's document shows at once, without the last load's provenance.
    m_dock->setDocument(m_document);
    QVERIFY(image->badge()->isHidden());
}

void tst_EditForms::accessibleNames_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QStringList>("someKeys");
    QTest::newRow("ship") << "ship"
                          << QStringList{QStringLiteral("ip"), QStringLiteral("docker_port"),
                                         QStringLiteral("tls_verify")};
    QTest::newRow("service") << "service"
                             << QStringList{QStringLiteral("image"), QStringLiteral("ports"),
                                            QStringLiteral("env"), QStringLiteral("requires"),
                                            QStringLiteral("wants_info")};
    QTest::newRow("instance") << "instance"
                              << QStringList{
                                     QStringLiteral("ship"),        QStringLiteral("image"),
                                     QStringLiteral("command"),     QStringLiteral("ports"),
                                     QStringLiteral("env"),         QStringLiteral("volumes"),
                                     QStringLiteral("restart"),     QStringLiteral("dns"),
                                     QStringLiteral("extra_hosts"), QStringLiteral("ulimits"),
                                     QStringLiteral("labels"),      QStringLiteral("log_driver"),
                                     QStringLiteral("lifecycle")};
}

void tst_EditForms::accessibleNames()
{
    QFETCH(QString, form);
    QFETCH(QStringList, someKeys);
    Gui::EntityForm *shown = m_dock->instanceForm();
    if (form == QLatin1String("ship"))
        shown = m_dock->shipForm();
    else if (form == QLatin1String("service"))
        shown = m_dock->serviceForm();
    const QStringList keys = shown->keys();
    for (const QString &key : someKeys)
        QVERIFY2(keys.contains(key), qPrintable(key));
    for (const QString &key : keys) {
        int named = 0;
        for (const QWidget *widget : shown->findChildren<QWidget *>()) {
            if (widget->accessibleName() == key)
                ++named;
        }
        QVERIFY2(named == 1, qPrintable(key));
    }
}

void tst_EditForms::endToEnd_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("column"); // -1: a scalar field
    QTest::addColumn<QString>("rowKey");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("instance port") << "instance"
                                   << "web-1"
                                   << "ports" << 2 << "http"
                                   << "18081"
                                   << "          http: \"80:18080\"   # host 18080\n"
                                   << "          http: \"80:18081\"   # host 18080\n";
    QTest::newRow("instance env") << "instance"
                                  << "web-1"
                                  << "env" << 1 << "GREETING"
                                  << "yes"
                                  << "          GREETING: hello\n"
                                  << "          GREETING: \"yes\"\n";
    QTest::newRow("env rename") << "instance"
                                << "web-1"
                                << "env" << 0 << "GREETING"
                                << "HELLO"
                                << "          GREETING: hello\n"
                                << "          HELLO: hello\n";
    QTest::newRow("restart no") << "instance"
                                << "web-1"
                                << "restart" << -1 << ""
                                << "no"
                                << "        restart: always\n"
                                << "        restart: \"no\"\n";
    QTest::newRow("service image") << "service"
                                   << "web"
                                   << "image" << -1 << ""
                                   << "nginx:1.27"
                                   << "    image: nginx:1.25   # pinned\n"
                                   << "    image: nginx:1.27   # pinned\n";
    QTest::newRow("ship ip") << "ship"
                             << "alpha"
                             << "ip" << -1 << ""
                             << "10.0.0.9"
                             << "    ip: 10.0.0.1   # the first host\n"
                             << "    ip: 10.0.0.9   # the first host\n";
    QTest::newRow("check max_wait") << "instance"
                                    << "web-1"
                                    << "lifecycle" << 3 << "#1"
                                    << "60"
                                    << "              max_wait: 30\n"
                                    << "              max_wait: 60\n";
    QTest::newRow("dns item") << "instance"
                              << "web-1"
                              << "dns" << 0 << ""
                              << "8.8.4.4"
                              << "        dns: [8.8.8.8]\n"
                              << "        dns: [8.8.4.4]\n";
}

void tst_EditForms::endToEnd()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, field);
    QFETCH(int, column);
    QFETCH(QString, rowKey);
    QFETCH(QString, text);
    QFETCH(QString, before);
    QFETCH(QString, after);

    Gui::EntityForm *form = nullptr;
    if (kind == QLatin1String("ship")) {
        m_dock->showShip(name);
        form = m_dock->shipForm();
    } else if (kind == QLatin1String("service")) {
        m_dock->showService(name);
        form = m_dock->serviceForm();
    } else {
        m_dock->showInstance(name);
        form = m_dock->instanceForm();
    }
    if (column < 0) {
        QWidget *editor = form->scalarField(field)->editor();
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            emit combo->textActivated(text);
        else
            commitLine(qobject_cast<QLineEdit *>(editor), text);
    } else {
        QAbstractItemModel *model = form->tableField(field)->model();
        const QModelIndex index = rowKey.isEmpty() ? model->index(0, column)
                                  : rowKey.startsWith(u'#')
                                      ? model->index(rowKey.mid(1).toInt(), column)
                                      : rowOf(model, rowKey, column);
        QVERIFY(model->setData(index, text));
    }
    QCOMPARE(m_requests.size(), 1);

    Core::LoadRequest load;
    load.file = m_file;
    const auto outcome = Core::planEdit(load, m_requests.first());
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QVERIFY(kFixture.contains(before));
    QString expected = kFixture;
    expected.replace(before, after);
    QCOMPARE(outcome->after.value(outcome->after.firstKey()), expected);
}

QTEST_MAIN(tst_EditForms)
#include "tst_editforms.moc"
