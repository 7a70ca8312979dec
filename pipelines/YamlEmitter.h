#pragma once

#include "pipelines/YamlOut.h"

#include <QByteArray>
#include <QList>

namespace gantry {

/// Renders YamlOut values in a file's own style: its indentation unit, whether its block lists
/// are indented under their key, and its line break.
class YamlEmitter
{
public:
    struct Style
    {
        int indentUnit = 2;
        int sequenceIndent = 2;   ///< columns from a key to the '-' of its block list (0: "indentless")
        QByteArray newline = "\n";
    };

    explicit YamlEmitter(const Style &style) : m_style(style) {}
    const Style &style() const { return m_style; }

    /// The lines of a map or list value, each starting at column `indent` (no line breaks).
    QList<QByteArray> blockLines(const YamlOut &value, int indent) const;
    /// One entry "key: value" (or "key:" and the block below) at column `indent`.
    QList<QByteArray> entryLines(const QString &key, const YamlOut &value, int indent) const;
    /// One list item "- …" at column `indent` (the dash's column).
    QList<QByteArray> itemLines(const YamlOut &value, int indent) const;
    /// The value in flow style ("[a, b]", "{run: make}"), for flow collections and `key: [a]`.
    QByteArray flow(const YamlOut &value) const;
    /// Lines joined, each followed by the line break.
    QByteArray join(const QList<QByteArray> &lines) const;
    /// Whether a value reads best in flow style: a short list of plain values ("[a, b]").
    bool prefersFlow(const YamlOut &value) const;
    /// A key as written: plain when safe.
    static QByteArray key(const QString &key);

private:
    /// What follows "key:" on its line for a scalar (" value" or " |" and its block), or empty.
    QList<QByteArray> scalarAfterKey(const YamlOut &value, int indent) const;

    Style m_style;
};

} // namespace gantry
