// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatesource.h"
#include "templatetoken.h"

#include "core/result.h"

#include <vector>

namespace Maestro::Core {

// Splits a template into literal text, tags and expression tokens, applying Jinja2's
// lexical rules: whitespace control ({%- -%}, {{- -}}, {#- -#}), comments, {% raw %}
// blocks, and the single trailing newline that Jinja2 drops. Brackets are balanced
// while lexing so that `{{ {'a': {'b': 1}} }}` ends at the last `}}`.
class TemplateLexer
{
public:
    explicit TemplateLexer(const TemplateSource &source);

    Result<std::vector<TemplateToken>> tokenize();

private:
    enum class TagKind { Variable, Block, Comment, None };

    qsizetype findTag(qsizetype from, TagKind *kind) const;
    bool hasStripMarker(qsizetype tagStart) const;
    qsizetype rawTagEnd(qsizetype tagStart, QLatin1StringView word, bool *stripAfter) const;
    qsizetype skipWhitespace(qsizetype pos) const;
    qsizetype trimTrailingWhitespace(qsizetype begin, qsizetype end) const;
    void emitData(qsizetype begin, qsizetype end);

    Result<qsizetype> lexComment(qsizetype tagStart);
    Result<qsizetype> lexRaw(qsizetype bodyStart, qsizetype tagStart);
    Result<qsizetype> lexExpressionTag(qsizetype tagStart, TagKind kind);
    Result<qsizetype> lexString(qsizetype pos);
    Result<qsizetype> lexNumber(qsizetype pos);

    const TemplateSource &m_source;
    const QChar *m_text = nullptr;
    qsizetype m_end = 0; // the source length without the dropped trailing newline
    bool m_stripNextData = false;
    std::vector<TemplateToken> m_tokens;
};

} // namespace Maestro::Core
