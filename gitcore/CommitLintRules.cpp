#include "gitcore/CommitLintRules.h"

#include "gitcore/TextCase.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>

#include <functional>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::CommitLintRules)
};

// commitlint's messages, each a whole sentence so that it translates: one per part, and one per
// "always" and "never" form. The English is commitlint's, byte for byte.

/// The *-case rules' message; %1 is the list of cases.
QString caseMessage(const QString &part, bool never)
{
    if (part == QLatin1String("type"))
        return never ? Tr::tr("type must not be %1") : Tr::tr("type must be %1");
    if (part == QLatin1String("scope"))
        return never ? Tr::tr("scope must not be %1") : Tr::tr("scope must be %1");
    if (part == QLatin1String("subject"))
        return never ? Tr::tr("subject must not be %1") : Tr::tr("subject must be %1");
    if (part == QLatin1String("header"))
        return never ? Tr::tr("header must not be %1") : Tr::tr("header must be %1");
    return never ? Tr::tr("body must not be %1") : Tr::tr("body must be %1");
}

/// The *-max-length rules' message for type, scope, subject, body and footer; %1 is the limit.
QString longerMessage(const QString &part)
{
    if (part == QLatin1String("type"))
        return Tr::tr("type must not be longer than %1 characters");
    if (part == QLatin1String("scope"))
        return Tr::tr("scope must not be longer than %1 characters");
    if (part == QLatin1String("subject"))
        return Tr::tr("subject must not be longer than %1 characters");
    if (part == QLatin1String("body"))
        return Tr::tr("body must not be longer than %1 characters");
    return Tr::tr("footer must not be longer than %1 characters");
}

/// The *-min-length rules' message for type, scope, subject, body and footer; %1 is the limit.
QString shorterMessage(const QString &part)
{
    if (part == QLatin1String("type"))
        return Tr::tr("type must not be shorter than %1 characters");
    if (part == QLatin1String("scope"))
        return Tr::tr("scope must not be shorter than %1 characters");
    if (part == QLatin1String("subject"))
        return Tr::tr("subject must not be shorter than %1 characters");
    if (part == QLatin1String("body"))
        return Tr::tr("body must not be shorter than %1 characters");
    return Tr::tr("footer must not be shorter than %1 characters");
}

QStringList toLines(const QString &text)
{
    static const QRegularExpression newline(QStringLiteral("\\r?\\n"));
    return text.split(newline);
}

struct CaseCheck
{
    bool always = true;
    QString name;
};

QList<CaseCheck> caseChecks(const QVariant &value)
{
    QList<CaseCheck> checks;
    if (value.typeId() == QMetaType::QString) {
        checks.append({true, value.toString()});
    } else if (value.typeId() == QMetaType::QStringList) {
        for (const QString &s : value.toStringList())
            checks.append({true, s});
    } else {
        for (const QVariant &v : value.toList()) {
            if (v.typeId() == QMetaType::QString)
                checks.append({true, v.toString()});
            else
                checks.append({v.toMap().value(QStringLiteral("when")).toString() != QLatin1String("never"),
                               v.toMap().value(QStringLiteral("case")).toString()});
        }
    }
    return checks;
}

QString caseList(const QList<CaseCheck> &checks)
{
    QStringList names;
    for (const CaseCheck &c : checks)
        names.append(c.name);
    return names.join(QStringLiteral(", "));
}

/// The shared shape of the *-case rules: some check passes (each check negated by its own when).
bool anyCase(const QList<CaseCheck> &checks, const std::function<bool(const QString &)> &inCase)
{
    for (const CaseCheck &c : checks) {
        if (!TextCase::isKnown(c.name))
            continue;
        if (inCase(c.name) == c.always)
            return true;
    }
    return false;
}

RuleVerdict at(bool valid, const QString &message, const TextSpan &span)
{
    RuleVerdict v;
    v.valid = valid;
    v.message = message;
    if (span.line > 0) {
        v.line = span.line;
        v.column = span.column;
    }
    return v;
}

/// The span of `part` if it is there, else the header's start.
TextSpan partOrHeader(const TextSpan &part, const ConventionalCommit &c) { return part.isValid() ? part : c.headerSpan(); }

TextSpan endOfHeader(const ConventionalCommit &c)
{
    const TextSpan h = c.headerSpan();
    return c.spanAt(h.line, h.column - 1 + qMax<qsizetype>(0, c.header().size() - 1));
}

/// Where a line of `lines` is longer than `max`: at its first character past the limit.
TextSpan firstLongLine(const QList<MessageLine> &lines, qsizetype max, const ConventionalCommit &c)
{
    for (const MessageLine &l : lines)
        if (l.text.size() > max)
            return c.spanAt(l.span.line, l.span.column - 1 + max);
    return lines.isEmpty() ? TextSpan{} : lines.first().span;
}

