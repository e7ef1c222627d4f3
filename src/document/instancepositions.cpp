// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancepositions.h"

#include <QFileInfo>

#include <algorithm>

namespace Maestro::Document {

InstancePositions::InstancePositions(const Core::Value &document)
{
    for (const Core::Value::Entry &top : document.entries()) {
        add(top.key, {});
        if (top.keyText != QLatin1String("services"))
            continue;
        for (const Core::Value::Entry &service : top.value.entries()) {
            add(service.key, {});
            for (const Core::Value::Entry &field : service.value.entries()) {
                add(field.key, {});
                if (field.keyText != QLatin1String("instances"))
                    continue;
                for (const Core::Value::Entry &instance : field.value.entries()) {
                    add(instance.key, instance.keyText);
                    m_keys.insert(instance.keyText, instance.key.location());
                }
            }
        }
    }
    std::sort(m_landmarks.begin(), m_landmarks.end(), [](const Landmark &a, const Landmark &b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
}

void InstancePositions::add(const Core::Value &key, const QString &instance)
{
    const Core::SourceLocation &where = key.location();
    if (!where.isValid())
        return;
    m_landmarks.push_back({QFileInfo(where.file).absoluteFilePath(), where.line, instance});
}

Core::SourceLocation InstancePositions::keyOf(const QString &instance) const
{
    return m_keys.value(instance);
}

QString InstancePositions::instanceAt(const QString &file, int line) const
{
    // The last landmark at or above the line, in that file.
    const auto after = std::upper_bound(
        m_landmarks.cbegin(), m_landmarks.cend(), std::tie(file, line),
        [](const auto &wanted, const Landmark &l) { return wanted < std::tie(l.file, l.line); });
    if (after == m_landmarks.cbegin())
        return {};
    const Landmark &found = *std::prev(after);
    return found.file == file ? found.instance : QString();
}

} // namespace Maestro::Document
