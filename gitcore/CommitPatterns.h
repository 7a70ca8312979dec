#pragma once

#include <QList>
#include <QString>

namespace gantry {

/// The patterns of conventional-commits-parser that a regular-expression engine matches in
/// quadratic (or worse) time on a long line, hand-written to run in one pass with the same
/// results: the header pattern `^(\w*)(?:\((.*)\))?(!?): (.*)$` and the issue-reference pattern
/// `(?:.*?)??\s*([\w.\/-]*?)??(#)([\w-]*\d+)` matched globally, and the revert pattern. Character classes are
/// JavaScript's ASCII ones (`\w` is [A-Za-z0-9_], `\s` ASCII whitespace, `.` anything but
/// \n, \r, U+2028 and U+2029). Each costs at most a fixed number of looks at every character.
class CommitPatterns
{
public:
    /// A part of the text: `start` and `length` in UTF-16 units.
    struct Part
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };
    struct Header
    {
        bool matched = false;
        Part type;
        Part scope;
        Part subject;
        bool breakingMark = false;
    };
    /// `type(scope)!: subject`; without `allowBreakingMark` (the angular preset) no "!".
    static Header matchHeader(const QString &header, bool allowBreakingMark);

    struct Reference
    {
        Part raw;        // from the end of the previous reference (or the start) to the issue's end
        Part repository; // "owner/repo" before "#", possibly empty
        Part issue;      // after "#"
    };
    /// Every issue reference in `sentence`, in order, as a global match of the pattern finds them.
    static QList<Reference> references(const QString &sentence);

    struct Revert
    {
        bool matched = false;
        Part target; // the reverted header
        Part hash;
    };
    /// The parser's revertPattern, case-insensitive:
    /// `^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\.`
    static Revert matchRevert(const QString &message);
};

} // namespace gantry
