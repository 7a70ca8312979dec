#pragma once

#include "pipelines/TextPatch.h"
#include "pipelines/WorkflowDocument.h"
#include "pipelines/YamlOut.h"

#include <QJsonValue>
#include <QString>

namespace gantry {

/// What an edit did: the new text and the patch that made it, or why it was refused (the text
/// is then the old one).
struct WorkflowEditResult
{
    bool ok = false;
    QString error;
    QByteArray text;
    TextPatch patch;
};

/// What the visual editors of GitHub workflows (WorkflowEditor) and GitLab pipelines
/// (GitLabEditor) share: the document and its JSON, refusing an edit, the check that accepts a
/// patch only when the re-parsed text means exactly the intended JSON (and, for GitLab, adds no
/// finding GitLab would reject), and setting a value at a dotted key path.
class WorkflowEditBase
{
public:
    virtual ~WorkflowEditBase() = default;

    /// Sets the value at a dotted key path ("jobs.build.runs-on", "on.schedule.0.cron"),
    /// creating the missing keys; VALUE as typed on a command line (30 is a number).
    WorkflowEditResult set(const QString &keyPath, const QString &value) const;
    /// The same with any value: a list of runner labels, a map, a multi-line string.
    virtual WorkflowEditResult setValue(const QString &keyPath, const YamlOut &value) const;

protected:
    explicit WorkflowEditBase(const WorkflowDocument &document);
    WorkflowEditBase(const WorkflowEditBase &) = default;
    WorkflowEditBase &operator=(const WorkflowEditBase &) = default;

    /// Why this file cannot be edited visually (a YAML error, the wrong kind), or empty.
    virtual QString blockingError() const = 0;
    /// A YAML error, or `notAMapping` when the top level is not a mapping; empty when editable.
    QString yamlError(const QString &notAMapping) const;
    WorkflowEditResult refuse(const QString &error) const;
    /// Applies the patch, re-parses, and accepts it only if the result means `expected`.
    WorkflowEditResult finish(const TextPatch &patch, const QJsonValue &expected) const;
    /// Refuses with `error` when there is one, else finish(patch, expected).
    WorkflowEditResult finish(const QString &error, const TextPatch &patch, const QJsonValue &expected) const;

    WorkflowDocument m_doc;
    QJsonValue m_json;
};

} // namespace gantry
