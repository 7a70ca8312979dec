#include "gitcore/ChangelogWriter.h"

#include "gitcore/ConventionalCommit.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace gantry {

namespace {

/// A commit after the preset's transform: what the template prints.
struct Entry
{
    std::optional<QString> scope; // nullopt: the parser found none (null in JavaScript)
    QString subject;
    QString shortHash;
    QStringList references;
    QString group;
};

/// The writer's commitsSort for ['scope', 'subject']: the two concatenated (null as ""),
/// compared with localeCompare; std::stable_sort keeps equal entries in order, as V8's sort does.
bool entryLess(const Entry &a, const Entry &b)
{
    static const QCollator collator{QLocale(QLocale::English, QLocale::UnitedStates)};
    return collator.compare(a.scope.value_or(QString()) + a.subject, b.scope.value_or(QString()) + b.subject) < 0;
}

const QRegularExpression &revertPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:Revert|revert:)\\s\"?([\\s\\S]+?)\"?\\s*This reverts commit (\\w*)\\."),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

ChangelogWriter::ChangelogWriter(QList<ChangelogType> types) : m_types(std::move(types)) {}

QString ChangelogWriter::write(const QList<ReleaseCommit> &commits, const QString &version, const QString &date) const
{
    QList<Entry> entries;
    QStringList groupOrder; // groups in order of first appearance
    struct Note { QString text; std::optional<QString> scope; };
    QList<Note> notes;
    QStringList sectionOrder;
    for (const ChangelogType &t : m_types)
        if (!sectionOrder.contains(t.section))
            sectionOrder.append(t.section);

    for (const ReleaseCommit &c : ReleaseAnalyzer::withoutReverted(commits)) {
        const ConventionalCommit parsed = ConventionalCommit::parse(c.message);
        if (parsed.kind() == ConventionalCommit::Kind::Merge || parsed.isEmpty())
            continue; // conventional-changelog-core leaves merges out
        const bool revert = revertPattern().match(c.message).hasMatch();
        const QString typeKey = revert ? QStringLiteral("revert") : parsed.type().toLower();
        const auto type = std::find_if(m_types.cbegin(), m_types.cend(),
                                       [&](const ChangelogType &t) { return t.type == typeKey; });
        QList<CommitNote> commitNotes = parsed.notes();
        if (commitNotes.isEmpty() && parsed.hasBreakingMark())
            commitNotes.append({QStringLiteral("BREAKING CHANGE"), parsed.subject(), 1});
        if (commitNotes.isEmpty() && (type == m_types.cend() || type->hidden))
            continue;
        Entry e;
        if (!parsed.scope().isEmpty())
            e.scope = parsed.scope();
        if (e.scope && *e.scope == QLatin1String("*"))
            e.scope = QString();
        e.subject = parsed.isConventional() ? parsed.subject() : parsed.header();
        e.shortHash = c.hash.left(7);
        // References the subject already names are left out, as the preset's transform does.
        static const QRegularExpression subjectIssue(QStringLiteral("#([a-z0-9]+)"));
        QStringList inSubject;
        for (auto it = subjectIssue.globalMatch(e.subject); it.hasNext();)
            inSubject.append(it.next().captured(0));
        for (const CommitReference &r : parsed.references())
            if (!inSubject.contains(r.prefix + r.issue))
                e.references.append(r.owner.isEmpty() ? r.repository + r.prefix + r.issue
                                                  : r.owner + QLatin1Char('/') + r.repository + r.prefix + r.issue);
        e.group = type != m_types.cend() ? type->section : parsed.type();
        for (const CommitNote &n : commitNotes)
            notes.append({n.text, e.scope});
        if (!groupOrder.contains(e.group))
            groupOrder.append(e.group);
        entries.append(e);
    }
    std::stable_sort(groupOrder.begin(), groupOrder.end(), [&](const QString &a, const QString &b) {
        return sectionOrder.indexOf(a) < sectionOrder.indexOf(b);
    });

    QString out = QStringLiteral("## %1").arg(version);
    if (!date.isEmpty())
        out += QStringLiteral(" (%1)").arg(date);
    out += QLatin1Char('\n');
    if (!notes.isEmpty()) {
        out += QStringLiteral("\n### ⚠ BREAKING CHANGES\n\n");
        for (const Note &n : notes)
            out += QStringLiteral("* ") + (n.scope && !n.scope->isEmpty() ? QStringLiteral("**%1:** ").arg(*n.scope) : QString())
                + n.text + QLatin1Char('\n');
    }
    for (const QString &group : groupOrder) {
        QList<Entry> inGroup;
        for (const Entry &e : entries)
            if (e.group == group)
                inGroup.append(e);
        std::stable_sort(inGroup.begin(), inGroup.end(), entryLess);
        out += QStringLiteral("\n");
        if (!group.isEmpty())
            out += QStringLiteral("### %1\n\n").arg(group);
        for (const Entry &e : inGroup) {
            out += QStringLiteral("* ");
            if (e.scope && !e.scope->isEmpty())
                out += QStringLiteral("**%1:** ").arg(*e.scope);
            out += e.subject + QLatin1Char(' ') + e.shortHash;
            if (!e.references.isEmpty())
                out += QStringLiteral(", closes ") + e.references.join(QLatin1Char(' '));
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QString ChangelogWriter::prepend(const QString &existing, const QString &section)
{
    // conventional-changelog-cli's -s: the new release goes first, a blank line before the old ones;
    // a "# Title" heading at the very top is kept above it.
    QString body = existing;
    QString title;
    if (body.startsWith(QLatin1String("# "))) {
        const qsizetype end = body.indexOf(QLatin1Char('\n'));
        title = end < 0 ? body + QLatin1Char('\n') : body.left(end + 1);
        body = end < 0 ? QString() : body.mid(end + 1);
        while (body.startsWith(QLatin1Char('\n')))
            body.remove(0, 1);
        title += QLatin1Char('\n');
    }
    QString result = title + section;
    if (!body.trimmed().isEmpty()) {
        if (!result.endsWith(QLatin1String("\n\n")))
            result += QLatin1Char('\n');
        result += body;
    }
    return result;
}

} // namespace gantry
