#pragma once

#include <QList>
#include <QString>

namespace gantry {

/// Matches a name or path against one glob in time proportional to pattern length × text length,
/// whatever the pattern: the glob is compiled once into a chain of states and the text is run
/// through the set of live states, character by character (a Thompson simulation), so a pattern
/// such as `*a*a*a*a*a*b` never backtracks. Every glob in `.gantry/conventions.yml` (branch
/// policy, protected branches, secret paths and allow-lists, plain release-branch names) goes
/// through it. Characters are Unicode code points; matching is case-sensitive and whole-text.
class GlobMatcher
{
public:
    enum class Syntax {
        /// BranchPolicy: `*` any run of characters, slashes included; `?` any one character.
        Names,
        /// .gitignore-like: `*` and `?` stay within one path segment, `**` crosses segments and
        /// `**/` also matches no folder at all.
        Paths,
        /// micromatch without extglobs and braces: `*` and `?` within a segment, `**` any run,
        /// `[abc]`, `[a-z]`, `[!a]` / `[^a]` one character of (or not of) a set.
        PathsWithClasses,
    };

    explicit GlobMatcher(const QString &pattern, Syntax syntax = Syntax::Names);

    /// Whether `text` as a whole matches. With `steps`, adds the number of (state, character)
    /// transitions made: never more than (states + 1) × (characters + 1).
    bool matches(const QString &text, qint64 *steps = nullptr) const;
    static bool match(const QString &pattern, const QString &text, Syntax syntax = Syntax::Names);

    const QString &pattern() const { return m_pattern; }
    /// The number of states (one per literal, `?`, set or star, consecutive stars being one,
    /// and one more for each `**/`).
    qsizetype stateCount() const { return m_tokens.size(); }

private:
    struct Token
    {
        enum class Kind { Literal, Any, Set, Star, Fork }; // Fork: "**/" may match nothing
        Kind kind = Kind::Literal;
        char32_t ch = 0;
        bool crossesSlash = true;   // Any, Star: may consume '/'
        bool negated = false;       // Set
        QList<std::pair<char32_t, char32_t>> ranges; // Set: inclusive ranges
        bool accepts(char32_t c) const;
    };

    QString m_pattern;
    QList<Token> m_tokens;
};

} // namespace gantry
