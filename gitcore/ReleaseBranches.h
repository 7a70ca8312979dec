#pragma once

#include "gitcore/CommitLintConfig.h"
#include "gitcore/SemVer.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace gantry {

struct YamlNode;

/// One entry of `release: branches:`, as semantic-release's `branches` option holds it: a name
/// or a micromatch glob, with `prerelease` (true: the branch's name is the identifier; a string:
/// that identifier) or a maintenance `range` ("1.x").
struct ReleaseBranchSpec
{
    QString name;
    bool prerelease = false;
    QString prereleaseId;      // empty with `prerelease: true`: the branch's own name
    QString range;             // empty: the name when it is a maintenance range
};

/// How a branch may release, by semantic-release's branch types.
enum class ReleaseBranchKind {
    Release,     // main, master, next, next-major: releases, in order of the list
    Maintenance, // N.x, N.N.x, N.x.x (or a `range`): fixes and features of an older line
    Prerelease,  // beta, alpha: X.Y.Z-beta.N pre-releases
    None         // anything else: not a release branch
};

/// What the list says about one branch name.
struct ReleaseBranchMatch
{
    ReleaseBranchKind kind = ReleaseBranchKind::None;
    QString branch;        // the branch name asked about
    QString pattern;       // the entry's name that matched
    QString prereleaseId;  // Prerelease
    QString range;         // Maintenance: "1.x"
    SemVer rangeMin;       // Maintenance: the range is [rangeMin, rangeMax)
    SemVer rangeMax;
};

/// The release branches of a repository: semantic-release's `branches` list (its defaults when
/// not configured), matched in order against branch names as semantic-release does, which
/// tells whether a branch releases, which kind of releases, and in which range.
class ReleaseBranches
{
public:
    /// semantic-release's default: `+([0-9])?(.{+([0-9]),x}).x`, master, main, next, next-major,
    /// {name: beta, prerelease: true}, {name: alpha, prerelease: true}.
    static ReleaseBranches defaults();
    /// The `branches` list under `release:`; problems are appended as `file`:line:col.
    static ReleaseBranches read(const YamlNode &node, const QString &file, QList<ConfigProblem> *problems);

    const QList<ReleaseBranchSpec> &specs() const { return m_specs; }
    /// The first entry that matches `branch` (kind None when none does, or `branch` is empty).
    ReleaseBranchMatch match(const QString &branch) const;

    /// semantic-release's maintenance range: "1.x", "1.2.x", "1.x.x", "1.2".
    static bool isMaintenanceRange(const QString &range);
    /// A micromatch glob as branch names use it: `*`, `?`, `[…]`, `{a,b}`, and the extglobs
    /// `+(…)`, `*(…)`, `?(…)`, `@(…)`, `!(…)`; `*` does not cross "/".
    static bool globMatch(const QString &pattern, const QString &name);

private:
    void compile();

    QList<ReleaseBranchSpec> m_specs;
    QList<QRegularExpression> m_patterns; // each spec's name as a glob with extglobs or braces, else empty (GlobMatcher)
};

} // namespace gantry
