#include "gitcore/CommitMessage.h"

#include "gitcore/Repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gantry {

namespace {

const QString kSignOffHeader = QStringLiteral("Signed-off-by: ");
const QString kCherryPickPrefix = QStringLiteral("(cherry picked from commit ");

// git's isspace(): only these four (its ctype table is locale-independent).
bool isGitSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

// Start of the next line after the one starting at `pos` (or text.size()).
qsizetype nextLine(const QString &text, qsizetype pos)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'), pos);
    return nl < 0 ? text.size() : nl + 1;
}

// Start of the last line of text[0, len); a final newline belongs to that line. -1 when empty.
qsizetype lastLine(const QString &text, qsizetype len)
{
    if (len == 0)
        return -1;
    if (len == 1)
        return 0;
    for (qsizetype i = len - 2; i >= 0; --i)
        if (text.at(i) == QLatin1Char('\n'))
            return i + 1;
    return 0;
}

bool isBlankLine(const QString &text, qsizetype pos, qsizetype end)
{
    for (qsizetype i = pos; i < end && text.at(i) != QLatin1Char('\n'); ++i)
        if (!isGitSpace(text.at(i)))
            return false;
    return true;
}

// trailer.c find_separator(): the ':' after a token of alnum/'-' (spaces allowed before it).
qsizetype findSeparator(const QString &text, qsizetype pos, qsizetype end)
{
    bool whitespaceFound = false;
    for (qsizetype c = pos; c < end; ++c) {
        const QChar ch = text.at(c);
        if (ch == QLatin1Char(':'))
            return c - pos;
        if (!whitespaceFound && (isAsciiAlnum(ch) || ch == QLatin1Char('-')))
            continue;
        if (c != pos && (ch == QLatin1Char(' ') || ch == QLatin1Char('\t'))) {
            whitespaceFound = true;
            continue;
        }
        break;
    }
    return -1;
}

// wt_status_locate_end(): where the scissors line cuts the message (text.size() when absent).
qsizetype locateScissors(const QString &text, QChar commentChar)
{
    const QString pattern = QLatin1Char('\n') + CommitMessage::scissorsLine(commentChar) + QLatin1Char('\n');
    if (text.startsWith(pattern.mid(1)))
        return 0;
    const qsizetype at = text.indexOf(pattern);
    return at < 0 ? text.size() : at + 1;
}

// sequencer.c ignore_non_trailer(): length of the trailing comments/blank lines (and anything
// after the scissors line) that the trailer search must not see.
qsizetype ignoreNonTrailer(const QString &text, QChar commentChar)
{
    qsizetype boc = 0;
    qsizetype bol = 0;
    bool inOldConflictsBlock = false;
    const qsizetype cutoff = locateScissors(text, commentChar);
    while (bol < cutoff) {
        qsizetype next = text.indexOf(QLatin1Char('\n'), bol);
        next = (next < 0 || next >= cutoff) ? cutoff : next + 1;
        const QChar first = text.at(bol);
        if (first == commentChar || first == QLatin1Char('\n')) {
            if (!boc)
                boc = bol;
        } else if (QStringView(text).mid(bol).startsWith(QLatin1String("Conflicts:\n"))) {
            inOldConflictsBlock = true;
            if (!boc)
                boc = bol;
        } else if (inOldConflictsBlock && first == QLatin1Char('\t')) {
            // a path in the old conflicts block
        } else if (boc) {
            boc = 0;
            inOldConflictsBlock = false;
        }
        bol = next;
    }
    return boc ? text.size() - boc : text.size() - cutoff;
}

