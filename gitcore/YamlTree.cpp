#include "gitcore/YamlTree.h"

#include <QRegularExpression>

#include <yaml.h>

namespace gantry {

const YamlNode *YamlNode::value(const QString &key) const
{
    for (const auto &[k, v] : entries)
        if (k.isScalar() && k.scalar == key)
            return &v;
    return nullptr;
}

const YamlNode *YamlNode::keyNode(const QString &key) const
{
    for (const auto &[k, v] : entries)
        if (k.isScalar() && k.scalar == key)
            return &k;
    return nullptr;
}

bool YamlNode::isInteger() const
{
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    return kind == Kind::Scalar && !quoted && integer.match(scalar).hasMatch();
}

bool YamlNode::isBoolean() const
{
    return kind == Kind::Scalar && !quoted
        && (scalar == QLatin1String("true") || scalar == QLatin1String("false"));
}

namespace {

/// Builds nodes from libyaml's event stream (aliases become null nodes).
class Builder
{
public:
    explicit Builder(yaml_parser_t *parser) : m_parser(parser) {}

    bool next(yaml_event_t *event)
    {
        if (!yaml_parser_parse(m_parser, event))
            return false;
        return true;
    }

    // Reads one node starting with `event` (already taken).
    bool node(yaml_event_t &event, YamlNode *out)
    {
        out->line = int(event.start_mark.line) + 1;
        out->column = int(event.start_mark.column) + 1;
        switch (event.type) {
        case YAML_SCALAR_EVENT:
            out->kind = YamlNode::Kind::Scalar;
            out->scalar = QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.value),
                                            qsizetype(event.data.scalar.length));
            out->quoted = event.data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE
                || event.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
                || event.data.scalar.style == YAML_LITERAL_SCALAR_STYLE
                || event.data.scalar.style == YAML_FOLDED_SCALAR_STYLE;
            if (!out->quoted && (out->scalar.isEmpty() || out->scalar == QLatin1String("null")
                                 || out->scalar == QLatin1String("~")))
                out->kind = YamlNode::Kind::Null;
            yaml_event_delete(&event);
            return true;
        case YAML_ALIAS_EVENT:
            yaml_event_delete(&event);
            return true;
        case YAML_SEQUENCE_START_EVENT: {
            out->kind = YamlNode::Kind::Sequence;
            yaml_event_delete(&event);
            for (;;) {
                yaml_event_t item;
                if (!next(&item))
                    return false;
                if (item.type == YAML_SEQUENCE_END_EVENT) {
                    yaml_event_delete(&item);
                    return true;
                }
                YamlNode child;
                if (!node(item, &child))
                    return false;
                out->items.append(child);
            }
        }
        case YAML_MAPPING_START_EVENT: {
            out->kind = YamlNode::Kind::Mapping;
            yaml_event_delete(&event);
            for (;;) {
                yaml_event_t keyEvent;
                if (!next(&keyEvent))
                    return false;
                if (keyEvent.type == YAML_MAPPING_END_EVENT) {
                    yaml_event_delete(&keyEvent);
                    return true;
                }
                YamlNode key;
                if (!node(keyEvent, &key))
                    return false;
                yaml_event_t valueEvent;
                if (!next(&valueEvent))
                    return false;
                YamlNode value;
                if (!node(valueEvent, &value))
                    return false;
                out->entries.append({key, value});
            }
        }
        default:
            yaml_event_delete(&event);
            return true;
        }
    }

private:
    yaml_parser_t *m_parser;
};

} // namespace

YamlTree::ParseResult YamlTree::parse(const QByteArray &text)
{
    ParseResult result;
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size()));
    Builder builder(&parser);
    bool ok = true;
    bool haveRoot = false;
    for (;;) {
        yaml_event_t event;
        if (!builder.next(&event)) {
            ok = false;
            break;
        }
        const yaml_event_type_t type = event.type;
        if (type == YAML_STREAM_END_EVENT) {
            yaml_event_delete(&event);
            break;
        }
        if (!haveRoot && (type == YAML_SCALAR_EVENT || type == YAML_SEQUENCE_START_EVENT
                          || type == YAML_MAPPING_START_EVENT || type == YAML_ALIAS_EVENT)) {
            haveRoot = true;
            if (!builder.node(event, &result.root)) {
                ok = false;
                break;
            }
            continue;
        }
        yaml_event_delete(&event);
    }
    if (!ok) {
        result.error = QString::fromUtf8(parser.problem ? parser.problem : "invalid YAML");
        if (parser.context)
            result.error = QString::fromUtf8(parser.context) + QStringLiteral(", ") + result.error;
        result.line = int(parser.problem_mark.line) + 1;
        result.column = int(parser.problem_mark.column) + 1;
    }
    result.ok = ok;
    yaml_parser_delete(&parser);
    return result;
}

} // namespace gantry
