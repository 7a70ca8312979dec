#include "gitcore/Identity.h"

#include "gitcore/LibGit2.h"
#include "gitcore/Repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::Identity)
};

// ident.c crud(): characters git trims from both ends of a name or email.
bool isCrud(QChar c)
{
    const char16_t u = c.unicode();
    return u <= 32 || u == '.' || u == ',' || u == ':' || u == ';' || u == '<' || u == '>' || u == '"'
           || u == '\\' || u == '\'';
}

// ident.c strbuf_addstr_without_crud(): trims crud at both ends and drops '<', '>' and newlines.
QString withoutCrud(const QString &text)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && isCrud(text.at(begin)))
        ++begin;
    while (end > begin && isCrud(text.at(end - 1)))
        --end;
    QString out;
    out.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('<') && c != QLatin1Char('>') && c != QLatin1Char('\n'))
            out += c;
    }
    return out;
}

QString configValue(const Repository &repo, const char *key)
{
    return repo.configString(QString::fromLatin1(key));
}

struct RawIdentity
{
    QString name;
    QString email;
};

RawIdentity lookUp(const Repository &repo, Identity::Role role, const QProcessEnvironment &env)
{
    const bool author = role == Identity::Role::Author;
    RawIdentity id;
    id.name = env.value(QLatin1String(author ? "GIT_AUTHOR_NAME" : "GIT_COMMITTER_NAME"));
    if (!env.contains(QLatin1String(author ? "GIT_AUTHOR_NAME" : "GIT_COMMITTER_NAME"))) {
        id.name = configValue(repo, author ? "author.name" : "committer.name");
        if (id.name.isEmpty())
            id.name = configValue(repo, "user.name");
    }
    id.email = env.value(QLatin1String(author ? "GIT_AUTHOR_EMAIL" : "GIT_COMMITTER_EMAIL"));
    if (!env.contains(QLatin1String(author ? "GIT_AUTHOR_EMAIL" : "GIT_COMMITTER_EMAIL"))) {
        id.email = configValue(repo, author ? "author.email" : "committer.email");
        if (id.email.isEmpty())
            id.email = configValue(repo, "user.email");
        if (id.email.isEmpty())
            id.email = env.value(QStringLiteral("EMAIL"));
    }
    id.name = withoutCrud(id.name);
    id.email = withoutCrud(id.email);
    return id;
}

// "+0200", "-05:30", "Z", "UTC"... → minutes east of UTC.
bool parseZone(const QString &text, int *minutes)
{
    if (text.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0 || text == QLatin1String("UTC")
        || text == QLatin1String("GMT")) {
        *minutes = 0;
        return true;
    }
    static const QRegularExpression zone(QStringLiteral("^([+-])(\\d\\d):?(\\d\\d)$"));
    const auto m = zone.match(text);
    if (!m.hasMatch())
        return false;
    const int value = m.captured(2).toInt() * 60 + m.captured(3).toInt();
    *minutes = m.captured(1) == QLatin1String("-") ? -value : value;
    return true;
}

int localOffsetMinutes(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds).offsetFromUtc() / 60;
}

} // namespace

QString Signature::rawDate() const
{
    const int abs = std::abs(offsetMinutes);
    return QStringLiteral("@%1 %2%3%4")
        .arg(time)
        .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(abs / 60, 2, 10, QLatin1Char('0'))
        .arg(abs % 60, 2, 10, QLatin1Char('0'));
}

QString Signature::nameAndEmail() const
{
    return name + QStringLiteral(" <") + email + QLatin1Char('>');
}

Result<SignaturePtr> Signature::toGit() const
{
    ensureLibgit2();
    git_signature *sig = nullptr;
    const QByteArray n = name.toUtf8();
    const QByteArray e = email.toUtf8();
    if (int rc = git_signature_new(&sig, n.constData(), e.constData(), git_time_t(time), offsetMinutes); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("invalid identity '%1'").arg(nameAndEmail()));
    return SignaturePtr(sig);
}

Signature Signature::fromGit(const git_signature *sig)
{
    Signature s;
    if (!sig)
        return s;
    s.name = QString::fromUtf8(sig->name);
    s.email = QString::fromUtf8(sig->email);
    s.time = qint64(sig->when.time);
    s.offsetMinutes = sig->when.offset;
    return s;
}

