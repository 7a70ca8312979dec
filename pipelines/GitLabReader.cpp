#include "pipelines/GitLabPipeline.h"

#include "pipelines/GitLabIncludes.h"
#include "pipelines/GitLabParallel.h"
#include "pipelines/YamlJson.h"
#include "pipelines/YamlSyntaxParser.h"

#include <QCoreApplication>
#include <QHash>
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
    Reader(const YamlSyntaxTree &tree, const GitLabReader::IncludeReader &readInclude, int maxIncludes)
        : t(tree), m_read(readInclude), m_maxIncludes(maxIncludes)
    {
    }

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
        checkNeedsCycles();
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
        const GitLabIncludes::Outcome included = GitLabIncludes::resolve(t, root, m_read, m_maxIncludes);
        p.diagnostics += included.diagnostics;
        for (const GitLabIncludes::Included &file : included.files)
            merged = deepMerge(merged, file.content);
    }

    /// GitLab refuses a pipeline whose needs go round in a circle: each circle is reported once,
    /// at the `needs:` of its jobs written in this file.
    void checkNeedsCycles()
    {
        QHash<QString, const GitLabJob *> byId;
        for (const GitLabJob &job : std::as_const(p.jobs))
            byId.insert(job.id, &job);
        enum Mark { Unseen, OnPath, Done };
        QHash<QString, Mark> mark;
        QSet<QString> reported;
        for (const GitLabJob &start : std::as_const(p.jobs)) {
            if (mark.value(start.id) != Unseen)
                continue;
            // Iterative depth-first walk: a hostile file with thousands of jobs cannot overflow the stack.
            QList<std::pair<const GitLabJob *, int>> stack{{&start, 0}};
            QStringList path{start.id};
            mark.insert(start.id, OnPath);
            while (!stack.isEmpty()) {
                auto &[job, next] = stack.last();
                if (next >= job->needs.size()) {
                    mark.insert(job->id, Done);
                    stack.removeLast();
                    path.removeLast();
                    continue;
                }
                const QString need = job->needs.at(next++);
                const GitLabJob *needed = byId.value(need);
                if (!needed)
                    continue;
                const Mark m = mark.value(need);
                if (m == OnPath) {
                    const QStringList circle = path.mid(path.indexOf(need)) + QStringList{need};
                    reportCycle(circle, byId, reported);
                } else if (m == Unseen) {
                    mark.insert(need, OnPath);
                    path.append(need);
                    stack.append({needed, 0});
                }
            }
        }
    }

    void reportCycle(const QStringList &circle, const QHash<QString, const GitLabJob *> &byId, QSet<QString> &reported)
    {
        // One report per circle, however it was entered: keyed by its jobs in sorted order.
        QStringList members = circle.mid(0, circle.size() - 1);
        QStringList key = members;
        key.sort();
        if (reported.contains(key.join(QLatin1Char('\n'))))
            return;
        reported.insert(key.join(QLatin1Char('\n')));
        const QString text = Tr::tr("the needs go round in a circle: %1; GitLab refuses the pipeline")
                                 .arg(circle.join(QStringLiteral(" → ")));
        bool placed = false;
        for (const QString &id : members) {
            const GitLabJob *job = byId.value(id);
            if (!job || job->keyNode < 0)
                continue;
            const int node = job->node >= 0 ? t.resolved(job->node) : -1;
            const int needs = node >= 0 && t.node(node).isMapping() ? t.value(node, u"needs") : -1;
            at(needs >= 0 ? needs : job->keyNode, text, QStringLiteral("gitlab-needs-cycle"));
            placed = true;
        }
        if (!placed) // every job of the circle comes from includes
            at(t.resolved(t.root()), text, QStringLiteral("gitlab-needs-cycle"));
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
    int m_maxIncludes = GitLabIncludes::DefaultMaxIncludes;
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

GitLabPipeline GitLabReader::read(const YamlSyntaxTree &tree, const IncludeReader &readInclude, int maxIncludes)
{
    return Reader(tree, readInclude, maxIncludes).read();
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
