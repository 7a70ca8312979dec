#include "gitcore/CommitLintConfig.h"

#include "gitcore/TextCase.h"
#include "gitcore/YamlTree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::CommitLintConfig)
};

const QLatin1String kConventional("@commitlint/config-conventional");

const QStringList &scriptConfigNames()
{
    static const QStringList names{
        QStringLiteral(".commitlintrc.js"),     QStringLiteral(".commitlintrc.cjs"),
        QStringLiteral(".commitlintrc.mjs"),    QStringLiteral(".commitlintrc.ts"),
        QStringLiteral(".commitlintrc.cts"),    QStringLiteral("commitlint.config.js"),
        QStringLiteral("commitlint.config.cjs"), QStringLiteral("commitlint.config.mjs"),
        QStringLiteral("commitlint.config.ts"), QStringLiteral("commitlint.config.cts")};
    return names;
}

bool isScriptFile(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("js"), QStringLiteral("cjs"), QStringLiteral("mjs"),
                                      QStringLiteral("ts"), QStringLiteral("cts"), QStringLiteral("mts")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

enum class ValueKind { None, Length, Enum, Case, Text };

ValueKind valueKind(const QString &rule)
{
    if (rule.endsWith(QLatin1String("-length")))
        return ValueKind::Length;
    if (rule.endsWith(QLatin1String("-enum")))
        return ValueKind::Enum;
    if (rule.endsWith(QLatin1String("-case")))
        return ValueKind::Case;
    if (rule.endsWith(QLatin1String("-full-stop")) || rule == QLatin1String("signed-off-by")
        || rule == QLatin1String("trailer-exists"))
        return ValueKind::Text;
    return ValueKind::None;
}

LintRuleSetting setting(const char *name, LintLevel level, bool always, const QVariant &value = {})
{
    return {QString::fromLatin1(name), level, always, value};
}

/// A node as commitlint would print it in a message.
QString describe(const YamlNode &node)
{
    switch (node.kind) {
    case YamlNode::Kind::Null: return QStringLiteral("null");
    case YamlNode::Kind::Scalar: return node.quoted ? QStringLiteral("'%1'").arg(node.scalar) : node.scalar;
    case YamlNode::Kind::Sequence: return QStringLiteral("[ … ]");
    case YamlNode::Kind::Mapping: return QStringLiteral("{ … }");
    }
    return {};
}

YamlNode fromJson(const QJsonValue &value)
{
    YamlNode node;
    node.line = 1;
    node.column = 1;
    if (value.isObject()) {
        node.kind = YamlNode::Kind::Mapping;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            YamlNode key;
            key.kind = YamlNode::Kind::Scalar;
            key.quoted = true;
            key.scalar = it.key();
            node.entries.append({key, fromJson(it.value())});
        }
    } else if (value.isArray()) {
        node.kind = YamlNode::Kind::Sequence;
        for (const QJsonValue &item : value.toArray())
            node.items.append(fromJson(item));
    } else if (value.isString()) {
        node.kind = YamlNode::Kind::Scalar;
        node.quoted = true;
        node.scalar = value.toString();
    } else if (value.isDouble() || value.isBool()) {
        node.kind = YamlNode::Kind::Scalar;
        node.scalar = value.isBool() ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                     : QString::number(value.toDouble());
    }
    return node;
}

} // namespace

QString ConfigProblem::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

const QStringList &CommitLintConfig::ruleNames()
{
    static const QStringList names{
        QStringLiteral("body-case"), QStringLiteral("body-empty"), QStringLiteral("body-full-stop"),
        QStringLiteral("body-leading-blank"), QStringLiteral("body-max-length"),
        QStringLiteral("body-max-line-length"), QStringLiteral("body-min-length"),
        QStringLiteral("footer-empty"), QStringLiteral("footer-leading-blank"), QStringLiteral("footer-max-length"),
        QStringLiteral("footer-max-line-length"), QStringLiteral("footer-min-length"),
        QStringLiteral("header-case"), QStringLiteral("header-full-stop"), QStringLiteral("header-max-length"),
        QStringLiteral("header-min-length"), QStringLiteral("header-trim"), QStringLiteral("references-empty"),
        QStringLiteral("scope-case"), QStringLiteral("scope-empty"), QStringLiteral("scope-enum"),
        QStringLiteral("scope-max-length"), QStringLiteral("scope-min-length"), QStringLiteral("signed-off-by"),
        QStringLiteral("subject-case"), QStringLiteral("subject-empty"), QStringLiteral("subject-exclamation-mark"),
        QStringLiteral("subject-full-stop"), QStringLiteral("subject-max-length"),
        QStringLiteral("subject-min-length"), QStringLiteral("trailer-exists"), QStringLiteral("type-case"),
        QStringLiteral("type-empty"), QStringLiteral("type-enum"), QStringLiteral("type-max-length"),
        QStringLiteral("type-min-length")};
    return names;
}

