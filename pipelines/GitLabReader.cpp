#include "pipelines/GitLabPipeline.h"

#include "pipelines/GitLabParallel.h"
#include "pipelines/YamlJson.h"
#include "pipelines/YamlSyntaxParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::GitLabReader)
};

constexpr int MaxExtendsDepth = 11; // GitLab allows 11 levels of extends

/// GitLab's merge of `extends` and includes: maps merge key by key, anything else is replaced.
QJsonObject deepMerge(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.constBegin(); it != over.constEnd(); ++it) {
        const QJsonValue existing = base.value(it.key());
        if (existing.isObject() && it.value().isObject())
            base.insert(it.key(), deepMerge(existing.toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    if (value.isString())
        out.append(value.toString());
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            out.append(item.toString());
        else if (item.isObject() && item.toObject().value(QStringLiteral("job")).isString())
            out.append(item.toObject().value(QStringLiteral("job")).toString()); // needs: [{job: x}]
    }
    return out;
}

QString nameOf(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().value(QStringLiteral("name")).toString() : value.toString();
}

class Reader
{
public:
    Reader(const YamlSyntaxTree &tree, const GitLabReader::IncludeReader &readInclude) : t(tree), m_read(readInclude) {}

    GitLabPipeline read()
    {
        const int root = t.resolved(t.root());
        if (root < 0) {
            p.stages = {QStringLiteral(".pre"), QStringLiteral("build"), QStringLiteral("test"), QStringLiteral("deploy"), QStringLiteral(".post")};
            return p;
        }
        if (!t.node(root).isMapping()) {
            at(root, Tr::tr("a .gitlab-ci.yml holds a mapping of jobs and keywords"), QStringLiteral("gitlab-structure"));
            return p;
        }
        QJsonObject merged;
        readIncludes(root, merged);
        merged = deepMerge(merged, YamlJson::toJson(t, root).toObject());
        m_all = merged;
        const QJsonValue stages = merged.value(QStringLiteral("stages"));
        p.stages = stages.isArray() ? strings(stages)
                                    : QStringList{QStringLiteral(".pre"), QStringLiteral("build"), QStringLiteral("test"),
                                                  QStringLiteral("deploy"), QStringLiteral(".post")};
        if (!p.stages.contains(QStringLiteral(".pre")))
            p.stages.prepend(QStringLiteral(".pre"));
        if (!p.stages.contains(QStringLiteral(".post")))
            p.stages.append(QStringLiteral(".post"));
        for (auto it = merged.constBegin(); it != merged.constEnd(); ++it) {
            if (GitLabReader::isGlobalKeyword(it.key()) || it.key().startsWith(QLatin1Char('.')) || !it.value().isObject())
                continue;
            p.jobs.append(readJob(it.key()));
        }
        // In file order where the file defines them (QJsonObject sorts keys).
        std::stable_sort(p.jobs.begin(), p.jobs.end(), [this](const GitLabJob &a, const GitLabJob &b) {
            const qsizetype pa = a.keyNode < 0 ? t.text().size() : t.node(a.keyNode).span.begin;
            const qsizetype pb = b.keyNode < 0 ? t.text().size() : t.node(b.keyNode).span.begin;
            return pa < pb;
        });
        for (const GitLabJob &job : std::as_const(p.jobs))
            check(job);
        sortDiagnostics(p.diagnostics);
        return p;
    }

private:
    void at(int node, const QString &message, const QString &rule, Diagnostic::Severity severity = Diagnostic::Severity::Error)
    {
        const SourceSpan &s = t.node(node).span;
        p.diagnostics.append(Diagnostic{severity, s.line, s.column, message, rule});
    }

    void readIncludes(int root, QJsonObject &merged)
    {
        const int include = t.value(root, u"include");
        if (include < 0)
            return;
        QList<int> items;
        const int resolved = t.resolved(include);
        if (resolved >= 0 && t.node(resolved).isSequence())
            items = t.node(resolved).children;
        else
            items.append(include);
        for (int item : items) {
            const int node = t.resolved(item);
            if (node < 0)
                continue;
            QString local;
            if (t.node(node).isScalar()) {
                local = t.node(node).value;
                if (local.startsWith(QLatin1String("http://")) || local.startsWith(QLatin1String("https://"))) {
                    at(item, Tr::tr("remote include %1 is not followed; its jobs are not shown").arg(local), QStringLiteral("gitlab-include"),
                       Diagnostic::Severity::Warning);
                    continue;
                }
            } else if (t.node(node).isMapping()) {
                const int value = t.value(node, u"local");
                if (value < 0) {
                    at(item, Tr::tr("only local includes are followed (not project, remote, template or component); its jobs are not shown"),
                       QStringLiteral("gitlab-include"), Diagnostic::Severity::Warning);
                    continue;
                }
                local = t.node(t.resolved(value)).value;
            }
            if (local.startsWith(QLatin1Char('/')))
                local = local.mid(1);
            QString error;
            const QByteArray text = m_read ? m_read(local, &error) : QByteArray();
            if (!m_read || !error.isEmpty()) {
                at(item, m_read ? Tr::tr("cannot read the include %1: %2").arg(local, error)
                                : Tr::tr("include %1 is not read here").arg(local),
                   QStringLiteral("gitlab-include"), m_read ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning);
                continue;
            }
            const YamlSyntaxTree included = YamlSyntaxParser::parse(text, YamlSyntaxParser::MergeKeys::Resolve);
            for (const Diagnostic &d : included.diagnostics()) {
                if (d.isError())
                    at(item, Tr::tr("%1:%2:%3: %4").arg(local).arg(d.line).arg(d.column).arg(d.message), QStringLiteral("gitlab-include"));
            }
            merged = deepMerge(merged, YamlJson::toJson(included).toObject());
        }
    }

    QJsonObject resolve(const QString &id, QSet<QString> &visiting, int depth)
    {
        const QJsonObject own = m_all.value(id).toObject();
        if (depth > MaxExtendsDepth || visiting.contains(id))
            return own;
        visiting.insert(id);
        QJsonObject base;
        for (const QString &parent : strings(own.value(QStringLiteral("extends")))) {
            if (m_all.value(parent).isObject())
                base = deepMerge(base, resolve(parent, visiting, depth + 1));
        }
        visiting.remove(id);
        QJsonObject self = own;
        self.remove(QStringLiteral("extends"));
        return deepMerge(base, self);
    }

    /// The scalars of a job's own `script:` in this file (not merged in), or none.
    QList<int> ownScript(int node) const
    {
        const int mapping = t.resolved(node);
        if (node < 0 || mapping != node || !t.node(mapping).isMapping())
            return {};
        const int key = t.keyNode(mapping, u"script");
        const int value = t.value(mapping, u"script");
        if (key < 0 || t.node(key).parent != mapping || t.resolved(value) != value)
            return {};
        if (t.node(value).isScalar())
            return {value};
        QList<int> out;
        for (int item : t.node(value).children) {
            if (!t.node(item).isScalar())
                return {};
            out.append(item);
        }
        return out;
    }

    GitLabJob readJob(const QString &id)
    {
        GitLabJob job;
        job.id = id;
        const int root = t.resolved(t.root());
        job.keyNode = t.keyNode(root, id);
        job.node = t.value(root, id);
        job.extends = strings(m_all.value(id).toObject().value(QStringLiteral("extends")));
        QSet<QString> visiting;
        job.merged = resolve(id, visiting, 0);
        const QJsonObject &m = job.merged;
        if (m.value(QStringLiteral("stage")).isString())
            job.stage = m.value(QStringLiteral("stage")).toString();
        job.needs = strings(m.value(QStringLiteral("needs")));
        job.when = m.value(QStringLiteral("when")).toString();
        job.ruleCount = int(m.value(QStringLiteral("rules")).toArray().size());
        job.image = nameOf(m.value(QStringLiteral("image")));
        job.environment = nameOf(m.value(QStringLiteral("environment")));
        job.script = strings(m.value(QStringLiteral("script")));
        job.parallelCount = GitLabParallel::count(m.value(QStringLiteral("parallel")));
        job.scriptNodes = ownScript(job.node);
        if (job.scriptNodes.size() != job.script.size())
            job.scriptNodes.clear();
        return job;
    }

    void check(const GitLabJob &job)
    {
        const int node = job.node >= 0 ? t.resolved(job.node) : -1;
        const int anchor = job.keyNode;
        if (node >= 0 && t.node(node).isMapping()) {
            for (const auto &[key, value] : t.entries(node)) {
                const QString name = t.node(key).value;
                if (!GitLabReader::isJobKeyword(name))
                    at(key, Tr::tr("unknown keyword \"%1\" in job \"%2\"").arg(name, job.id), QStringLiteral("gitlab-unknown-key"));
            }
        }
        const auto where = [&](const char16_t *key) {
            const int n = node >= 0 ? t.value(node, QStringView(key)) : -1;
            return n >= 0 ? n : anchor;
        };
        if (anchor < 0)
            return; // from an include: its own file is where to look
        if (!p.stages.contains(job.stage))
            at(where(u"stage"), Tr::tr("job \"%1\" is in stage \"%2\", which is not in stages: %3")
                                    .arg(job.id, job.stage, p.stages.join(QStringLiteral(", "))),
               QStringLiteral("gitlab-unknown-stage"));
        if (const QString problem = GitLabParallel::problem(job.merged.value(QStringLiteral("parallel"))); !problem.isEmpty())
            at(where(u"parallel"), problem, QStringLiteral("gitlab-parallel-limit"));
        for (const QString &need : job.needs) {
            if (!m_all.value(need).isObject() || need.startsWith(QLatin1Char('.')))
                at(where(u"needs"), Tr::tr("job \"%1\" needs \"%2\", which is not a job of this pipeline").arg(job.id, need),
                   QStringLiteral("gitlab-unknown-needs"));
        }
        for (const QString &parent : job.extends) {
            if (!m_all.value(parent).isObject())
                at(where(u"extends"), Tr::tr("job \"%1\" extends \"%2\", which is not defined").arg(job.id, parent),
                   QStringLiteral("gitlab-unknown-extends"));
        }
        QSet<QString> seen{job.id};
        QStringList chain{job.id};
        for (QString current = job.id;;) {
            const QStringList parents = strings(m_all.value(current).toObject().value(QStringLiteral("extends")));
            if (parents.isEmpty())
                break;
            current = parents.first();
            chain.append(current);
            if (seen.contains(current)) {
                at(where(u"extends"), Tr::tr("extends goes round in a circle: %1").arg(chain.join(QStringLiteral(" → "))),
                   QStringLiteral("gitlab-extends-cycle"));
                break;
            }
            seen.insert(current);
        }
    }

    const YamlSyntaxTree &t;
    GitLabReader::IncludeReader m_read;
    GitLabPipeline p;
    QJsonObject m_all;
};

} // namespace

