// SPDX-License-Identifier: GPL-3.0-or-later
// The loader's diagnostics reach the desktop user in the user's language: with the German
// translator that src/app/main.cpp installs, the Diagnostics panel's model shows German
// model-layer and YAML-layer messages; without a translator (the `maestro` CLI) they stay
// MaestroNG's English.
#include "core/model/environmentloader.h"
#include "models/diagnosticsmodel.h"
#include "models/instancestate.h"

#include <QTest>
#include <QTranslator>

using Maestro::Core::loadEnvironmentText;
using Maestro::Models::DiagnosticsModel;

namespace {

// The first diagnostic's message as the Diagnostics panel shows it.
QString firstMessage(const QString &document)
{
    const auto result
        = loadEnvironmentText(document, QStringLiteral("maestro.yaml"), QString(), {});
    DiagnosticsModel model;
    model.setDiagnostics(result.diagnostics);
    if (model.rowCount() == 0)
        return {};
    return model.index(0, DiagnosticsModel::MessageColumn).data().toString();
}

} // namespace

class tst_DiagnosticsTranslation : public QObject
{
    Q_OBJECT

private slots:
    void message_data();
    void message();
    void instanceStates();
};

void tst_DiagnosticsTranslation::message_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");

    QTest::newRow("model: service is not a mapping")
        << QStringLiteral("name: demo\n"
                          "ships:\n"
                          "  s1: {ip: 127.0.0.1}\n"
                          "services:\n"
                          "  web: 42\n")
        << QStringLiteral("service web must be a mapping with image and instances")
        << QStringLiteral("Dienst web muss ein Mapping mit image und instances sein");
    QTest::newRow("yaml: duplicate key")
        << QStringLiteral("name: demo\n"
                          "name: again\n")
        << QStringLiteral("found duplicate key (name); first defined at maestro.yaml:1:1")
        << QStringLiteral(
               "doppelter Schlüssel (name) gefunden; zuerst definiert bei maestro.yaml:1:1");
}

void tst_DiagnosticsTranslation::message()
{
    QFETCH(QString, document);
    QFETCH(QString, english);
    QFETCH(QString, german);

    QCOMPARE(firstMessage(document), english);

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/maestro-desktop_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString translated = firstMessage(document);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, german);

    QCOMPARE(firstMessage(document), english);
}

// The tree's states in German: `down` (no container) must not read like `exited` (beendet), as
// "gestoppt" did; a failed check on a running container is said in the state as well.
void tst_DiagnosticsTranslation::instanceStates()
{
    using Maestro::Models::InstanceState;
    InstanceState down;
    down.status = InstanceState::Status::Down;
    InstanceState exited;
    exited.status = InstanceState::Status::Exited;
    exited.exitCode = 137;
    InstanceState unhealthy;
    unhealthy.status = InstanceState::Status::Running;
    unhealthy.check = InstanceState::Check::Failed;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/maestro-desktop_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString downText = down.statusText(now);
    const QString exitedText = exited.statusText(now);
    const QString unhealthyText = unhealthy.statusText(now);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(downText, QStringLiteral("kein Container"));
    QCOMPARE(exitedText, QStringLiteral("beendet (137)"));
    QCOMPARE(unhealthyText, QStringLiteral("läuft, Prüfung fehlgeschlagen"));
}

QTEST_GUILESS_MAIN(tst_DiagnosticsTranslation)
#include "tst_diagnosticstranslation.moc"
