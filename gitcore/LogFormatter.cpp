#include "gitcore/LogFormatter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <git2.h>

#include <cstring>
#include <ctime>

namespace gantry {

namespace {

struct PlaceholderName
{
    const char *text;
    int token;
};

QByteArray dateParts(qint64 time, int offsetMinutes, const char *pattern)
{
    const time_t local = time_t(time + qint64(offsetMinutes) * 60);
    struct tm tm = {};
    gmtime_r(&local, &tm);
    const char sign = offsetMinutes < 0 ? '-' : '+';
    const int offset = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buffer[96];
    if (!std::strcmp(pattern, "normal"))
        std::snprintf(buffer, sizeof buffer, "%s %s %d %02d:%02d:%02d %d %c%02d%02d", days[tm.tm_wday], months[tm.tm_mon],
                      tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_year + 1900, sign, offset / 60, offset % 60);
    else if (!std::strcmp(pattern, "iso"))
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d %c%02d%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                      tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, sign, offset / 60, offset % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                      tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, sign, offset / 60, offset % 60);
    return QByteArray(buffer);
}

/// Length of a line with its trailing whitespace (and newline) removed, as git's is_blank_line.
qsizetype trimmedLength(const char *line, qsizetype length)
{
    while (length > 0 && std::isspace(static_cast<unsigned char>(line[length - 1])))
        --length;
    return length;
}

/// git's skip_blank_lines: moves past lines holding only whitespace.
qsizetype skipBlankLines(const QByteArray &text, qsizetype pos)
{
    while (pos < text.size()) {
        const qsizetype newline = text.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        if (trimmedLength(text.constData() + pos, end - pos) != 0)
            break;
        pos = end;
    }
    return pos;
}

/// git's format_subject: the first paragraph's lines joined by a space; returns where it ended.
qsizetype subjectOf(const QByteArray &message, qsizetype pos, QByteArray *subject)
{
    bool first = true;
    while (pos < message.size()) {
        const qsizetype newline = message.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? message.size() : newline + 1;
        const qsizetype length = trimmedLength(message.constData() + pos, end - pos);
        if (length == 0)
            break;
        if (subject) {
            if (!first)
                *subject += ' ';
            subject->append(message.constData() + pos, length);
        }
        first = false;
        pos = end;
    }
    return pos;
}

void appendSignature(QByteArray &out, const git_signature *sig, bool name)
{
    if (sig)
        out += name ? sig->name : sig->email;
}

/// Appends `line` with tabs expanded to 8-column stops (counting UTF-8 characters), as git log does.
void appendTabExpanded(QByteArray &out, const char *line, qsizetype length)
{
    int column = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const unsigned char c = static_cast<unsigned char>(line[i]);
        if (c == '\t') {
            const int spaces = 8 - column % 8;
            out.append(spaces, ' ');
            column += spaces;
            continue;
        }
        out += char(c);
        if ((c & 0xC0) != 0x80)
            ++column;
    }
}

} // namespace

LogFormatter::LogFormatter(git_repository *repo) : m_repo(repo)
{
    git_odb *rawOdb = nullptr;
    if (repo && git_repository_odb(&rawOdb, repo) == 0)
        m_odb.reset(rawOdb);
}

