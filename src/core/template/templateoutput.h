// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sourcemap.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace Maestro::Core {

// The rendered text under construction, with its SourceMap segments: literal template
// text maps character by character (verbatim), the output of `{{ expr }}` maps to the
// expression. Consecutive literal text from one place of one file shares a segment.
// Output captured by `{% set x %}...{% endset %}` goes to a separate buffer and is not
// mapped. The total size is capped (TemplateLimits::maxOutputSize).
class TemplateOutput
{
public:
    explicit TemplateOutput(SourceMap *sourceMap);

    VoidResult appendVerbatim(int file, qsizetype sourceOffset, QStringView text);
    VoidResult appendComputed(int file, qsizetype sourceOffset, const QString &text);

    void beginCapture();
    QString endCapture();

    QString takeText();

private:
    VoidResult append(int file, qsizetype sourceOffset, QStringView text, bool verbatim);

    SourceMap *m_sourceMap;
    QString m_text;
    std::vector<QString> m_captures;
    qsizetype m_capturedSize = 0;
    // Where the current segment started, to know whether new text continues it.
    int m_segmentFile = -1;
    qsizetype m_segmentRendered = 0;
    qsizetype m_segmentSource = 0;
    bool m_segmentVerbatim = false;
};

} // namespace Maestro::Core
