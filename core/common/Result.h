#pragma once

#include "core/common/Error.h"

#include <utility>
#include <variant>

namespace tieout {

// A value or an Error. Core functions return this instead of throwing; exceptions never cross
// a module boundary. (std::expected needs C++23 and a newer clang than the fuzz toolchain.)
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_state(value) {}
    Result(T &&value) : m_state(std::move(value)) {}
    Result(const Error &error) : m_state(error) {}
    Result(Error &&error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Success without a value.
struct Ok
{
};

using Status = Result<Ok>;

inline Status okStatus() { return Ok{}; }

} // namespace tieout
