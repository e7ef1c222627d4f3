// SPDX-License-Identifier: GPL-3.0-or-later
// KnownHostsFile: trusting a host key edits known_hosts without losing anything else.
#include "docker/connectioncheck.h"
#include "docker/knownhostsfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Maestro::Docker;
using namespace Qt::StringLiterals;

namespace {
// Made with `ssh-keygen -H`: the first names "[10.1.2.3]:2222", the second "plain.example".
constexpr auto HashedIp = "|1|1hUkkbHIXRISd0yV7PLgJNcEGz0=|olsd590vvm6dmGpUjxCsBQA5mmA=";
constexpr auto HashedPlain = "|1|Rq2mL4DOzsrWrzi0HXelHjHibDc=|RHC8+2rDS2Edoqepvt3iXkwz7HU=";
constexpr auto OldKey
    = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICdYM7sAHQ7G1mTbHeHd7HzqTIS9K7kYzG4aY/P34FZQ";

HostKeyProblem newKey(const QString &host, int port, bool changed)
{
    HostKeyProblem key;
    key.host = host;
    key.port = port;
    key.keyType = u"ssh-ed25519"_s;
    key.fingerprintSha256 = u"SHA256:unused"_s;
    key.publicKeyBase64 = "AAAAC3NzaC1lZDI1NTE5AAAAINEWKEYNEWKEYNEWKEYNEWKEYNEWKEYNEWKEYNEWKEYN";
    key.changed = changed;
    return key;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}
} // namespace

class TestKnownHostsFile : public QObject
{
    Q_OBJECT
private slots:
    void hashedPatterns_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<bool>("names");
        QTest::newRow("hashed ip:port") << QByteArray(HashedIp) << "[10.1.2.3]:2222"_ba << true;
        QTest::newRow("hashed, other port") << QByteArray(HashedIp) << "[10.1.2.3]:22"_ba << false;
        QTest::newRow("hashed name") << QByteArray(HashedPlain) << "plain.example"_ba << true;
        QTest::newRow("hashed, other name")
            << QByteArray(HashedPlain) << "plain.exampl"_ba << false;
        QTest::newRow("plain") << "host.example"_ba
                               << "host.example"_ba << true;
        QTest::newRow("plain, other") << "host.example"_ba
                                      << "[host.example]:2222"_ba << false;
        QTest::newRow("broken hash") << "|1|abc"_ba
                                     << "abc"_ba << false;
    }
    void hashedPatterns()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, label);
        QFETCH(bool, names);
        QCOMPARE(KnownHostsFile::patternNames(pattern, label), names);
    }

    void newFileAndDirectoryAreCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/.ssh/known_hosts"_s);
        const auto r = trustHostKey(newKey(u"10.1.2.3"_s, 2222, false), path);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(readAll(path), QByteArray("[10.1.2.3]:2222 ssh-ed25519 "
                                           + newKey({}, 22, false).publicKeyBase64 + '\n'));
    }

    void unknownKeyIsAppendedAndNothingElseChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"known_hosts"_s);
        const QByteArray before = "# my hosts\n@cert-authority *.corp " + QByteArray(OldKey)
                                  + "\nother.example " + OldKey + "\n";
        write(path, before);
        QVERIFY(trustHostKey(newKey(u"port22.example"_s, 22, false), path).ok());
        QCOMPARE(readAll(path), before + "port22.example ssh-ed25519 "
                                    + newKey({}, 22, false).publicKeyBase64 + '\n');
    }

    // A changed key replaces every old entry of that host, hashed or plain, and only its name
    // on a line that lists several hosts.
    void changedKeyReplacesOnlyThatHost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"known_hosts"_s);
        const QByteArray old(OldKey);
        write(path, "# comment [10.1.2.3]:2222\n" + QByteArray(HashedIp) + ' ' + old + '\n'
                        + QByteArray(HashedPlain) + ' ' + old + '\n'
                        + "alias.example,[10.1.2.3]:2222,other.example " + old + '\n'
                        + "[10.1.2.3]:2222 " + old + '\n' + "[10.1.2.3]:2223 "
                        + old); // no final newline
        QVERIFY(trustHostKey(newKey(u"10.1.2.3"_s, 2222, true), path).ok());
        QCOMPARE(readAll(path), "# comment [10.1.2.3]:2222\n" + QByteArray(HashedPlain) + ' ' + old
                                    + '\n' + "alias.example,other.example " + old + '\n'
                                    + "[10.1.2.3]:2223 " + old + '\n'
                                    + "[10.1.2.3]:2222 ssh-ed25519 "
                                    + newKey({}, 22, false).publicKeyBase64 + '\n');
    }

    void unwritableFileIsAnErrorNamingIt()
    {
        QTemporaryDir dir;
        // A directory where the file should be: neither readable as a file nor replaceable.
        const QString path = dir.filePath(u"known_hosts"_s);
        QVERIFY(QDir().mkpath(path + u"/x"_s));
        const auto r = trustHostKey(newKey(u"h"_s, 22, false), path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestKnownHostsFile)
#include "tst_knownhostsfile.moc"
