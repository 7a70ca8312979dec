#include "gitcore/ConventionalCommit.h"

#include "gitcore/CommitPatterns.h"

#include <QRegularExpression>

#include <algorithm>

namespace gantry {

namespace {

const QLatin1String kScissors("# ------------------------ >8 ------------------------");

// conventional-changelog-conventionalcommits' parserOpts, as commitlint's config-conventional uses
// them. JavaScript's "." stops at \r, U+2028 and U+2029 as well as \n: kDot is that.
#define kDot "[^\\n\\r\\x{2028}\\x{2029}]"
const QRegularExpression &notesPattern(ConventionalCommit::Preset preset)
{
    static const QRegularExpression conventional(
        QStringLiteral("^[\\s|*]*(BREAKING CHANGE|BREAKING-CHANGE)[:\\s]+(" kDot "*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression angular(QStringLiteral("^[\\s|*]*(BREAKING CHANGE)[:\\s]+(" kDot "*)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return preset == ConventionalCommit::Preset::Angular ? angular : conventional;
}

const QRegularExpression &referenceActionsPattern()
{
    static const QString actions = QStringLiteral("close|closes|closed|fix|fixes|fixed|resolve|resolves|resolved");
    static const QRegularExpression re(QStringLiteral("(%1)(?:\\s+(.*?))(?=(?:%1)|$)").arg(actions),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &footerTokenPattern()
{
    static const QRegularExpression re(QStringLiteral("^(BREAKING CHANGE|[A-Za-z0-9][A-Za-z0-9-]*)(: | #)(.*)$"));
    return re;
}

bool isNewline(QChar c) { return c == QLatin1Char('\r') || c == QLatin1Char('\n'); }

bool isBlank(const QString &text) { return text.trimmed().isEmpty(); }

} // namespace

TextSpan ConventionalCommit::spanAt(int line, qsizetype offsetInLine, qsizetype length) const
{
    TextSpan span;
    if (line < 1 || line > m_rawLineStarts.size())
        return span;
    span.line = line;
    span.column = int(offsetInLine) + 1;
    span.offset = m_rawLineStarts.at(line - 1) + offsetInLine;
    span.length = length;
    return span;
}

ConventionalCommit ConventionalCommit::parse(const QString &message, QChar commentChar, Preset preset)
{
    ConventionalCommit c;
    c.m_raw = message;
    c.m_preset = preset;
    c.m_rawLineStarts.append(0);
    for (qsizetype i = 0; i < message.size(); ++i)
        if (message.at(i) == QLatin1Char('\n'))
            c.m_rawLineStarts.append(i + 1);

    // trimOffNewlines, then split on \r?\n: the parser's lines, each placed in the raw message.
    qsizetype first = 0;
    while (first < message.size() && isNewline(message.at(first)))
        ++first;
    qsizetype last = message.size();
    while (last > first && isNewline(message.at(last - 1)))
        --last;
    if (first < last) {
        qsizetype start = first;
        while (start <= last) {
            qsizetype nl = message.indexOf(QLatin1Char('\n'), start);
            if (nl < 0 || nl > last)
                nl = last;
            qsizetype end = nl;
            if (end > start && nl < last && message.at(end - 1) == QLatin1Char('\r'))
                --end;
            const int lineNo = int(std::upper_bound(c.m_rawLineStarts.cbegin(), c.m_rawLineStarts.cend(), start)
                                   - c.m_rawLineStarts.cbegin());
            MessageLine line;
            line.text = message.mid(start, end - start);
            line.span = c.spanAt(lineNo, start - c.m_rawLineStarts.at(lineNo - 1), end - start);
            c.m_lines.append(line);
            if (nl >= last)
                break;
            start = nl + 1;
        }
    }

    // Scissors, comments and gpg output, as the parser drops them.
    for (qsizetype i = 0; i < c.m_lines.size(); ++i) {
        if (c.m_lines.at(i).text == kScissors) {
            c.m_lines.resize(i);
            break;
        }
    }
    static const QRegularExpression gpg(QStringLiteral("^\\s*gpg:"));
    c.m_lines.removeIf([&](const MessageLine &line) {
        return (!commentChar.isNull() && line.text.startsWith(commentChar)) || gpg.match(line.text).hasMatch();
    });
    if (c.m_lines.isEmpty())
        return c;

    c.parseHeader();
    c.splitBodyAndFooter();
    c.parseFooters();
    c.classify();
    return c;
}

void ConventionalCommit::parseHeader()
{
    m_header = m_lines.first();
    // The parser's headerPattern, matched without backtracking (see CommitPatterns).
    const CommitPatterns::Header match = CommitPatterns::matchHeader(m_header.text, m_preset != Preset::Angular);
    m_conventional = match.matched;
    m_references = referencesIn(m_header.text, m_header.span.line);
    if (!m_conventional)
        return;
    auto part = [&](const CommitPatterns::Part &group, MessageLine *into) {
        if (group.length == 0)
            return; // the parser's `|| null`
        into->text = m_header.text.mid(group.start, group.length);
        into->span = spanAt(m_header.span.line, m_header.span.column - 1 + group.start, group.length);
    };
    part(match.type, &m_type);
    part(match.scope, &m_scope);
    part(match.subject, &m_subject);
    m_breakingMark = match.breakingMark;
}

QList<CommitReference> ConventionalCommit::referencesIn(const QString &line, int lineNumber)
{
    // getReferences(): sentences after an action word when the line has one, else the whole line.
    QList<CommitReference> found;
    QList<std::pair<QString, QString>> sentences; // action, sentence
    auto it = referenceActionsPattern().globalMatch(line);
    if (it.hasNext()) {
        while (it.hasNext()) {
            const auto m = it.next();
            sentences.append({m.captured(1), m.captured(2)});
        }
    } else if (!line.isEmpty()) {
        sentences.append({QString(), line});
    }
    for (const auto &[action, sentence] : sentences) {
        // The parser's referenceParts pattern, matched in one pass (see CommitPatterns).
        for (const CommitPatterns::Reference &m : CommitPatterns::references(sentence)) {
            CommitReference ref;
            ref.action = action;
            QString repository = sentence.mid(m.repository.start, m.repository.length);
            const qsizetype slash = repository.indexOf(QLatin1Char('/'));
            if (slash >= 0) {
                ref.owner = repository.left(slash);
                repository = repository.mid(slash + 1);
            }
            ref.repository = repository;
            ref.prefix = QStringLiteral("#");
            ref.issue = sentence.mid(m.issue.start, m.issue.length);
            ref.raw = sentence.mid(m.raw.start, m.raw.length);
            ref.line = lineNumber;
            found.append(ref);
        }
    }
    return found;
}

void ConventionalCommit::splitBodyAndFooter()
{
    bool continueNote = false;
    bool isBody = true;
    for (qsizetype i = 1; i < m_lines.size(); ++i) {
        const MessageLine &line = m_lines.at(i);
        const auto note = notesPattern(m_preset).match(line.text);
        if (note.hasMatch()) {
            continueNote = true;
            isBody = false;
            m_footerLines.append(line);
            m_notes.append({note.captured(1), note.captured(2), line.span.line});
            continue;
        }
        const auto refs = referencesIn(line.text, line.span.line);
        if (!refs.isEmpty()) {
            isBody = false;
            continueNote = false;
            m_references += refs;
            m_footerLines.append(line);
            continue;
        }
        if (continueNote) {
            m_notes.last().text += QLatin1Char('\n') + line.text;
            m_footerLines.append(line);
        } else if (isBody) {
            m_bodyLines.append(line);
        } else {
            m_footerLines.append(line);
        }
    }
    if (m_breakingMark && m_notes.isEmpty())
        m_notes.append({QStringLiteral("BREAKING CHANGE"), m_subject.text, m_header.span.line});
    for (CommitNote &n : m_notes) {
        while (!n.text.isEmpty() && isNewline(n.text.back()))
            n.text.chop(1);
    }

    // append() skips leading empty lines; trimOffNewlines() drops trailing ones.
    auto trim = [](QList<MessageLine> &lines, QString *joined) {
        while (!lines.isEmpty() && lines.first().text.isEmpty())
            lines.removeFirst();
        while (!lines.isEmpty() && lines.last().text.isEmpty())
            lines.removeLast();
        QStringList texts;
        for (const MessageLine &l : lines)
            texts.append(l.text);
        *joined = texts.join(QLatin1Char('\n'));
    };
    trim(m_bodyLines, &m_body);
    trim(m_footerLines, &m_footer);
}

void ConventionalCommit::parseFooters()
{
    // The footer block: the earliest paragraph after the header from which every paragraph starts
    // with a `Token: value` / `Token #value` line.
    qsizetype blockStart = -1;
    for (qsizetype i = m_lines.size() - 1; i >= 2; --i) {
        if (!isBlank(m_lines.at(i - 1).text) || isBlank(m_lines.at(i).text))
            continue;
        if (!footerTokenPattern().match(m_lines.at(i).text).hasMatch())
            break;
        blockStart = i;
    }
    if (blockStart < 0)
        return;
    for (qsizetype i = blockStart; i < m_lines.size(); ++i) {
        const MessageLine &line = m_lines.at(i);
        const auto m = footerTokenPattern().match(line.text);
        if (m.hasMatch()) {
            CommitFooter footer;
            footer.token = m.captured(1);
            footer.separator = m.captured(2);
            footer.value = m.captured(3);
            const qsizetype col = line.span.column - 1;
            footer.tokenSpan = spanAt(line.span.line, col, m.capturedLength(1));
            footer.valueSpan = spanAt(line.span.line, col + m.capturedStart(3), m.capturedLength(3));
            m_footers.append(footer);
        } else {
            CommitFooter &footer = m_footers.last();
            footer.value += QLatin1Char('\n') + line.text;
            footer.valueSpan.length = line.span.offset + line.span.length - footer.valueSpan.offset;
        }
    }
    for (CommitFooter &footer : m_footers) {
        const qsizetype before = footer.value.size();
        while (!footer.value.isEmpty() && footer.value.back().isSpace())
            footer.value.chop(1);
        footer.valueSpan.length -= before - footer.value.size();
    }
}

void ConventionalCommit::classify()
{
    const QString &header = m_header.text;
    static const QRegularExpression autosquash(QStringLiteral("^(fixup|squash|amend)! (.*)$"));
    static const QRegularExpression merge(QStringLiteral(
        "^(Merge (pull request|branch|remote-tracking branch|tag|.+? into )|Merged |Automatic merge|Auto-merged )"));
    if (const auto m = autosquash.match(header); m.hasMatch()) {
        const QString word = m.captured(1);
        m_kind = word == QLatin1String("fixup") ? Kind::Fixup
            : word == QLatin1String("squash")   ? Kind::Squash
                                                : Kind::Amend;
        m_target = m.captured(2);
        // "fixup! fixup! x" targets x.
        for (auto again = autosquash.match(m_target); again.hasMatch(); again = autosquash.match(m_target))
            m_target = again.captured(2);
        return;
    }
    if (merge.match(header).hasMatch()) {
        m_kind = Kind::Merge;
        return;
    }
    if (const CommitPatterns::Revert m = CommitPatterns::matchRevert(m_raw); m.matched) {
        m_kind = Kind::Revert;
        m_target = m_raw.mid(m.target.start, m.target.length);
        m_revertedHash = m_raw.mid(m.hash.start, m.hash.length);
        return;
    }
    static const QRegularExpression revertHeader(QStringLiteral("^Revert \"(.*)\"$"));
    if (const auto m = revertHeader.match(header); m.hasMatch()) {
        m_kind = Kind::Revert;
        m_target = m.captured(1);
    } else if (m_type.text == QLatin1String("revert")) {
        m_kind = Kind::Revert;
        m_target = m_subject.text;
    }
}

} // namespace gantry
