#pragma once

#include "pipelines/Diagnostic.h"
#include "pipelines/WorkflowSchema.h"
#include "pipelines/YamlSyntaxTree.h"

#include <QCoreApplication>

namespace gantry {

/// Walks a YamlSyntaxTree along a WorkflowSchema and reports, at the offending node: unknown keys
/// (with the nearest known key as a suggestion), missing required keys, values of the wrong type,
/// and values outside an enum (unknown events and activity types have rules of their own).
/// A whole `${{ }}` scalar is accepted for any value below the top two levels, as GitHub does.
class SchemaChecker
{
    Q_DECLARE_TR_FUNCTIONS(gantry::SchemaChecker)

public:
    SchemaChecker(const YamlSyntaxTree &tree, const WorkflowSchema &schema);

    /// The findings for the whole tree (nothing for an empty one).
    DiagnosticList check() const;

    /// The candidate closest to `word` by edit distance, or empty when none is close.
    static QString suggestion(const QString &word, const QStringList &candidates);
    /// Whether a scalar is exactly one `${{ … }}` expression.
    static bool isWholeExpression(const QString &value);

private:
    enum class Shape { Scalar, Mapping, Sequence, Any };

    void walk(int node, int type, int depth, DiagnosticList &out) const;
    void walkScalar(int node, const WorkflowSchema::Type &type, DiagnosticList &out) const;
    void walkMapping(int node, const WorkflowSchema::Type &type, int depth, DiagnosticList &out) const;
    void walkEnum(int node, const WorkflowSchema::Type &type, DiagnosticList &out) const;
    void walkOneOf(int node, int type, int depth, DiagnosticList &out) const;
    /// A type's concrete alternatives (references and nested choices flattened).
    QList<int> flatten(int type) const;
    Shape shape(int type) const;
    QString describe(int type) const;
    static QString describeScalar(const QString &kind);
    QString describeNode(int node) const;
    bool isNull(int node) const;
    void add(DiagnosticList &out, int node, const QString &message, const QString &rule) const;

    const YamlSyntaxTree &t;
    const WorkflowSchema &s;
};

} // namespace gantry
