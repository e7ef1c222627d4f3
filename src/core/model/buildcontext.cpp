// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildcontext.h"

#include "modeltr.h"
#include "spelling.h"

#include "core/pythonformat.h"

namespace Maestro::Core {

BuildContext::BuildContext(QString fileName, QString baseDir)
    : m_fileName(std::move(fileName))
    , m_baseDir(std::move(baseDir))
{}

void BuildContext::error(const SourceLocation &where, const QString &path, const QString &message)
{
    SourceLocation location = where;
    if (location.file.isEmpty())
        location.file = m_fileName;
    m_diagnostics.append(Diagnostic{Diagnostic::Severity::Error, message, location, path});
    ++m_errorCount;
}

void BuildContext::warning(const SourceLocation &where, const QString &path, const QString &message)
{
    SourceLocation location = where;
    if (location.file.isEmpty())
        location.file = m_fileName;
    m_diagnostics.append(Diagnostic{Diagnostic::Severity::Warning, message, location, path});
}

void BuildContext::reportError(const Error &error, const QString &path, const Value &fallback)
{
    const SourceLocation where = error.location.isValid() ? error.location : fallback.location();
    this->error(where, error.path.isEmpty() ? path : error.path, error.message);
}

QString BuildContext::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void BuildContext::wrongType(const Value &value, const QString &path, const QString &expected)
{
    error(value.location(), path,
          ModelTr::tr("%1 must be %2, not %3 (%4)")
              .arg(path, expected, value.kindName(), pythonStr(value)));
}

std::optional<QString> BuildContext::string(const Value &map, const QString &key,
                                            const QString &path, bool required)
{
    // Paths are joined only when there is something to report: this runs for every field.
    const Value *v = map.find(key);
    if (!v || (v->isNull() && !required)) {
        if (required) {
            const QString where = join(path, key);
            error(map.location(), where, ModelTr::tr("%1 is missing").arg(where));
        }
        return std::nullopt;
    }
    if (v->isMap() || v->isList() || v->isNull()) {
        wrongType(*v, join(path, key), ModelTr::tr("a string"));
        return std::nullopt;
    }
    // Scalars are used the way Python's str() shows them (a number image tag, say).
    return pythonStr(*v);
}

std::optional<qint64> BuildContext::integer(const Value &map, const QString &key,
                                            const QString &path)
{
    const Value *v = map.find(key);
    if (!v || v->isNull())
        return std::nullopt;
    if (v->isInt())
        return v->toInt();
    if (v->isString()) {
        bool ok = false;
        const qint64 n = v->toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    wrongType(*v, join(path, key), ModelTr::tr("an integer"));
    return std::nullopt;
}

std::optional<bool> BuildContext::boolean(const Value &map, const QString &key, const QString &path)
{
    const Value *v = map.find(key);
    if (!v || v->isNull())
        return std::nullopt;
    if (v->isBool())
        return v->toBool();
    if (v->isInt())
        return v->toInt() != 0;
    wrongType(*v, join(path, key), ModelTr::tr("true or false"));
    return std::nullopt;
}

Value BuildContext::mapping(const Value &map, const QString &key, const QString &path,
                            bool required)
{
    const Value *v = map.find(key);
    if (!v) {
        if (required) {
            const QString where = join(path, key);
            error(map.location(), where, ModelTr::tr("%1 is missing").arg(where));
        }
        return Value::map({}, map.location());
    }
    if (v->isNull())
        return Value::map({}, v->location());
    if (!v->isMap()) {
        wrongType(*v, join(path, key), ModelTr::tr("a mapping"));
        return Value::map({}, v->location());
    }
    return *v;
}

QList<Value> BuildContext::nameList(const Value &map, const QString &key, const QString &path)
{
    const Value *v = map.find(key);
    if (!v || v->isNull())
        return {};
    if (v->isString())
        return {*v};
    if (!v->isList()) {
        wrongType(*v, join(path, key), ModelTr::tr("a list of names"));
        return {};
    }
    QList<Value> names;
    for (const Value &item : v->items()) {
        if (item.isMap() || item.isList() || item.isNull())
            wrongType(item, join(path, key), ModelTr::tr("a name"));
        else
            names.append(Value::string(pythonStr(item), item.location()));
    }
    return names;
}

void BuildContext::checkKeys(const Value &map, const QStringList &known, const QString &path,
                             const QStringList &unsupported)
{
    for (const Value::Entry &e : map.entries()) {
        if (known.contains(e.keyText))
            continue;
        if (unsupported.contains(e.keyText)) {
            warning(e.key.location(), join(path, e.keyText),
                    ModelTr::tr("%1 is not supported by MaestroNG and is ignored").arg(e.keyText));
            continue;
        }
        unknownKey(e, path, closestMatch(e.keyText, known));
    }
}

void BuildContext::checkTopLevelKeys(const Value &root, const QStringList &known)
{
    for (const Value::Entry &e : root.entries()) {
        if (known.contains(e.keyText) || e.key.holdsAnchor() || e.value.holdsAnchor())
            continue;
        const QString suggestion = closestMatch(e.keyText, known);
        if (!suggestion.isEmpty())
            unknownKey(e, QString(), suggestion);
    }
}

void BuildContext::unknownKey(const Value::Entry &entry, const QString &path,
                              const QString &suggestion)
{
    warning(entry.key.location(), join(path, entry.keyText),
            suggestion.isEmpty() ? ModelTr::tr("unknown key %1 is ignored").arg(entry.keyText)
                                 : ModelTr::tr("unknown key %1 is ignored; did you mean %2?")
                                       .arg(entry.keyText, suggestion));
}

} // namespace Maestro::Core
