// SPDX-License-Identifier: GPL-3.0-or-later
// `wait SERVICE`: until a node (or every node) of a service accepts TCP connections.
#include "commands.h"
#include "envname.h"
#include "guestenvironment.h"
#include "tcpprobe.h"
#include "usage.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <thread>

extern char **environ;

namespace Maestro::Guest {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr milliseconds AttemptLimit{1000};
constexpr milliseconds RoundPause{250};

struct Target
{
    std::string label; // host:port, as printed
    SocketAddress address;
    std::string lastError;
    bool ready = false;
};

// The external port names the instances of a service have, as their variables spell them
// ({S}_{C}_{NAME}_PORT): what `wait` uses when it is not told which port.
std::set<std::string> externalPortNames(const std::string &service)
{
    std::set<std::string> names;
    for (const std::string &container : instanceNames(service)) {
        const std::string prefix
            = normalizeEnvName(service) + '_' + normalizeEnvName(container) + '_';
        for (char **entry = environ; *entry; ++entry) {
            const std::string_view text(*entry);
            const std::string_view key = text.substr(0, text.find('='));
            if (key.size() > prefix.size() + 5 && key.substr(0, prefix.size()) == prefix
                && key.substr(key.size() - 5) == "_PORT"
                && !(key.size() >= 14 && key.substr(key.size() - 14) == "_INTERNAL_PORT"))
                names.emplace(key.substr(prefix.size(), key.size() - prefix.size() - 5));
        }
    }
    return names;
}

Outcome<std::string> chosenPort(const std::string &service, const Arguments &arguments)
{
    if (const std::optional<std::string> port = arguments.value("port"))
        return *port;
    const std::set<std::string> names = externalPortNames(service);
    if (names.size() == 1)
        return *names.begin();
    std::string list;
    for (const std::string &name : names)
        list += (list.empty() ? "" : ", ") + name;
    return Failure{"The " + service + " nodes do not have exactly one port"
                   + (list.empty() ? std::string() : " (" + list + ")") + ": name one with --port"};
}

Outcome<std::vector<Target>> targets(const std::string &service, const std::string &port)
{
    const Outcome<std::vector<Node>> nodes = nodeList(service, {port}, 1);
    if (!nodes)
        return Failure{nodes.error()};
    std::vector<Target> result;
    for (const Node &node : *nodes) {
        unsigned number = 0;
        const std::string &text = node.ports.front();
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
        if (error != std::errc() || end != text.data() + text.size() || number == 0
            || number > 65535)
            return Failure{"Port " + port + " of container " + node.container + " of service "
                           + service + " is not a TCP port number: " + text};
        const Outcome<SocketAddress> address = socketAddress(node.host, number);
        if (!address)
            return Failure{address.error()};
        result.push_back({formatNode(node), *address, {}, false});
    }
    return result;
}

std::optional<milliseconds> timeoutOf(const Arguments &arguments)
{
    const std::string text = arguments.value("timeout").value_or("60");
    double seconds = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (error != std::errc() || end != text.data() + text.size() || !(seconds >= 0)
        || seconds > 1e9)
        return std::nullopt;
    return milliseconds(static_cast<long long>(seconds * 1000));
}

// One round: every node not yet ready gets one attempt. True when the wait is over.
bool probeRound(std::vector<Target> &targets, bool all, Clock::time_point deadline)
{
    for (Target &target : targets) {
        if (target.ready)
            continue;
        const auto remaining = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
        // Even with no time left, an attempt gets a moment: `--timeout 0` probes once.
        const milliseconds limit = std::clamp(remaining, milliseconds(100), AttemptLimit);
        const std::optional<std::string> error = probeTcp(target.address, limit);
        target.ready = !error;
        target.lastError = error.value_or("");
        if (target.ready && !all)
            return true;
    }
    return std::all_of(targets.begin(), targets.end(), [](const Target &t) { return t.ready; });
}

int timedOut(const std::vector<Target> &targets, const std::string &service, bool all,
             const std::string &timeout)
{
    std::string pending;
    for (const Target &target : targets) {
        if (!target.ready)
            pending += (pending.empty() ? "" : ", ") + target.label + " (" + target.lastError + ")";
    }
    return environmentError("Timed out after " + timeout + " s waiting for "
                            + (all ? "every node" : "a node") + " of service " + service
                            + " to accept connections: " + pending);
}

} // namespace

int runWait(const Arguments &arguments)
{
    const std::string &service = arguments.positionals[0];
    const std::optional<milliseconds> timeout = timeoutOf(arguments);
    if (!timeout)
        return usageError("wait: --timeout needs a number of seconds");
    const Outcome<std::string> port = chosenPort(service, arguments);
    if (!port)
        return environmentError(port.error());
    Outcome<std::vector<Target>> found = targets(service, *port);
    if (!found)
        return environmentError(found.error());
    std::vector<Target> nodes = *found;
    const bool all = arguments.has("all");
    const Clock::time_point deadline = Clock::now() + *timeout;
    while (!probeRound(nodes, all, deadline)) {
        const auto remaining = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
        if (remaining <= milliseconds(0))
            return timedOut(nodes, service, all, arguments.value("timeout").value_or("60"));
        std::this_thread::sleep_for(std::min(remaining, RoundPause));
    }
    for (const Target &target : nodes) {
        if (target.ready)
            printLine(target.label);
    }
    return ExitOk;
}

} // namespace Maestro::Guest
