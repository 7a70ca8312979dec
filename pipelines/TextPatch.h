#pragma once

#include <QByteArray>
#include <QList>

namespace gantry {

/// A set of byte-range replacements on one text: what a visual edit changes, and nothing else.
/// Replacements must not overlap; insertions at one offset keep the order they were added in.
class TextPatch
{
public:
    struct Replacement
    {
        qsizetype begin = 0;
        qsizetype end = 0;       ///< == begin for an insertion
        QByteArray text;
    };

    void replace(qsizetype begin, qsizetype end, const QByteArray &text) { m_parts.append({begin, end, text}); }
    void insert(qsizetype at, const QByteArray &text) { replace(at, at, text); }
    void remove(qsizetype begin, qsizetype end) { replace(begin, end, QByteArray()); }
    void append(const TextPatch &other) { m_parts += other.m_parts; }

    bool isEmpty() const { return m_parts.isEmpty(); }
    const QList<Replacement> &parts() const { return m_parts; }
    /// Whether two replacements overlap (a patch like that is a bug in the edit that made it).
    bool overlaps() const;
    /// The patched text; `text` itself when the patch overlaps.
    QByteArray apply(const QByteArray &text) const;
    /// The patch that undoes this one on its result (`before` is the text it was made for).
    TextPatch inverted(const QByteArray &before) const;

private:
    QList<Replacement> m_parts;
};

} // namespace gantry
