#include "pipelines/Diagnostic.h"

#include <algorithm>

namespace gantry {

QString Diagnostic::format(const QString &fileName) const
{
    const QString level = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    QString out = QStringLiteral("%1:%2:%3: %4: %5").arg(fileName).arg(line).arg(column).arg(level, message);
    if (!rule.isEmpty())
        out += QStringLiteral(" [%1]").arg(rule);
    return out;
}

void sortDiagnostics(DiagnosticList &list)
{
    std::stable_sort(list.begin(), list.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}

} // namespace gantry
