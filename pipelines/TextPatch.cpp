#include "pipelines/TextPatch.h"

#include <algorithm>

namespace gantry {

namespace {

QList<TextPatch::Replacement> sorted(const QList<TextPatch::Replacement> &parts)
{
    QList<TextPatch::Replacement> out = parts;
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.begin < b.begin; });
    return out;
}

} // namespace

bool TextPatch::overlaps() const
{
    const auto parts = sorted(m_parts);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].begin < parts[i - 1].end)
            return true;
    }
    return false;
}

QByteArray TextPatch::apply(const QByteArray &text) const
{
    if (overlaps())
        return text;
    QByteArray out;
    out.reserve(text.size() + 256);
    qsizetype at = 0;
    for (const Replacement &r : sorted(m_parts)) {
        if (r.begin < at || r.end > text.size())
            return text;
        out += text.mid(at, r.begin - at);
        out += r.text;
        at = r.end;
    }
    out += text.mid(at);
    return out;
}

TextPatch TextPatch::inverted(const QByteArray &before) const
{
    TextPatch out;
    qsizetype shift = 0;
    for (const Replacement &r : sorted(m_parts)) {
        const qsizetype begin = r.begin + shift;
        out.replace(begin, begin + r.text.size(), before.mid(r.begin, r.end - r.begin));
        shift += r.text.size() - (r.end - r.begin);
    }
    return out;
}

} // namespace gantry
