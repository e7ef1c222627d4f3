// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostsfile.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <strings.h>

namespace Maestro::Guest {

namespace {

// The whitespace-separated fields of a line, up to a '#'.
std::vector<std::string> fields(std::string_view line)
{
    line = line.substr(0, line.find('#'));
    std::vector<std::string> result;
    constexpr std::string_view Blanks = " \t\r\n";
    for (auto start = line.find_first_not_of(Blanks); start != std::string_view::npos;
         start = line.find_first_not_of(Blanks, start)) {
        const auto end = line.find_first_of(Blanks, start);
        result.emplace_back(line.substr(start, end - start));
        start = end;
    }
    return result;
}

} // namespace

std::vector<std::string> hostsFileAddresses(const std::string &name, const std::string &path)
{
    std::vector<std::string> addresses;
    std::FILE *file = std::fopen(path.c_str(), "re");
    if (!file)
        return addresses;
    char *line = nullptr;
    std::size_t capacity = 0;
    while (::getline(&line, &capacity, file) >= 0) {
        const std::vector<std::string> words = fields(line);
        for (std::size_t i = 1; i < words.size(); ++i) {
            if (strcasecmp(words[i].c_str(), name.c_str()) == 0) {
                addresses.push_back(words[0]);
                break;
            }
        }
    }
    std::free(line);
    std::fclose(file);
    return addresses;
}

} // namespace Maestro::Guest
