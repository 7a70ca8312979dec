#pragma once

#include <git2/oid.h>

#include <QHashFunctions>
#include <QString>

#include <cstring>

namespace gantry {

/// A Git object id (SHA-1) as a small value type: comparable, hashable, printable.
struct Oid
{
    git_oid raw{};

    Oid() = default;
    explicit Oid(const git_oid &id) : raw(id) {}
    explicit Oid(const git_oid *id) { if (id) raw = *id; }

    /// Parses 40 hex digits; returns a null Oid if the text is not one.
    static Oid fromHex(QStringView hex);

    bool isNull() const { return git_oid_is_zero(&raw); }
    QString toString() const;
    QString toShortString(int length = 7) const { return toString().left(length); }
    const git_oid *ptr() const { return &raw; }

    friend bool operator==(const Oid &a, const Oid &b) { return std::memcmp(a.raw.id, b.raw.id, GIT_OID_RAWSZ) == 0; }
    friend bool operator!=(const Oid &a, const Oid &b) { return !(a == b); }
    friend bool operator<(const Oid &a, const Oid &b) { return std::memcmp(a.raw.id, b.raw.id, GIT_OID_RAWSZ) < 0; }
};

inline size_t qHash(const Oid &oid, size_t seed = 0) noexcept
{
    size_t h;
    std::memcpy(&h, oid.raw.id, sizeof h); // SHA-1 bytes are already uniformly distributed
    return h ^ seed;
}

} // namespace gantry

template <>
struct std::hash<gantry::Oid>
{
    size_t operator()(const gantry::Oid &oid) const noexcept { return gantry::qHash(oid); }
};
