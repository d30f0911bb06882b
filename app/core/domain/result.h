#pragma once

#include "error.h"

#include <optional>
#include <utility>
#include <variant>

namespace cw {

/// Either a value of type T or an Error. Core's functions return it instead of throwing.
///
/// Usage: `auto r = repo.load(id); if (!r) return r.error(); use(r.value());`
/// Thread affinity: none; a Result is a plain value.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    /// Precondition: ok().
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    /// Precondition: !ok().
    const Error &error() const { return std::get<Error>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation with no value: success, or an Error.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    /// Precondition: !ok().
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace cw
