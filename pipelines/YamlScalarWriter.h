#pragma once

#include <QByteArray>
#include <QString>

namespace gantry {

/// Writes values as YAML scalars the way a person would: plain when that reads back as the same
/// string, else quoted (keeping the quote style asked for), and multi-line text as a literal
/// block. Used by the visual edits, so what they write parses back to what was meant.
class YamlScalarWriter
{
public:
    enum class Context { Block, Flow };
    enum class Quote { Any, Single, Double };

    /// Whether `value` can be written plain in `context` and read back as the string `value`.
    static bool isPlainSafe(const QString &value, Context context = Context::Block);
    /// Whether `value`, written plain, reads as a YAML 1.2 core-schema non-string (true, 3, null).
    static bool isTypedPlain(const QString &value);
    /// A one-line scalar for `value` as a string: plain when safe, else quoted (`quote` chooses
    /// the style; Any prefers single quotes). Multi-line values get double quotes here.
    static QByteArray inlineString(const QString &value, Context context = Context::Block, Quote quote = Quote::Any);
    /// `value` as written by a user on the command line (`set KEY 30` means the number 30):
    /// plain when it is plain-safe or a typed plain scalar, else quoted.
    static QByteArray inlineValue(const QString &value, Context context = Context::Block, Quote quote = Quote::Any);
    /// A literal block scalar ("|", "|-", "|+" as the trailing newlines need) whose content lines
    /// are indented by `indent` spaces; `newline` is the file's line break. Starts with '|'.
    static QByteArray literalBlock(const QString &value, int indent, const QByteArray &newline);
};

} // namespace gantry
