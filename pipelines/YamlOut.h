#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace gantry {

/// A YAML value to be written by an edit, with its key order: a string, a typed plain scalar
/// (a number, true, null — written as given), a list or an ordered map. It knows its own JSON,
/// which is what the edit's result must contain once re-parsed.
struct YamlOut
{
    enum class Kind { String, Typed, List, Map };
    Kind kind = Kind::String;
    QString scalar;
    QList<YamlOut> items;
    QList<std::pair<QString, YamlOut>> entries;
    bool block = false;   ///< a list written one item a line even when short ("script:" lines)

    static YamlOut string(const QString &value);
    /// `value` as a user typed it: a core-schema number/boolean/null stays typed, else a string.
    static YamlOut typed(const QString &value);
    static YamlOut list(const QList<YamlOut> &items = {});
    static YamlOut map(const QList<std::pair<QString, YamlOut>> &entries = {});
    /// No value: `key:` with nothing after it (`null` in flow style).
    static YamlOut null();
    /// A JSON value as YAML (object keys in JSON's order).
    static YamlOut fromJson(const QJsonValue &value);

    bool isScalar() const { return kind == Kind::String || kind == Kind::Typed; }
    bool isEmptyCollection() const { return (kind == Kind::List && items.isEmpty()) || (kind == Kind::Map && entries.isEmpty()); }
    QJsonValue toJson() const;
};

} // namespace gantry
