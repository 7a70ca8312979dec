#include "gitcore/BranchPolicy.h"

#include "gitcore/Branches.h"
#include "gitcore/GlobMatcher.h"
#include "gitcore/YamlTree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::BranchPolicy)
};

const QString kDefaultFormat = QStringLiteral("{type}/{issue}-{slug}");

QStringList mainlines() { return {QStringLiteral("main"), QStringLiteral("master")}; }

QStringList fromDevelop() { return QStringList{QStringLiteral("develop")} + mainlines(); }

QString typePattern(const QString &type) { return type + QStringLiteral("/*"); }

} // namespace

QString BranchPolicy::configPath(const QString &worktree)
{
    return QDir(worktree).filePath(QStringLiteral(".gantry/conventions.yml"));
}

BranchPolicy BranchPolicy::defaults()
{
    BranchPolicy p;
    p.m_allowed = {QStringLiteral("main"),      QStringLiteral("master"),    QStringLiteral("develop"),
                   QStringLiteral("feat/*"),    QStringLiteral("feature/*"), QStringLiteral("fix/*"),
                   QStringLiteral("bugfix/*"),  QStringLiteral("hotfix/*"),  QStringLiteral("release/*"),
                   QStringLiteral("chore/*")};
    p.m_types = {
        {QStringLiteral("feat"), Tr::tr("A new feature"), fromDevelop()},
        {QStringLiteral("fix"), Tr::tr("A bug fix"), fromDevelop()},
        {QStringLiteral("chore"), Tr::tr("Maintenance: build, dependencies, tooling"), fromDevelop()},
        {QStringLiteral("hotfix"), Tr::tr("An urgent fix of what is released"), mainlines()},
        {QStringLiteral("release"), Tr::tr("Preparing a release"), fromDevelop()},
    };
    p.m_format = kDefaultFormat;
    return p;
}

BranchPolicy BranchPolicy::discover(const QString &worktree)
{
    const QString path = configPath(worktree);
    if (!QFileInfo::exists(path))
        return defaults();
    return fromFile(path);
}

BranchPolicy BranchPolicy::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        BranchPolicy p = defaults();
        p.m_source = path;
        p.problem(0, 0, Tr::tr("cannot read the branch policy: %1 (using the defaults)").arg(file.errorString()));
        return p;
    }
    return fromText(file.readAll(), path);
}

BranchPolicy BranchPolicy::fromText(const QByteArray &text, const QString &fileName)
{
    BranchPolicy p = defaults();
    p.m_source = fileName;
    p.read(text);
    return p;
}

void BranchPolicy::problem(int line, int column, const QString &message)
{
    m_problems.append({m_source, line, column, message});
}

