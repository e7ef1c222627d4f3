// SPDX-License-Identifier: GPL-3.0-or-later
#include "loglineassembler.h"

namespace Maestro::Models {

void LogLineAssembler::reset(bool timestamps)
{
    m_timestamps = timestamps;
    m_pendingStdout.clear();
    m_pendingStderr.clear();
}

QByteArray &LogLineAssembler::pendingFor(Docker::OutputStream stream)
{
    return stream == Docker::OutputStream::Stderr ? m_pendingStderr : m_pendingStdout;
}

void LogLineAssembler::feed(const Docker::LogEntry &entry, QList<LogLine> &lines)
{
    QByteArray &pending = pendingFor(entry.stream);
    QByteArrayView rest(entry.data);
    while (!rest.isEmpty()) {
        const qsizetype newline = rest.indexOf('\n');
        const qsizetype room = maxLineBytes() - pending.size();
        // A chunk that fills the line exactly waits: a newline may come next.
        if (newline < 0 && rest.size() <= room) {
            pending.append(rest);
            return;
        }
        if (newline >= 0 && newline <= room) {
            pending.append(rest.first(newline));
            rest = rest.sliced(newline + 1);
        } else {
            // Cut before a UTF-8 continuation byte, so no character is split in two.
            qsizetype cut = room;
            while (cut > 0 && (quint8(rest.at(cut)) & 0xC0) == 0x80)
                --cut;
            if (cut == 0)
                cut = room;
            pending.append(rest.first(cut));
            rest = rest.sliced(cut);
        }
        lines.append(makeLine(entry.stream, pending));
        pending.clear();
    }
}

void LogLineAssembler::flush(QList<LogLine> &lines)
{
    for (auto stream : {Docker::OutputStream::Stdout, Docker::OutputStream::Stderr}) {
        QByteArray &pending = pendingFor(stream);
        if (!pending.isEmpty())
            lines.append(makeLine(stream, pending));
        pending.clear();
    }
}

LogLine LogLineAssembler::makeLine(Docker::OutputStream stream, QByteArrayView bytes) const
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    LogLine line;
    line.stream = stream;
    if (m_timestamps) {
        // "2026-11-24T17:51:43.123456789Z text": Qt parses the fraction's first digits.
        const qsizetype space = bytes.indexOf(' ');
        const QByteArrayView stamp = space < 0 ? bytes : bytes.first(space);
        line.timestamp = QDateTime::fromString(QString::fromLatin1(stamp), Qt::ISODateWithMs);
        if (line.timestamp.isValid())
            bytes = space < 0 ? QByteArrayView() : bytes.sliced(space + 1);
    }
    line.text = QString::fromUtf8(bytes);
    return line;
}

} // namespace Maestro::Models
