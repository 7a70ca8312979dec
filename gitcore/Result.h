#pragma once

#include "gitcore/GitError.h"

#include <optional>
#include <utility>
#include <variant>

namespace gantry {

/// Either a value or the GitError that kept it from being computed.
/// Every gitcore operation that can fail returns one; nothing is swallowed.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(GitError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const GitError &error() const { return std::get<GitError>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message(); }

private:
    std::variant<T, GitError> m_state;
};

/// Result of an operation that yields nothing but success or an error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(GitError error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const GitError &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message(); }

private:
    std::optional<GitError> m_error;
};

/// Turns a libgit2 return code into a Result<void> (rc < 0 → the error, with git_error_last()).
Result<void> check(int rc, const QString &context = {});

} // namespace gantry
