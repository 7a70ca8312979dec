#include "pipelines/WorkflowSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gantry {

/// Turns the JSON definitions into WorkflowSchema::Type entries, resolving names at the end so a
/// type may refer to one defined later.
class WorkflowSchemaReader
{
public:
    explicit WorkflowSchemaReader(WorkflowSchema &schema) : s(schema) {}

    bool read(const QJsonObject &doc, QString *error)
    {
        const QJsonObject types = doc.value(QLatin1String("types")).toObject();
        for (auto it = types.begin(); it != types.end(); ++it) {
            const int index = add({});
            s.m_named.insert(it.key(), index);
        }
        for (auto it = types.begin(); it != types.end(); ++it) {
            const int index = s.m_named.value(it.key());
            if (it.value().isString() && !isScalarKind(it.value().toString())) {
                s.m_types[index].kind = WorkflowSchema::Type::Kind::OneOf;
                s.m_types[index].name = it.key();
                m_pending.append({index, it.value().toString()});
                continue;
            }
            const int parsed = parse(it.value());
            WorkflowSchema::Type copy = s.m_types[parsed];
            copy.name = it.key();
            s.m_types[index] = copy;
        }
        for (const auto &[index, name] : std::as_const(m_pending)) {
            if (!s.m_named.contains(name)) {
                if (error)
                    *error = QStringLiteral("unknown type \"%1\"").arg(name);
                return false;
            }
        }
        // References became one-alternative OneOf placeholders; point them at their targets.
        for (const auto &[index, name] : std::as_const(m_pending))
            s.m_types[index].alternatives = {s.m_named.value(name)};
        s.m_root = s.m_named.value(doc.value(QLatin1String("root")).toString(), -1);
        if (s.m_root < 0 && error)
            *error = QStringLiteral("no root type");
        return s.m_root >= 0;
    }

private:
    using Type = WorkflowSchema::Type;

    int add(Type type)
    {
        s.m_types.append(std::move(type));
        return int(s.m_types.size()) - 1;
    }

    static bool isScalarKind(const QString &name)
    {
        static const QStringList kinds{QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"),
                                       QStringLiteral("null"), QStringLiteral("scalar"), QStringLiteral("any")};
        return kinds.contains(name);
    }

    int parse(const QJsonValue &value)
    {
        Type type;
        if (value.isString()) {
            const QString name = value.toString();
            if (isScalarKind(name)) {
                type.scalar = name;
                return add(type);
            }
            type.kind = Type::Kind::OneOf;
            const int index = add(type);
            m_pending.append({index, name});
            return index;
        }
        const QJsonObject o = value.toObject();
        if (o.contains(QLatin1String("oneOf"))) {
            type.kind = Type::Kind::OneOf;
            for (const QJsonValue &alternative : o.value(QLatin1String("oneOf")).toArray())
                type.alternatives.append(parse(alternative));
        } else if (o.contains(QLatin1String("mapping"))) {
            type.kind = Type::Kind::Mapping;
            const QJsonObject keys = o.value(QLatin1String("mapping")).toObject();
            for (auto it = keys.begin(); it != keys.end(); ++it) {
                type.keys.insert(it.key(), parse(it.value()));
                type.keyOrder.append(it.key());
            }
            for (const QJsonValue &key : o.value(QLatin1String("required")).toArray())
                type.required.append(key.toString());
            if (o.contains(QLatin1String("values")))
                type.values = parse(o.value(QLatin1String("values")));
            type.keysAre = o.value(QLatin1String("keys")).toString();
        } else if (o.contains(QLatin1String("sequence"))) {
            type.kind = Type::Kind::Sequence;
            type.item = parse(o.value(QLatin1String("sequence")));
        } else if (o.contains(QLatin1String("enum"))) {
            type.kind = Type::Kind::Enum;
            for (const QJsonValue &v : o.value(QLatin1String("enum")).toArray())
                type.enumValues.append(v.toString());
            type.enumOf = o.value(QLatin1String("of")).toString();
        } else if (o.contains(QLatin1String("choose"))) {
            const QJsonObject c = o.value(QLatin1String("choose")).toObject();
            type.kind = Type::Kind::Choose;
            type.chooseKey = c.value(QLatin1String("key")).toString();
            type.chooseThen = parse(c.value(QLatin1String("then")));
            type.chooseElse = parse(c.value(QLatin1String("else")));
        } else {
            type.scalar = QStringLiteral("any");
        }
        return add(type);
    }

    WorkflowSchema &s;
    QList<std::pair<int, QString>> m_pending;
};

WorkflowSchema WorkflowSchema::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    WorkflowSchema schema;
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return schema;
    }
    if (!WorkflowSchemaReader(schema).read(doc.object(), error))
        return WorkflowSchema();
    return schema;
}

const WorkflowSchema &WorkflowSchema::githubWorkflow()
{
    static const WorkflowSchema schema = [] {
        QFile file(QStringLiteral(":/pipelines/schema/github-workflow.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the workflow schema resource is missing");
        QString error;
        WorkflowSchema s = fromJson(file.readAll(), &error);
        if (s.isEmpty())
            qFatal("the workflow schema resource is broken: %s", qPrintable(error));
        return s;
    }();
    return schema;
}

} // namespace gantry