const GitLabJob *GitLabPipeline::job(const QString &id) const
{
    for (const GitLabJob &j : jobs) {
        if (j.id == id)
            return &j;
    }
    return nullptr;
}

GitLabPipeline GitLabReader::read(const YamlSyntaxTree &tree, const IncludeReader &readInclude)
{
    return Reader(tree, readInclude).read();
}

bool GitLabReader::isGlobalKeyword(const QString &key)
{
    static const QSet<QString> keywords{
        QStringLiteral("default"), QStringLiteral("include"), QStringLiteral("stages"), QStringLiteral("variables"),
        QStringLiteral("workflow"), QStringLiteral("image"), QStringLiteral("services"), QStringLiteral("cache"),
        QStringLiteral("before_script"), QStringLiteral("after_script"), QStringLiteral("spec")};
    return keywords.contains(key);
}

bool GitLabReader::isJobKeyword(const QString &key)
{
    static const QSet<QString> keywords{
        QStringLiteral("after_script"), QStringLiteral("allow_failure"), QStringLiteral("artifacts"), QStringLiteral("before_script"),
        QStringLiteral("cache"), QStringLiteral("coverage"), QStringLiteral("dast_configuration"), QStringLiteral("dependencies"),
        QStringLiteral("environment"), QStringLiteral("extends"), QStringLiteral("hooks"), QStringLiteral("identity"),
        QStringLiteral("id_tokens"), QStringLiteral("image"), QStringLiteral("inherit"), QStringLiteral("interruptible"),
        QStringLiteral("manual_confirmation"), QStringLiteral("needs"), QStringLiteral("pages"), QStringLiteral("parallel"),
        QStringLiteral("release"), QStringLiteral("resource_group"), QStringLiteral("retry"), QStringLiteral("rules"),
        QStringLiteral("script"), QStringLiteral("run"), QStringLiteral("secrets"), QStringLiteral("services"),
        QStringLiteral("stage"), QStringLiteral("tags"), QStringLiteral("timeout"), QStringLiteral("trigger"),
        QStringLiteral("variables"), QStringLiteral("when"), QStringLiteral("only"), QStringLiteral("except"),
        QStringLiteral("start_in"), QStringLiteral("publish"), QStringLiteral("<<")};
    return keywords.contains(key);
}

} // namespace gantry
