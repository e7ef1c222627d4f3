// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetext.h"

namespace Maestro::Core {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Whether the quote opened at `open` is closed before the input ends.
bool quoteIsClosed(const QByteArray &text, qsizetype open)
{
    const char quote = text.at(open);
    const qsizetype n = text.size();
    for (qsizetype i = open + 1; i < n; ++i) {
        const char c = text.at(i);
        if (quote == '"' && c == '\\') {
            ++i; // an escaped character, possibly a quote
        } else if (c == quote) {
            // In single quotes, '' stands for one quote.
            if (quote == '\'' && i + 1 < n && text.at(i + 1) == '\'')
                ++i;
            else
                return true;
        }
    }
    return false;
}

} // namespace

SourceText::ScalarFacts SourceText::scalarFacts(qsizetype pos) const
{
    ScalarFacts facts;
    const qsizetype n = m_utf8.size();
    qsizetype i = pos;
    // Skip the properties (`!tag`, `&anchor`) and the blanks and comments after them.
    while (i >= 0 && i < n) {
        const char c = m_utf8.at(i);
        if (c == '!' || c == '&') {
            const qsizetype start = i;
            while (i < n && !isBlank(m_utf8.at(i)))
                ++i;
            if (c == '!' && i - start == 1)
                facts.nonSpecificTag = true;
        } else if (isBlank(c)) {
            ++i;
        } else if (c == '#') {
            while (i < n && m_utf8.at(i) != '\n')
                ++i;
        } else {
            break;
        }
    }
    if (at(i) == '"' || at(i) == '\'')
        facts.unterminatedQuote = !quoteIsClosed(m_utf8, i);
    return facts;
}

bool SourceText::isWrittenNull(qsizetype pos) const
{
    if (pos < 0 || pos >= m_utf8.size())
        return false;
    const QByteArrayView rest = QByteArrayView(m_utf8).sliced(pos);
    if (rest.startsWith('&') || rest.startsWith('!'))
        return true;
    for (const QByteArrayView word : {QByteArrayView("~"), QByteArrayView("null"),
                                      QByteArrayView("Null"), QByteArrayView("NULL")}) {
        if (!rest.startsWith(word))
            continue;
        // `null:` or `nullable` is the next key, not this value.
        if (rest.size() == word.size())
            return true;
        const char next = rest.at(word.size());
        return isBlank(next) || next == ',' || next == ']' || next == '}' || next == '#';
    }
    return false;
}

char SourceText::at(qsizetype pos) const
{
    return pos >= 0 && pos < m_utf8.size() ? m_utf8.at(pos) : '\0';
}

bool SourceText::isFirstOnLine(qsizetype pos) const
{
    qsizetype i = std::min(pos, m_utf8.size()) - 1;
    while (i >= 0 && (m_utf8.at(i) == ' ' || m_utf8.at(i) == '\t'))
        --i;
    return i < 0 || m_utf8.at(i) == '\n';
}

char SourceText::previousNonBlank(qsizetype pos) const
{
    qsizetype i = std::min(pos, m_utf8.size()) - 1;
    while (i >= 0 && isBlank(m_utf8.at(i)))
        --i;
    return i < 0 ? '\0' : m_utf8.at(i);
}

} // namespace Maestro::Core
