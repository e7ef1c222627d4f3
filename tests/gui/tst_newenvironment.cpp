// SPDX-License-Identifier: GPL-3.0-or-later
// File > New: Docker daemons found as the `docker` command finds them (a local socket,
// DOCKER_HOST, contexts under $DOCKER_CONFIG), the file written for each kind of ship, and
// the dialog's connection test. With MDT_ORCH_ENV (ctest tst_newenvironment_daemon) the test
// reaches orchships.sh's real daemon through a context; without it, a socket nobody serves.
#include "core/model/environmentloader.h"
#include "docker/daemondiscovery.h"
#include "gui/newenv/newenvironmentdialog.h"
#include "gui/newenv/newenvironmenttext.h"
#include "gui/ships/connectiontestdialog.h"
#include "orchestration/ships/shipsettings.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Maestro;
using namespace Qt::StringLiterals;
using Docker::DiscoveredDaemon;

class tst_NewEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void findsLocalSocketDockerHostAndContexts();
    void contextTlsMaterialAndSkipVerify();
    void brokenContextsAreNamedNotOffered();
    void dockerHostWithCertPath();
    void writtenFileLoadsToTheShip_data();
    void writtenFileLoadsToTheShip();
    void dialogWritesTheFileAndNeverOverwrites();
    void dialogWithoutDaemonsSaysSo();
    void connectionTestThroughAContext();

private:
    QString addContext(const QString &name, const QByteArray &metaJson, bool tls = false);
    Docker::DiscoveryInputs inputs() const;

    std::unique_ptr<QTemporaryDir> m_config;
};

void tst_NewEnvironment::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

// Docker files a context under the SHA-256 of its name; the digest is only a folder name.
QString tst_NewEnvironment::addContext(const QString &name, const QByteArray &metaJson, bool tls)
{
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QDir root(m_config->path());
    root.mkpath(u"contexts/meta/"_s + id);
    QFile meta(root.filePath(u"contexts/meta/%1/meta.json"_s.arg(id)));
    if (!meta.open(QIODevice::WriteOnly))
        return {};
    meta.write(metaJson);
    if (tls) {
        const QString tlsDir = u"contexts/tls/%1/docker"_s.arg(id);
        root.mkpath(tlsDir);
        for (const char *pem : {"ca.pem", "cert.pem", "key.pem"}) {
            QFile file(root.filePath(tlsDir + u'/' + QLatin1String(pem)));
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write("-----BEGIN TEST-----\n");
        }
        return root.filePath(tlsDir);
    }
    return id;
}

Docker::DiscoveryInputs tst_NewEnvironment::inputs() const
{
    Docker::DiscoveryInputs in;
    in.dockerConfigDir = m_config->path();
    return in;
}

static QByteArray meta(const char *name, const char *host, bool skipVerify = false)
{
    return QByteArray(R"({"Name":")") + name + R"(","Metadata":{},"Endpoints":{"docker":{"Host":")"
           + host + R"(","SkipTLSVerify":)" + (skipVerify ? "true" : "false") + "}}}";
}

