// SPDX-License-Identifier: GPL-3.0-or-later
#include "shellwords.h"

#include "grammarerror.h"

namespace Maestro::Core {

namespace {

bool isShellSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
           || c == QLatin1Char('\n');
}

} // namespace

ShellWords ShellWords::split(const QString &text)
{
    enum class State { Between, Word, Single, Double };
    ShellWords result;
    State state = State::Between;
    QString word;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        switch (state) {
        case State::Between:
        case State::Word:
            if (isShellSpace(c)) {
                if (state == State::Word) {
                    result.words.append(word);
                    word.clear();
                }
                state = State::Between;
            } else if (c == QLatin1Char('\'')) {
                state = State::Single;
            } else if (c == QLatin1Char('"')) {
                state = State::Double;
            } else if (c == QLatin1Char('\\')) {
                if (i + 1 >= n) {
                    result.error = GrammarTr::tr("No escaped character");
                    result.words.clear();
                    return result;
                }
                word += text[++i];
                state = State::Word;
            } else {
                word += c;
                state = State::Word;
            }
            break;
        case State::Single:
            // A closed quote leaves us inside a word, so '' yields an empty word.
            if (c == QLatin1Char('\''))
                state = State::Word;
            else
                word += c;
            break;
        case State::Double:
            if (c == QLatin1Char('"')) {
                state = State::Word;
            } else if (c == QLatin1Char('\\')) {
                if (i + 1 >= n) {
                    result.error = GrammarTr::tr("No escaped character");
                    result.words.clear();
                    return result;
                }
                const QChar next = text[i + 1];
                if (next != QLatin1Char('"') && next != QLatin1Char('\\'))
                    word += c;
                word += next;
                ++i;
            } else {
                word += c;
            }
            break;
        }
    }
    if (state == State::Single || state == State::Double) {
        result.error = GrammarTr::tr("No closing quotation");
        result.words.clear();
        return result;
    }
    if (state == State::Word)
        result.words.append(word);
    return result;
}

} // namespace Maestro::Core
