#include "pipelines/GitLabReferences.h"

#include "pipelines/GitLabPipeline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace gantry::GitLabReferences {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::GitLabEditor)
};

const QString kJob = QStringLiteral("job");

bool names(const QJsonValue &item, const QString &job)
{
    return item.toString() == job || (item.isObject() && item.toObject().value(kJob).toString() == job);
}

QJsonValue renamedItem(const QJsonValue &item, const QString &from, const QString &to)
{
    if (item.isString() && item.toString() == from)
        return to;
    if (item.isObject() && item.toObject().value(kJob).toString() == from) {
        QJsonObject o = item.toObject();
        o.insert(kJob, to);
        return o;
    }
    return item;
}

} // namespace

QList<Reference> find(const YamlSyntaxTree &tree, const QString &job, const QStringList &keys, int skipEntry)
{
    QList<Reference> out;
    const int root = tree.resolved(tree.root());
    if (root < 0 || !tree.node(root).isMapping())
        return out;
    QSet<int> seen;
    const QList<int> &entries = tree.node(root).children;
    for (qsizetype e = 0; e + 1 < entries.size(); e += 2) {
        if (entries[e] == skipEntry || GitLabReader::isGlobalKeyword(tree.node(entries[e]).value))
            continue;
        const int mapping = tree.resolved(entries[e + 1]);
        if (mapping < 0 || !tree.node(mapping).isMapping())
            continue;
        for (const QString &key : keys) {
            const int keyNode = tree.keyNode(mapping, key);
            const int written = tree.value(mapping, key);
            const int value = tree.resolved(written);
            if (value < 0)
                continue;
            const bool alias = written != value;
            const YamlSyntaxNode &v = tree.node(value);
            if (v.isScalar() && v.value == job && !seen.contains(value)) {
                seen.insert(value);
                out.append({key, keyNode, -1, -1, value, alias});
            }
            for (qsizetype i = 0; v.isSequence() && i < v.children.size(); ++i) {
                int item = tree.resolved(v.children[i]);
                if (item >= 0 && tree.node(item).isMapping() && key == QLatin1String("needs"))
                    item = tree.resolved(tree.value(item, kJob));
                if (item >= 0 && tree.node(item).isScalar() && tree.node(item).value == job && !seen.contains(item)) {
                    seen.insert(item);
                    out.append({key, keyNode, value, int(i), item, alias});
                }
            }
        }
    }
    return out;
}

int referenceTag(const YamlSyntaxTree &tree, const QString &job)
{
    for (int i = 0; i < tree.size(); ++i) {
        const YamlSyntaxNode &n = tree.node(i);
        if (n.isSequence() && n.tag == QLatin1String("!reference") && !n.children.isEmpty()
            && tree.node(n.children.first()).value == job)
            return i;
    }
    return -1;
}

QJsonValue renamed(const QJsonValue &root, const QString &from, const QString &to, const QStringList &keys)
{
    QJsonObject all = root.toObject();
    if (all.contains(from))
        all.insert(to, all.take(from));
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (GitLabReader::isGlobalKeyword(it.key()) || !it.value().isObject())
            continue;
        QJsonObject job = it.value().toObject();
        for (const QString &key : keys) {
            const QJsonValue value = job.value(key);
            if (value.isArray()) {
                QJsonArray list = value.toArray();
                for (qsizetype i = 0; i < list.size(); ++i)
                    list.replace(i, renamedItem(list[i], from, to));
                job.insert(key, list);
            } else if (value.isString()) {
                job.insert(key, renamedItem(value, from, to));
            }
        }
        it.value() = job;
    }
    return all;
}

QJsonValue dropped(const QJsonValue &root, const QString &job)
{
    QJsonObject all = root.toObject();
    all.remove(job);
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (GitLabReader::isGlobalKeyword(it.key()) || !it.value().isObject())
            continue;
        QJsonObject o = it.value().toObject();
        for (const QString &key : {QStringLiteral("needs"), QStringLiteral("dependencies")}) {
            const QJsonValue value = o.value(key);
            if (value.isString() && value.toString() == job) {
                o.remove(key);
                continue;
            }
            if (!value.isArray())
                continue;
            QJsonArray list = value.toArray();
            const qsizetype before = list.size();
            for (qsizetype i = list.size() - 1; i >= 0; --i) {
                if (names(list[i], job))
                    list.removeAt(i);
            }
            if (list.size() == before)
                continue;
            if (list.isEmpty() && key == QLatin1String("needs"))
                o.remove(key);
            else
                o.insert(key, list);
        }
        it.value() = o;
    }
    return all;
}

QString needsProblem(const GitLabPipeline &p, const QString &job, const QString &jobStage, const QString &need)
{
    const GitLabJob *needed = p.job(need);
    if (!needed)
        return Tr::tr("there is no job \"%1\" to need").arg(need);
    if (need == job)
        return Tr::tr("a job cannot need itself");
    if (p.stages.indexOf(needed->stage) > p.stages.indexOf(jobStage))
        return Tr::tr("\"%1\" runs in a later stage (%2) than \"%3\" (%4); GitLab only lets a job need jobs of its own or earlier stages")
            .arg(need, needed->stage, job, jobStage);
    // A path need → … → job would close a circle.
    QStringList path{need};
    QSet<QString> seen;
    std::function<bool(const QString &)> reaches = [&](const QString &from) {
        const GitLabJob *j = p.job(from);
        if (!j || seen.contains(from))
            return false;
        seen.insert(from);
        for (const QString &n : j->needs) {
            path.append(n);
            if (n == job || reaches(n))
                return true;
            path.removeLast();
        }
        return false;
    };
    if (reaches(need))
        return Tr::tr("that would make the needs go round in a circle: %1").arg((QStringList{job} + path).join(QStringLiteral(" → ")));
    return QString();
}

} // namespace gantry::GitLabReferences
