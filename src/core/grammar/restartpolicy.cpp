// SPDX-License-Identifier: GPL-3.0-or-later
#include "restartpolicy.h"

#include "grammarerror.h"
#include "pythonsemantics.h"

#include "core/pythonformat.h"

#include <QStringList>

#include <limits>

namespace Maestro::Core {

namespace {

const QStringList &validNames()
{
    static const QStringList names{QStringLiteral("no"), QStringLiteral("always"),
                                   QStringLiteral("on-failure"), QStringLiteral("unless-stopped")};
    return names;
}

Error formatError(const Value &spec, const QString &container)
{
    return grammarError(spec,
                        GrammarTr::tr("Invalid restart policy format for container %1: \"%2\"")
                            .arg(container, pythonStr(spec)));
}

// The reference's _make_policy(name, retries): the name is checked first, then int(retries).
Result<RestartPolicy> makePolicy(const Value &spec, const QString &container, const Value &name,
                                 const Value &retries)
{
    const bool validName = name.isString() && validNames().contains(name.toString());
    if (!validName) {
        return grammarError(
            spec, GrammarTr::tr("Invalid restart policy %1 for container %2; "
                                "choose one of %3.")
                      .arg(pythonStr(name), container, validNames().join(QStringLiteral(", "))));
    }
    const std::optional<qint64> count = pythonInt(retries);
    if (!count || *count > std::numeric_limits<int>::max())
        return formatError(spec, container);
    if (*count < 0) {
        return grammarError(spec, GrammarTr::tr("Invalid restart policy format for container %1: "
                                                "\"%2\"; the retry count cannot be negative.")
                                      .arg(container, pythonStr(spec)));
    }
    if (*count != 0 && name.toString() != QLatin1String("on-failure")) {
        return grammarError(spec, GrammarTr::tr("Invalid restart policy format for container %1: "
                                                "\"%2\"; only on-failure takes a retry count "
                                                "(Docker refuses retries for %3).")
                                      .arg(container, pythonStr(spec), name.toString()));
    }
    return RestartPolicy{name.toString(), int(*count)};
}

} // namespace

Result<RestartPolicy> parseRestartPolicy(const Value &spec, const QString &container)
{
    if (spec.isString()) {
        const QString &text = spec.toString();
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const Value name = Value::string(colon < 0 ? text : text.left(colon));
        const Value retries = colon < 0 ? Value::integer(0) : Value::string(text.mid(colon + 1));
        return makePolicy(spec, container, name, retries);
    }
    if (spec.isMap()) {
        // The mapping is passed as keyword arguments: any key but name and retries is a
        // TypeError in the reference, reported as a format error (the documented
        // maximum_retry_count included, KW-34).
        for (const Value::Entry &e : spec.entries()) {
            if (e.keyText != QLatin1String("name") && e.keyText != QLatin1String("retries"))
                return formatError(spec, container);
        }
        const Value *name = spec.find(QStringLiteral("name"));
        const Value *retries = spec.find(QStringLiteral("retries"));
        return makePolicy(spec, container, name ? *name : Value::string(QStringLiteral("no")),
                          retries ? *retries : Value::integer(0));
    }
    return RestartPolicy();
}

} // namespace Maestro::Core
