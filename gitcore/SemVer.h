#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace gantry {

/// A Semantic Versioning 2.0.0 version: MAJOR.MINOR.PATCH, an optional pre-release
/// ("-rc.1") and build metadata ("+build.5", ignored when comparing), as semver.org defines
/// them. Also reads tag names ("v1.2.3" or "1.2.3"), keeping the prefix for formatting.
class SemVer
{
public:
    enum class Bump { None = 0, Patch = 1, Minor = 2, Major = 3 };

    SemVer() = default;
    SemVer(quint64 major, quint64 minor, quint64 patch, QStringList preRelease = {}, QStringList build = {});

    /// Strict SemVer 2.0.0 (no "v", no leading zeros in numbers or numeric identifiers).
    static std::optional<SemVer> parse(const QString &text);
    /// A tag name: an optional "v" (kept as prefix()) followed by a strict version.
    static std::optional<SemVer> fromTag(const QString &tagName);

    quint64 major() const { return m_major; }
    quint64 minor() const { return m_minor; }
    quint64 patch() const { return m_patch; }
    const QStringList &preRelease() const { return m_pre; }
    const QStringList &build() const { return m_build; }
    bool isPreRelease() const { return !m_pre.isEmpty(); }
    /// "v" when read from "v1.2.3", else empty.
    const QString &prefix() const { return m_prefix; }
    void setPrefix(const QString &prefix) { m_prefix = prefix; }

    /// "1.2.3-rc.1+build" (without the prefix).
    QString toString() const;
    /// prefix() + toString(): the tag name.
    QString toTag() const { return m_prefix + toString(); }

    /// The release this version leads to with `bump`, as semver's inc() does: a pre-release
    /// of 1.3.0 bumped by minor is 1.3.0; 1.2.3 by minor is 1.3.0. Pre-release and build dropped.
    SemVer bumped(Bump bump) const;
    /// The same version without pre-release and build.
    SemVer release() const;

    /// -1, 0 or 1 by SemVer precedence (build metadata ignored).
    static int compare(const SemVer &a, const SemVer &b);
    friend bool operator<(const SemVer &a, const SemVer &b) { return compare(a, b) < 0; }
    friend bool operator==(const SemVer &a, const SemVer &b) { return compare(a, b) == 0; }
    friend bool operator!=(const SemVer &a, const SemVer &b) { return compare(a, b) != 0; }

    /// "major", "minor", "patch" or "none".
    static QString bumpName(Bump bump);

private:
    quint64 m_major = 0;
    quint64 m_minor = 0;
    quint64 m_patch = 0;
    QStringList m_pre;
    QStringList m_build;
    QString m_prefix;
};

} // namespace gantry