void tst_NewEnvironment::findsLocalSocketDockerHostAndContexts()
{
    addContext(u"Zeta VM"_s, meta("Zeta VM", "ssh://alice@zeta.example:2222"));
    addContext(u"colima"_s, meta("colima", "unix:///home/u/.colima/default/docker.sock"));
    QFile socket(m_config->filePath(u"docker.sock"_s));
    QVERIFY(socket.open(QIODevice::WriteOnly));
    Docker::DiscoveryInputs in = inputs();
    in.localSockets = {m_config->filePath(u"missing.sock"_s), socket.fileName()};
    in.dockerHost = u"tcp://10.1.2.3:2375"_s;

    const Docker::DiscoveryResult found = Docker::discoverDaemons(in);
    QVERIFY2(found.problems.isEmpty(), qPrintable(found.problems.join(u'\n')));
    QCOMPARE(found.daemons.size(), 4);
    QCOMPARE(found.daemons.at(0).source, DiscoveredDaemon::Source::LocalSocket);
    QCOMPARE(found.daemons.at(0).settings.socketPath, socket.fileName());
    QCOMPARE(found.daemons.at(1).source, DiscoveredDaemon::Source::DockerHost);
    QCOMPARE(found.daemons.at(1).settings.endpoint, u"10.1.2.3"_s);
    QCOMPARE(found.daemons.at(1).settings.effectiveDockerPort(), 2375);
    QCOMPARE(found.daemons.at(1).suggestedShip, u"10-1-2-3"_s);
    // Contexts by name, whatever their digests' order.
    QCOMPARE(found.daemons.at(2).contextName, u"Zeta VM"_s);
    QCOMPARE(found.daemons.at(2).suggestedShip, u"zeta-vm"_s);
    QVERIFY(found.daemons.at(2).settings.sshTunnel.has_value());
    QCOMPARE(found.daemons.at(2).settings.sshTunnel->user, u"alice"_s);
    QCOMPARE(found.daemons.at(2).settings.sshTunnel->port, 2222);
    QCOMPARE(found.daemons.at(2).settings.sshTunnel->socketPath, u"/var/run/docker.sock"_s);
    QCOMPARE(found.daemons.at(2).settings.endpoint, u"zeta.example"_s);
    QCOMPARE(found.daemons.at(3).contextName, u"colima"_s);
    QCOMPARE(found.daemons.at(3).settings.socketPath, u"/home/u/.colima/default/docker.sock"_s);
}

void tst_NewEnvironment::contextTlsMaterialAndSkipVerify()
{
    const QString verified = addContext(u"prod"_s, meta("prod", "tcp://prod.example:2376"), true);
    const QString unverified
        = addContext(u"lab"_s, meta("lab", "tcp://lab.example:2376", true), true);
    const auto found = Docker::discoverDaemons(inputs());
    QCOMPARE(found.daemons.size(), 2);
    const auto &lab = found.daemons.at(0).settings;
    QVERIFY(lab.tls);
    QVERIFY(!lab.tlsVerify);
    QVERIFY(lab.tlsCaCert.isEmpty());
    QCOMPARE(lab.tlsCert, unverified + u"/cert.pem"_s);
    const auto &prod = found.daemons.at(1).settings;
    QVERIFY(prod.tls);
    QVERIFY(prod.tlsVerify);
    QCOMPARE(prod.tlsCaCert, verified + u"/ca.pem"_s);
    QCOMPARE(prod.tlsKey, verified + u"/key.pem"_s);
    QCOMPARE(prod.effectiveDockerPort(), 2376);
}

void tst_NewEnvironment::brokenContextsAreNamedNotOffered()
{
    const QString broken = addContext(u"broken"_s, "{not json");
    addContext(u"npipe"_s, meta("npipe", "npipe:////./pipe/docker_engine"));
    addContext(u"nohost"_s, R"({"Name":"nohost","Endpoints":{}})");
    addContext(u"good"_s, meta("good", "unix:///run/user/1000/docker.sock"));
    const auto found = Docker::discoverDaemons(inputs());
    QCOMPARE(found.daemons.size(), 1);
    QCOMPARE(found.daemons.at(0).contextName, u"good"_s);
    QCOMPARE(found.problems.size(), 3);
    const QString all = found.problems.join(u'\n');
    QVERIFY2(all.contains(broken + u"/meta.json"_s), qPrintable(all));
    QVERIFY2(all.contains(u"npipe"_s) && all.contains(u"not supported"_s), qPrintable(all));
    QVERIFY2(all.contains(u"needs a Name and a docker endpoint Host"_s), qPrintable(all));
}

