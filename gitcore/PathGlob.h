#pragma once

#include "gitcore/GlobMatcher.h"

#include <QString>

namespace gantry {

/// One guard-rail path pattern (`guards.secrets.paths`, `allow`, the built-in secret file
/// names) compiled once, with .gitignore's reading: a pattern without a slash matches the last
/// path segment, a leading slash anchors it at the root, a trailing slash means everything under
/// a folder. The secrets scanner keeps its patterns compiled, so staging thousands of files does
/// not compile them again for each.
class PathGlob
{
public:
    explicit PathGlob(const QString &pattern);

    bool matches(const QString &path) const;
    const QString &pattern() const { return m_pattern; }

private:
    enum class Shape { Glob, Literal, Suffix, Prefix }; // Suffix: "*.pem"; Prefix: "credentials*"

    QString m_pattern;
    GlobMatcher m_matcher;
    bool m_lastSegment = false;
    Shape m_shape = Shape::Glob;
    QString m_literal;  // the literal part, for the shapes other than Glob
};

} // namespace gantry
