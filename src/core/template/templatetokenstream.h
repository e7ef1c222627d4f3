// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templatesource.h"
#include "templatetoken.h"

#include "core/result.h"

#include <vector>

namespace Maestro::Core {

// A cursor over the tokens of one template, shared by the statement and expression
// parsers. The token list always ends with an End token, which the cursor never passes.
class TemplateTokenStream
{
public:
    TemplateTokenStream(const TemplateSource &source, const std::vector<TemplateToken> &tokens)
        : m_source(source)
        , m_tokens(tokens)
    {}

    const TemplateToken &current() const { return m_tokens[m_index]; }
    const TemplateToken &peek(size_t ahead = 1) const
    {
        return m_tokens[std::min(m_index + ahead, m_tokens.size() - 1)];
    }
    const TemplateToken &next()
    {
        const TemplateToken &token = m_tokens[m_index];
        if (m_index + 1 < m_tokens.size())
            ++m_index;
        return token;
    }
    bool skipOperator(QLatin1StringView op)
    {
        if (!current().isOperator(op))
            return false;
        next();
        return true;
    }
    bool skipName(QLatin1StringView name)
    {
        if (!current().isName(name))
            return false;
        next();
        return true;
    }

    // How the current token is named in messages: 'foo', '}}', end of template.
    QString describeCurrent() const
    {
        const TemplateToken &token = current();
        switch (token.kind) {
        case TemplateToken::Kind::End:
            return QStringLiteral("end of template");
        case TemplateToken::Kind::String:
            return QStringLiteral("string");
        case TemplateToken::Kind::Data:
            return QStringLiteral("text");
        case TemplateToken::Kind::Integer:
        case TemplateToken::Kind::Float:
            return QStringLiteral("number");
        default:
            return QLatin1Char('\'') + m_source.text().mid(token.offset, token.length)
                   + QLatin1Char('\'');
        }
    }

    const TemplateSource &source() const { return m_source; }
    Error errorAtCurrent(const QString &message) const
    {
        return m_source.errorAt(current().offset, message);
    }

private:
    const TemplateSource &m_source;
    const std::vector<TemplateToken> &m_tokens;
    size_t m_index = 0;
};

} // namespace Maestro::Core
