// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateoutput.h"

#include "templateerror.h"
#include "templatelimits.h"

namespace Maestro::Core {

TemplateOutput::TemplateOutput(SourceMap *sourceMap)
    : m_sourceMap(sourceMap)
{}

VoidResult TemplateOutput::appendVerbatim(int file, qsizetype sourceOffset, QStringView text)
{
    return append(file, sourceOffset, text, true);
}

VoidResult TemplateOutput::appendComputed(int file, qsizetype sourceOffset, const QString &text)
{
    return append(file, sourceOffset, text, false);
}

VoidResult TemplateOutput::append(int file, qsizetype sourceOffset, QStringView text, bool verbatim)
{
    if (text.isEmpty())
        return Success{};
    if (m_text.size() + m_capturedSize + text.size() > TemplateLimits::maxOutputSize) {
        return templateError(TemplateTr::tr("the rendered text is larger than %1 characters")
                                 .arg(TemplateLimits::maxOutputSize));
    }
    if (!m_captures.empty()) {
        m_captures.back() += text;
        m_capturedSize += text.size();
        return Success{};
    }
    const qsizetype rendered = m_text.size();
    const bool continuesSegment
        = verbatim && m_segmentVerbatim && file == m_segmentFile
          && m_segmentSource + (rendered - m_segmentRendered) == sourceOffset;
    if (!continuesSegment) {
        m_sourceMap->addSegment(rendered, file, sourceOffset, verbatim);
        m_segmentFile = file;
        m_segmentRendered = rendered;
        m_segmentSource = sourceOffset;
        m_segmentVerbatim = verbatim;
    }
    m_text += text;
    return Success{};
}

void TemplateOutput::beginCapture()
{
    m_captures.emplace_back();
}

QString TemplateOutput::endCapture()
{
    QString captured = std::move(m_captures.back());
    m_captures.pop_back();
    m_capturedSize -= captured.size();
    return captured;
}

QString TemplateOutput::takeText()
{
    m_sourceMap->setRenderedText(m_text);
    return std::move(m_text);
}

} // namespace Maestro::Core
