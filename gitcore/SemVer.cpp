#include "gitcore/SemVer.h"

#include <QRegularExpression>

namespace gantry {

namespace {

// semver.org's suggested regular expression.
const QRegularExpression &semverPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*))"
        R"((?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?)"
        R"((?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$)"));
    return re;
}

bool isNumeric(const QString &identifier)
{
    if (identifier.isEmpty())
        return false;
    for (QChar c : identifier)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}

int compareNumbers(quint64 a, quint64 b) { return a < b ? -1 : (a > b ? 1 : 0); }

} // namespace

SemVer::SemVer(quint64 major, quint64 minor, quint64 patch, QStringList preRelease, QStringList build)
    : m_major(major), m_minor(minor), m_patch(patch), m_pre(std::move(preRelease)), m_build(std::move(build))
{
}

std::optional<SemVer> SemVer::parse(const QString &text)
{
    const QRegularExpressionMatch m = semverPattern().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok1 = false, ok2 = false, ok3 = false;
    SemVer v(m.captured(1).toULongLong(&ok1), m.captured(2).toULongLong(&ok2), m.captured(3).toULongLong(&ok3));
    if (!ok1 || !ok2 || !ok3)
        return std::nullopt; // a number beyond 64 bits
    if (m.hasCaptured(4) && !m.captured(4).isEmpty())
        v.m_pre = m.captured(4).split(QLatin1Char('.'));
    if (m.hasCaptured(5) && !m.captured(5).isEmpty())
        v.m_build = m.captured(5).split(QLatin1Char('.'));
    return v;
}

std::optional<SemVer> SemVer::fromTag(const QString &tagName)
{
    const bool prefixed = tagName.startsWith(QLatin1Char('v'));
    std::optional<SemVer> v = parse(prefixed ? tagName.mid(1) : tagName);
    if (v && prefixed)
        v->m_prefix = QStringLiteral("v");
    return v;
}

QString SemVer::toString() const
{
    QString s = QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
    if (!m_pre.isEmpty())
        s += QLatin1Char('-') + m_pre.join(QLatin1Char('.'));
    if (!m_build.isEmpty())
        s += QLatin1Char('+') + m_build.join(QLatin1Char('.'));
    return s;
}

SemVer SemVer::release() const
{
    SemVer v(m_major, m_minor, m_patch);
    v.m_prefix = m_prefix;
    return v;
}

SemVer SemVer::bumped(Bump bump) const
{
    SemVer v = release();
    switch (bump) {
    case Bump::None:
        return *this;
    case Bump::Major:
        // semver.inc: 2.0.0-rc.1 → 2.0.0, 1.2.3 → 2.0.0.
        if (!(isPreRelease() && m_minor == 0 && m_patch == 0))
            v = SemVer(m_major + 1, 0, 0);
        break;
    case Bump::Minor:
        if (!(isPreRelease() && m_patch == 0))
            v = SemVer(m_major, m_minor + 1, 0);
        break;
    case Bump::Patch:
        if (!isPreRelease())
            v = SemVer(m_major, m_minor, m_patch + 1);
        break;
    }
    v.m_prefix = m_prefix;
    return v;
}

int SemVer::compare(const SemVer &a, const SemVer &b)
{
    if (int c = compareNumbers(a.m_major, b.m_major))
        return c;
    if (int c = compareNumbers(a.m_minor, b.m_minor))
        return c;
    if (int c = compareNumbers(a.m_patch, b.m_patch))
        return c;
    // A pre-release sorts before its release.
    if (a.m_pre.isEmpty() || b.m_pre.isEmpty())
        return a.m_pre.isEmpty() == b.m_pre.isEmpty() ? 0 : (a.m_pre.isEmpty() ? 1 : -1);
    for (qsizetype i = 0; i < a.m_pre.size() && i < b.m_pre.size(); ++i) {
        const QString &x = a.m_pre[i];
        const QString &y = b.m_pre[i];
        const bool xn = isNumeric(x), yn = isNumeric(y);
        if (xn && yn) {
            // Numeric identifiers compare as numbers; no leading zeros, so length first.
            if (x.size() != y.size())
                return x.size() < y.size() ? -1 : 1;
            if (int c = QString::compare(x, y))
                return c < 0 ? -1 : 1;
        } else if (xn != yn) {
            return xn ? -1 : 1; // numeric identifiers have lower precedence
        } else if (int c = QString::compare(x, y)) {
            return c < 0 ? -1 : 1; // ASCII order
        }
    }
    return compareNumbers(quint64(a.m_pre.size()), quint64(b.m_pre.size()));
}

QString SemVer::bumpName(Bump bump)
{
    switch (bump) {
    case Bump::Major: return QStringLiteral("major");
    case Bump::Minor: return QStringLiteral("minor");
    case Bump::Patch: return QStringLiteral("patch");
    case Bump::None: break;
    }
    return QStringLiteral("none");
}

} // namespace gantry