const QStringList &CommitLintConfig::configFileNames()
{
    static const QStringList names{QStringLiteral("package.json"), QStringLiteral(".commitlintrc"),
                                   QStringLiteral(".commitlintrc.json"), QStringLiteral(".commitlintrc.yaml"),
                                   QStringLiteral(".commitlintrc.yml")};
    return names;
}

CommitLintConfig CommitLintConfig::conventional()
{
    CommitLintConfig c;
    const QStringList types{QStringLiteral("build"), QStringLiteral("chore"), QStringLiteral("ci"),
                            QStringLiteral("docs"), QStringLiteral("feat"), QStringLiteral("fix"),
                            QStringLiteral("perf"), QStringLiteral("refactor"), QStringLiteral("revert"),
                            QStringLiteral("style"), QStringLiteral("test")};
    const QStringList subjectCases{QStringLiteral("sentence-case"), QStringLiteral("start-case"),
                                   QStringLiteral("pascal-case"), QStringLiteral("upper-case")};
    c.m_rules = {
        setting("body-leading-blank", LintLevel::Warning, true),
        setting("body-max-line-length", LintLevel::Error, true, 100),
        setting("footer-leading-blank", LintLevel::Warning, true),
        setting("footer-max-line-length", LintLevel::Error, true, 100),
        setting("header-max-length", LintLevel::Error, true, 100),
        setting("header-trim", LintLevel::Error, true),
        setting("subject-case", LintLevel::Error, false, subjectCases),
        setting("subject-empty", LintLevel::Error, false),
        setting("subject-full-stop", LintLevel::Error, false, QStringLiteral(".")),
        setting("type-case", LintLevel::Error, true, QStringList{QStringLiteral("lower-case")}),
        setting("type-empty", LintLevel::Error, false),
        setting("type-enum", LintLevel::Error, true, types),
    };
    return c;
}

const LintRuleSetting *CommitLintConfig::rule(const QString &name) const
{
    for (const LintRuleSetting &r : m_rules)
        if (r.name == name)
            return &r;
    return nullptr;
}

void CommitLintConfig::setRule(const LintRuleSetting &setting)
{
    for (LintRuleSetting &r : m_rules) {
        if (r.name == setting.name) {
            r = setting;
            return;
        }
    }
    m_rules.append(setting);
}

void CommitLintConfig::problem(int line, int column, const QString &message)
{
    m_problems.append({m_source, line, column, message});
}

CommitLintConfig CommitLintConfig::discover(const QString &directory)
{
    const QDir dir(directory);
    for (const QString &name : configFileNames()) {
        const QString path = dir.filePath(name);
        if (!QFileInfo::exists(path))
            continue;
        if (name == QLatin1String("package.json")) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = file.readAll();
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
            // commitlint only uses a package.json with the key; a broken one that seems to have
            // it is reported.
            const bool broken = error.error != QJsonParseError::NoError && text.contains("\"commitlint\"");
            if (!broken && (!doc.isObject() || !doc.object().contains(QLatin1String("commitlint"))))
                continue;
        }
        return fromFile(path);
    }
    for (const QString &name : scriptConfigNames())
        if (QFileInfo::exists(dir.filePath(name)))
            return fromFile(dir.filePath(name));
    return conventional();
}

CommitLintConfig CommitLintConfig::fromFile(const QString &path)
{
    if (isScriptFile(path)) {
        CommitLintConfig c = conventional();
        c.m_source = path;
        c.problem(0, 0, Tr::tr("%1 is a JavaScript/TypeScript configuration, which Gantry does not run; put its "
                           "rules in .commitlintrc.json or .commitlintrc.yaml instead "
                           "(using @commitlint/config-conventional meanwhile)")
                            .arg(QFileInfo(path).fileName()));
        return c;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CommitLintConfig c = conventional();
        c.m_source = path;
        c.problem(0, 0, Tr::tr("cannot read the configuration: %1").arg(file.errorString()));
        return c;
    }
    return fromText(file.readAll(), path);
}

