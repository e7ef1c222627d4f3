// SPDX-License-Identifier: GPL-3.0-or-later
#include "edithistory.h"

#include <algorithm>

namespace Maestro::Document {

EditStep EditStep::typing(const QString &file, const QString &before, const QString &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    const Core::SourceEdit edit{file, prefix, before.size() - prefix - suffix,
                                after.mid(prefix, after.size() - prefix - suffix)};
    EditStep step;
    step.edits = {edit};
    step.inverse = Core::SourceEdits::inverse({{file, before}}, step.edits);
    return step;
}

void EditHistory::push(EditStep step)
{
    m_steps.resize(m_index);
    m_steps.append(std::move(step));
    m_index = m_steps.size();
    m_typingOpen = false;
}

void EditHistory::type(const QString &file, const QString &current, const QString &after)
{
    const bool merge = m_typingOpen && m_index == m_steps.size() && m_index > 0
                       && m_steps.last().isTyping() && m_steps.last().edits.value(0).file == file;
    if (!merge) {
        push(EditStep::typing(file, current, after));
        m_typingOpen = true;
        return;
    }
    // One step from the text before the first keystroke to the text now.
    const QString before = Core::SourceEdits::apply(current, m_steps.last().inverse, file);
    m_steps.last() = EditStep::typing(file, before, after);
}

void EditHistory::clear()
{
    m_steps.clear();
    m_index = 0;
    m_typingOpen = false;
}

const EditStep *EditHistory::undo()
{
    m_typingOpen = false;
    return canUndo() ? &m_steps.at(--m_index) : nullptr;
}

const EditStep *EditHistory::redo()
{
    m_typingOpen = false;
    return canRedo() ? &m_steps.at(m_index++) : nullptr;
}

QList<Core::EditRequest> EditHistory::appliedRequests() const
{
    QList<Core::EditRequest> requests;
    for (qsizetype i = 0; i < m_index; ++i) {
        if (m_steps.at(i).request)
            requests.append(*m_steps.at(i).request);
    }
    return requests;
}

int EditHistory::appliedTypingSteps() const
{
    return int(std::count_if(m_steps.cbegin(), m_steps.cbegin() + m_index,
                             [](const EditStep &step) { return step.isTyping(); }));
}

} // namespace Maestro::Document
