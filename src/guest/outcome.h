// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace Maestro::Guest {

// What went wrong, in the words the user sees on standard error.
struct Failure
{
    std::string message;
};

// A value or a Failure: errors are values here as in the rest of the project (STYLE rule 4),
// without the Qt-based Result of maestro_core, which this executable must not link.
template<typename T>
class Outcome
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    {}
    Outcome(Failure failure)
        : m_failure(std::move(failure))
    {}

    explicit operator bool() const { return m_value.has_value(); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const std::string &error() const { return m_failure.message; }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

} // namespace Maestro::Guest
