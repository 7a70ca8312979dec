#include "gitcore/ReleaseBranches.h"

#include "gitcore/GlobMatcher.h"
#include "gitcore/YamlTree.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::ReleaseBranches)
};

/// semantic-release's default maintenance pattern (micromatch extglob).
const char *const kMaintenanceGlob = "+([0-9])?(.{+([0-9]),x}).x";

/// A micromatch glob as a regular expression (anchored by the caller).
QString globToRegex(const QString &glob)
{
    QString out;
    // Open constructs: '(' with the extglob operator, or '{'.
    struct Open
    {
        QChar kind;
        QChar op;
    };
    QList<Open> open;
    for (int i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        const QChar next = i + 1 < glob.size() ? glob.at(i + 1) : QChar();
        if (QStringLiteral("+*?@!").contains(c) && next == QLatin1Char('(')) {
            open.append({QLatin1Char('('), c});
            out += c == QLatin1Char('!') ? QStringLiteral("(?:(?!(?:") : QStringLiteral("(?:");
            ++i;
        } else if (c == QLatin1Char(')') && !open.isEmpty() && open.last().kind == QLatin1Char('(')) {
            const QChar op = open.takeLast().op;
            if (op == QLatin1Char('!'))
                out += i + 1 == glob.size() ? QStringLiteral(")$).*)") : QStringLiteral(")).*?)");
            else
                out += QLatin1Char(')') + (op == QLatin1Char('@') ? QString() : QString(op));
        } else if (c == QLatin1Char('|') && !open.isEmpty() && open.last().kind == QLatin1Char('(')) {
            out += QLatin1Char('|');
        } else if (c == QLatin1Char('{')) {
            open.append({QLatin1Char('{'), QChar()});
            out += QStringLiteral("(?:");
        } else if (c == QLatin1Char('}') && !open.isEmpty() && open.last().kind == QLatin1Char('{')) {
            open.removeLast();
            out += QLatin1Char(')');
        } else if (c == QLatin1Char(',') && !open.isEmpty() && open.last().kind == QLatin1Char('{')) {
            out += QLatin1Char('|');
        } else if (c == QLatin1Char('*')) {
            if (next == QLatin1Char('*')) {
                out += QStringLiteral(".*");
                ++i;
            } else {
                out += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            out += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('[')) {
            const int end = int(glob.indexOf(QLatin1Char(']'), i + 2));
            if (end < 0) {
                out += QRegularExpression::escape(c);
                continue;
            }
            QString set = glob.mid(i + 1, end - i - 1);
            if (set.startsWith(QLatin1Char('!')))
                set[0] = QLatin1Char('^');
            set.replace(QLatin1String("\\"), QLatin1String("\\\\"));
            out += QLatin1Char('[') + set + QLatin1Char(']');
            i = end;
        } else {
            out += QRegularExpression::escape(c);
        }
    }
    while (!open.isEmpty())
        out += open.takeLast().op == QLatin1Char('!') ? QStringLiteral(")).*?)") : QStringLiteral(")");
    return out;
}

bool validPrereleaseId(const QString &id)
{
    return !id.isEmpty() && SemVer::parse(QStringLiteral("1.0.0-%1.1").arg(id)).has_value();
}

/// [min, max) of a maintenance range: 1.x / 1.x.x → [1.0.0, 2.0.0), 1.2.x / 1.2 → [1.2.0, 1.3.0).
std::pair<SemVer, SemVer> rangeBounds(const QString &range)
{
    const QStringList parts = range.split(QLatin1Char('.'));
    const quint64 major = parts.value(0).toULongLong();
    const QString minor = parts.value(1);
    if (minor.compare(QLatin1String("x"), Qt::CaseInsensitive) == 0)
        return {SemVer(major, 0, 0), SemVer(major + 1, 0, 0)};
    const quint64 m = minor.toULongLong();
    return {SemVer(major, m, 0), SemVer(major, m + 1, 0)};
}

} // namespace

ReleaseBranches ReleaseBranches::defaults()
{
    ReleaseBranches branches;
    branches.m_specs = {
        {QString::fromLatin1(kMaintenanceGlob), false, {}, {}},
        {QStringLiteral("master"), false, {}, {}},
        {QStringLiteral("main"), false, {}, {}},
        {QStringLiteral("next"), false, {}, {}},
        {QStringLiteral("next-major"), false, {}, {}},
        {QStringLiteral("beta"), true, {}, {}},
        {QStringLiteral("alpha"), true, {}, {}},
    };
    branches.compile();
    return branches;
}

