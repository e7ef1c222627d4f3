// SPDX-License-Identifier: GPL-3.0-or-later
#include "docker/logframedecoder.h"

#include "docker/tr.h"

#include <QCoreApplication>

namespace Maestro::Docker {

QList<OutputChunk> LogFrameDecoder::feed(QByteArrayView data)
{
    QList<OutputChunk> chunks;
    if (hasFailed() || data.isEmpty())
        return chunks;
    if (m_raw) {
        chunks.append({OutputStream::Stdout, data.toByteArray()});
        return chunks;
    }
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (m_remaining == 0) {
            const qsizetype need = 8 - m_header.size();
            const qsizetype n = std::min(need, data.size() - pos);
            m_header.append(data.sliced(pos, n));
            pos += n;
            if (m_header.size() < 8)
                break;
            const auto *h = reinterpret_cast<const uchar *>(m_header.constData());
            if (h[0] > 2 || h[1] != 0 || h[2] != 0 || h[3] != 0) {
                m_error = Tr::tr("malformed multiplexed output stream");
                return chunks;
            }
            m_stream = static_cast<OutputStream>(h[0]);
            m_remaining = (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8)
                          | quint32(h[7]);
            m_header.clear();
            continue;
        }
        const qsizetype n = std::min<qsizetype>(m_remaining, data.size() - pos);
        if (!chunks.isEmpty() && chunks.last().stream == m_stream
            && chunks.last().data.size() < 64 * 1024)
            chunks.last().data.append(data.sliced(pos, n));
        else
            chunks.append({m_stream, data.sliced(pos, n).toByteArray()});
        pos += n;
        m_remaining -= quint32(n);
    }
    return chunks;
}

bool LogFrameDecoder::finish()
{
    if (hasFailed())
        return false;
    if (m_remaining != 0 || !m_header.isEmpty()) {
        m_error = Tr::tr("output stream ended in the middle of a frame");
        return false;
    }
    return true;
}

} // namespace Maestro::Docker
