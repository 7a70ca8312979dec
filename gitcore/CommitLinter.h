#pragma once

#include "gitcore/CommitLintConfig.h"
#include "gitcore/ConventionalCommit.h"

#include <QList>
#include <QString>

namespace gantry {

/// One rule a message broke, with where (line and column 1-based).
struct LintFinding
{
    QString rule;
    LintLevel level = LintLevel::Error;
    QString message;
    int line = 1;
    int column = 1;
    /// "LINE:COL: error|warning: <rule>: <message>".
    QString toString() const;
};

/// Lints commit messages the way commitlint does with a configuration (by default
/// @commitlint/config-conventional): same rules, same verdicts, same messages, plus the line and
/// column of each finding.
class CommitLinter
{
public:
    /// The longest header linted, in UTF-16 units (2 Mi): a longer one gets the single finding
    /// "header-size-limit" and is not parsed. Every step of linting is linear, so this bounds the
    /// work of one lint (~0.2 s on a laptop); no real header comes near (commitlint's
    /// header-max-length is 100), and 2 Mi leaves room above the 1 MB header the benchmark lints.
    static constexpr qsizetype kMaxHeaderLength = qsizetype(2) * 1024 * 1024;

    explicit CommitLinter(CommitLintConfig config = CommitLintConfig::conventional());

    /// The findings for `message`, ordered by position. Messages commitlint ignores (merges,
    /// reverts, fixup!/squash!/amend!, release commits, when defaultIgnores is on) and empty
    /// messages give none. `commentChar` non-null: comment lines are dropped first (git's
    /// message file, as `commitlint --edit`).
    QList<LintFinding> lint(const QString &message, QChar commentChar = QChar()) const;
    /// commitlint's default ignores (@commitlint/is-ignored).
    static bool isIgnoredByDefault(const QString &message);
    static bool hasErrors(const QList<LintFinding> &findings);

    const CommitLintConfig &config() const { return m_config; }

private:
    CommitLintConfig m_config;
};

} // namespace gantry
