#pragma once

#include "gitcore/CommitLintConfig.h" // ConfigProblem

#include <QList>
#include <QString>
#include <QStringList>

namespace gantry {

/// One kind of branch the new-branch dialog offers ("feat", "hotfix"): the names it builds
/// start with `<name>/`, and it starts from the first of `bases` that exists.
struct BranchType
{
    QString name;
    QString description;
    /// Candidate start points in order of preference ("develop", "main", "master").
    QStringList bases;
};

/// The policy's verdict on one branch name.
struct BranchVerdict
{
    enum class Kind { Fits, Invalid, NotAllowed };
    Kind kind = Kind::Fits;
    /// Why the name does not fit (empty when it fits).
    QString reason;
    /// The allowed pattern the name matched (empty unless it fits).
    QString pattern;
    bool fits() const { return kind == Kind::Fits; }
};

/// A repository's branch naming convention: the allowed names (globs such as `feat/*`), the
/// branch types offered when creating one and where each starts. Read from the `branches:`
/// section of `.gantry/conventions.yml`; defaults without it. Problems in the file are
/// collected (file, line, column) and the defaults stay in force for what could not be read.
class BranchPolicy
{
public:
    /// `.gantry/conventions.yml`, relative to the worktree root.
    static QString configPath(const QString &worktree);

    /// main, master, develop, feat/*, feature/*, fix/*, bugfix/*, hotfix/*, release/*, chore/*;
    /// types feat, fix, chore (from develop, else main/master), hotfix (from main/master),
    /// release (from develop, else main/master).
    static BranchPolicy defaults();
    /// The policy of the worktree at `worktree`: its `.gantry/conventions.yml`, or the defaults.
    static BranchPolicy discover(const QString &worktree);
    static BranchPolicy fromFile(const QString &path);
    /// Reads the configuration text as if it came from `fileName` (named in problems).
    static BranchPolicy fromText(const QByteArray &text, const QString &fileName);

    /// Whether `name` matches `pattern`: `*` any run of characters (slashes included), `?` one.
    static bool globMatch(const QString &pattern, const QString &name);

    /// git_branch_name_is_valid first, then the allowed patterns.
    BranchVerdict check(const QString &name) const;
    /// The type whose prefix `name` starts with ("hotfix" for "hotfix/x"), or nullptr.
    const BranchType *typeOf(const QString &name) const;
    const BranchType *type(const QString &typeName) const;
    /// The first of the type's bases among `existingBranches`; empty when none exists.
    QString baseFor(const QString &typeName, const QStringList &existingBranches) const;

    const QStringList &allowed() const { return m_allowed; }
    const QList<BranchType> &types() const { return m_types; }
    /// How names are built from type, issue and description (see BranchNameBuilder).
    const QString &format() const { return m_format; }
    int slugMaxLength() const { return m_slugMaxLength; }
    /// The file read, or empty for the built-in defaults.
    const QString &source() const { return m_source; }
    const QList<ConfigProblem> &problems() const { return m_problems; }

private:
    void read(const QByteArray &text);
    void problem(int line, int column, const QString &message);

    QStringList m_allowed;
    QList<BranchType> m_types;
    QString m_format;
    int m_slugMaxLength = 48;
    QString m_source;
    QList<ConfigProblem> m_problems;
};

} // namespace gantry
