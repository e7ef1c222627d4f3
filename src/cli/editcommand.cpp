// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommand.h"

#include "console.h"
#include "counted.h"
#include "environmentfile.h"

#include "core/edit/editengine.h"
#include "core/edit/sourceedit.h"
#include "core/model/environmentloader.h"

#include <optional>

namespace Maestro::Cli {

namespace {

int usageError(const QString &message)
{
    Console::err(QStringLiteral(
                     "usage: maestro edit [--dry-run] [--alias=refuse|anchor|copy] "
                     "{set PATH VALUE | unset PATH | rename PATH NEWNAME | insert PATH[N] VALUE}\n"
                     "maestro edit: error: %1\n")
                     .arg(message));
    return 2;
}

int refused(const Core::Error &error)
{
    const QString where = error.location.toString();
    Console::err(
        QStringLiteral("ERROR: %1%2\n")
            .arg(where.isEmpty() ? QString() : where + QStringLiteral(": "), error.message));
    return 1;
}

} // namespace

int runEdit(const CommandLine &line)
{
    static const QHash<QString, std::pair<Core::EditRequest::Operation, int>> operations = {
        {QStringLiteral("set"), {Core::EditRequest::Operation::Set, 3}},
        {QStringLiteral("unset"), {Core::EditRequest::Operation::Unset, 2}},
        {QStringLiteral("rename"), {Core::EditRequest::Operation::Rename, 3}},
        {QStringLiteral("insert"), {Core::EditRequest::Operation::Insert, 3}},
    };
    if (line.things.isEmpty() || !operations.contains(line.things.first()))
        return usageError(QStringLiteral("expected set, unset, rename or insert"));
    const auto [operation, arguments] = operations.value(line.things.first());
    if (line.things.size() != arguments)
        return usageError(
            QStringLiteral("%1 takes %2")
                .arg(line.things.first(), counted(arguments - 1, QStringLiteral("argument"),
                                                  QStringLiteral("arguments"))));
    if (line.file == QLatin1String("-"))
        return usageError(QStringLiteral("standard input cannot be edited; name the file with -f"));
    static const QHash<QString, Core::AliasPolicy> policies = {
        {QStringLiteral("refuse"), Core::AliasPolicy::Refuse},
        {QStringLiteral("anchor"), Core::AliasPolicy::Anchor},
        {QStringLiteral("copy"), Core::AliasPolicy::Copy},
    };
    const QString alias = line.value(QStringLiteral("alias"), QStringLiteral("refuse"));
    if (!policies.contains(alias))
        return usageError(
            QStringLiteral(
                "argument --alias: invalid choice: '%1' (choose from refuse, anchor, copy)")
                .arg(alias));
    const auto path = Core::EditPath::parse(line.things.at(1));
    if (!path)
        return usageError(path.error().message);

    Core::EditRequest request;
    request.operation = operation;
    request.path = path.value();
    request.argument = arguments == 3 ? line.things.at(2) : QString();
    request.alias = policies.value(alias);
    Core::LoadRequest load;
    load.file = line.file;
    load.processEnvironment = Core::currentProcessEnvironment();
    // Both loads (the file and the verified edit) live until the process exits, like
    // every command's load (environmentfile.h): no teardown of two documents.
    static auto *const kept = new std::optional<Core::Result<Core::EditOutcome>>;
    const auto &outcome
        = kept->emplace(Core::planEdit(loadEnvironmentFile(line, true), load, request));
    if (!outcome)
        return refused(outcome.error());
    for (const QString &note : outcome->notes)
        Console::err(QStringLiteral("note: %1\n").arg(note));
    if (line.flag(QStringLiteral("dry-run"))) {
        for (auto it = outcome->before.cbegin(); it != outcome->before.cend(); ++it)
            Console::out(Core::SourceEdits::unifiedDiff(it.key(), it.value(),
                                                        outcome->after.value(it.key())));
        return 0;
    }
    if (const Core::VoidResult written = Core::SourceEdits::write(outcome->before, outcome->after);
        !written)
        return refused(written.error());
    return 0;
}

} // namespace Maestro::Cli
