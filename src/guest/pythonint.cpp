// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonint.h"

namespace Maestro::Guest {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

} // namespace

std::optional<std::string> parsePythonInt(std::string_view text)
{
    text = trimmed(text);
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty() || !isDigit(text.front()) || !isDigit(text.back()))
        return std::nullopt;
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (isDigit(text[i])) {
            if (digits == "0") // leading zeros are allowed and mean nothing
                digits.clear();
            digits += text[i];
        } else if (text[i] != '_' || text[i + 1] == '_') {
            // A lone '_' sits between two digits: the last character is known to be one.
            return std::nullopt;
        }
    }
    if (negative && digits != "0")
        digits.insert(0, 1, '-');
    return digits;
}

} // namespace Maestro::Guest
