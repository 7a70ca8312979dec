#pragma once

#include <QList>
#include <QString>

namespace gantry {

/// One finding about a pipeline file, at its 1-based line and column: a YAML problem or a
/// workflow rule. `rule` names the check ("yaml-syntax", "duplicate-key", …) so findings can be
/// compared with other tools and filtered.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    int line = 0;
    int column = 0;
    QString message;
    QString rule;

    bool isError() const { return severity == Severity::Error; }
    /// "FILE:LINE:COL: error|warning: MESSAGE [RULE]", the command line's format.
    QString format(const QString &fileName) const;

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using DiagnosticList = QList<Diagnostic>;

/// Sorts by line, then column (stable: findings at one place keep their order).
void sortDiagnostics(DiagnosticList &list);

} // namespace gantry