void tst_NewEnvironment::dockerHostWithCertPath()
{
    QTemporaryDir certs;
    for (const char *pem : {"ca.pem", "cert.pem", "key.pem"}) {
        QFile file(certs.filePath(QLatin1String(pem)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    Docker::DiscoveryInputs in = inputs();
    in.dockerHost = u"tcp://docker.example:2376"_s;
    in.dockerTlsVerify = true;
    in.dockerCertPath = certs.path();
    const auto found = Docker::discoverDaemons(in);
    QCOMPARE(found.daemons.size(), 1);
    const auto &settings = found.daemons.at(0).settings;
    QVERIFY(settings.tls && settings.tlsVerify);
    QCOMPARE(settings.tlsCaCert, certs.filePath(u"ca.pem"_s));

    in.dockerHost = u"ssh://docker.example"_s; // no user: not something we can reach
    const auto refused = Docker::discoverDaemons(in);
    QVERIFY(refused.daemons.isEmpty());
    QVERIFY2(refused.problems.value(0).startsWith(u"DOCKER_HOST: "_s),
             qPrintable(refused.problems.value(0)));
}

void tst_NewEnvironment::writtenFileLoadsToTheShip_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("daemonUrl"); // the loaded ship's endpoint, as messages name it
    // A socket path with no symlink in it: the loader resolves those (spec 5.1), and on a
    // machine running Docker /var/run/docker.sock resolves to /run/docker.sock.
    QTest::newRow("unix") << u"unix:///mdt-nowhere/docker.sock"_s << false
                          << u"unix:///mdt-nowhere/docker.sock"_s;
    QTest::newRow("tcp") << u"tcp://10.0.0.7:2375"_s << false << u"http://10.0.0.7:2375"_s;
    QTest::newRow("tls") << u"tcp://vm.example:2376"_s << true << u"https://vm.example:2376"_s;
    QTest::newRow("ssh") << u"ssh://bob@vm.example:2200"_s << false
                         << u"ssh://bob@vm.example:2200 -> /var/run/docker.sock"_s;
}

void tst_NewEnvironment::writtenFileLoadsToTheShip()
{
    QFETCH(QString, host);
    QFETCH(bool, tls);
    QFETCH(QString, daemonUrl);
    addContext(u"ctx"_s, meta("ctx", host.toUtf8()), tls);
    const auto found = Docker::discoverDaemons(inputs());
    QCOMPARE(found.daemons.size(), 1);
    // A name YAML would read as a boolean stays a string.
    const QString text = Gui::newEnvironmentText(u"yes"_s, u"vm1"_s, found.daemons.at(0).settings);
    QVERIFY2(text.endsWith(u"\nservices: {}\n"_s), qPrintable(text));

    const QString file = m_config->filePath(u"maestro.yaml"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    Core::LoadRequest request;
    request.file = file;
    const Core::LoadResult loaded = Core::loadEnvironment(request);
    QVERIFY2(loaded.environment, qPrintable(text + loaded.diagnostics.value(0).message));
    QCOMPARE(loaded.environment->nameText(), u"yes"_s);
    QCOMPARE(loaded.environment->ships.size(), 1);
    QCOMPARE(loaded.environment->ships.at(0).name, u"vm1"_s);
    QCOMPARE(Orchestration::connectionSettingsFor(loaded.environment->ships.at(0), m_config->path())
                 .endpointDescription(),
             daemonUrl);
}

void tst_NewEnvironment::dialogWritesTheFileAndNeverOverwrites()
{
    addContext(u"colima"_s, meta("colima", "unix:///tmp/colima.sock"));
    QTemporaryDir project;
    Gui::NewEnvironmentDialog dialog(Docker::discoverDaemons(inputs()), project.path());
    QCOMPARE(dialog.daemonChoice()->count(), 1);
    QVERIFY(dialog.daemonChoice()->currentText().contains(u"colima"_s));
    QCOMPARE(dialog.shipNameEdit()->text(), u"colima"_s);
    QCOMPARE(dialog.fileEdit()->text(), project.filePath(u"maestro.yaml"_s));
    QCOMPARE(dialog.environmentNameEdit()->accessibleName(), u"name"_s);
    QCOMPARE(dialog.shipNameEdit()->accessibleName(), u"ship"_s);

    dialog.shipNameEdit()->setText(QString());
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(!dialog.problemLabel()->text().isEmpty());
    dialog.shipNameEdit()->setText(u"dev"_s);
    dialog.environmentNameEdit()->setText(u"demo"_s);
    QVERIFY(dialog.createButton()->isEnabled());
    QTest::mouseClick(dialog.createButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QFile written(dialog.fileName());
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QCOMPARE(bytes,
             "# A MaestroNG environment: the ships (Docker hosts), then the services and their\n"
             "# instances (containers). Made by maestro-desktop: edit it here or in its forms.\n"
             "\n"
             "name: demo\n"
             "\n"
             "ships:\n"
             "  dev:\n"
             "    ip: 127.0.0.1\n"
             "    socket_path: /tmp/colima.sock\n"
             "\n"
             "services: {}\n");

    // A second dialog on the same folder refuses to write over the file.
    Gui::NewEnvironmentDialog again(Docker::discoverDaemons(inputs()), project.path());
    QVERIFY(!again.createButton()->isEnabled());
    QVERIFY(again.problemLabel()->text().contains(u"already exists"_s));
    QVERIFY(!again.create());
    QVERIFY(written.seek(0));
    QCOMPARE(written.readAll(), bytes);
}

void tst_NewEnvironment::dialogWithoutDaemonsSaysSo()
{
    QTemporaryDir project;
    Gui::NewEnvironmentDialog dialog(Docker::DiscoveryResult{}, project.path());
    QCOMPARE(dialog.daemonChoice()->count(), 0);
    QVERIFY(!dialog.createButton()->isEnabled());
    QVERIFY(!dialog.testButton()->isEnabled());
    bool said = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        said = said || label->text().startsWith(u"No Docker daemon found"_s);
    QVERIFY(said);
}

// The ships panel's test, for the chosen daemon: passes against orchships.sh's dockerd
// (ctest tst_newenvironment_daemon), fails naming the socket when nobody serves it.
void tst_NewEnvironment::connectionTestThroughAContext()
{
    QString socket = m_config->filePath(u"nobody.sock"_s);
    const QString orchEnv = qEnvironmentVariable("MDT_ORCH_ENV");
    if (!orchEnv.isEmpty()) {
        QFile env(orchEnv);
        QVERIFY2(env.open(QIODevice::ReadOnly), qPrintable(orchEnv));
        for (const QByteArray &line : env.readAll().split('\n'))
            if (line.startsWith("MDT_ORCH1_SOCKET="))
                socket = QString::fromUtf8(line.mid(17));
    }
    addContext(u"orch"_s, meta("orch", ("unix://" + socket).toUtf8()));
    QTemporaryDir project;
    Gui::NewEnvironmentDialog dialog(Docker::discoverDaemons(inputs()), project.path());
    QSignalSpy opened(&dialog, &Gui::NewEnvironmentDialog::connectionTestOpened);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    auto *test = qobject_cast<Gui::ConnectionTestDialog *>(opened.at(0).at(0).value<QDialog *>());
    QVERIFY(test);
    QCOMPARE(test->settings().socketPath, socket);
    QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning() && !test->steps().isEmpty(), 15000);
    const auto steps = test->steps();
    const bool passed = std::all_of(steps.begin(), steps.end(), [](const auto &step) {
        return step.outcome == Docker::ConnectionCheckStep::Outcome::Passed;
    });
    QCOMPARE(passed, !orchEnv.isEmpty());
}

QTEST_MAIN(tst_NewEnvironment)
#include "tst_newenvironment.moc"
