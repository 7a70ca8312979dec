#pragma once

#include "pipelines/Diagnostic.h"

#include <QByteArray>
#include <QString>

namespace gantry {

/// The project's CI settings for Gantry, `.gantry/ci.yml`:
///
///     gitlab:
///       max-includes: 150   # includes per pipeline, as the GitLab server is configured
///
/// Without the file (or a key), GitLab.com's defaults. A value that cannot be used is a problem
/// (at its line and column in that file) and the default stays in force.
class CiConfig
{
public:
    /// `.gantry/ci.yml`, relative to the project root.
    static QString fileName() { return QStringLiteral(".gantry/ci.yml"); }
    static CiConfig discover(const QString &projectRoot);
    static CiConfig fromText(const QByteArray &text);

    int gitlabMaxIncludes() const { return m_maxIncludes; }
    /// Problems in the file, positions in it.
    const DiagnosticList &problems() const { return m_problems; }

private:
    int m_maxIncludes;
    DiagnosticList m_problems;

    CiConfig();
};

} // namespace gantry
