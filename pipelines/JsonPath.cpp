#include "pipelines/JsonPath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gantry::JsonPath {

QJsonValue get(const QJsonValue &root, const QStringList &path)
{
    QJsonValue current = root;
    for (const QString &part : path) {
        if (current.isObject()) {
            current = current.toObject().value(part);
        } else if (current.isArray()) {
            bool ok = false;
            const int i = part.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || i < 0 || i >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(i);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

namespace {

bool edit(QJsonValue &node, const QStringList &path, qsizetype at, const QJsonValue *value)
{
    const QString &part = path[at];
    const bool last = at + 1 == path.size();
    if (node.isNull() || node.isUndefined()) {
        if (!value)
            return false;
        node = QJsonObject();
    }
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (last) {
            if (!value)
                return object.remove(part), (node = object, true);
            object.insert(part, *value);
        } else {
            QJsonValue child = object.value(part);
            if (!edit(child, path, at + 1, value))
                return false;
            object.insert(part, child);
        }
        node = object;
        return true;
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        const int i = part.toInt(&ok);
        if (!ok || i < 0 || i > array.size() || (i == array.size() && (!last || !value)))
            return false;
        if (last) {
            if (!value)
                array.removeAt(i);
            else if (i == array.size())
                array.append(*value);
            else
                array.replace(i, *value);
        } else {
            QJsonValue child = array.at(i);
            if (!edit(child, path, at + 1, value))
                return false;
            array.replace(i, child);
        }
        node = array;
        return true;
    }
    return false;
}

} // namespace

bool set(QJsonValue &root, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty()) {
        root = value;
        return true;
    }
    return edit(root, path, 0, &value);
}

bool remove(QJsonValue &root, const QStringList &path)
{
    if (path.isEmpty() || get(root, path).isUndefined())
        return false;
    return edit(root, path, 0, nullptr);
}

QJsonValue mapStrings(const QJsonValue &root, const std::function<QString(const QString &)> &change)
{
    if (root.isString())
        return change(root.toString());
    if (root.isArray()) {
        QJsonArray array;
        for (const QJsonValue &v : root.toArray())
            array.append(mapStrings(v, change));
        return array;
    }
    if (root.isObject()) {
        QJsonObject object = root.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = mapStrings(it.value(), change);
        return object;
    }
    return root;
}

} // namespace gantry::JsonPath
