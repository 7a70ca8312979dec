#pragma once

#include <QString>
#include <QStringList>

namespace gantry {

/// The letter cases commitlint's *-case rules check (lower-case, upper-case, camel-case,
/// kebab-case, pascal-case, sentence-case, snake-case, start-case), converting text the way
/// lodash does (words split at case changes and digits, accents folded) so verdicts agree.
class TextCase
{
public:
    /// The names commitlint accepts, including its aliases ("lowercase", "sentencecase" …).
    static const QStringList &names();
    static bool isKnown(const QString &name);
    /// `text` converted to `name` (a known name).
    static QString convert(const QString &text, const QString &name);
    /// commitlint's ensure.case: quoted parts ("…", '…', `…`) removed and trimmed, the rest
    /// already in `name` (empty text or text starting with a digit counts as any case).
    static bool isInCase(const QString &text, const QString &name);
    /// lodash's words(deburr(text)) with apostrophes removed.
    static QStringList words(const QString &text);
    /// lodash's upperFirst: the first code point upper-cased.
    static QString upperFirst(const QString &text);
};

} // namespace gantry
