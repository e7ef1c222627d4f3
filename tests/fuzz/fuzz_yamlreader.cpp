// SPDX-License-Identifier: GPL-3.0-or-later
// SimpleYamlReader against yaml-cpp: whenever the fast reader accepts a text, yaml-cpp must
// read it without error and give exactly the same events (marks, tags, anchors, values).
// A difference aborts, so libFuzzer keeps the input.
#include "../unit/core/yaml/yamleventrecorder.h"

#include "core/yaml/simpleyamlreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray utf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<Maestro::Core::YamlEventLog> log = Maestro::Core::readSimpleYaml(utf8);
    if (!log)
        return 0;
    Maestro::Testing::YamlEventRecorder recorder;
    log->replay(utf8, recorder);
    const std::string reference = Maestro::Testing::yamlCppEvents(utf8);
    if (recorder.text != reference) {
        std::fprintf(stderr, "fast reader:\n%s\nyaml-cpp:\n%s\n", recorder.text.c_str(),
                     reference.c_str());
        std::abort();
    }
    return 0;
}