// trailer.c find_trailer_start(): where the trailer block of text[0, len) begins (len if none).
qsizetype findTrailerStart(const QString &text, qsizetype len, QChar commentChar)
{
    qsizetype s = 0;
    for (; s < len; s = nextLine(text, s)) {
        if (text.at(s) == commentChar)
            continue;
        if (isBlankLine(text, s, len))
            break;
    }
    const qsizetype endOfTitle = s;

    bool onlySpaces = true;
    bool recognizedPrefix = false;
    int trailerLines = 0, nonTrailerLines = 0, possibleContinuationLines = 0;
    for (qsizetype l = lastLine(text, len); l >= endOfTitle && l >= 0; l = lastLine(text, l)) {
        const QStringView line = QStringView(text).mid(l, len - l);
        if (line.at(0) == commentChar) {
            nonTrailerLines += possibleContinuationLines;
            possibleContinuationLines = 0;
            continue;
        }
        if (isBlankLine(text, l, len)) {
            if (onlySpaces)
                continue;
            nonTrailerLines += possibleContinuationLines;
            if (recognizedPrefix && trailerLines * 3 >= nonTrailerLines)
                return nextLine(text, l);
            if (trailerLines && !nonTrailerLines)
                return nextLine(text, l);
            return len;
        }
        onlySpaces = false;
        if (line.startsWith(kSignOffHeader) || line.startsWith(kCherryPickPrefix)) {
            ++trailerLines;
            possibleContinuationLines = 0;
            recognizedPrefix = true;
            continue;
        }
        const qsizetype separator = findSeparator(text, l, len);
        if (separator >= 1 && !isGitSpace(line.at(0))) {
            ++trailerLines;
            possibleContinuationLines = 0;
        } else if (isGitSpace(line.at(0))) {
            ++possibleContinuationLines;
        } else {
            ++nonTrailerLines;
            nonTrailerLines += possibleContinuationLines;
            possibleContinuationLines = 0;
        }
        if (l == 0)
            break;
    }
    return len;
}

// sequencer.c has_conforming_footer(): 0 no trailer block, 1 one without our sign-off,
// 2 our sign-off somewhere in it, 3 our sign-off last.
int conformingFooter(const QString &text, qsizetype len, const QString &signoffLine, QChar commentChar)
{
    const QString body = text.left(len);
    const qsizetype end = len - ignoreNonTrailer(body, commentChar);
    const qsizetype start = findTrailerStart(body, end, commentChar);
    if (start >= end)
        return 0;
    // Split the block into trailers, folding continuation lines into the one before.
    QStringList trailers;
    for (qsizetype pos = start; pos < end;) {
        const qsizetype next = std::min(nextLine(body, pos), end);
        const QString line = body.mid(pos, next - pos);
        if (!trailers.isEmpty() && !line.isEmpty() && isGitSpace(line.at(0)) && line != QLatin1String("\n"))
            trailers.last() += line;
        else
            trailers.append(line);
        pos = next;
    }
    bool found = false, foundLast = false;
    for (qsizetype i = 0; i < trailers.size(); ++i) {
        if (trailers.at(i).startsWith(signoffLine)) {
            found = true;
            foundLast = i == trailers.size() - 1;
        }
    }
    return foundLast ? 3 : found ? 2 : 1;
}

} // namespace

std::optional<CleanupMode> CommitMessage::parseCleanupMode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("default"))
        return CleanupMode::Default;
    if (t == QLatin1String("strip"))
        return CleanupMode::Strip;
    if (t == QLatin1String("whitespace"))
        return CleanupMode::Whitespace;
    if (t == QLatin1String("verbatim"))
        return CleanupMode::Verbatim;
    if (t == QLatin1String("scissors"))
        return CleanupMode::Scissors;
    return std::nullopt;
}

CleanupMode CommitMessage::configuredCleanupMode(const Repository &repo)
{
    return parseCleanupMode(repo.configString(QStringLiteral("commit.cleanup"))).value_or(CleanupMode::Default);
}

CleanupMode CommitMessage::effectiveMode(CleanupMode mode, bool editedInteractively)
{
    switch (mode) {
    case CleanupMode::Default:
        return editedInteractively ? CleanupMode::Strip : CleanupMode::Whitespace;
    case CleanupMode::Scissors:
        return editedInteractively ? CleanupMode::Scissors : CleanupMode::Whitespace;
    default:
        return mode;
    }
}

QChar CommitMessage::commentChar(const Repository &repo)
{
    const QString value = repo.configString(QStringLiteral("core.commentChar"));
    if (value.isEmpty() || value == QLatin1String("auto"))
        return QLatin1Char('#');
    return value.at(0);
}

QString CommitMessage::scissorsLine(QChar commentChar)
{
    return QString(commentChar) + QStringLiteral(" ------------------------ >8 ------------------------");
}

