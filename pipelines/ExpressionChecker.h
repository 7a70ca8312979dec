#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace gantry {

/// Checks GitHub Actions `${{ }}` expressions: a tokenizer and recursive-descent parser for the
/// language (null/true/false, numbers, 'strings', ! < <= > >= == != && ||, property access `.x`
/// and `.*`, index `[…]`, calls of the built-in functions), then the names: contexts must be known,
/// and `matrix.x`, `needs.x.outputs.y` and `steps.x.outputs.y` must name what the job defines.
/// Offsets are characters into the text given, so callers can place findings exactly.
class ExpressionChecker
{
    Q_DECLARE_TR_FUNCTIONS(gantry::ExpressionChecker)

public:
    /// What the place of an expression can see. "Known" false: that context is not checked.
    struct Scope
    {
        bool matrixKnown = false;
        QStringList matrixKeys;
        bool needsKnown = false;
        QMap<QString, QStringList> needs;   ///< each needed job's outputs
        bool needsOutputsKnown = true;
        bool stepsKnown = false;
        QStringList stepIds;                 ///< the steps before this one
    };

    struct Finding
    {
        int offset = 0;
        QString message;
        QString rule;                        ///< "expression" (syntax, names) or "expression-reference"
    };

    /// A property path the expression reads: ["github", "event", "issue", "title"] ("*" for `[*]`
    /// and `.*`, the literal for `['x']` and `[0]`, "?" for any other index).
    struct Reference
    {
        QStringList path;
        QList<int> offsets;                  ///< where each segment starts
    };

    struct Result
    {
        QList<Finding> findings;
        QList<Reference> references;
    };

    /// One expression: the text inside `${{ }}` (or a bare `if:` condition).
    static Result checkExpression(QStringView expression, const Scope &scope);
    /// A value with any number of `${{ }}` parts; offsets are within `text`.
    static Result checkTemplate(QStringView text, const Scope &scope);
    /// Whether a path reads text an outsider controls (an issue title, a branch name, …).
    static bool isUntrusted(const QStringList &path);
    static const QStringList &contexts();
};

} // namespace gantry
