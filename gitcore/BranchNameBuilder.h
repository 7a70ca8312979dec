#pragma once

#include <QString>

namespace gantry {

/// Builds a branch name from a type, an optional issue number and a short description, as the
/// new-branch dialog proposes it: "feat" + "123" + "Add dark mode" → "feat/123-add-dark-mode".
class BranchNameBuilder
{
public:
    /// The description as a slug: accents transliterated to ASCII where possible (é → e, ß → ss),
    /// lower-case, every run of other characters one '-', no '-' at either end, at most
    /// `maxLength` characters (cut at a word boundary when one is near).
    static QString slug(const QString &text, int maxLength = 48);
    /// The issue as it goes into a name: "#123" → "123", "PROJ-42" kept; anything but letters,
    /// digits and '-' dropped.
    static QString issue(const QString &text);
    /// `format` with {type}, {issue} and {slug} replaced; separators left dangling by an empty
    /// part are removed ("{type}/{issue}-{slug}" without an issue gives "feat/add-dark-mode").
    static QString build(const QString &format, const QString &type, const QString &issue,
                         const QString &description, int slugMaxLength = 48);
};

} // namespace gantry
