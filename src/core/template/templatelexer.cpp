// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatelexer.h"

#include "templateerror.h"

namespace Maestro::Core {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')
           || c == QLatin1Char('\r') || c == QLatin1Char('\f') || c == QLatin1Char('\v');
}

bool isNameStart(QChar c)
{
    return c == QLatin1Char('_') || c.isLetter();
}

bool isNamePart(QChar c)
{
    return c == QLatin1Char('_') || c.isLetterOrNumber();
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

int hexValue(QChar c)
{
    if (isDigit(c))
        return c.unicode() - '0';
    if (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        return c.unicode() - 'a' + 10;
    if (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
        return c.unicode() - 'A' + 10;
    return -1;
}

QChar closerOf(QChar opener)
{
    if (opener == QLatin1Char('('))
        return QLatin1Char(')');
    if (opener == QLatin1Char('['))
        return QLatin1Char(']');
    return QLatin1Char('}');
}

} // namespace

TemplateLexer::TemplateLexer(const TemplateSource &source)
    : m_source(source)
    , m_text(source.text().constData())
    , m_end(source.text().size())
{
    // Jinja2 (keep_trailing_newline off) drops one trailing line break of the source.
    if (m_end > 0
        && (m_text[m_end - 1] == QLatin1Char('\n') || m_text[m_end - 1] == QLatin1Char('\r')))
        --m_end;
    if (m_end > 0 && m_end < source.text().size() && m_text[m_end] == QLatin1Char('\n')
        && m_text[m_end - 1] == QLatin1Char('\r'))
        --m_end;
}

Result<std::vector<TemplateToken>> TemplateLexer::tokenize()
{
    qsizetype pos = 0;
    while (true) {
        TagKind kind = TagKind::None;
        const qsizetype tag = findTag(pos, &kind);
        qsizetype dataBegin = pos;
        if (m_stripNextData) {
            dataBegin = std::min(skipWhitespace(pos), tag);
            m_stripNextData = false;
        }
        qsizetype dataEnd = tag;
        if (kind != TagKind::None && hasStripMarker(tag))
            dataEnd = trimTrailingWhitespace(dataBegin, tag);
        emitData(dataBegin, dataEnd);
        if (kind == TagKind::None)
            break;

        Result<qsizetype> next = qsizetype(0);
        bool stripAfterRaw = false;
        if (kind == TagKind::Comment) {
            next = lexComment(tag);
        } else if (kind == TagKind::Block) {
            const qsizetype rawEnd = rawTagEnd(tag, QLatin1StringView("raw"), &stripAfterRaw);
            if (rawEnd >= 0) {
                const qsizetype body = stripAfterRaw ? skipWhitespace(rawEnd) : rawEnd;
                next = lexRaw(body, tag);
            } else {
                next = lexExpressionTag(tag, kind);
            }
        } else {
            next = lexExpressionTag(tag, kind);
        }
        if (!next)
            return next.error();
        pos = next.value();
    }
    TemplateToken end;
    end.kind = TemplateToken::Kind::End;
    end.offset = m_end;
    m_tokens.push_back(end);
    return std::move(m_tokens);
}

qsizetype TemplateLexer::findTag(qsizetype from, TagKind *kind) const
{
    for (qsizetype i = from; i + 1 < m_end; ++i) {
        if (m_text[i] != QLatin1Char('{'))
            continue;
        const QChar next = m_text[i + 1];
        if (next == QLatin1Char('{')) {
            *kind = TagKind::Variable;
            return i;
        }
        if (next == QLatin1Char('%')) {
            *kind = TagKind::Block;
            return i;
        }
        if (next == QLatin1Char('#')) {
            *kind = TagKind::Comment;
            return i;
        }
    }
    *kind = TagKind::None;
    return m_end;
}

bool TemplateLexer::hasStripMarker(qsizetype tagStart) const
{
    return tagStart + 2 < m_end && m_text[tagStart + 2] == QLatin1Char('-');
}

// Matches `{%[-+] <word> [-+]%}` at tagStart; returns the offset after it or -1.
qsizetype TemplateLexer::rawTagEnd(qsizetype tagStart, QLatin1StringView word,
                                   bool *stripAfter) const
{
    qsizetype p = tagStart + 2;
    if (p < m_end && (m_text[p] == QLatin1Char('-') || m_text[p] == QLatin1Char('+')))
        ++p;
    p = skipWhitespace(p);
    if (QStringView(m_text + p, std::max<qsizetype>(0, std::min(m_end - p, word.size()))) != word)
        return -1;
    p += word.size();
    if (p < m_end && isNamePart(m_text[p]))
        return -1;
    p = skipWhitespace(p);
    *stripAfter = false;
    if (p < m_end && (m_text[p] == QLatin1Char('-') || m_text[p] == QLatin1Char('+'))) {
        *stripAfter = m_text[p] == QLatin1Char('-');
        ++p;
    }
    if (p + 1 < m_end && m_text[p] == QLatin1Char('%') && m_text[p + 1] == QLatin1Char('}'))
        return p + 2;
    return -1;
}

qsizetype TemplateLexer::skipWhitespace(qsizetype pos) const
{
    while (pos < m_end && isSpace(m_text[pos]))
        ++pos;
    return pos;
}

qsizetype TemplateLexer::trimTrailingWhitespace(qsizetype begin, qsizetype end) const
{
    while (end > begin && isSpace(m_text[end - 1]))
        --end;
    return end;
}

void TemplateLexer::emitData(qsizetype begin, qsizetype end)
{
    if (end <= begin)
        return;
    TemplateToken token;
    token.kind = TemplateToken::Kind::Data;
    token.offset = begin;
    token.length = end - begin;
    m_tokens.push_back(std::move(token));
}

Result<qsizetype> TemplateLexer::lexComment(qsizetype tagStart)
{
    for (qsizetype i = tagStart + 2; i + 1 < m_end; ++i) {
        if (m_text[i] == QLatin1Char('#') && m_text[i + 1] == QLatin1Char('}')) {
            m_stripNextData = i - 1 >= tagStart + 2 && m_text[i - 1] == QLatin1Char('-');
            return i + 2;
        }
    }
    return m_source.errorAt(tagStart, TemplateTr::tr("missing end of comment tag '#}'"));
}

Result<qsizetype> TemplateLexer::lexRaw(qsizetype bodyStart, qsizetype tagStart)
{
    for (qsizetype i = bodyStart; i + 1 < m_end; ++i) {
        if (m_text[i] != QLatin1Char('{') || m_text[i + 1] != QLatin1Char('%'))
            continue;
        bool stripAfter = false;
        const qsizetype end = rawTagEnd(i, QLatin1StringView("endraw"), &stripAfter);
        if (end < 0)
            continue;
        const qsizetype bodyEnd = hasStripMarker(i) ? trimTrailingWhitespace(bodyStart, i) : i;
        emitData(bodyStart, bodyEnd);
        m_stripNextData = stripAfter;
        return end;
    }
    return m_source.errorAt(tagStart, TemplateTr::tr("missing '{% endraw %}' for this raw block"));
}

Result<qsizetype> TemplateLexer::lexExpressionTag(qsizetype tagStart, TagKind kind)
{
    const bool isBlock = kind == TagKind::Block;
    const QChar closer = isBlock ? QLatin1Char('%') : QLatin1Char('}');

    TemplateToken begin;
    begin.kind = isBlock ? TemplateToken::Kind::BlockBegin : TemplateToken::Kind::VariableBegin;
    begin.offset = tagStart;
    begin.length = 2;
    qsizetype pos = tagStart + 2;
    if (pos < m_end
        && (m_text[pos] == QLatin1Char('-') || (isBlock && m_text[pos] == QLatin1Char('+')))) {
        ++pos;
        begin.length = 3;
    }
    m_tokens.push_back(begin);

    QString brackets; // open brackets, innermost last
    while (true) {
        pos = skipWhitespace(pos);
        if (pos >= m_end) {
            return m_source.errorAt(
                tagStart, isBlock ? TemplateTr::tr("unexpected end of template: missing '%}'")
                                  : TemplateTr::tr("unexpected end of template: missing '}}'"));
        }
        const QChar c = m_text[pos];
        if (brackets.isEmpty()) {
            qsizetype closeAt = -1;
            bool strip = false;
            if ((c == QLatin1Char('-') || (isBlock && c == QLatin1Char('+'))) && pos + 2 < m_end
                && m_text[pos + 1] == closer && m_text[pos + 2] == QLatin1Char('}')) {
                closeAt = pos + 1;
                strip = c == QLatin1Char('-');
            } else if (c == closer && pos + 1 < m_end && m_text[pos + 1] == QLatin1Char('}')) {
                closeAt = pos;
            }
            if (closeAt >= 0) {
                TemplateToken end;
                end.kind
                    = isBlock ? TemplateToken::Kind::BlockEnd : TemplateToken::Kind::VariableEnd;
                end.offset = pos;
                end.length = closeAt + 2 - pos;
                m_tokens.push_back(end);
                m_stripNextData = strip;
                return closeAt + 2;
            }
        }

        Result<qsizetype> next = pos;
        if (isNameStart(c)) {
            qsizetype p = pos + 1;
            while (p < m_end && isNamePart(m_text[p]))
                ++p;
            TemplateToken token;
            token.kind = TemplateToken::Kind::Name;
            token.offset = pos;
            token.length = p - pos;
            token.text = QString(m_text + pos, p - pos);
            m_tokens.push_back(std::move(token));
            next = p;
        } else if (isDigit(c)) {
            next = lexNumber(pos);
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            next = lexString(pos);
        } else {
            static const char *const twoChar[] = {"//", "**", "==", "!=", "<=", ">="};
            static const QLatin1StringView oneChar("+-*/%~<>=()[]{},.:|;");
            QString op;
            if (pos + 1 < m_end) {
                const QString pair(m_text + pos, 2);
                for (const char *candidate : twoChar) {
                    if (pair == QLatin1StringView(candidate))
                        op = pair;
                }
            }
            if (op.isEmpty() && oneChar.contains(c))
                op = c;
            if (op.isEmpty())
                return m_source.errorAt(pos, TemplateTr::tr("unexpected character '%1'").arg(c));
            if (op == QLatin1String("(") || op == QLatin1String("[") || op == QLatin1String("{")) {
                brackets.append(c);
            } else if (op == QLatin1String(")") || op == QLatin1String("]")
                       || op == QLatin1String("}")) {
                if (brackets.isEmpty())
                    return m_source.errorAt(pos, TemplateTr::tr("unexpected '%1'").arg(c));
                const QChar expected = closerOf(brackets.back());
                if (c != expected) {
                    return m_source.errorAt(
                        pos, TemplateTr::tr("unexpected '%1', expected '%2'").arg(c).arg(expected));
                }
                brackets.chop(1);
            }
            TemplateToken token;
            token.kind = TemplateToken::Kind::Operator;
            token.offset = pos;
            token.length = op.size();
            token.text = op;
            m_tokens.push_back(std::move(token));
            next = pos + op.size();
        }
        if (!next)
            return next.error();
        pos = next.value();
    }
}

Result<qsizetype> TemplateLexer::lexNumber(qsizetype pos)
{
    qsizetype p = pos;
    auto digits = [&] {
        while (p < m_end
               && (isDigit(m_text[p])
                   || (m_text[p] == QLatin1Char('_') && p + 1 < m_end && isDigit(m_text[p + 1]))))
            ++p;
    };
    digits();
    bool isFloat = false;
    if (p + 1 < m_end && m_text[p] == QLatin1Char('.') && isDigit(m_text[p + 1])) {
        isFloat = true;
        ++p;
        digits();
    }
    if (p < m_end && (m_text[p] == QLatin1Char('e') || m_text[p] == QLatin1Char('E'))) {
        qsizetype q = p + 1;
        if (q < m_end && (m_text[q] == QLatin1Char('+') || m_text[q] == QLatin1Char('-')))
            ++q;
        if (q < m_end && isDigit(m_text[q])) {
            isFloat = true;
            p = q;
            digits();
        }
    }
    QString literal(m_text + pos, p - pos);
    literal.remove(QLatin1Char('_'));
    TemplateToken token;
    token.offset = pos;
    token.length = p - pos;
    bool ok = false;
    if (isFloat) {
        token.kind = TemplateToken::Kind::Float;
        token.floating = literal.toDouble(&ok);
    } else {
        token.kind = TemplateToken::Kind::Integer;
        token.integer = literal.toLongLong(&ok);
    }
    if (!ok)
        return m_source.errorAt(pos, TemplateTr::tr("number %1 is out of range").arg(literal));
    m_tokens.push_back(std::move(token));
    return p;
}

Result<qsizetype> TemplateLexer::lexString(qsizetype pos)
{
    const QChar quote = m_text[pos];
    QString value;
    qsizetype p = pos + 1;
    while (p < m_end && m_text[p] != quote) {
        const QChar c = m_text[p];
        if (c != QLatin1Char('\\') || p + 1 >= m_end) {
            value += c;
            ++p;
            continue;
        }
        const QChar e = m_text[p + 1];
        p += 2;
        switch (e.unicode()) {
        case '\\':
            value += QLatin1Char('\\');
            break;
        case '\'':
            value += QLatin1Char('\'');
            break;
        case '"':
            value += QLatin1Char('"');
            break;
        case 'a':
            value += QChar(7);
            break;
        case 'b':
            value += QChar(8);
            break;
        case 'f':
            value += QChar(12);
            break;
        case 'n':
            value += QLatin1Char('\n');
            break;
        case 'r':
            value += QLatin1Char('\r');
            break;
        case 't':
            value += QLatin1Char('\t');
            break;
        case 'v':
            value += QChar(11);
            break;
        case '\n':
            break; // a backslash before a line break continues the string
        case 'x':
        case 'u':
        case 'U': {
            const int width = e == QLatin1Char('x') ? 2 : e == QLatin1Char('u') ? 4 : 8;
            char32_t code = 0;
            for (int i = 0; i < width; ++i) {
                const int digit = p + i < m_end ? hexValue(m_text[p + i]) : -1;
                if (digit < 0) {
                    return m_source.errorAt(
                        p - 2, TemplateTr::tr("truncated \\%1 escape in string").arg(e));
                }
                code = code * 16 + char32_t(digit);
            }
            if (code > 0x10FFFF)
                return m_source.errorAt(p - 2,
                                        TemplateTr::tr("invalid \\%1 escape in string").arg(e));
            value += QString::fromUcs4(&code, 1);
            p += width;
            break;
        }
        default:
            if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                int code = e.unicode() - '0';
                for (int i = 0; i < 2 && p < m_end && m_text[p] >= QLatin1Char('0')
                                && m_text[p] <= QLatin1Char('7');
                     ++i, ++p)
                    code = code * 8 + (m_text[p].unicode() - '0');
                value += QChar(code);
            } else {
                // Python keeps unknown escapes as written.
                value += QLatin1Char('\\');
                value += e;
            }
        }
    }
    if (p >= m_end)
        return m_source.errorAt(pos, TemplateTr::tr("unterminated string"));
    TemplateToken token;
    token.kind = TemplateToken::Kind::String;
    token.offset = pos;
    token.length = p + 1 - pos;
    token.text = std::move(value);
    m_tokens.push_back(std::move(token));
    return p + 1;
}

} // namespace Maestro::Core