void BranchPolicy::read(const QByteArray &text)
{
    const auto tree = YamlTree::parse(text);
    if (!tree.ok) {
        problem(tree.line, tree.column, Tr::tr("invalid YAML: %1 (using the default branch policy)").arg(tree.error));
        return;
    }
    if (tree.root.kind == YamlNode::Kind::Null)
        return; // an empty file
    if (tree.root.kind != YamlNode::Kind::Mapping) {
        problem(tree.root.line, tree.root.column,
                Tr::tr("the file must be a mapping of sections such as \"branches:\" (using the default branch policy)"));
        return;
    }
    const YamlNode *section = tree.root.value(QStringLiteral("branches"));
    if (!section || section->kind == YamlNode::Kind::Null)
        return;
    if (section->kind != YamlNode::Kind::Mapping) {
        problem(section->line, section->column,
                Tr::tr("\"branches\" must be a mapping with allowed, types, format (using the default branch policy)"));
        return;
    }

    // A list of names, from a sequence of scalars or one scalar; nullopt (with a problem) otherwise.
    auto names = [this](const YamlNode &node, const QString &key, QStringList *out) {
        const QList<YamlNode> items = node.kind == YamlNode::Kind::Sequence ? node.items : QList<YamlNode>{node};
        QStringList result;
        for (const YamlNode &item : items) {
            if (!item.isScalar() || item.scalar.trimmed().isEmpty()) {
                problem(item.line, item.column, Tr::tr("\"%1\" must be a list of branch names or patterns").arg(key));
                return false;
            }
            result << item.scalar.trimmed();
        }
        *out = result;
        return true;
    };

    bool allowedGiven = false;
    if (const YamlNode *allowed = section->value(QStringLiteral("allowed"))) {
        QStringList patterns;
        if (names(*allowed, QStringLiteral("allowed"), &patterns)) {
            if (!patterns.isEmpty()) {
                m_allowed = patterns;
                allowedGiven = true;
            } else {
                problem(allowed->line, allowed->column, Tr::tr("\"allowed\" is empty (using the default patterns)"));
            }
        }
    }

    if (const YamlNode *types = section->value(QStringLiteral("types"))) {
        if (types->kind != YamlNode::Kind::Mapping) {
            problem(types->line, types->column,
                    Tr::tr("\"types\" must map each type to its base and description (using the default types)"));
        } else {
            QList<BranchType> read;
            const BranchPolicy builtIn = defaults();
            for (const auto &[key, value] : types->entries) {
                BranchType type{key.scalar.trimmed(), {}, fromDevelop()};
                if (const BranchType *known = builtIn.type(type.name))
                    type = *known;
                if (type.name.isEmpty() || Branches::nameProblem(type.name + QStringLiteral("/x")).size() > 0) {
                    problem(key.line, key.column, Tr::tr("'%1' cannot start a branch name").arg(key.scalar));
                    continue;
                }
                if (value.kind == YamlNode::Kind::Mapping) {
                    if (const YamlNode *base = value.value(QStringLiteral("base"))) {
                        QStringList bases;
                        if (names(*base, QStringLiteral("base"), &bases))
                            type.bases = bases;
                    }
                    if (const YamlNode *description = value.value(QStringLiteral("description"))) {
                        if (description->isScalar())
                            type.description = description->scalar;
                        else
                            problem(description->line, description->column,
                                    Tr::tr("\"description\" must be text"));
                    }
                    for (const auto &[innerKey, innerValue] : value.entries) {
                        Q_UNUSED(innerValue)
                        if (innerKey.scalar != QLatin1String("base") && innerKey.scalar != QLatin1String("description"))
                            problem(innerKey.line, innerKey.column,
                                    Tr::tr("unknown key \"%1\" (a type has base and description)").arg(innerKey.scalar));
                    }
                } else if (value.kind != YamlNode::Kind::Null) {
                    problem(value.line, value.column,
                            Tr::tr("type '%1' must be a mapping with base and description").arg(type.name));
                }
                read << type;
            }
            if (!read.isEmpty())
                m_types = read;
        }
    }
    // Without an explicit list, every configured type's names are allowed too.
    if (!allowedGiven) {
        for (const BranchType &type : std::as_const(m_types))
            if (!m_allowed.contains(typePattern(type.name)))
                m_allowed << typePattern(type.name);
    }

    if (const YamlNode *format = section->value(QStringLiteral("format"))) {
        if (format->isScalar() && format->scalar.contains(QLatin1String("{slug}")))
            m_format = format->scalar;
        else
            problem(format->line, format->column,
                    Tr::tr("\"format\" must be text containing {slug}, such as \"%1\" (using the default)")
                        .arg(kDefaultFormat));
    }
    if (const YamlNode *length = section->value(QStringLiteral("slug-max-length"))) {
        const int value = length->isInteger() ? length->scalar.toInt() : 0;
        if (value >= 8 && value <= 200)
            m_slugMaxLength = value;
        else
            problem(length->line, length->column, Tr::tr("\"slug-max-length\" must be a number from 8 to 200"));
    }
    for (const auto &[key, value] : section->entries) {
        Q_UNUSED(value)
        static const QStringList known{QStringLiteral("allowed"), QStringLiteral("types"), QStringLiteral("format"),
                                       QStringLiteral("slug-max-length")};
        if (!known.contains(key.scalar))
            problem(key.line, key.column, Tr::tr("unknown key \"%1\" in \"branches\" (known: %2)")
                                              .arg(key.scalar, known.join(QStringLiteral(", "))));
    }
}

bool BranchPolicy::globMatch(const QString &pattern, const QString &name)
{
    return GlobMatcher::match(pattern, name, GlobMatcher::Syntax::Names);
}

BranchVerdict BranchPolicy::check(const QString &name) const
{
    BranchVerdict verdict;
    if (const QString invalid = Branches::nameProblem(name); !invalid.isEmpty()) {
        verdict.kind = BranchVerdict::Kind::Invalid;
        verdict.reason = invalid;
        return verdict;
    }
    for (const QString &pattern : m_allowed) {
        if (globMatch(pattern, name)) {
            verdict.pattern = pattern;
            return verdict;
        }
    }
    verdict.kind = BranchVerdict::Kind::NotAllowed;
    verdict.reason = Tr::tr("'%1' does not match any of: %2").arg(name, m_allowed.join(QStringLiteral(", ")));
    const QString lower = name.toLower();
    if (lower != name) {
        for (const QString &pattern : m_allowed) {
            if (globMatch(pattern, lower)) {
                verdict.reason += Tr::tr(" (names are case-sensitive: '%1' would fit)").arg(lower);
                break;
            }
        }
    }
    return verdict;
}

const BranchType *BranchPolicy::type(const QString &typeName) const
{
    for (const BranchType &t : m_types)
        if (t.name == typeName)
            return &t;
    return nullptr;
}

const BranchType *BranchPolicy::typeOf(const QString &name) const
{
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    return slash > 0 ? type(name.left(slash)) : nullptr;
}

QString BranchPolicy::baseFor(const QString &typeName, const QStringList &existingBranches) const
{
    const BranchType *t = type(typeName);
    if (!t)
        return {};
    for (const QString &base : t->bases)
        if (existingBranches.contains(base))
            return base;
    return {};
}

} // namespace gantry