TextSpan firstLine(const QList<MessageLine> &lines) { return lines.isEmpty() ? TextSpan{} : lines.first().span; }

TextSpan lastChar(const QList<MessageLine> &lines, const ConventionalCommit &c)
{
    if (lines.isEmpty())
        return {};
    const MessageLine &l = lines.last();
    return c.spanAt(l.span.line, l.span.column - 1 + qMax<qsizetype>(0, l.text.size() - 1));
}

bool startsWithCasedLetter(const QString &text)
{
    if (text.isEmpty())
        return false;
    const char32_t c = text.toUcs4().first();
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Letter_Lowercase || cat == QChar::Letter_Uppercase || cat == QChar::Letter_Titlecase;
}

TextSpan lastRawLine(const ConventionalCommit &c)
{
    const QStringList lines = toLines(c.raw());
    for (qsizetype i = lines.size() - 1; i >= 0; --i)
        if (!lines.at(i).isEmpty() && !lines.at(i).startsWith(QLatin1Char('#')))
            return c.spanAt(int(i) + 1);
    return c.headerSpan();
}

QStringList gitTrailers(const QString &raw, const ConventionalCommit &c)
{
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("interpret-trailers"), QStringLiteral("--parse")});
    if (git.waitForStarted(10000)) {
        git.write(raw.toUtf8());
        git.closeWriteChannel();
        if (git.waitForFinished(10000) && git.exitStatus() == QProcess::NormalExit)
            return toLines(QString::fromUtf8(git.readAllStandardOutput()));
    }
    QStringList lines; // no git: the Conventional Commits footers
    for (const CommitFooter &f : c.footers())
        lines.append(f.token + f.separator + f.value);
    return lines;
}

} // namespace

