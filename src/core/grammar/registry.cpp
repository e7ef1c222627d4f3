// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "grammarerror.h"
#include "imagereference.h"
#include "pythonsemantics.h"

#include "core/pythonformat.h"

#include <limits>

namespace Maestro::Core {

namespace {

// Python's urlsplit() scheme rule: a letter, then letters, digits, '+', '-' or '.'.
bool isScheme(QStringView text)
{
    if (text.isEmpty() || !(text[0].isLetter() && text[0].unicode() < 0x80))
        return false;
    for (const QChar c : text) {
        const bool ok = (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char('+')
                        || c == QLatin1Char('-') || c == QLatin1Char('.');
        if (!ok)
            return false;
    }
    return true;
}

std::optional<QString> optionalText(const Value &entry, const char *key)
{
    const Value *v = entry.find(QString::fromLatin1(key));
    if (!v || v->isNull())
        return std::nullopt;
    return pythonStr(*v);
}

Result<Registry> parseRetry(Registry registry, const Value &retry)
{
    if (retry.isNull())
        return registry;
    if (!retry.isMap()) {
        return grammarError(retry, GrammarTr::tr("Invalid retry configuration for registry %1; "
                                                 "expected a mapping with attempts and when!")
                                       .arg(registry.name));
    }
    if (const Value *attempts = retry.find(QStringLiteral("attempts"))) {
        const std::optional<qint64> n = pythonInt(*attempts);
        if (!n || *n < 0 || *n > std::numeric_limits<int>::max()) {
            return grammarError(*attempts,
                                GrammarTr::tr("Invalid retry attempts %1 for registry %2; "
                                              "expected a number!")
                                    .arg(pythonStr(*attempts), registry.name));
        }
        registry.retryAttempts = int(*n);
    }
    if (const Value *when = retry.find(QStringLiteral("when")); when && !when->isNull()) {
        const Value::List single{*when};
        for (const Value &code : when->isList() ? when->items() : single) {
            if (!code.isInt() || code.toInt() < 100 || code.toInt() > 599) {
                return grammarError(code, GrammarTr::tr("Invalid retry status code %1 for registry "
                                                        "%2; expected an HTTP status such as 500!")
                                              .arg(pythonStr(code), registry.name));
            }
            if (!registry.retryWhen.contains(int(code.toInt())))
                registry.retryWhen.append(int(code.toInt()));
        }
    }
    return registry;
}

Result<Registry> parseEntry(const Value::Entry &e)
{
    const Value &body = e.value;
    if (!body.isMap()) {
        return grammarError(body, GrammarTr::tr("Invalid configuration for registry %1; expected a "
                                                "mapping, got %2!")
                                      .arg(e.keyText, body.kindName()));
    }
    const Value *url = body.find(QStringLiteral("registry"));
    if (!url || !url->isString()) {
        return grammarError(url ? *url : body,
                            GrammarTr::tr("Missing registry URL for registry %1; "
                                          "set registry: https://host/v1/")
                                .arg(e.keyText));
    }
    Registry registry;
    registry.name = e.keyText;
    registry.url = url->toString();
    registry.username = optionalText(body, "username");
    registry.password = optionalText(body, "password");
    registry.email = optionalText(body, "email");
    registry.location = body.location();
    const Value *retry = body.find(QStringLiteral("retry"));
    return parseRetry(std::move(registry), retry ? *retry : Value());
}

} // namespace

QString Registry::host() const
{
    QStringView rest(url);
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    if (colon > 0 && isScheme(rest.left(colon)))
        rest = rest.sliced(colon + 1);
    if (!rest.startsWith(QLatin1String("//")))
        return {};
    rest = rest.sliced(2);
    qsizetype end = rest.size();
    for (const QChar delimiter : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = rest.indexOf(delimiter);
        if (at >= 0 && at < end)
            end = at;
    }
    return rest.left(end).toString();
}

Result<QList<Registry>> parseRegistries(const Value *registries)
{
    QList<Registry> result;
    if (!registries || registries->isNull())
        return result;
    if (!registries->isMap()) {
        return grammarError(*registries, GrammarTr::tr("Invalid registries configuration; expected "
                                                       "a mapping of registry names, got %1!")
                                             .arg(registries->kindName()));
    }
    for (const Value::Entry &e : registries->entries()) {
        auto registry = parseEntry(e);
        if (!registry)
            return registry.error();
        result.append(std::move(registry).value());
    }
    return result;
}

const Registry *registryForImage(const QList<Registry> &registries, const QString &image)
{
    const QString repository = ImageReference::parse(image).repository;
    const qsizetype slash = repository.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return nullptr;
    const QString part = repository.left(slash);
    for (const Registry &r : registries) {
        if (r.name == part)
            return &r;
    }
    for (const Registry &r : registries) {
        const QString host = r.host();
        if (host.isEmpty())
            continue;
        if (part == host || part == host.section(QLatin1Char(':'), 0, 0))
            return &r;
    }
    return nullptr;
}

} // namespace Maestro::Core
