// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Maestro::Docker {

// Splits a streamed body of JSON objects (pull progress, events) into objects, however the
// bytes were cut by the transport (KW-18). Objects are separated by newlines, or simply
// follow each other (`}{`) as some daemon versions send them. Bounded: one object may not
// exceed MaxObjectSize. Not thread-safe.
class JsonLineSplitter
{
public:
    static constexpr qsizetype MaxObjectSize = 4 * 1024 * 1024;

    // Appends bytes and returns the objects completed by them. Stops at the first error.
    QList<QJsonObject> feed(QByteArrayView data);
    // End of the stream: trailing non-blank bytes are an incomplete object.
    bool finish();

    bool hasFailed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of m_buffer already scanned
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    QString m_error;
};

} // namespace Maestro::Docker
