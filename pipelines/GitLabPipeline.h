#pragma once

#include "pipelines/Diagnostic.h"
#include "pipelines/YamlSyntaxTree.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace gantry {

/// One job of a GitLab CI pipeline, as GitLab runs it: after `extends:` and local `include:`
/// files are merged in (the "merged view").
struct GitLabJob
{
    QString id;
    QString stage = QStringLiteral("test");  ///< GitLab's default stage
    QStringList needs;
    QStringList extends;      ///< as written in the job (before merging)
    QString when;             ///< on_success, manual, always, never, delayed…
    int ruleCount = 0;        ///< entries of `rules:`
    QString image;
    QString environment;
    QStringList script;       ///< script lines
    QList<int> scriptNodes;   ///< each script line's scalar, when the job writes its script here
    qint64 parallelCount = 0; ///< parallel: N, or the combinations of parallel:matrix (0: none); GitLabParallel
    QJsonObject merged;       ///< the job's keys after extends and includes
    int keyNode = -1;         ///< the job's key in this file (-1 when it comes from an include)
    int node = -1;
};

/// A `.gitlab-ci.yml` read into stages and jobs (hidden `.jobs` and keywords left out), with the
/// findings GitLab would report: unknown keywords in a job, a stage not in `stages:`, `needs` or
/// `extends` naming nothing (or going round in a circle), an include that cannot be read.
struct GitLabPipeline
{
    QStringList stages;
    QList<GitLabJob> jobs;
    DiagnosticList diagnostics;

    const GitLabJob *job(const QString &id) const;
};

/// Reads GitLab CI files. Local includes (`include: 'file.yml'`, `include: [{local: …}]`, nested
/// ones too) are read through `readInclude` (a normalised path relative to the project root →
/// its bytes, or an error; GitLabIncludes); remote, project and template includes are reported
/// as not followed.
class GitLabReader
{
public:
    using IncludeReader = std::function<QByteArray(const QString &path, QString *error)>;
    /// GitLab's default limit of includes per pipeline.
    static constexpr int DefaultMaxIncludes = 150;

    /// `maxIncludes`: how many includes (nested and repeated ones too) the pipeline may have,
    /// GitLab's default 150 unless `.gantry/ci.yml` says otherwise (GitLabIncludes).
    static GitLabPipeline read(const YamlSyntaxTree &tree, const IncludeReader &readInclude = {},
                               int maxIncludes = DefaultMaxIncludes);
    /// GitLab's global keywords: top-level keys that are not jobs.
    static bool isGlobalKeyword(const QString &key);
    /// The keywords a job may use.
    static bool isJobKeyword(const QString &key);
};

} // namespace gantry
