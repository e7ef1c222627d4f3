// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatedict.h"

namespace Maestro::Core {

namespace {
QString stringKeyText(const QString &key)
{
    return QLatin1Char('s') + key;
}
} // namespace

bool TemplateDict::insert(const TemplateValue &key, TemplateValue value)
{
    const QString keyText = key.keyText();
    if (keyText.isEmpty())
        return false;
    const auto it = m_index.constFind(keyText);
    if (it != m_index.cend()) {
        m_entries[size_t(it.value())].second = std::move(value);
    } else {
        m_index.insert(keyText, size());
        m_entries.emplace_back(key, std::move(value));
    }
    return true;
}

void TemplateDict::insert(const QString &key, TemplateValue value)
{
    insert(TemplateValue::string(key), std::move(value));
}

const TemplateValue *TemplateDict::find(const TemplateValue &key) const
{
    const QString keyText = key.keyText();
    return keyText.isEmpty() ? nullptr : findByKeyText(keyText);
}

const TemplateValue *TemplateDict::find(const QString &key) const
{
    return findByKeyText(stringKeyText(key));
}

const TemplateValue *TemplateDict::findByKeyText(const QString &keyText) const
{
    const auto it = m_index.constFind(keyText);
    return it == m_index.cend() ? nullptr : &m_entries[size_t(it.value())].second;
}

} // namespace Maestro::Core
