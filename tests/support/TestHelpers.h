#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class TestRepo;

/// The small helpers many tests share: git command lines written as one string, command output
/// as text, an exact copy of a scratch repository, files read and written in one call.
namespace gantry::testkit {

/// A command line split at its spaces: words("log -1 --format=%H") (no quoting).
QStringList words(const char *command);
/// A command's output as text, without the surrounding white space (the final line break).
QString trimmed(const QByteArray &out);
/// Makes `target` an exact copy of `source` (same ids, index, merge state, hooks), for running
/// git on one and Gantry on the other. Fails the current test if the copy fails.
void copyRepo(const TestRepo &source, const TestRepo &target);
/// A file's bytes; empty when it cannot be read.
QByteArray readFile(const QString &path);
/// Writes `yaml` to DIR/.gantry/conventions.yml (the folder made if needed). Fails the current
/// test if it cannot.
void writeConventions(const QString &dir, const QByteArray &yaml);
/// Text shaped like a GitHub personal access token (ghp_ and 36 characters), made at run time so
/// that no token-like literal sits in the sources: what the secret scanner must catch.
QByteArray fakeToken();

} // namespace gantry::testkit
