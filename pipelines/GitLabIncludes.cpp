#include "pipelines/GitLabIncludes.h"

#include "pipelines/YamlJson.h"
#include "pipelines/YamlSyntaxParser.h"

#include <QCoreApplication>
#include <QStringList>

namespace gantry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::GitLabIncludes)
};

/// One include as written: the local path, or why it is not followed.
struct IncludeItem
{
    int node = -1;
    QString local;     ///< as written
    QString skipped;   ///< not a local include: the warning to give
};

QList<IncludeItem> itemsOf(const YamlSyntaxTree &t, int root)
{
    QList<IncludeItem> out;
    const int include = t.value(root, u"include");
    if (include < 0)
        return out;
    QList<int> nodes;
    const int resolved = t.resolved(include);
    if (resolved >= 0 && t.node(resolved).isSequence())
        nodes = t.node(resolved).children;
    else
        nodes.append(include);
    for (int item : nodes) {
        const int node = t.resolved(item);
        if (node < 0)
            continue;
        IncludeItem entry;
        entry.node = item;
        if (t.node(node).isScalar()) {
            entry.local = t.node(node).value;
            if (entry.local.startsWith(QLatin1String("http://")) || entry.local.startsWith(QLatin1String("https://")))
                entry.skipped = Tr::tr("remote include %1 is not followed; its jobs are not shown").arg(entry.local);
        } else if (t.node(node).isMapping()) {
            const int value = t.value(node, u"local");
            if (value < 0 || t.resolved(value) < 0)
                entry.skipped = Tr::tr("only local includes are followed (not project, remote, template or component); its jobs are not shown");
            else
                entry.local = t.node(t.resolved(value)).value;
        } else {
            continue;
        }
        out.append(entry);
    }
    return out;
}

class Resolver
{
public:
    Resolver(const GitLabReader::IncludeReader &read, int maxIncludes) : m_read(read), m_max(maxIncludes) {}

    void top(const YamlSyntaxTree &t, int root)
    {
        for (const IncludeItem &item : itemsOf(t, root)) {
            const SourceSpan &span = t.node(item.node).span;
            m_line = span.line;
            m_column = span.column;
            m_prefix.clear();
            if (!follow(item, 1))
                return;
        }
    }

    GitLabIncludes::Outcome out;

private:
    void finding(const QString &message, Diagnostic::Severity severity = Diagnostic::Severity::Error)
    {
        out.diagnostics.append(Diagnostic{severity, m_line, m_column, m_prefix + message, QStringLiteral("gitlab-include")});
    }

    /// Reads one include and, depth first, its own; false once the limit is reached (stop).
    bool follow(const IncludeItem &item, int depth)
    {
        if (!item.skipped.isEmpty()) {
            finding(item.skipped, Diagnostic::Severity::Warning);
            return true;
        }
        if (++out.count > m_max) {
            finding(Tr::tr("the pipeline includes more than %1 files (nested and repeated includes count too); "
                           "GitLab refuses it — the limit is set in .gantry/ci.yml (gitlab: max-includes:)")
                        .arg(m_max));
            return false;
        }
        if (depth > GitLabIncludes::MaxNesting) {
            finding(Tr::tr("includes are nested more than %1 deep (GitLab's limit); %2 is not read")
                        .arg(GitLabIncludes::MaxNesting)
                        .arg(item.local));
            return false;
        }
        const QString path = GitLabIncludes::normalise(item.local);
        if (path.isEmpty()) {
            finding(Tr::tr("the include %1 is outside the project: GitLab reads local includes from the project only")
                        .arg(item.local));
            return true;
        }
        if (!m_read) {
            finding(Tr::tr("include %1 is not read here").arg(path), Diagnostic::Severity::Warning);
            return true;
        }
        QString error;
        const QByteArray text = m_read(path, &error);
        if (!error.isEmpty()) {
            finding(Tr::tr("cannot read the include %1: %2").arg(path, error));
            return true;
        }
        const YamlSyntaxTree included = YamlSyntaxParser::parse(text, YamlSyntaxParser::MergeKeys::Resolve);
        for (const Diagnostic &d : included.diagnostics()) {
            if (d.isError())
                finding(Tr::tr("%1:%2:%3: %4").arg(path).arg(d.line).arg(d.column).arg(d.message));
        }
        const int root = included.resolved(included.root());
        if (root < 0 || !included.node(root).isMapping())
            return true;
        const QString outer = m_prefix;
        m_prefix = Tr::tr("in %1: ").arg(path);
        for (const IncludeItem &nested : itemsOf(included, root)) {
            if (!follow(nested, depth + 1)) {
                m_prefix = outer;
                return false;
            }
        }
        m_prefix = outer;
        out.files.append({path, YamlJson::toJson(included, root).toObject()});
        return true;
    }

    const GitLabReader::IncludeReader &m_read;
    const int m_max;
    int m_line = 0;
    int m_column = 0;
    QString m_prefix;
};

} // namespace

QString GitLabIncludes::normalise(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (parts.isEmpty())
                return {};
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return parts.join(QLatin1Char('/'));
}

GitLabIncludes::Outcome GitLabIncludes::resolve(const YamlSyntaxTree &tree, int root, const GitLabReader::IncludeReader &read,
                                                int maxIncludes)
{
    Resolver resolver(read, maxIncludes);
    resolver.top(tree, root);
    return resolver.out;
}

} // namespace gantry