ReleaseBranches ReleaseBranches::read(const YamlNode &node, const QString &file, QList<ConfigProblem> *problems)
{
    const auto problem = [&](const YamlNode &at, const QString &message) {
        problems->append(ConfigProblem{file, at.line, at.column, message});
    };
    if (node.kind != YamlNode::Kind::Sequence && !node.isScalar()) {
        problem(node, Tr::tr("'branches' must be a list of branch names or {name, prerelease, range}"));
        return defaults();
    }
    const QList<YamlNode> items = node.isScalar() ? QList<YamlNode>{node} : node.items;
    ReleaseBranches branches;
    for (const YamlNode &item : items) {
        ReleaseBranchSpec spec;
        if (item.isScalar()) {
            spec.name = item.scalar;
        } else if (item.kind == YamlNode::Kind::Mapping) {
            bool ok = true;
            for (const auto &[key, value] : item.entries) {
                if (key.scalar == QLatin1String("name") && value.isScalar() && !value.scalar.isEmpty()) {
                    spec.name = value.scalar;
                } else if (key.scalar == QLatin1String("prerelease")) {
                    if (value.isBoolean() && !value.quoted) {
                        spec.prerelease = value.scalar == QLatin1String("true");
                    } else if (value.isScalar() && validPrereleaseId(value.scalar)) {
                        spec.prerelease = true;
                        spec.prereleaseId = value.scalar;
                    } else {
                        problem(value, Tr::tr("'prerelease' must be true, false or a pre-release identifier such as rc"));
                        ok = false;
                    }
                } else if (key.scalar == QLatin1String("range")) {
                    if (value.isScalar() && isMaintenanceRange(value.scalar)) {
                        spec.range = value.scalar;
                    } else {
                        problem(value, Tr::tr("'range' must be a maintenance range such as 1.x or 1.2.x"));
                        ok = false;
                    }
                } else if (key.scalar == QLatin1String("channel")) {
                    // semantic-release's npm dist-tag: nothing to do for a Git tag.
                } else if (key.scalar != QLatin1String("name")) {
                    problem(key, Tr::tr("unknown key '%1' in a release branch").arg(key.scalar));
                }
            }
            if (spec.name.isEmpty()) {
                problem(item, Tr::tr("each release branch needs a 'name'"));
                continue;
            }
            if (!ok)
                continue;
        } else {
            problem(item, Tr::tr("each release branch is a name or {name, prerelease, range}"));
            continue;
        }
        branches.m_specs.append(spec);
    }
    if (branches.m_specs.isEmpty()) {
        problem(node, Tr::tr("'branches' lists no release branch; the defaults are used"));
        return defaults();
    }
    branches.compile();
    return branches;
}

bool ReleaseBranches::isMaintenanceRange(const QString &range)
{
    // semantic-release's utils.isMaintenanceRange.
    static const QRegularExpression re(QStringLiteral("^\\d+\\.(?:\\d+|x)(?:\\.x)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(range).hasMatch();
}

/// A glob without extglobs or braces: GlobMatcher matches it in pattern × name steps, where
/// the regular expression of `*a*a*a…` would backtrack exponentially.
static bool isPlainGlob(const QString &pattern)
{
    for (QChar c : pattern)
        if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('{') || c == QLatin1Char('}'))
            return false;
    return true;
}

/// The regular expression of a glob with extglobs or braces; an empty one for a plain glob.
static QRegularExpression globRegex(const QString &pattern)
{
    if (isPlainGlob(pattern))
        return QRegularExpression();
    return QRegularExpression(QStringLiteral("^(?:%1)$").arg(globToRegex(pattern)));
}

static bool matchesGlob(const QString &pattern, const QRegularExpression &compiled, const QString &name)
{
    if (compiled.pattern().isEmpty())
        return GlobMatcher::match(pattern, name, GlobMatcher::Syntax::PathsWithClasses);
    return compiled.match(name).hasMatch();
}

bool ReleaseBranches::globMatch(const QString &pattern, const QString &name)
{
    return matchesGlob(pattern, globRegex(pattern), name);
}

void ReleaseBranches::compile()
{
    m_patterns.clear();
    for (const ReleaseBranchSpec &spec : m_specs)
        m_patterns.append(globRegex(spec.name));
}

ReleaseBranchMatch ReleaseBranches::match(const QString &branch) const
{
    ReleaseBranchMatch result;
    result.branch = branch;
    if (branch.isEmpty())
        return result;
    for (int i = 0; i < m_specs.size(); ++i) {
        const ReleaseBranchSpec &spec = m_specs.at(i);
        if (spec.name != branch && !matchesGlob(spec.name, m_patterns.at(i), branch))
            continue;
        result.pattern = spec.name;
        // semantic-release's types: a range (or a name that is one) makes a maintenance branch,
        // `prerelease` a pre-release branch, anything else a release branch.
        const QString range = spec.range.isEmpty() ? branch : spec.range;
        if (!spec.range.isEmpty() || isMaintenanceRange(branch)) {
            result.kind = ReleaseBranchKind::Maintenance;
            result.range = range;
            std::tie(result.rangeMin, result.rangeMax) = rangeBounds(range);
        } else if (spec.prerelease) {
            result.kind = ReleaseBranchKind::Prerelease;
            result.prereleaseId = spec.prereleaseId.isEmpty() ? branch : spec.prereleaseId;
            if (!validPrereleaseId(result.prereleaseId))
                result.kind = ReleaseBranchKind::None; // semantic-release refuses such a branch
        } else {
            result.kind = ReleaseBranchKind::Release;
        }
        return result;
    }
    return result;
}

} // namespace gantry