CommitLintConfig CommitLintConfig::fromText(const QByteArray &text, const QString &fileName)
{
    CommitLintConfig c;
    c.m_source = fileName;
    c.read(text, fileName);
    return c;
}

void CommitLintConfig::read(const QByteArray &text, const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    const bool isPackage = name == QLatin1String("package.json");
    const bool isJson = isPackage || name.endsWith(QLatin1String(".json"))
        || (name == QLatin1String(".commitlintrc") && text.trimmed().startsWith('{'));
    auto useDefaults = [this]() {
        const QList<ConfigProblem> problems = m_problems;
        *this = conventional().withSource(m_source, problems);
    };
    YamlNode root;
    if (isJson) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            const QByteArray before = text.left(error.offset);
            const int line = int(before.count('\n')) + 1;
            const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
            problem(line, column, Tr::tr("invalid JSON: %1 (using @commitlint/config-conventional meanwhile)")
                                      .arg(error.errorString()));
            useDefaults();
            return;
        }
        const auto tree = YamlTree::parse(text);
        root = tree.ok ? tree.root : fromJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    } else {
        const auto tree = YamlTree::parse(text);
        if (!tree.ok) {
            problem(tree.line, tree.column, Tr::tr("invalid YAML: %1 (using @commitlint/config-conventional meanwhile)")
                                                .arg(tree.error));
            useDefaults();
            return;
        }
        root = tree.root;
    }
    if (isPackage) {
        const YamlNode *key = root.keyNode(QStringLiteral("commitlint"));
        if (!key) {
            problem(0, 0, Tr::tr("package.json has no \"commitlint\" key (using @commitlint/config-conventional)"));
            useDefaults();
            return;
        }
        const YamlNode inner = *root.value(QStringLiteral("commitlint")); // copied before root is replaced
        root = inner;
    }
    if (!readRoot(root))
        useDefaults();
}

CommitLintConfig CommitLintConfig::withSource(const QString &source, const QList<ConfigProblem> &problems) const
{
    CommitLintConfig c = *this;
    c.m_source = source;
    c.m_problems = problems;
    return c;
}

bool CommitLintConfig::readRoot(const YamlNode &root)
{
    if (root.kind != YamlNode::Kind::Mapping) {
        problem(root.line, root.column, Tr::tr("the configuration must be an object with \"extends\" and \"rules\" "
                                           "(using @commitlint/config-conventional meanwhile)"));
        return false;
    }
    m_preset = ConventionalCommit::Preset::Angular; // commitlint's parser without a preset
    if (const YamlNode *extends = root.value(QStringLiteral("extends"))) {
        QList<YamlNode> names = extends->kind == YamlNode::Kind::Sequence ? extends->items : QList<YamlNode>{*extends};
        for (const YamlNode &n : names) {
            if (n.isScalar() && (n.scalar == kConventional || n.scalar == QLatin1String("@commitlint/conventional"))) {
                const CommitLintConfig defaults = conventional();
                for (const LintRuleSetting &r : defaults.rules())
                    setRule(r);
                m_preset = ConventionalCommit::Preset::ConventionalCommits;
            } else {
                problem(n.line, n.column, Tr::tr("extends %1 is not supported; only %2 is understood")
                                              .arg(describe(n), kConventional));
            }
        }
    }
    if (const YamlNode *rules = root.value(QStringLiteral("rules"))) {
        if (rules->kind == YamlNode::Kind::Mapping) {
            for (const auto &[key, value] : rules->entries)
                readRule(key, value);
        } else if (rules->kind != YamlNode::Kind::Null) {
            problem(rules->line, rules->column, Tr::tr("\"rules\" must be an object of rule names"));
        }
    }
    if (const YamlNode *ignores = root.value(QStringLiteral("defaultIgnores"))) {
        if (ignores->isBoolean())
            m_defaultIgnores = ignores->scalar == QLatin1String("true");
        else
            problem(ignores->line, ignores->column, Tr::tr("\"defaultIgnores\" must be true or false"));
    }
    for (const char *unsupported : {"ignores", "plugins"}) {
        if (const YamlNode *key = root.keyNode(QString::fromLatin1(unsupported)))
            problem(key->line, key->column, Tr::tr("\"%1\" needs JavaScript functions and is not read")
                                                .arg(QString::fromLatin1(unsupported)));
    }
    if (const YamlNode *preset = root.value(QStringLiteral("parserPreset"))) {
        if (preset->isScalar() && preset->scalar.contains(QLatin1String("conventionalcommits")))
            m_preset = ConventionalCommit::Preset::ConventionalCommits;
        else if (preset->isScalar() && preset->scalar.contains(QLatin1String("angular")))
            m_preset = ConventionalCommit::Preset::Angular;
        else
            problem(preset->line, preset->column,
                    Tr::tr("only the conventional-changelog-conventionalcommits and -angular parser presets are supported"));
    }
    return true;
}

