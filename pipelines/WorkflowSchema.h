#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace gantry {

/// The keys and value types of a workflow format, read from a JSON schema resource
/// (pipelines/schema/github-workflow.json) so SchemaChecker's rules live in data, not in code.
/// Each type is a scalar kind, a choice of alternatives, a mapping, a sequence, an enum, or a
/// choice by whether a key is present (a job with `uses:` is a reusable-workflow job).
class WorkflowSchema
{
public:
    struct Type
    {
        enum class Kind { Scalar, OneOf, Mapping, Sequence, Enum, Choose };
        Kind kind = Kind::Scalar;
        QString name;              ///< the named type it was defined as, else empty
        QString scalar;            ///< Scalar: "string", "number", "boolean", "null", "scalar", "any"
        QList<int> alternatives;   ///< OneOf
        QHash<QString, int> keys;  ///< Mapping: the known keys and their types
        QStringList keyOrder;      ///< Mapping: the known keys in schema order (for suggestions)
        QStringList required;      ///< Mapping
        int values = -1;           ///< Mapping: the type of any other key, or -1 (unknown keys are errors)
        QString keysAre;           ///< Mapping: what its keys are ("event", "job"); empty: keys
        int item = -1;             ///< Sequence: the item type
        QStringList enumValues;    ///< Enum
        QString enumOf;            ///< Enum: what its values are ("event", "activity-type"); empty: values
        QString chooseKey;         ///< Choose: the key deciding
        int chooseThen = -1, chooseElse = -1;
    };

    /// The GitHub Actions workflow schema compiled into the library.
    static const WorkflowSchema &githubWorkflow();
    /// Reads a schema from JSON; `error` says what is wrong when the result is empty.
    static WorkflowSchema fromJson(const QByteArray &json, QString *error = nullptr);

    bool isEmpty() const { return m_types.isEmpty(); }
    int root() const { return m_root; }
    int typeCount() const { return int(m_types.size()); }
    const Type &type(int index) const { return m_types[index]; }
    /// A named type's index, or -1.
    int named(const QString &name) const { return m_named.value(name, -1); }

private:
    QList<Type> m_types;
    QHash<QString, int> m_named;
    int m_root = -1;

    friend class WorkflowSchemaReader;
};

} // namespace gantry
