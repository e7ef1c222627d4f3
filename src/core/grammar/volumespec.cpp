// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumespec.h"

#include "grammarerror.h"

#include "core/pythonformat.h"

namespace Maestro::Core {

namespace {

Error invalidVolume(const Value &node, const QString &container, const QString &host,
                    const Value &spec)
{
    return grammarError(node,
                        GrammarTr::tr("Invalid volume specification for container %1: %2 -> %3")
                            .arg(container, host, pythonStr(spec)));
}

// A path given as a YAML scalar. Numbers are accepted as text like Python's format() does;
// null, booleans and collections are not paths.
bool isPathLike(const Value &v)
{
    return v.isString() || v.isInt() || v.isFloat();
}

void addBind(QList<VolumeBind> &binds, VolumeBind bind)
{
    for (VolumeBind &existing : binds) {
        if (existing.hostPath == bind.hostPath) {
            existing = std::move(bind);
            return;
        }
    }
    binds.append(std::move(bind));
}

Result<VolumeBind> parseSchema2(const Value::Entry &e, const QString &container)
{
    const Value &spec = e.value;
    if (spec.isString())
        return VolumeBind{e.keyText, spec.toString(), QString(), spec.location()};
    const Value *target = spec.isMap() ? spec.find(QStringLiteral("target")) : nullptr;
    if (!target)
        return invalidVolume(spec, container, e.keyText, spec);
    if (!isPathLike(*target))
        return invalidVolume(*target, container, e.keyText, spec);
    QString mode = QStringLiteral("rw");
    if (const Value *m = spec.find(QStringLiteral("mode"))) {
        // Free text (ro, ro,Z, z,rw...); Docker validates it.
        if (!m->isString())
            return invalidVolume(*m, container, e.keyText, spec);
        mode = m->toString();
    }
    return VolumeBind{e.keyText, pythonStr(*target), mode, spec.location()};
}

} // namespace

QString VolumeBind::bindString() const
{
    return hostPath + QLatin1Char(':') + target + QLatin1Char(':')
           + (mode.isEmpty() ? QStringLiteral("rw") : mode);
}

Result<QList<VolumeBind>> parseVolumes(const Value &volumes, int schema, const QString &container)
{
    if (volumes.isNull())
        return QList<VolumeBind>();
    if (!volumes.isMap()) {
        return grammarError(volumes,
                            GrammarTr::tr("Invalid volumes configuration for container %1; "
                                          "expected a mapping, got %2!")
                                .arg(container, volumes.kindName()));
    }
    QList<VolumeBind> binds;
    for (const Value::Entry &e : volumes.entries()) {
        if (schema == 1) {
            // container_path: host_path; the reference only accepts strings here.
            if (!isPathLike(e.value))
                return invalidVolume(e.value, container, e.keyText, e.value);
            addBind(binds, VolumeBind{pythonStr(e.value), e.keyText, QStringLiteral("rw"),
                                      e.value.location()});
            continue;
        }
        auto bind = parseSchema2(e, container);
        if (!bind)
            return bind.error();
        addBind(binds, std::move(bind).value());
    }
    return binds;
}

Result<QStringList> parseContainerVolumes(const Value &v)
{
    if (v.isNull())
        return QStringList();
    const Value::List single{v};
    const Value::List &items = v.isList() ? v.items() : single;
    QStringList paths;
    for (const Value &item : items) {
        if (!isPathLike(item)) {
            return grammarError(item, GrammarTr::tr("Invalid container_volumes entry %1; expected "
                                                    "a path or a list of paths!")
                                          .arg(pythonStr(item)));
        }
        const QString path = pythonStr(item);
        if (!paths.contains(path))
            paths.append(path);
    }
    return paths;
}

} // namespace Maestro::Core
