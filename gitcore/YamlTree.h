#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace gantry {

/// One node of a YAML (or JSON) document with the line and column it starts at (1-based).
struct YamlNode
{
    enum class Kind { Null, Scalar, Sequence, Mapping };
    Kind kind = Kind::Null;
    QString scalar;
    bool quoted = false; // a quoted scalar is always a string
    QList<YamlNode> items;                          // Sequence
    QList<std::pair<YamlNode, YamlNode>> entries;   // Mapping, in document order
    int line = 0;
    int column = 0;

    /// The value under `key` in a mapping, or nullptr.
    const YamlNode *value(const QString &key) const;
    const YamlNode *keyNode(const QString &key) const;
    bool isScalar() const { return kind == Kind::Scalar; }
    /// A plain scalar that reads as an integer.
    bool isInteger() const;
    /// A plain scalar true/false.
    bool isBoolean() const;
};

/// A YAML document (JSON is YAML) read with libyaml into YamlNode values; on a syntax error,
/// libyaml's message and where it happened.
class YamlTree
{
public:
    struct ParseResult
    {
        bool ok = false;
        YamlNode root;
        QString error;
        int line = 0;
        int column = 0;
    };
    static ParseResult parse(const QByteArray &text);
};

} // namespace gantry
