#include "pipelines/YamlOut.h"

#include "pipelines/YamlJson.h"
#include "pipelines/YamlScalarWriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gantry {

YamlOut YamlOut::string(const QString &value)
{
    YamlOut out;
    out.scalar = value;
    return out;
}

YamlOut YamlOut::typed(const QString &value)
{
    YamlOut out;
    out.kind = YamlScalarWriter::isTypedPlain(value) && value == value.trimmed() && !value.isEmpty() ? Kind::Typed : Kind::String;
    out.scalar = value;
    return out;
}

YamlOut YamlOut::list(const QList<YamlOut> &items)
{
    YamlOut out;
    out.kind = Kind::List;
    out.items = items;
    return out;
}

YamlOut YamlOut::map(const QList<std::pair<QString, YamlOut>> &entries)
{
    YamlOut out;
    out.kind = Kind::Map;
    out.entries = entries;
    return out;
}

YamlOut YamlOut::null()
{
    YamlOut out;
    out.kind = Kind::Typed;
    return out;
}

YamlOut YamlOut::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return string(value.toString());
    if (value.isArray()) {
        QList<YamlOut> out;
        for (const QJsonValue &item : value.toArray())
            out.append(fromJson(item));
        return list(out);
    }
    if (value.isObject()) {
        QList<std::pair<QString, YamlOut>> out;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            out.append({it.key(), fromJson(it.value())});
        return map(out);
    }
    YamlOut out;
    out.kind = Kind::Typed;
    if (value.isBool())
        out.scalar = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        out.scalar = QString::number(value.toDouble(), 'g', 17);
    else
        out.scalar = QStringLiteral("null");
    return out;
}

QJsonValue YamlOut::toJson() const
{
    switch (kind) {
    case Kind::String:
        return scalar;
    case Kind::Typed:
        return YamlJson::plainScalar(scalar);
    case Kind::List: {
        QJsonArray array;
        for (const YamlOut &item : items)
            array.append(item.toJson());
        return array;
    }
    case Kind::Map: {
        QJsonObject object;
        for (const auto &[key, value] : entries)
            object.insert(key, value.toJson());
        return object;
    }
    }
    return QJsonValue();
}

} // namespace gantry
