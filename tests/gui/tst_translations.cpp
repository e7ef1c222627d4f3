// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation is complete and its placeholders match the source: lupdate runs over
// the same sources as `update_translations` (src/gui/CMakeLists.txt) into a copy of
// translations/maestro-desktop_de.ts, and every message must come out finished.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList forms; // the translation, or its numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    // "unfinished", "vanished" and "obsolete" all mean: not shown to users.
                    m.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.forms.append(xml.readElementText());
                    } else {
                        m.forms.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString describe(const Message &m)
{
    return QStringLiteral("  [%1] \"%2\"").arg(m.context, m.source);
}

// %1..%99 (also %L1) and %n, as QString::arg() and tr() replace them.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

// Accelerator markers: "&x", not "&&" (a literal ampersand) nor an entity such as "&nbsp;".
int accelerators(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&[A-Za-z0-9#]+;"));
    text.remove(entity);
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression marker(QStringLiteral("&\\S"));
    int count = 0;
    for (auto it = marker.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(MAESTRO_TRANSLATIONS_DIR "/maestro-desktop_%1.ts").arg(language);
}

// Runs lupdate over the application's sources into a copy of the `language` file in `dir`
// and returns the copy's path; sets `error` when lupdate fails or warns.
QString updatedCopy(const QString &language, const QTemporaryDir &dir, QString *error)
{
    const QString copy = dir.filePath(QFileInfo(tsPath(language)).fileName());
    if (!QFile::copy(tsPath(language), copy)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(tsPath(language), copy);
        return {};
    }
    QFile argumentFile(QStringLiteral(MAESTRO_LUPDATE_ARGUMENTS));
    if (!argumentFile.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = argumentFile.fileName() + QStringLiteral(": ") + argumentFile.errorString();
        return {};
    }
    QStringList arguments
        = QString::fromUtf8(argumentFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    arguments << QStringLiteral("-ts") << copy;

    QProcess lupdate;
    lupdate.start(QStringLiteral(MAESTRO_LUPDATE), arguments);
    const bool ran = lupdate.waitForFinished(120000) && lupdate.exitStatus() == QProcess::NormalExit
                     && lupdate.exitCode() == 0;
    const QString warnings = QString::fromLocal8Bit(lupdate.readAllStandardError()).trimmed();
    if (!ran)
        *error = QStringLiteral("lupdate failed: %1\n%2").arg(lupdate.errorString(), warnings);
    // A warning such as "Qualifying with unknown namespace/class" means lupdate filed the
    // messages of that function under a context the program never asks for.
    else if (!warnings.isEmpty())
        *error = QStringLiteral("lupdate warned:\n") + warnings;
    return copy;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanIsComplete();
    void placeholdersMatch_data();
    void placeholdersMatch();
    void englishHasPluralForms();
};

void TestTranslations::germanIsComplete()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString copy = updatedCopy(QStringLiteral("de"), dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList untranslated;
    for (const Message &m : messages) {
        if (!m.finished || m.forms.isEmpty() || m.forms.contains(QString()))
            untranslated.append(describe(m));
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 message(s) without a finished German translation "
                                       "(run update_translations and translate them; see "
                                       "translations/README.md):\n%2")
                            .arg(untranslated.size())
                            .arg(untranslated.join(QLatin1Char('\n')))));
}

void TestTranslations::placeholdersMatch_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("en") << QStringLiteral("en");
}

// Every finished translation keeps the source's %1.. and %n and its accelerator; numerus
// messages have both forms (German and English have two).
void TestTranslations::placeholdersMatch()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const Message &m : messages) {
        if (!m.finished)
            continue;
        if (m.numerus && m.forms.size() != 2)
            wrong.append(describe(m) + QStringLiteral(": %1 numerus forms").arg(m.forms.size()));
        for (const QString &form : m.forms) {
            if (placeholders(form) != placeholders(m.source))
                wrong.append(describe(m) + QStringLiteral(": placeholders of \"%1\"").arg(form));
            if (accelerators(form) != accelerators(m.source))
                wrong.append(describe(m) + QStringLiteral(": accelerator of \"%1\"").arg(form));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

// English needs a translation only for its plural forms; everything else falls back to the
// source text.
void TestTranslations::englishHasPluralForms()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString copy = updatedCopy(QStringLiteral("en"), dir, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    int numerus = 0;
    for (const Message &m : messages) {
        if (!m.numerus)
            continue;
        ++numerus;
        if (!m.finished || m.forms.size() != 2 || m.forms.contains(QString()))
            missing.append(describe(m));
    }
    QVERIFY(numerus > 0);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 plural message(s) without both English forms:\n%2")
                            .arg(missing.size())
                            .arg(missing.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
