#pragma once

#include "pipelines/GitLabPipeline.h"
#include "pipelines/YamlSyntaxTree.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace gantry {

/// Where a GitLab CI file names a job: the `needs:` (a name or `job: name`), `dependencies:` and
/// `extends:` of its top-level entries, as syntax nodes, and the same renames and removals on the
/// file's JSON — what renaming or removing a job changes, in the text and in its meaning.
namespace GitLabReferences {

struct Reference
{
    QString key;        ///< needs, dependencies or extends
    int keyNode = -1;   ///< the entry's key
    int list = -1;      ///< the list holding the name; -1 when the value is the name itself
    int index = -1;     ///< the name's item in that list
    int scalar = -1;    ///< the scalar that is the name
    bool viaAlias = false; ///< the value is an alias (*name) of a list written elsewhere
};

/// The references to `job` under `keys` in every top-level entry's mapping, each scalar once
/// (an anchored list merged into several jobs is found once). `skipEntry`: a key node whose
/// entry is left out (the job being removed).
QList<Reference> find(const YamlSyntaxTree &tree, const QString &job, const QStringList &keys, int skipEntry = -1);
/// A `!reference [job, …]` tag naming `job`, or -1.
int referenceTag(const YamlSyntaxTree &tree, const QString &job);
/// The file's JSON with `from` renamed to `to`: its top-level key and every reference under `keys`.
QJsonValue renamed(const QJsonValue &root, const QString &from, const QString &to, const QStringList &keys);
/// The JSON with `job` gone from every `needs:` (the key too when nothing is left) and
/// `dependencies:` (an empty list then) of the top-level entries.
QJsonValue dropped(const QJsonValue &root, const QString &job);

/// Why `job` (in `jobStage`) cannot need `need`: no such job, itself, a later stage, or a
/// circle of needs (named); empty when it can.
QString needsProblem(const GitLabPipeline &pipeline, const QString &job, const QString &jobStage, const QString &need);

} // namespace GitLabReferences

} // namespace gantry
