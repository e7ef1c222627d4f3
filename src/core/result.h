// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace Maestro::Core {

// Either a value or an Error. Errors are values in this project: exceptions from
// third-party libraries are converted at the boundary and never escape it.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_data(value)
    {}
    Result(T &&value)
        : m_data(std::move(value))
    {}
    Result(const Error &error)
        : m_data(error)
    {}
    Result(Error &&error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    const T &operator*() const { return std::get<0>(m_data); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that produce nothing but can fail.
struct Success
{};
using VoidResult = Result<Success>;

} // namespace Maestro::Core
