// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes through the whole loader: template rendering, YAML parsing and
// model building. Any crash, hang, sanitizer report or unbounded allocation is a bug.
#include "core/model/environmentloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // Includes and envfiles resolve inside a directory that does not exist, so the
    // fuzzer never reads the machine's files.
    const QHash<QString, QString> env{{QStringLiteral("HOME"), QStringLiteral("/nonexistent")},
                                      {QStringLiteral("TAG"), QStringLiteral("1.0")}};
    const auto result = Maestro::Core::loadEnvironmentText(
        text, QStringLiteral("fuzz.yaml"), QStringLiteral("/nonexistent-maestro-fuzz"), env);
    (void)result;
    return 0;
}
