// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/jsonlinesplitter.h"

#include "docker/tr.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Maestro::Docker {

// Scans for the end of each top-level object by brace depth (outside strings), so objects
// do not depend on newlines and a newline inside a string cannot split one.
QList<QJsonObject> JsonLineSplitter::feed(QByteArrayView data)
{
    QList<QJsonObject> objects;
    if (hasFailed())
        return objects;
    m_buffer.append(data);
    qsizetype start = 0;
    for (qsizetype i = m_scanned; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (m_depth == 0) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                if (start == i)
                    start = i + 1;
                continue;
            }
            if (c != '{') {
                m_error = Tr::tr("malformed JSON stream: expected an object");
                return objects;
            }
            start = i;
            m_depth = 1;
            continue;
        }
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if (c == '}' || c == ']') {
            if (--m_depth == 0) {
                QJsonParseError error;
                const QJsonDocument doc
                    = QJsonDocument::fromJson(m_buffer.mid(start, i + 1 - start), &error);
                if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                    m_error = Tr::tr("malformed JSON stream: %1").arg(error.errorString());
                    return objects;
                }
                objects.append(doc.object());
                start = i + 1;
            }
        }
    }
    m_buffer.remove(0, start);
    m_scanned = m_buffer.size();
    if (m_buffer.size() > MaxObjectSize)
        m_error = Tr::tr("malformed JSON stream: object larger than %1 bytes").arg(MaxObjectSize);
    return objects;
}

bool JsonLineSplitter::finish()
{
    if (hasFailed())
        return false;
    if (!m_buffer.trimmed().isEmpty()) {
        m_error = Tr::tr("JSON stream ended in the middle of an object");
        return false;
    }
    return true;
}

} // namespace Maestro::Docker
