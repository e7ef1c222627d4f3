// SPDX-License-Identifier: GPL-3.0-or-later
#include "ulimits.h"

#include "grammarerror.h"

namespace Maestro::Core {

namespace {

// soft/hard of the mapping form: absent or null is "not given".
Result<std::optional<qint64>> limit(const Value &entry, const char *key)
{
    const Value *v = entry.find(QString::fromLatin1(key));
    if (!v || v->isNull())
        return std::optional<qint64>();
    if (!v->isInt()) {
        return grammarError(*v,
                            GrammarTr::tr("Ulimit.%1 must be an integer").arg(QLatin1String(key)));
    }
    return std::optional<qint64>(v->toInt());
}

} // namespace

Result<std::optional<QList<Ulimit>>> parseUlimits(const Value *ulimits)
{
    if (!ulimits || ulimits->isNull())
        return std::optional<QList<Ulimit>>();
    if (!ulimits->isMap()) {
        return grammarError(*ulimits, GrammarTr::tr("Invalid ulimits configuration; expected a "
                                                    "mapping of limit names, got %1!")
                                          .arg(ulimits->kindName()));
    }
    QList<Ulimit> result;
    for (const Value::Entry &e : ulimits->entries()) {
        if (e.value.isInt()) {
            result.append(Ulimit{e.keyText, e.value.toInt(), e.value.toInt()});
        } else if (e.value.isMap()) {
            auto soft = limit(e.value, "soft");
            if (!soft)
                return soft.error();
            auto hard = limit(e.value, "hard");
            if (!hard)
                return hard.error();
            result.append(Ulimit{e.keyText, *soft, *hard});
        } else if (e.value.isBool()) {
            return grammarError(e.value, GrammarTr::tr("Ulimit.soft must be an integer"));
        }
    }
    return std::optional<QList<Ulimit>>(result);
}

} // namespace Maestro::Core
