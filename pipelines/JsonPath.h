#pragma once

#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace gantry {

/// Reads and rewrites JSON values by a path of object keys and array indexes ("jobs", "build",
/// "steps", "0"): how an edit states the meaning its text change must have.
namespace JsonPath {
QJsonValue get(const QJsonValue &root, const QStringList &path);
/// Sets the value at `path`, creating objects on the way; false when the path crosses a
/// non-container or an index out of range.
bool set(QJsonValue &root, const QStringList &path, const QJsonValue &value);
/// Removes the key or item at `path`; false when it is not there.
bool remove(QJsonValue &root, const QStringList &path);
/// Applies `change` to every string in `root` (values only, not keys).
QJsonValue mapStrings(const QJsonValue &root, const std::function<QString(const QString &)> &change);
} // namespace JsonPath

} // namespace gantry