RuleVerdict CommitLintRules::evaluate(const LintRuleSetting &s, const ConventionalCommit &c)
{
    const QString &name = s.name;
    const bool never = !s.always;
    const qsizetype number = s.value.toLongLong();
    const QString text = s.value.isValid() ? s.value.toString() : QString();
    const QString stop = s.value.isValid() ? s.value.toString() : QStringLiteral(".");
    const QString &header = c.header();
    const QString &body = c.body();
    const QString &footer = c.footer();
    const TextSpan headerSpan = c.headerSpan();
    const RuleVerdict ok;

    // --- case rules
    if (name.endsWith(QLatin1String("-case"))) {
        const QList<CaseCheck> checks = caseChecks(s.value);
        QString input;
        TextSpan span;
        QString part = name.section(QLatin1Char('-'), 0, 0);
        if (part == QLatin1String("type")) {
            input = c.type();
            span = c.typeSpan();
        } else if (part == QLatin1String("subject")) {
            if (!startsWithCasedLetter(c.subject()))
                return ok;
            input = c.subject();
            span = c.subjectSpan();
        } else if (part == QLatin1String("header")) {
            static const QRegularExpression letter(QStringLiteral("^[a-z]"), QRegularExpression::CaseInsensitiveOption);
            if (!letter.match(header).hasMatch())
                return ok;
            input = header;
            span = headerSpan;
        } else if (part == QLatin1String("body")) {
            input = body;
            span = firstLine(c.bodyLines());
        } else if (part == QLatin1String("scope")) {
            input = c.scope();
            span = c.scopeSpan();
        }
        if (input.isEmpty())
            return ok;
        bool result;
        if (part == QLatin1String("scope")) {
            static const QRegularExpression delimiters(QStringLiteral("/|\\\\|, ?"));
            const QStringList segments = input.split(delimiters);
            result = anyCase(checks, [&](const QString &caseName) {
                for (const QString &seg : segments)
                    if (!TextCase::isInCase(seg, caseName))
                        return false;
                return true;
            });
        } else {
            result = anyCase(checks, [&](const QString &caseName) { return TextCase::isInCase(input, caseName); });
        }
        return at(never ? !result : result, caseMessage(part, never).arg(caseList(checks)), span);
    }

    // --- type
    if (name == QLatin1String("type-empty")) {
        const bool notEmpty = !c.type().isEmpty();
        return at(never ? notEmpty : !notEmpty, never ? Tr::tr("type may not be empty") : Tr::tr("type must be empty"),
                  headerSpan);
    }
    if (name == QLatin1String("type-enum")) {
        if (c.type().isEmpty())
            return ok;
        const QStringList values = s.value.toStringList();
        const bool result = values.contains(c.type());
        return at(never ? !result : result,
                  (never ? Tr::tr("type must not be one of [%1]") : Tr::tr("type must be one of [%1]"))
                      .arg(values.join(QStringLiteral(", "))),
                  c.typeSpan());
    }

    // --- scope
    if (name == QLatin1String("scope-empty")) {
        const bool notEmpty = !c.scope().isEmpty();
        // The rule's default is "never"; "always" means the scope must be empty.
        return at(!never ? !notEmpty : notEmpty,
                  never ? Tr::tr("scope may not be empty") : Tr::tr("scope must be empty"),
                  partOrHeader(c.scopeSpan(), c));
    }
    if (name == QLatin1String("scope-enum")) {
        const QStringList values = s.value.toStringList();
        if (c.scope().isEmpty() || values.isEmpty())
            return ok;
        static const QRegularExpression delimiters(QStringLiteral("/|\\\\|, ?"));
        const QStringList scopes = c.scope().split(delimiters);
        bool valid;
        if (never) {
            valid = !values.contains(c.scope());
            for (const QString &sc : scopes)
                valid = valid && !values.contains(sc);
        } else {
            valid = values.contains(c.scope());
            bool all = true;
            for (const QString &sc : scopes)
                all = all && values.contains(sc);
            valid = valid || all;
        }
        return at(valid,
                  (never ? Tr::tr("scope must not be one of [%1]") : Tr::tr("scope must be one of [%1]"))
                      .arg(values.join(QStringLiteral(", "))),
                  c.scopeSpan());
    }

    // --- subject
    if (name == QLatin1String("subject-empty")) {
        const bool notEmpty = !c.subject().isEmpty();
        return at(never ? notEmpty : !notEmpty, never ? Tr::tr("subject may not be empty") : Tr::tr("subject must be empty"),
                  partOrHeader(c.subjectSpan(), c));
    }
    if (name == QLatin1String("subject-full-stop")) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon > 0 && colon == header.size() - 1)
            return ok;
        bool hasStop = !header.isEmpty() && QString(header.back()) == stop;
        if (header.endsWith(QLatin1String("...")))
            hasStop = false;
        return at(never ? !hasStop : hasStop,
                  never ? Tr::tr("subject may not end with full stop") : Tr::tr("subject must end with full stop"),
                  endOfHeader(c));
    }
    if (name == QLatin1String("subject-exclamation-mark")) {
        if (header.isEmpty())
            return ok;
        const bool has = header.contains(QLatin1String("!:"));
        return at(never ? !has : has,
                  never ? Tr::tr("subject must not have an exclamation mark in the subject to identify a breaking change")
                        : Tr::tr("subject must have an exclamation mark in the subject to identify a breaking change"),
                  headerSpan);
    }

    // --- header
    if (name == QLatin1String("header-full-stop")) {
        const bool hasStop = !header.isEmpty() && QString(header.back()) == stop;
        return at(never ? !hasStop : hasStop,
                  never ? Tr::tr("header may not end with full stop") : Tr::tr("header must end with full stop"),
                  endOfHeader(c));
    }
    if (name == QLatin1String("header-max-length"))
        return at(header.size() <= number,
                  Tr::tr("header must not be longer than %1 characters, current length is %2").arg(number).arg(header.size()),
                  c.spanAt(headerSpan.line, headerSpan.column - 1 + qMin<qsizetype>(number, header.size())));
    if (name == QLatin1String("header-min-length"))
        return at(header.size() >= number,
                  Tr::tr("header must not be shorter than %1 characters, current length is %2").arg(number).arg(header.size()),
                  headerSpan);
    if (name == QLatin1String("header-trim")) {
        if (header.isEmpty())
            return ok;
        const bool starts = header.front().isSpace();
        const bool ends = header.back().isSpace();
        if (starts && ends)
            return at(false, Tr::tr("header must not be surrounded by whitespace"), headerSpan);
        if (starts)
            return at(false, Tr::tr("header must not start with whitespace"), headerSpan);
        if (ends)
            return at(false, Tr::tr("header must not end with whitespace"), endOfHeader(c));
        return ok;
    }

    // --- body and footer
    const bool isBody = name.startsWith(QLatin1String("body-"));
    const QString &part = isBody ? body : footer;
    const QList<MessageLine> &partLines = isBody ? c.bodyLines() : c.footerLines();
    const QString partName = isBody ? QStringLiteral("body") : QStringLiteral("footer");
    if (name == QLatin1String("body-empty") || name == QLatin1String("footer-empty")) {
        const bool notEmpty = !part.isEmpty();
        const QString message = isBody ? (never ? Tr::tr("body may not be empty") : Tr::tr("body must be empty"))
                                       : (never ? Tr::tr("footer may not be empty") : Tr::tr("footer must be empty"));
        return at(never ? notEmpty : !notEmpty, message,
                  partLines.isEmpty() ? headerSpan : partLines.first().span);
    }
    if (name == QLatin1String("body-full-stop")) {
        if (body.isEmpty())
            return ok;
        const bool hasStop = QString(body.back()) == stop;
        return at(never ? !hasStop : hasStop,
                  never ? Tr::tr("body may not end with full stop") : Tr::tr("body must end with full stop"),
                  lastChar(c.bodyLines(), c));
    }
    if (name == QLatin1String("body-leading-blank") || name == QLatin1String("footer-leading-blank")) {
        if (part.isEmpty())
            return ok;
        const QStringList rawLines = toLines(c.raw());
        qsizetype index = 1;
        if (!isBody) {
            index = rawLines.indexOf(toLines(footer).first()) - 1;
            if (index < 0)
                index = rawLines.size() + index; // slice(-1)
        }
        const bool succeeds = index >= 0 && index < rawLines.size() && rawLines.at(index).isEmpty();
        const QString message = isBody
            ? (never ? Tr::tr("body may not have leading blank line") : Tr::tr("body must have leading blank line"))
            : (never ? Tr::tr("footer may not have leading blank line") : Tr::tr("footer must have leading blank line"));
        return at(never ? !succeeds : succeeds, message,
                  partLines.first().span);
    }
    if (name.endsWith(QLatin1String("-max-line-length"))) {
        if (part.isEmpty())
            return ok;
        bool valid = true;
        for (const MessageLine &l : partLines)
            valid = valid && l.text.size() <= number;
        return at(valid, (isBody ? Tr::tr("body's lines must not be longer than %1 characters")
                                     : Tr::tr("footer's lines must not be longer than %1 characters"))
                                .arg(number),
                  firstLongLine(partLines, number, c));
    }
    if (name == QLatin1String("body-max-length") || name == QLatin1String("footer-max-length")) {
        if (part.isEmpty())
            return ok;
        return at(part.size() <= number, longerMessage(partName).arg(number),
                  firstLine(partLines));
    }
    if (name == QLatin1String("body-min-length") || name == QLatin1String("footer-min-length")) {
        if (part.isEmpty())
            return ok;
        return at(part.size() >= number, shorterMessage(partName).arg(number),
                  firstLine(partLines));
    }

    // --- lengths of type, scope, subject
    for (const char *p : {"type", "scope", "subject"}) {
        const QString prefix = QString::fromLatin1(p);
        if (!name.startsWith(prefix + QLatin1Char('-')))
            continue;
        const QString &value = prefix == QLatin1String("type") ? c.type()
            : prefix == QLatin1String("scope")                  ? c.scope()
                                                                : c.subject();
        const TextSpan span = prefix == QLatin1String("type") ? c.typeSpan()
            : prefix == QLatin1String("scope")                 ? c.scopeSpan()
                                                               : c.subjectSpan();
        if (value.isEmpty())
            return ok;
        if (name.endsWith(QLatin1String("-max-length")))
            return at(value.size() <= number, longerMessage(prefix).arg(number),
                      c.spanAt(span.line, span.column - 1 + qMin<qsizetype>(number, value.size())));
        if (name.endsWith(QLatin1String("-min-length")))
            return at(value.size() >= number, shorterMessage(prefix).arg(number),
                      span);
    }

    // --- references, sign-off, trailers
    if (name == QLatin1String("references-empty")) {
        // Default "never": references may not be empty; "always": they must be.
        const bool notEmpty = !c.references().isEmpty();
        return at(!never ? !notEmpty : notEmpty,
                  never ? Tr::tr("references may not be empty") : Tr::tr("references must be empty"), headerSpan);
    }
    if (name == QLatin1String("signed-off-by")) {
        QStringList lines;
        for (const QString &l : toLines(c.raw()))
            if (!l.startsWith(QLatin1Char('#')) && !l.isEmpty())
                lines.append(l);
        const bool has = !lines.isEmpty() && lines.last().startsWith(text);
        return at(never ? !has : has,
                  never ? Tr::tr("message must not be signed off") : Tr::tr("message must be signed off"), lastRawLine(c));
    }
    if (name == QLatin1String("trailer-exists")) {
        bool has = false;
        for (const QString &l : gitTrailers(c.raw(), c))
            has = has || l.startsWith(text);
        return at(never ? !has : has,
                  (never ? Tr::tr("message must not have `%1` trailer") : Tr::tr("message must have `%1` trailer")).arg(text),
                  lastRawLine(c));
    }
    return ok;
}

} // namespace gantry
