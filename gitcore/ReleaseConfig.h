#pragma once

#include "gitcore/CommitLintConfig.h"
#include "gitcore/ReleaseBranches.h"
#include "gitcore/SemVer.h"

#include <QList>
#include <QString>

namespace gantry {

/// One commit type's changelog section, as conventional-changelog-conventionalcommits' `types`.
struct ChangelogType
{
    QString type;
    QString section;
    bool hidden = false;
};

/// How versions and changelogs are made in a repository: the `versions:`, `changelog:` and
/// `release:` sections of `.gantry/conventions.yml`. A missing file or section means the defaults; a
/// malformed one gives problems (file:line:col) and the defaults stay in force for what it broke.
class ReleaseConfig
{
public:
    /// `.gantry/conventions.yml` under `worktreeRoot`.
    static ReleaseConfig discover(const QString &worktreeRoot);
    static ReleaseConfig fromText(const QByteArray &text, const QString &fileName);
    static QString fileName() { return QStringLiteral(".gantry/conventions.yml"); }

    /// Before 1.0.0: breaking → minor, feat → patch (conventional-recommended-bump's preMajor).
    /// Off: semantic-release's rules everywhere (breaking on 0.x releases 1.0.0). Default on.
    bool preMajor() const { return m_preMajor; }
    void setPreMajor(bool on) { m_preMajor = on; }
    /// The version proposed when no version tag exists yet (default 0.1.0).
    const SemVer &initialVersion() const { return m_initial; }
    /// The prefix of a first tag (default "v"); later tags keep the last tag's prefix.
    const QString &tagPrefix() const { return m_tagPrefix; }
    /// The changelog's sections in order, hidden ones included (the preset's defaults).
    const QList<ChangelogType> &types() const { return m_types; }
    static QList<ChangelogType> defaultTypes();
    /// The branches releases are made from (`release: branches:`, semantic-release's defaults).
    const ReleaseBranches &branches() const { return m_branches; }

    const QList<ConfigProblem> &problems() const { return m_problems; }

private:
    void problem(int line, int column, const QString &message);
    void readVersions(const YamlNode &node);
    void readChangelog(const YamlNode &node);
    void readRelease(const YamlNode &node);

    bool m_preMajor = true;
    SemVer m_initial{0, 1, 0};
    QString m_tagPrefix = QStringLiteral("v");
    QList<ChangelogType> m_types = defaultTypes();
    ReleaseBranches m_branches = ReleaseBranches::defaults();
    QString m_file;
    QList<ConfigProblem> m_problems;
};

} // namespace gantry