void CommitLintConfig::readRule(const YamlNode &key, const YamlNode &value)
{
    const QString name = key.scalar;
    if (!ruleNames().contains(name)) {
        problem(key.line, key.column, Tr::tr("Found rules without implementation: %1.").arg(name));
        return;
    }
    if (value.kind != YamlNode::Kind::Sequence || value.items.isEmpty()) {
        problem(value.line, value.column, Tr::tr("config for rule %1 must be array, received %2").arg(name, describe(value)));
        return;
    }
    const YamlNode &levelNode = value.items.at(0);
    if (!levelNode.isInteger()) {
        problem(levelNode.line, levelNode.column,
                Tr::tr("level for rule %1 must be number, received %2").arg(name, describe(levelNode)));
        return;
    }
    const int level = levelNode.scalar.toInt();
    if (level == 0 && value.items.size() == 1) {
        setRule({name, LintLevel::Disabled, true, {}});
        return;
    }
    if (value.items.size() < 2 || value.items.size() > 3) {
        problem(value.line, value.column, Tr::tr("config for rule %1 must be 2 or 3 items long, received %2 items")
                                              .arg(name).arg(value.items.size()));
        return;
    }
    if (level < 0 || level > 2) {
        problem(levelNode.line, levelNode.column,
                Tr::tr("level for rule %1 must be between 0 and 2, received %2").arg(name).arg(level));
        return;
    }
    const YamlNode &when = value.items.at(1);
    if (!when.isScalar() || (when.scalar != QLatin1String("always") && when.scalar != QLatin1String("never"))) {
        problem(when.line, when.column, Tr::tr("condition for rule %1 must be \"always\" or \"never\", received %2")
                                            .arg(name, describe(when)));
        return;
    }
    LintRuleSetting s{name, LintLevel(level), when.scalar == QLatin1String("always"), {}};
    if (value.items.size() == 3) {
        const YamlNode &v = value.items.at(2);
        auto bad = [&](const QString &expected) {
            problem(v.line, v.column, Tr::tr("value for rule %1 must be %2, received %3").arg(name, expected, describe(v)));
        };
        switch (valueKind(name)) {
        case ValueKind::Length:
            if (!v.isInteger())
                return bad(Tr::tr("a number"));
            s.value = v.scalar.toLongLong();
            break;
        case ValueKind::Text:
            if (!v.isScalar())
                return bad(Tr::tr("a string"));
            s.value = v.scalar;
            break;
        case ValueKind::Enum: {
            if (v.kind != YamlNode::Kind::Sequence)
                return bad(Tr::tr("a list of strings"));
            QStringList list;
            for (const YamlNode &item : v.items) {
                if (!item.isScalar())
                    return bad(Tr::tr("a list of strings"));
                list.append(item.scalar);
            }
            s.value = list;
            break;
        }
        case ValueKind::Case: {
            const QList<YamlNode> items = v.kind == YamlNode::Kind::Sequence ? v.items : QList<YamlNode>{v};
            QVariantList checks;
            for (const YamlNode &item : items) {
                QVariantMap check{{QStringLiteral("when"), QStringLiteral("always")}};
                const YamlNode *caseNode = &item;
                if (item.kind == YamlNode::Kind::Mapping) {
                    caseNode = item.value(QStringLiteral("case"));
                    if (const YamlNode *w = item.value(QStringLiteral("when")))
                        check.insert(QStringLiteral("when"), w->scalar);
                }
                if (!caseNode || !caseNode->isScalar() || !TextCase::isKnown(caseNode->scalar)) {
                    const YamlNode &at = caseNode ? *caseNode : item;
                    problem(at.line, at.column, Tr::tr("to-case: Unknown target case \"%1\"; known: %2")
                                                    .arg(caseNode ? caseNode->scalar : describe(item),
                                                         TextCase::names().join(QStringLiteral(", "))));
                    return;
                }
                check.insert(QStringLiteral("case"), caseNode->scalar);
                checks.append(check);
            }
            s.value = checks;
            break;
        }
        case ValueKind::None:
            break;
        }
    }
    setRule(s);
}

} // namespace gantry
