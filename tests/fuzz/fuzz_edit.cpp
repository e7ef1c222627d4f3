// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary paths and values to the edit engine over fixed environment files: the
// path parser (whose output must print back to a path that parses to the same steps) and
// planEdit() with every operation and alias policy. Input: one byte choosing the seed
// file, operation and alias policy, then PATH, a line break and VALUE. Any crash, hang,
// sanitizer report or broken round trip is a bug. Nothing is ever written.
#include "core/edit/editengine.h"

#include <cstddef>
#include <cstdint>

using namespace Maestro::Core;

namespace {

// Shaped like real files: comments, anchors, an alias and a merge, flow and block
// collections of every kind, quotes, a block scalar, a template loop and expression.
const char *const kSeeds[] = {
    "name: demo   # the example of docs/editing.md\n"
    "ships:\n"
    "  alpha: {ip: 10.0.0.1}   # the first ship\n"
    "  beta:\n"
    "    ip: '10.0.0.2'\n"
    "x-env: &env\n"
    "  MODE: prod\n"
    "x-common: &common\n"
    "  image: \"nginx:1.25\"\n"
    "services:\n"
    "  db:\n"
    "    image: postgres\n"
    "    env: *env\n"
    "    instances:\n"
    "      db-1: {ship: alpha}\n"
    "  web:\n"
    "    <<: *common\n"
    "    requires: [db]\n"
    "    wants_info:\n"
    "      - db   # block\n"
    "    instances:\n"
    "      web-1:\n"
    "        ship: alpha\n"
    "        ports:\n"
    "          http: 80\n"
    "        volumes_from: db-1\n"
    "        command: |\n"
    "          run\n"
    "        lifecycle:\n"
    "          running:\n"
    "            - {type: tcp, port: http}\n",
    "name: loop\r\n"
    "ships: {a: {ip: '{{ env.IP }}'}}\r\n"
    "services:\r\n"
    "  s:\r\n"
    "    image: x\r\n"
    "    instances:\r\n"
    "{% for i in range(2) %}\r\n"
    "      s-{{ i }}: {ship: a}\r\n"
    "{% endfor %}\r\n"
    "      lone:\r\n"
    "        ship: a\r\n",
};
constexpr int kSeedCount = int(sizeof(kSeeds) / sizeof(kSeeds[0]));

// Each seed loaded once, with its spans, as an editor holds it.
struct Seed
{
    LoadRequest request;
    LoadResult loaded;
};

const Seed &seed(int index)
{
    static const auto *const seeds = [] {
        auto *all = new std::vector<Seed>;
        for (int i = 0; i < kSeedCount; ++i) {
            Seed s;
            // In a directory that does not exist: the engine never reads the machine's files.
            s.request.file = QStringLiteral("/nonexistent-maestro-fuzz/seed%1.yaml").arg(i);
            s.request.sourceOverrides.insert(s.request.file, QString::fromUtf8(kSeeds[i]));
            s.request.processEnvironment.insert(QStringLiteral("IP"), QStringLiteral("10.0.0.9"));
            s.request.recordSpans = true;
            s.loaded = loadEnvironment(s.request);
            all->push_back(std::move(s));
        }
        return all;
    }();
    return seeds->at(index);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t choice = data[0];
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString pathText = newline < 0 ? text : text.left(newline);
    const auto path = EditPath::parse(pathText);
    if (!path)
        return 0;
    const auto again = EditPath::parse(path->toString());
    if (!again || again.value() != path.value())
        __builtin_trap(); // toString() must write a path that parses to the same steps

    EditRequest request;
    request.operation = EditRequest::Operation(choice % 4);
    request.alias = AliasPolicy((choice / 4) % 3);
    request.path = path.value();
    request.argument = newline < 0 ? QString() : text.mid(newline + 1);
    const Seed &s = seed((choice / 12) % kSeedCount);
    const auto outcome = planEdit(s.loaded, s.request, request);
    if (outcome) {
        // The inverse edits restore what was there.
        for (auto it = outcome->before.cbegin(); it != outcome->before.cend(); ++it) {
            if (SourceEdits::apply(outcome->after.value(it.key()), outcome->inverse, it.key())
                != it.value())
                __builtin_trap();
        }
    }
    return 0;
}
