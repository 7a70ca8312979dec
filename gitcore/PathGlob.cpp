#include "gitcore/PathGlob.h"

#include <algorithm>

namespace gantry {

namespace {

QString globOf(const QString &pattern)
{
    QString glob = pattern;
    if (glob.startsWith(QLatin1Char('/')))
        glob.remove(0, 1); // anchored at the root, as in .gitignore
    if (glob.endsWith(QLatin1Char('/')))
        glob += QStringLiteral("**");
    return glob;
}

} // namespace

PathGlob::PathGlob(const QString &pattern)
    : m_pattern(pattern)
    , m_matcher(globOf(pattern), GlobMatcher::Syntax::Paths)
    , m_lastSegment(!pattern.startsWith(QLatin1Char('/')) && !pattern.contains(QLatin1Char('/')))
{
    // The built-in secret names are all one literal with at most one star at an end: compare
    // those directly (a simple name is checked for every file staged).
    if (!m_lastSegment)
        return;
    const auto special = [](QChar c) { return c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[') || c == QLatin1Char('\\'); };
    const QString middle = pattern.mid(1, qMax<qsizetype>(0, pattern.size() - 2));
    if (std::any_of(middle.cbegin(), middle.cend(), special) || pattern.size() < 2)
        return;
    const bool starFirst = pattern.front() == QLatin1Char('*');
    const bool starLast = pattern.back() == QLatin1Char('*');
    if (starFirst && !starLast) {
        m_shape = Shape::Suffix;
        m_literal = pattern.mid(1);
    } else if (starLast && !starFirst) {
        m_shape = Shape::Prefix;
        m_literal = pattern.chopped(1);
    } else if (!starFirst && !special(pattern.front()) && !special(pattern.back())) {
        m_shape = Shape::Literal;
        m_literal = pattern;
    }
}

bool PathGlob::matches(const QString &path) const
{
    if (!m_lastSegment)
        return m_matcher.matches(path);
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QStringView name = slash < 0 ? QStringView(path) : QStringView(path).mid(slash + 1);
    switch (m_shape) {
    case Shape::Literal: return name == m_literal;
    case Shape::Suffix: return name.endsWith(m_literal); // '*' may match nothing, and no '/' is left
    case Shape::Prefix: return name.startsWith(m_literal);
    case Shape::Glob: break;
    }
    return m_matcher.matches(name.toString());
}

} // namespace gantry