QString CommitMessage::stripSpace(const QString &message, bool stripComments, QChar commentChar)
{
    QString out;
    out.reserve(message.size() + 1);
    int empties = 0;
    for (qsizetype i = 0; i < message.size();) {
        const qsizetype next = nextLine(message, i);
        if (stripComments && message.at(i) == commentChar) {
            i = next;
            continue;
        }
        qsizetype end = next;
        while (end > i && isGitSpace(message.at(end - 1)))
            --end;
        if (end > i) {
            if (empties > 0 && !out.isEmpty())
                out += QLatin1Char('\n');
            empties = 0;
            out += QStringView(message).mid(i, end - i);
            out += QLatin1Char('\n');
        } else {
            ++empties;
        }
        i = next;
    }
    return out;
}

QString CommitMessage::cleanup(const QString &message, CleanupMode mode, QChar commentChar)
{
    switch (mode) {
    case CleanupMode::Verbatim:
        return message;
    case CleanupMode::Scissors:
        return stripSpace(message.left(locateScissors(message, commentChar)), false, commentChar);
    case CleanupMode::Strip:
    case CleanupMode::Default:
        return stripSpace(message, true, commentChar);
    case CleanupMode::Whitespace:
        return stripSpace(message, false, commentChar);
    }
    return message;
}

QString CommitMessage::fromParagraphs(const QStringList &paragraphs)
{
    QString out;
    for (const QString &p : paragraphs) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += p;
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
    }
    return out;
}

QString CommitMessage::addSignoff(const QString &message, const QString &nameAndEmail, QChar commentChar)
{
    const QString sob = kSignOffHeader + nameAndEmail + QLatin1Char('\n');
    QString msg = message;
    const qsizetype ignoreFooter = ignoreNonTrailer(msg, commentChar);
    if (!ignoreFooter && !msg.isEmpty() && !msg.endsWith(QLatin1Char('\n')))
        msg += QLatin1Char('\n');
    const qsizetype len = msg.size() - ignoreFooter;

    int footer = 0;
    if (len == sob.size() && msg.startsWith(sob))
        footer = 3;
    else
        footer = conformingFooter(msg, len, sob, commentChar);

    qsizetype insertAt = len;
    if (!footer) {
        QString newlines;
        if (len == 0)
            newlines = QStringLiteral("\n\n");
        else if (len == 1)
            newlines = QStringLiteral("\n");
        else if (msg.at(len - 2) != QLatin1Char('\n'))
            newlines = QStringLiteral("\n");
        msg.insert(insertAt, newlines);
        insertAt += newlines.size();
    }
    if (footer != 3)
        msg.insert(insertAt, sob);
    return msg;
}

bool CommitMessage::isEmpty(const QString &message, CleanupMode effectiveMode, QChar commentChar)
{
    const QString cleaned = cleanup(message, effectiveMode, commentChar);
    if (effectiveMode == CleanupMode::Verbatim && !cleaned.isEmpty())
        return false;
    // builtin/commit.c rest_is_empty(): whitespace and Signed-off-by lines only.
    for (qsizetype i = 0; i < cleaned.size();) {
        const qsizetype next = nextLine(cleaned, i);
        if (QStringView(cleaned).mid(i).startsWith(kSignOffHeader)) {
            i = next;
            continue;
        }
        for (; i < next; ++i)
            if (!isGitSpace(cleaned.at(i)))
                return false;
    }
    return true;
}

QString CommitMessage::subject(const QString &message)
{
    const qsizetype nl = message.indexOf(QLatin1Char('\n'));
    return nl < 0 ? message : message.left(nl);
}

QString CommitMessage::templatePath(const Repository &repo)
{
    QString path = repo.configString(QStringLiteral("commit.template"));
    if (path.isEmpty())
        return {};
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    if (QFileInfo(path).isRelative()) {
        // git reads a relative template path from where it runs: the worktree root.
        const QString base = repo.workdir().isEmpty() ? repo.gitDir() : repo.workdir();
        path = QDir(base).absoluteFilePath(path);
    }
    return path;
}

Result<QString> CommitMessage::readTemplate(const Repository &repo)
{
    const QString path = templatePath(repo);
    if (path.isEmpty())
        return QString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return GitError::custom(QCoreApplication::translate("gantry::CommitMessage", "could not read '%1': %2")
                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    return QString::fromUtf8(file.readAll());
}

QString CommitMessage::emptyMessageError()
{
    return QCoreApplication::translate("gantry::CommitMessage", "Aborting commit due to empty commit message.");
}

} // namespace gantry