bool Identity::parseDate(const QString &input, Signature *into)
{
    const QString text = input.trimmed();
    // git's own forms: "@<seconds> [zone]" and "<seconds> <zone>".
    static const QRegularExpression raw(QStringLiteral("^(@)?(\\d+)(?:\\s+(\\S+))?$"));
    if (const auto m = raw.match(text); m.hasMatch() && (m.hasCaptured(1) || m.hasCaptured(3))) {
        bool ok = false;
        const qint64 seconds = m.captured(2).toLongLong(&ok);
        int zone = 0;
        if (!ok || (m.hasCaptured(3) && !parseZone(m.captured(3), &zone)))
            return false;
        into->time = seconds;
        into->offsetMinutes = m.hasCaptured(3) ? zone : 0;
        return true;
    }
    // ISO 8601: "2005-04-07T22:13:13[.frac][zone]" or with a space instead of 'T'.
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})-(\\d\\d)-(\\d\\d)[T ](\\d\\d):(\\d\\d)(?::(\\d\\d)(?:\\.\\d+)?)?\\s*(Z|[+-]\\d\\d:?\\d\\d)?$"),
                                        QRegularExpression::CaseInsensitiveOption);
    // RFC 2822: "[Thu, ]07 Apr 2005 22:13:13 +0200".
    static const QRegularExpression rfc(QStringLiteral(
        "^(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})\\s+(\\d{4})\\s+(\\d\\d):(\\d\\d)(?::(\\d\\d))?\\s*([+-]\\d{4}|GMT|UTC|Z)?$"));
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    QString zoneText;
    if (const auto m = iso.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
        zoneText = m.captured(7);
    } else if (const auto r = rfc.match(text); r.hasMatch()) {
        static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                           QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                           QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                           QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
        day = r.captured(1).toInt();
        month = int(months.indexOf(r.captured(2).toLower())) + 1;
        year = r.captured(3).toInt();
        hour = r.captured(4).toInt();
        minute = r.captured(5).toInt();
        second = r.captured(6).toInt();
        zoneText = r.captured(7);
    } else {
        return false;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return false;
    int zone = 0;
    if (zoneText.isEmpty()) {
        const QDateTime local(date, time);
        into->time = local.toSecsSinceEpoch();
        into->offsetMinutes = local.offsetFromUtc() / 60;
        return true;
    }
    if (!parseZone(zoneText, &zone))
        return false;
    const QDateTime utc(date, time, Qt::UTC);
    into->time = utc.toSecsSinceEpoch() - qint64(zone) * 60;
    into->offsetMinutes = zone;
    return true;
}

Result<Signature> Identity::resolve(const Repository &repo, Role role, const QProcessEnvironment &env)
{
    const RawIdentity raw = lookUp(repo, role, env);
    if (raw.name.isEmpty() || raw.email.isEmpty())
        return GitError::custom(missingIdentityMessage(role));
    Signature sig;
    sig.name = raw.name;
    sig.email = raw.email;
    const QString dateVariable = QLatin1String(role == Role::Author ? "GIT_AUTHOR_DATE" : "GIT_COMMITTER_DATE");
    const QString date = env.value(dateVariable);
    if (!date.isEmpty()) {
        if (!parseDate(date, &sig))
            return GitError::custom(Tr::tr("invalid date format: %1").arg(date));
    } else {
        sig.time = QDateTime::currentSecsSinceEpoch();
        sig.offsetMinutes = localOffsetMinutes(sig.time);
    }
    return sig;
}

bool Identity::isConfigured(const Repository &repo, const QProcessEnvironment &env)
{
    for (Role role : {Role::Author, Role::Committer}) {
        const RawIdentity raw = lookUp(repo, role, env);
        if (raw.name.isEmpty() || raw.email.isEmpty())
            return false;
    }
    return true;
}

QString Identity::configuredName(const Repository &repo)
{
    return repo.configString(QStringLiteral("user.name"));
}

QString Identity::configuredEmail(const Repository &repo)
{
    return repo.configString(QStringLiteral("user.email"));
}

bool Identity::isValidEmail(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral("^[^\\s<>@]+@[^\\s<>@]+$"));
    return shape.match(email).hasMatch();
}

Result<void> Identity::save(const Repository *repo, Scope scope, const QString &name, const QString &email)
{
    ensureLibgit2();
    const QString cleanName = withoutCrud(name);
    if (cleanName.isEmpty())
        return GitError::custom(Tr::tr("the name must not be empty"));
    if (!isValidEmail(email.trimmed()))
        return GitError::custom(Tr::tr("'%1' is not an email address").arg(email));

    QString path;
    if (scope == Scope::Repository) {
        if (!repo)
            return GitError::custom(Tr::tr("no repository to save the identity in"));
        path = repo->commonDir() + QStringLiteral("/config");
    } else {
        GitBuf found;
        if (git_config_find_global(&found) == 0) {
            path = QString::fromUtf8(found.data(), qsizetype(found.size()));
        } else {
            git_error_clear();
            // git writes ~/.gitconfig unless only the XDG file exists.
            path = QDir::homePath() + QStringLiteral("/.gitconfig");
            GitBuf xdg;
            if (git_config_find_xdg(&xdg) == 0)
                path = QString::fromUtf8(xdg.data(), qsizetype(xdg.size()));
            else
                git_error_clear();
        }
    }
    git_config *raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    if (int rc = git_config_open_ondisk(&raw, native.constData()); rc < 0)
        return GitError::fromLibgit2(rc, Tr::tr("cannot open '%1'")
                                             .arg(QDir::toNativeSeparators(path)));
    ConfigPtr config(raw);
    if (auto r = check(git_config_set_string(raw, "user.name", cleanName.toUtf8().constData()),
                       Tr::tr("cannot set user.name"));
        !r)
        return r;
    return check(git_config_set_string(raw, "user.email", email.trimmed().toUtf8().constData()),
                 Tr::tr("cannot set user.email"));
}

QString Identity::missingIdentityMessage(Role role)
{
    const QString who = role == Role::Author ? Tr::tr("Author identity unknown")
                                             : Tr::tr("Committer identity unknown");
    return who + QLatin1String("\n\n")
           + Tr::tr(
                                         "*** Please tell me who you are.\n\n"
                                         "Run\n\n"
                                         "  git config --global user.email \"you@example.com\"\n"
                                         "  git config --global user.name \"Your Name\"\n\n"
                                         "to set your account's default identity.\n"
                                         "Omit --global to set the identity only in this repository.");
}

} // namespace gantry
