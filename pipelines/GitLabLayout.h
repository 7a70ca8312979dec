#pragma once

#include "pipelines/YamlOut.h"
#include "pipelines/YamlSyntaxTree.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace gantry {

/// How a GitLab CI file is laid out, for the edits that follow it: its top-level mapping, the
/// entries written in it (not merged in), which of them are jobs, and how its jobs write lists.
namespace GitLabLayout {

/// The top-level mapping, or -1.
int rootOf(const YamlSyntaxTree &tree);
/// The key of a top-level entry written in this file (not merged in by `<<`), or -1.
int ownKey(const YamlSyntaxTree &tree, const QString &id);
/// The value of a mapping's key node, or -1.
int valueOfKey(const YamlSyntaxTree &tree, int key);
/// Whether a top-level entry is a job: not a keyword, not a `.template`, a mapping.
bool isJobKey(const YamlSyntaxTree &tree, int key, int value);
/// Whether the file's jobs write `key` as a block list (the first job with such a list tells),
/// else `fallback`.
bool writesBlock(const YamlSyntaxTree &tree, const QString &key, bool fallback);
/// The first key of a mapping whose name `wanted` accepts, or -1: where a new entry goes before.
int firstKey(const YamlSyntaxTree &tree, int mapping, const std::function<bool(const QString &)> &wanted);
/// A list of strings, in block style when `block`.
YamlOut names(const QStringList &values, bool block);

} // namespace GitLabLayout

} // namespace gantry
