// SPDX-License-Identifier: GPL-3.0-or-later
#include "envname.h"

namespace Maestro::Guest {

namespace {

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool isFourByteLead(char c)
{
    return (static_cast<unsigned char>(c) & 0xF8) == 0xF0;
}

} // namespace

std::string normalizeEnvName(std::string_view name)
{
    std::string result;
    result.reserve(name.size());
    for (const char c : name) {
        if (c >= 'a' && c <= 'z')
            result += char(c - 'a' + 'A');
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
            result += c;
        else if (isContinuationByte(c))
            continue;
        else
            result.append(isFourByteLead(c) ? 2 : 1, '_');
    }
    return result;
}

} // namespace Maestro::Guest
