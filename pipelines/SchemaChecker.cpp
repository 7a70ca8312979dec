#include "pipelines/SchemaChecker.h"

#include <algorithm>

namespace gantry {

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

SchemaChecker::SchemaChecker(const YamlSyntaxTree &tree, const WorkflowSchema &schema) : t(tree), s(schema) {}

DiagnosticList SchemaChecker::check() const
{
    DiagnosticList out;
    if (t.root() >= 0 && s.root() >= 0)
        walk(t.root(), s.root(), 0, out);
    return out;
}

QString SchemaChecker::suggestion(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max<int>(2, int(word.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

bool SchemaChecker::isWholeExpression(const QString &value)
{
    const QString v = value.trimmed();
    return v.startsWith(QLatin1String("${{")) && v.endsWith(QLatin1String("}}")) && v.indexOf(QLatin1String("${{"), 3) < 0;
}

void SchemaChecker::add(DiagnosticList &out, int node, const QString &message, const QString &rule) const
{
    const SourceSpan &span = t.node(node).span;
    out.append({Diagnostic::Severity::Error, span.line, span.column, message, rule});
}

bool SchemaChecker::isNull(int node) const
{
    const YamlSyntaxNode &n = t.node(node);
    return n.isScalar() && n.style == YamlSyntaxNode::Style::Plain
        && (n.value.isEmpty() || n.value == QLatin1String("~") || n.value == QLatin1String("null") || n.value == QLatin1String("Null")
            || n.value == QLatin1String("NULL"));
}

void SchemaChecker::walk(int node, int type, int depth, DiagnosticList &out) const
{
    node = t.resolved(node);
    if (node < 0 || type < 0)
        return;
    const YamlSyntaxNode &n = t.node(node);
    const WorkflowSchema::Type &ty = s.type(type);
    if (depth >= 2 && n.isScalar() && isWholeExpression(n.value))
        return;
    switch (ty.kind) {
    case WorkflowSchema::Type::Kind::Scalar:
        walkScalar(node, ty, out);
        return;
    case WorkflowSchema::Type::Kind::Enum:
        walkEnum(node, ty, out);
        return;
    case WorkflowSchema::Type::Kind::Mapping:
        if (!n.isMapping())
            add(out, node, tr("expected %1, found %2").arg(describe(type), describeNode(node)), QStringLiteral("wrong-type"));
        else
            walkMapping(node, ty, depth, out);
        return;
    case WorkflowSchema::Type::Kind::Sequence:
        if (!n.isSequence()) {
            add(out, node, tr("expected %1, found %2").arg(describe(type), describeNode(node)), QStringLiteral("wrong-type"));
            return;
        }
        for (int item : n.children)
            walk(item, ty.item, depth + 1, out);
        return;
    case WorkflowSchema::Type::Kind::Choose:
        walk(node, n.isMapping() && t.value(node, ty.chooseKey) >= 0 ? ty.chooseThen : ty.chooseElse, depth, out);
        return;
    case WorkflowSchema::Type::Kind::OneOf:
        walkOneOf(node, type, depth, out);
        return;
    }
}

void SchemaChecker::walkScalar(int node, const WorkflowSchema::Type &type, DiagnosticList &out) const
{
    const YamlSyntaxNode &n = t.node(node);
    const QString &kind = type.scalar;
    if (kind == QLatin1String("any"))
        return;
    const bool plain = n.style == YamlSyntaxNode::Style::Plain;
    bool ok = n.isScalar();
    if (ok && kind == QLatin1String("string"))
        ok = !isNull(node);
    else if (ok && kind == QLatin1String("number"))
        ok = plain && (n.value.toDouble(&ok), ok);
    else if (ok && kind == QLatin1String("boolean"))
        ok = plain && QStringList{QStringLiteral("true"), QStringLiteral("false")}.contains(n.value.toLower());
    else if (ok && kind == QLatin1String("null"))
        ok = isNull(node);
    if (!ok)
        add(out, node, tr("expected %1, found %2").arg(describeScalar(kind), describeNode(node)), QStringLiteral("wrong-type"));
}

void SchemaChecker::walkEnum(int node, const WorkflowSchema::Type &type, DiagnosticList &out) const
{
    const YamlSyntaxNode &n = t.node(node);
    if (!n.isScalar()) {
        add(out, node, tr("expected a string, found %1").arg(describeNode(node)), QStringLiteral("wrong-type"));
        return;
    }
    if (type.enumValues.contains(n.value))
        return;
    const QString near = suggestion(n.value, type.enumValues);
    if (type.enumOf == QLatin1String("event")) {
        add(out, node, near.isEmpty() ? tr("unknown event \"%1\"").arg(n.value)
                                      : tr("unknown event \"%1\"; did you mean \"%2\"?").arg(n.value, near),
            QStringLiteral("unknown-event"));
    } else if (type.enumOf == QLatin1String("activity-type")) {
        add(out, node, tr("unknown activity type \"%1\"; expected one of: %2").arg(n.value, type.enumValues.join(QStringLiteral(", "))),
            QStringLiteral("activity-type"));
    } else {
        add(out, node, tr("invalid value \"%1\"; expected one of: %2").arg(n.value, type.enumValues.join(QStringLiteral(", "))),
            QStringLiteral("invalid-value"));
    }
}

void SchemaChecker::walkMapping(int node, const WorkflowSchema::Type &type, int depth, DiagnosticList &out) const
{
    for (const auto &[key, value] : t.entries(node)) {
        const QString name = t.node(key).value;
        const auto known = type.keys.constFind(name);
        if (known != type.keys.cend()) {
            walk(value, *known, depth + 1, out);
        } else if (type.values >= 0) {
            walk(value, type.values, depth + 1, out);
        } else {
            const QString near = suggestion(name, type.keyOrder);
            const bool event = type.keysAre == QLatin1String("event");
            QString message;
            if (event)
                message = near.isEmpty() ? tr("unknown event \"%1\"").arg(name) : tr("unknown event \"%1\"; did you mean \"%2\"?").arg(name, near);
            else
                message = near.isEmpty() ? tr("unknown key \"%1\"").arg(name) : tr("unknown key \"%1\"; did you mean \"%2\"?").arg(name, near);
            add(out, key, message, event ? QStringLiteral("unknown-event") : QStringLiteral("unknown-key"));
        }
    }
    for (const QString &required : type.required) {
        if (t.value(node, required) < 0) {
            const int key = t.keyOf(node);
            add(out, key >= 0 ? key : node, tr("missing required key \"%1\"").arg(required), QStringLiteral("missing-key"));
        }
    }
}

QList<int> SchemaChecker::flatten(int type) const
{
    const WorkflowSchema::Type &ty = s.type(type);
    if (ty.kind != WorkflowSchema::Type::Kind::OneOf)
        return {type};
    QList<int> out;
    for (int alternative : ty.alternatives)
        out += flatten(alternative);
    return out;
}

SchemaChecker::Shape SchemaChecker::shape(int type) const
{
    const WorkflowSchema::Type &ty = s.type(type);
    switch (ty.kind) {
    case WorkflowSchema::Type::Kind::Scalar:
        return ty.scalar == QLatin1String("any") ? Shape::Any : Shape::Scalar;
    case WorkflowSchema::Type::Kind::Enum:
        return Shape::Scalar;
    case WorkflowSchema::Type::Kind::Mapping:
        return Shape::Mapping;
    case WorkflowSchema::Type::Kind::Sequence:
        return Shape::Sequence;
    case WorkflowSchema::Type::Kind::Choose:
        return shape(ty.chooseElse);
    case WorkflowSchema::Type::Kind::OneOf:
        return Shape::Any;
    }
    return Shape::Any;
}

void SchemaChecker::walkOneOf(int node, int type, int depth, DiagnosticList &out) const
{
    const YamlSyntaxNode &n = t.node(node);
    const Shape want = n.isMapping() ? Shape::Mapping : n.isSequence() ? Shape::Sequence : Shape::Scalar;
    const QList<int> alternatives = flatten(type);
    DiagnosticList first;
    bool tried = false;
    for (int alternative : alternatives) {
        const Shape has = shape(alternative);
        if (has != want && has != Shape::Any)
            continue;
        DiagnosticList found;
        walk(node, alternative, depth, found);
        if (found.isEmpty())
            return;
        if (!tried)
            first = found;
        tried = true;
    }
    if (tried) {
        out += first;
        return;
    }
    QStringList expected;
    for (int alternative : alternatives)
        expected.append(describe(alternative));
    expected.removeDuplicates();
    add(out, node, tr("expected %1, found %2").arg(expected.join(tr(" or ")), describeNode(node)), QStringLiteral("wrong-type"));
}

QString SchemaChecker::describe(int type) const
{
    if (type < 0)
        return tr("a value");
    const WorkflowSchema::Type &ty = s.type(type);
    switch (ty.kind) {
    case WorkflowSchema::Type::Kind::Mapping:
    case WorkflowSchema::Type::Kind::Choose:
        return tr("a mapping");
    case WorkflowSchema::Type::Kind::Sequence:
        return tr("a sequence");
    case WorkflowSchema::Type::Kind::Enum:
        return tr("a string");
    case WorkflowSchema::Type::Kind::OneOf:
        return ty.alternatives.size() == 1 ? describe(ty.alternatives.first()) : tr("a value");
    case WorkflowSchema::Type::Kind::Scalar:
        return describeScalar(ty.scalar);
    }
    return tr("a value");
}

QString SchemaChecker::describeScalar(const QString &kind)
{
    if (kind == QLatin1String("number"))
        return tr("a number");
    if (kind == QLatin1String("boolean"))
        return tr("a boolean");
    if (kind == QLatin1String("null"))
        return tr("nothing");
    return tr("a string");
}

QString SchemaChecker::describeNode(int node) const
{
    const YamlSyntaxNode &n = t.node(node);
    if (n.isMapping())
        return tr("a mapping");
    if (n.isSequence())
        return tr("a sequence");
    if (isNull(node))
        return tr("nothing");
    return tr("\"%1\"").arg(n.value.left(40));
}

} // namespace gantry
