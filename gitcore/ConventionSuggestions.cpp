#include "gitcore/ConventionSuggestions.h"

#include "gitcore/ConventionalCommit.h"
#include "gitcore/GitPtr.h"
#include "gitcore/Repository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <git2.h>

namespace gantry {

namespace {

/// Counts how often each key occurs and where it first occurred (0 = the newest commit).
class Ranking
{
public:
    /// Keys are added newest commit first, so the order of first addition is recency.
    void add(const QString &key)
    {
        auto it = m_entries.find(key);
        if (it == m_entries.end())
            m_entries.insert(key, {1, m_next++});
        else
            ++it->count;
    }
    QStringList ranked() const
    {
        QStringList keys = m_entries.keys();
        std::sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
            const Entry &ea = m_entries[a];
            const Entry &eb = m_entries[b];
            if (ea.count != eb.count)
                return ea.count > eb.count;
            return ea.first < eb.first;
        });
        return keys;
    }

private:
    struct Entry
    {
        int count = 0;
        int first = 0;
    };
    QHash<QString, Entry> m_entries;
    int m_next = 0;
};

bool isContainerFolder(const QString &name)
{
    static const QSet<QString> containers{QStringLiteral("src"),     QStringLiteral("lib"),
                                          QStringLiteral("libs"),    QStringLiteral("packages"),
                                          QStringLiteral("apps"),    QStringLiteral("modules"),
                                          QStringLiteral("source"),  QStringLiteral("crates"),
                                          QStringLiteral("services"), QStringLiteral("components")};
    return containers.contains(name.toLower());
}

QString scopeName(QString name)
{
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.toLower();
}

} // namespace

QStringList ConventionSuggestions::scopesFromPaths(const QStringList &paths)
{
    QStringList scopes;
    for (const QString &path : paths) {
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QString scope;
        if (parts.size() == 1) {
            QString file = parts.first();
            while (file.startsWith(QLatin1Char('.')))
                file.remove(0, 1);
            const qsizetype dot = file.indexOf(QLatin1Char('.'));
            scope = scopeName(dot > 0 ? file.left(dot) : file);
        } else if (parts.size() >= 3 && isContainerFolder(parts.first())) {
            scope = scopeName(parts.at(1));
        } else if (!parts.isEmpty()) {
            scope = scopeName(parts.first());
        }
        if (!scope.isEmpty() && !scopes.contains(scope))
            scopes.append(scope);
    }
    return scopes;
}

QStringList ConventionSuggestions::scopesFor(const QStringList &pathScopes) const
{
    QStringList scopes = pathScopes;
    for (const QString &scope : historyScopes) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    return scopes;
}

Result<ConventionSuggestions> ConventionSuggestions::read(const Repository &repo, int commitLimit,
                                                          const QString &excludeEmail, const std::atomic<bool> *cancel)
{
    ConventionSuggestions result;
    if (repo.isHeadUnborn())
        return result;
    git_revwalk *rawWalk = nullptr;
    if (auto r = check(git_revwalk_new(&rawWalk, repo.raw()), QStringLiteral("start history walk")); !r)
        return r.error();
    RevwalkPtr walk(rawWalk);
    if (auto r = check(git_revwalk_sorting(walk.get(), GIT_SORT_TIME), QStringLiteral("sort history walk")); !r)
        return r.error();
    if (auto r = check(git_revwalk_push_head(walk.get()), QStringLiteral("start history walk")); !r)
        return r.error();

    Ranking scopes;
    Ranking authors;
    git_oid next;
    int rc = 0;
    while (result.commitsRead < commitLimit && (rc = git_revwalk_next(&next, walk.get())) == 0) {
        if (cancel && cancel->load())
            break;
        git_commit *rawCommit = nullptr;
        if (auto r = check(git_commit_lookup(&rawCommit, repo.raw(), &next), QStringLiteral("read commit")); !r)
            return r.error();
        CommitPtr commit(rawCommit);
        ++result.commitsRead;
        const char *summary = git_commit_summary(commit.get());
        const ConventionalCommit parsed = ConventionalCommit::parse(QString::fromUtf8(summary ? summary : ""));
        if (parsed.isConventional() && parsed.kind() == ConventionalCommit::Kind::Regular) {
            // "feat(ui,api): …" names two scopes.
            for (const QString &part : parsed.scope().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString scope = part.trimmed();
                if (!scope.isEmpty())
                    scopes.add(scope);
            }
        }
        if (const git_signature *author = git_commit_author(commit.get())) {
            const QString name = QString::fromUtf8(author->name).trimmed();
            const QString email = QString::fromUtf8(author->email).trimmed();
            if (!name.isEmpty() && !email.isEmpty() && email.compare(excludeEmail, Qt::CaseInsensitive) != 0)
                authors.add(QStringLiteral("%1 <%2>").arg(name, email));
        }
    }
    if (rc != 0 && rc != GIT_ITEROVER)
        return GitError::fromLibgit2(rc, QStringLiteral("walk history"));
    result.historyScopes = scopes.ranked();
    result.coAuthors = authors.ranked();
    return result;
}

} // namespace gantry