void LogFormatter::setUserFormat(const QByteArray &format)
{
    static const PlaceholderName names[] = {
        {"H", int(Token::Hash)}, {"h", int(Token::AbbrevHash)}, {"P", int(Token::Parents)},
        {"p", int(Token::AbbrevParents)}, {"T", int(Token::Tree)}, {"t", int(Token::AbbrevTree)},
        {"an", int(Token::AuthorName)}, {"ae", int(Token::AuthorEmail)}, {"ad", int(Token::AuthorDate)},
        {"at", int(Token::AuthorTime)}, {"ai", int(Token::AuthorIso)}, {"aI", int(Token::AuthorStrictIso)},
        {"cn", int(Token::CommitterName)}, {"ce", int(Token::CommitterEmail)}, {"cd", int(Token::CommitterDate)},
        {"ct", int(Token::CommitterTime)}, {"ci", int(Token::CommitterIso)}, {"cI", int(Token::CommitterStrictIso)},
        {"s", int(Token::Subject)}, {"b", int(Token::Body)}, {"B", int(Token::RawBody)},
        {"d", int(Token::Decorations)}, {"D", int(Token::BareDecorations)},
    };
    m_userFormat = true;
    m_pieces.clear();
    m_needsCommit = false;
    m_needsDecorations = false;
    QByteArray literal;
    auto flushLiteral = [&] {
        if (!literal.isEmpty())
            m_pieces.push_back({Token::Literal, literal});
        literal.clear();
    };
    for (qsizetype i = 0; i < format.size(); ++i) {
        if (format[i] != '%' || i + 1 >= format.size()) {
            literal += format[i];
            continue;
        }
        const char next = format[i + 1];
        if (next == '%' || next == 'n') {
            literal += next == '%' ? '%' : '\n';
            ++i;
            continue;
        }
        if (next == 'x' && i + 3 < format.size() && std::isxdigit(uchar(format[i + 2])) && std::isxdigit(uchar(format[i + 3]))) {
            literal += char(format.mid(i + 2, 2).toInt(nullptr, 16));  // %x00: a byte in hex
            i += 3;
            continue;
        }
        const PlaceholderName *match = nullptr;
        for (const PlaceholderName &name : names) {
            const qsizetype length = qsizetype(std::strlen(name.text));
            if (format.mid(i + 1, length) == name.text && (!match || std::strlen(match->text) < size_t(length)))
                match = &name;
        }
        if (!match) {
            literal += '%';  // git copies what it does not understand
            continue;
        }
        flushLiteral();
        const Token token = Token(match->token);
        m_pieces.push_back({token, {}});
        m_needsDecorations = m_needsDecorations || token == Token::Decorations || token == Token::BareDecorations;
        m_needsCommit = m_needsCommit || (token >= Token::Tree && token <= Token::RawBody);
        i += qsizetype(std::strlen(match->text));
    }
    flushLiteral();
}

Result<CommitPtr> LogFormatter::lookup(const Oid &id) const
{
    git_commit *raw = nullptr;
    if (auto r = check(git_commit_lookup(&raw, m_repo, id.ptr()), QStringLiteral("read commit %1").arg(id.toString())); !r)
        return r.error();
    return CommitPtr(raw);
}

int LogFormatter::defaultAbbrevLength()
{
    if (m_abbrevLength > 0)
        return m_abbrevLength;
    int length = -1;
    git_config *rawConfig = nullptr;
    if (git_repository_config_snapshot(&rawConfig, m_repo) == 0) {
        ConfigPtr config(rawConfig);
        git_buf value = GIT_BUF_INIT;
        if (git_config_get_string_buf(&value, config.get(), "core.abbrev") == 0) {
            const QByteArray text = QByteArray(value.ptr, qsizetype(value.size)).trimmed().toLower();
            bool ok = false;
            const int number = text.toInt(&ok);
            if (ok)
                length = qBound(4, number, GIT_OID_HEXSZ);
            else if (text == "no" || text == "false" || text == "off")
                length = GIT_OID_HEXSZ;
        }
        git_buf_dispose(&value);
    }
    if (length < 0) {
        // git's "auto": half the bits needed to count the packed objects, at least 7.
        quint64 count = 0;
        const QString packs = QString::fromUtf8(git_repository_commondir(m_repo)) + QStringLiteral("objects/pack");
        const QStringList indexes = QDir(packs).entryList({QStringLiteral("*.idx")}, QDir::Files);
        for (const QString &name : indexes) {
            QFile idx(packs + QLatin1Char('/') + name);
            if (!idx.open(QIODevice::ReadOnly))
                continue;
            const QByteArray head = idx.read(8 + 256 * 4);
            if (head.size() == 8 + 256 * 4 && head.startsWith("\377tOc")) {
                const uchar *last = reinterpret_cast<const uchar *>(head.constData()) + 8 + 255 * 4;
                count += (quint32(last[0]) << 24) | (quint32(last[1]) << 16) | (quint32(last[2]) << 8) | last[3];
            }
        }
        int bits = 0;
        while (count >> bits)
            ++bits;  // the highest set bit, plus one
        length = qMax(7, (bits + 1) / 2);
    }
    m_abbrevLength = length;
    return length;
}

QByteArray LogFormatter::abbreviate(const Oid &id)
{
    const QByteArray hex = id.toString().toLatin1();
    int length = defaultAbbrevLength();
    while (m_odb && length < GIT_OID_HEXSZ) {
        git_oid found;
        if (git_odb_exists_prefix(&found, m_odb.get(), id.ptr(), size_t(length)) != GIT_EAMBIGUOUS)
            break;
        ++length;
    }
    return hex.left(length);
}

QByteArray LogFormatter::formatDate(qint64 time, int offsetMinutes)
{
    return dateParts(time, offsetMinutes, "normal");
}

Result<QByteArray> LogFormatter::expand(const Oid &id, std::span<const Oid> parents)
{
    CommitPtr commit;
    if (m_needsCommit) {
        auto looked = lookup(id);
        if (!looked)
            return looked.error();
        commit = std::move(*looked);
    }
    const git_signature *author = commit ? git_commit_author(commit.get()) : nullptr;
    const git_signature *committer = commit ? git_commit_committer(commit.get()) : nullptr;
    QByteArray message;
    if (commit) {
        const char *raw = git_commit_message_raw(commit.get());
        message = QByteArray(raw ? raw : "");
    }

    QByteArray out;
    for (const Piece &piece : m_pieces) {
        switch (piece.token) {
        case Token::Literal: out += piece.literal; break;
        case Token::Hash: out += id.toString().toLatin1(); break;
        case Token::AbbrevHash: out += abbreviate(id); break;
        case Token::Parents:
            for (size_t i = 0; i < parents.size(); ++i)
                out += (i ? " " : "") + parents[i].toString().toLatin1();
            break;
        case Token::AbbrevParents:
            for (size_t i = 0; i < parents.size(); ++i)
                out += (i ? " " : "") + abbreviate(parents[i]);
            break;
        case Token::Tree: out += Oid(git_commit_tree_id(commit.get())).toString().toLatin1(); break;
        case Token::AbbrevTree: out += abbreviate(Oid(git_commit_tree_id(commit.get()))); break;
        case Token::AuthorName: appendSignature(out, author, true); break;
        case Token::AuthorEmail: appendSignature(out, author, false); break;
        case Token::AuthorDate: out += dateParts(author->when.time, author->when.offset, "normal"); break;
        case Token::AuthorTime: out += QByteArray::number(qint64(author->when.time)); break;
        case Token::AuthorIso: out += dateParts(author->when.time, author->when.offset, "iso"); break;
        case Token::AuthorStrictIso: out += dateParts(author->when.time, author->when.offset, "strict"); break;
        case Token::CommitterName: appendSignature(out, committer, true); break;
        case Token::CommitterEmail: appendSignature(out, committer, false); break;
        case Token::CommitterDate: out += dateParts(committer->when.time, committer->when.offset, "normal"); break;
        case Token::CommitterTime: out += QByteArray::number(qint64(committer->when.time)); break;
        case Token::CommitterIso: out += dateParts(committer->when.time, committer->when.offset, "iso"); break;
        case Token::CommitterStrictIso: out += dateParts(committer->when.time, committer->when.offset, "strict"); break;
        case Token::Subject: subjectOf(message, skipBlankLines(message, 0), &out); break;
        case Token::Body: {
            const qsizetype body = skipBlankLines(message, subjectOf(message, skipBlankLines(message, 0), nullptr));
            out += message.mid(body);
            break;
        }
        case Token::RawBody: out += message; break;
        case Token::Decorations:
            if (m_decorations)
                out += m_decorations->format(id).toUtf8();
            break;
        case Token::BareDecorations:
            if (m_decorations)
                out += m_decorations->formatBare(id).toUtf8();
            break;
        }
    }
    return out;
}

QByteArray LogFormatter::mediumHeader(const Oid &id) const
{
    QByteArray line = "commit " + id.toString().toLatin1();
    if (m_decorations)
        line += m_decorations->format(id).toUtf8();
    return line;
}

Result<QByteArray> LogFormatter::mediumBody(const Oid &id, std::span<const Oid> parents)
{
    auto looked = lookup(id);
    if (!looked)
        return looked.error();
    git_commit *commit = looked->get();
    QByteArray out;
    if (parents.size() > 1) {
        out += "Merge:";
        for (const Oid &parent : parents)
            out += ' ' + abbreviate(parent);
        out += '\n';
    }
    const git_signature *author = git_commit_author(commit);
    out += QByteArray("Author: ") + author->name + " <" + author->email + ">\n";
    out += "Date:   " + dateParts(author->when.time, author->when.offset, "normal") + '\n';
    out += '\n';

    // The message: leading blank lines dropped, every line indented by four spaces with its
    // trailing whitespace removed and tabs expanded, trailing blank lines dropped.
    const char *raw = git_commit_message_raw(commit);
    const QByteArray message(raw ? raw : "");
    qsizetype pos = skipBlankLines(message, 0);
    while (pos < message.size()) {
        const qsizetype newline = message.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? message.size() : newline + 1;
        const qsizetype length = trimmedLength(message.constData() + pos, end - pos);
        out += "    ";
        appendTabExpanded(out, message.constData() + pos, length);
        out += '\n';
        pos = end;
    }
    qsizetype keep = out.size();
    while (keep > 0 && std::isspace(static_cast<unsigned char>(out[keep - 1])))
        --keep;
    out.truncate(keep);
    out += '\n';
    return out;
}

} // namespace gantry
