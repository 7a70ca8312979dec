#include "pipelines/ExpressionChecker.h"

#include <QHash>

namespace gantry {

namespace {

struct Token
{
    enum Kind { End, Number, String, Identifier, Operator, Error };
    Kind kind = End;
    QString text;
    int offset = 0;
};

bool isIdentifierStart(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
bool isIdentifierPart(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-'); }

/// Splits an expression into tokens; an Error token carries the message.
QList<Token> tokenize(QStringView s)
{
    QList<Token> out;
    int i = 0;
    const int n = int(s.size());
    auto valueBefore = [&] {
        if (out.isEmpty())
            return false;
        const Token &last = out.last();
        return last.kind == Token::Number || last.kind == Token::String || last.kind == Token::Identifier
            || last.text == QLatin1String(")") || last.text == QLatin1String("]");
    };
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const int start = i;
        if (c == QLatin1Char('\'')) {
            QString value;
            ++i;
            bool closed = false;
            while (i < n) {
                if (s[i] == QLatin1Char('\'')) {
                    if (i + 1 < n && s[i + 1] == QLatin1Char('\'')) {
                        value += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                value += s[i++];
            }
            if (!closed) {
                out.append({Token::Error, ExpressionChecker::tr("unterminated string"), start});
                return out;
            }
            out.append({Token::String, value, start});
        } else if (c == QLatin1Char('"')) {
            out.append({Token::Error, ExpressionChecker::tr("strings are written in single quotes ('…'), not double quotes"), start});
            return out;
        } else if (c.isDigit() || (c == QLatin1Char('-') && i + 1 < n && (s[i + 1].isDigit() || s[i + 1] == QLatin1Char('.')) && !valueBefore())
                   || (c == QLatin1Char('.') && i + 1 < n && s[i + 1].isDigit() && !valueBefore())) {
            ++i;
            while (i < n && (s[i].isLetterOrNumber() || s[i] == QLatin1Char('.')
                             || ((s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-')) && (s[i - 1] == QLatin1Char('e') || s[i - 1] == QLatin1Char('E')))))
                ++i;
            const QString text = s.mid(start, i - start).toString();
            bool ok = false;
            if (text.startsWith(QLatin1String("0x")) || text.startsWith(QLatin1String("-0x")))
                text.mid(text.indexOf(QLatin1Char('x')) + 1).toLongLong(&ok, 16);
            else
                text.toDouble(&ok);
            if (!ok) {
                out.append({Token::Error, ExpressionChecker::tr("invalid number \"%1\"").arg(text), start});
                return out;
            }
            out.append({Token::Number, text, start});
        } else if (isIdentifierStart(c)) {
            while (i < n && isIdentifierPart(s[i]))
                ++i;
            out.append({Token::Identifier, s.mid(start, i - start).toString(), start});
        } else {
            static const QStringList two{QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="), QStringLiteral(">="),
                                         QStringLiteral("&&"), QStringLiteral("||")};
            const QString pair = s.mid(i, 2).toString();
            if (two.contains(pair)) {
                out.append({Token::Operator, pair, start});
                i += 2;
            } else if (QStringLiteral("()[].,!<>*").contains(c)) {
                out.append({Token::Operator, QString(c), start});
                ++i;
            } else {
                out.append({Token::Error, ExpressionChecker::tr("unexpected character \"%1\"").arg(c), start});
                return out;
            }
        }
    }
    out.append({Token::End, QString(), n});
    return out;
}

struct FunctionArity
{
    int min, max;
};

const QHash<QString, FunctionArity> &functions()
{
    static const QHash<QString, FunctionArity> f{
        {QStringLiteral("contains"), {2, 2}},   {QStringLiteral("startswith"), {2, 2}}, {QStringLiteral("endswith"), {2, 2}},
        {QStringLiteral("format"), {1, 255}},   {QStringLiteral("join"), {1, 2}},       {QStringLiteral("tojson"), {1, 1}},
        {QStringLiteral("fromjson"), {1, 1}},   {QStringLiteral("hashfiles"), {1, 255}}, {QStringLiteral("success"), {0, 0}},
        {QStringLiteral("always"), {0, 0}},     {QStringLiteral("cancelled"), {0, 0}},  {QStringLiteral("failure"), {0, 0}},
        {QStringLiteral("case"), {3, 255}}};
    return f;
}

/// The parser: one pass over the tokens, stopping at the first syntax error.
class Parser
{
public:
    Parser(QList<Token> tokens, ExpressionChecker::Result &result) : m_tokens(std::move(tokens)), r(result) {}

    void parse()
    {
        if (m_tokens.first().kind == Token::End) {
            fail(0, ExpressionChecker::tr("empty expression"));
            return;
        }
        orExpression();
        if (!m_failed && peek().kind != Token::End)
            fail(peek().offset, ExpressionChecker::tr("unexpected \"%1\" after the expression").arg(peek().text));
    }

private:
    const Token &peek() const { return m_tokens[std::min<qsizetype>(m_pos, m_tokens.size() - 1)]; }
    Token next() { return m_tokens[std::min<qsizetype>(m_pos++, m_tokens.size() - 1)]; }
    bool isOperator(const char *op) const { return peek().kind == Token::Operator && peek().text == QLatin1String(op); }
    bool accept(const char *op)
    {
        if (!isOperator(op))
            return false;
        ++m_pos;
        return true;
    }
    void fail(int offset, const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        r.findings.append({offset, message, QStringLiteral("expression")});
    }
    void expect(const char *op)
    {
        if (!accept(op))
            fail(peek().offset, peek().kind == Token::End ? ExpressionChecker::tr("expected \"%1\" before the end").arg(QLatin1String(op))
                                                          : ExpressionChecker::tr("expected \"%1\", found \"%2\"").arg(QLatin1String(op), peek().text));
    }

    void orExpression()
    {
        andExpression();
        while (!m_failed && accept("||"))
            andExpression();
    }
    void andExpression()
    {
        equality();
        while (!m_failed && accept("&&"))
            equality();
    }
    void equality()
    {
        comparison();
        while (!m_failed && (accept("==") || accept("!=")))
            comparison();
    }
    void comparison()
    {
        unary();
        while (!m_failed && (accept("<") || accept("<=") || accept(">") || accept(">=")))
            unary();
    }
    void unary()
    {
        if (++m_depth > maxDepth) {
            fail(peek().offset, ExpressionChecker::tr("the expression is nested too deeply"));
            return;
        }
        struct Leave { int &d; ~Leave() { --d; } } leave{m_depth};
        if (accept("!")) {
            unary();
            return;
        }
        postfix();
    }

    void postfix()
    {
        if (m_failed)
            return;
        const Token t = next();
        ExpressionChecker::Reference ref;
        bool isContext = false;
        if (t.kind == Token::Error) {
            fail(t.offset, t.text);
            return;
        } else if (t.kind == Token::Number || t.kind == Token::String) {
        } else if (t.kind == Token::Identifier) {
            const QString lower = t.text.toLower();
            if (isOperator("(")) {
                call(t);
            } else if (lower == QLatin1String("true") || lower == QLatin1String("false") || lower == QLatin1String("null")
                       || lower == QLatin1String("nan") || lower == QLatin1String("infinity")) {
            } else if (ExpressionChecker::contexts().contains(lower)) {
                isContext = true;
                ref.path.append(lower);
                ref.offsets.append(t.offset);
            } else {
                fail(t.offset, ExpressionChecker::tr("unknown context \"%1\"; expected one of: %2")
                                   .arg(t.text, ExpressionChecker::contexts().join(QStringLiteral(", "))));
                return;
            }
        } else if (t.text == QLatin1String("(")) {
            orExpression();
            expect(")");
        } else {
            fail(t.offset, t.kind == Token::End ? ExpressionChecker::tr("the expression ends too early")
                                                : ExpressionChecker::tr("unexpected \"%1\"").arg(t.text));
            return;
        }
        while (!m_failed) {
            if (accept(".")) {
                const Token name = next();
                if (name.kind == Token::Identifier || (name.kind == Token::Operator && name.text == QLatin1String("*"))) {
                    ref.path.append(name.text == QLatin1String("*") ? name.text : name.text.toLower());
                    ref.offsets.append(name.offset);
                } else {
                    fail(name.offset, ExpressionChecker::tr("expected a property name after \".\""));
                }
            } else if (isOperator("[")) {
                const int offset = next().offset;
                if (accept("*")) {
                    ref.path.append(QStringLiteral("*"));
                } else {
                    const qsizetype before = m_pos;
                    orExpression();
                    const bool literal = m_pos == before + 1 && (m_tokens[before].kind == Token::String || m_tokens[before].kind == Token::Number);
                    ref.path.append(literal ? m_tokens[before].text.toLower() : QStringLiteral("?"));
                }
                ref.offsets.append(offset + 1);
                expect("]");
            } else {
                break;
            }
        }
        if (isContext && !m_failed)
            r.references.append(ref);
    }

    void call(const Token &name)
    {
        next(); // (
        int count = 0;
        if (!accept(")")) {
            do {
                orExpression();
                ++count;
            } while (!m_failed && accept(","));
            expect(")");
        }
        if (m_failed)
            return;
        const auto f = functions().constFind(name.text.toLower());
        if (f == functions().cend())
            fail(name.offset, ExpressionChecker::tr("unknown function \"%1\"").arg(name.text));
        else if (count < f->min || count > f->max)
            fail(name.offset, ExpressionChecker::tr("%1() takes %2 arguments, not %3")
                                  .arg(name.text, f->min == f->max ? QString::number(f->min)
                                                                   : ExpressionChecker::tr("%1 or more").arg(f->min))
                                  .arg(count));
    }

    static constexpr int maxDepth = 64;
    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_depth = 0;
    bool m_failed = false;
    ExpressionChecker::Result &r;
};

void checkReference(const ExpressionChecker::Reference &ref, const ExpressionChecker::Scope &scope, ExpressionChecker::Result &r)
{
    const QStringList &p = ref.path;
    auto fail = [&](int segment, const QString &message) {
        r.findings.append({ref.offsets.value(segment), message, QStringLiteral("expression-reference")});
    };
    if (p.size() < 2 || p[1] == QLatin1String("*") || p[1] == QLatin1String("?"))
        return;
    if (p[0] == QLatin1String("matrix") && scope.matrixKnown) {
        bool found = false;
        for (const QString &key : scope.matrixKeys)
            found = found || key.toLower() == p[1];
        if (!found)
            fail(1, scope.matrixKeys.isEmpty() ? ExpressionChecker::tr("\"matrix.%1\": this job has no matrix").arg(p[1])
                                               : ExpressionChecker::tr("\"matrix.%1\" is not defined; the matrix has: %2")
                                                     .arg(p[1], scope.matrixKeys.join(QStringLiteral(", "))));
    } else if (p[0] == QLatin1String("needs") && scope.needsKnown) {
        QString job;
        for (auto it = scope.needs.cbegin(); it != scope.needs.cend(); ++it)
            if (it.key().toLower() == p[1])
                job = it.key();
        if (job.isEmpty()) {
            fail(1, ExpressionChecker::tr("\"needs.%1\": this job does not need a job \"%1\"").arg(p[1]));
            return;
        }
        if (p.size() < 3 || p[2] == QLatin1String("?"))
            return;
        if (p[2] != QLatin1String("outputs") && p[2] != QLatin1String("result")) {
            fail(2, ExpressionChecker::tr("\"needs.%1.%2\": a needed job has only \"outputs\" and \"result\"").arg(p[1], p[2]));
        } else if (p[2] == QLatin1String("outputs") && p.size() > 3 && scope.needsOutputsKnown && p[3] != QLatin1String("*") && p[3] != QLatin1String("?")) {
            bool found = false;
            for (const QString &output : scope.needs.value(job))
                found = found || output.toLower() == p[3];
            if (!found)
                fail(3, ExpressionChecker::tr("\"needs.%1.outputs.%2\": job \"%1\" has no output \"%2\"").arg(p[1], p[3]));
        }
    } else if (p[0] == QLatin1String("steps") && scope.stepsKnown) {
        bool found = false;
        for (const QString &id : scope.stepIds)
            found = found || id.toLower() == p[1];
        if (!found) {
            fail(1, ExpressionChecker::tr("\"steps.%1\": no step before this one has the id \"%1\"").arg(p[1]));
            return;
        }
        static const QStringList properties{QStringLiteral("outputs"), QStringLiteral("outcome"), QStringLiteral("conclusion"), QStringLiteral("?")};
        if (p.size() > 2 && !properties.contains(p[2]))
            fail(2, ExpressionChecker::tr("\"steps.%1.%2\": a step has only \"outputs\", \"outcome\" and \"conclusion\"").arg(p[1], p[2]));
    }
}

} // namespace

const QStringList &ExpressionChecker::contexts()
{
    static const QStringList c{QStringLiteral("github"), QStringLiteral("env"),     QStringLiteral("vars"),     QStringLiteral("secrets"),
                               QStringLiteral("inputs"), QStringLiteral("matrix"),  QStringLiteral("needs"),    QStringLiteral("steps"),
                               QStringLiteral("job"),    QStringLiteral("jobs"),    QStringLiteral("runner"),   QStringLiteral("strategy")};
    return c;
}

ExpressionChecker::Result ExpressionChecker::checkExpression(QStringView expression, const Scope &scope)
{
    Result r;
    Parser(tokenize(expression), r).parse();
    if (r.findings.isEmpty()) {
        for (const Reference &ref : std::as_const(r.references))
            checkReference(ref, scope, r);
    }
    return r;
}

ExpressionChecker::Result ExpressionChecker::checkTemplate(QStringView text, const Scope &scope)
{
    Result r;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("${{"), from);
        if (open < 0)
            break;
        qsizetype i = open + 3;
        bool inString = false;
        qsizetype close = -1;
        for (; i + 1 < text.size(); ++i) {
            if (text[i] == QLatin1Char('\''))
                inString = !inString;
            else if (!inString && text[i] == QLatin1Char('}') && text[i + 1] == QLatin1Char('}')) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            r.findings.append({int(open), tr("\"${{\" is not closed by \"}}\""), QStringLiteral("expression")});
            break;
        }
        Result inner = checkExpression(text.mid(open + 3, close - open - 3), scope);
        for (Finding &f : inner.findings) {
            f.offset += int(open) + 3;
            r.findings.append(f);
        }
        for (Reference &ref : inner.references) {
            for (int &o : ref.offsets)
                o += int(open) + 3;
            r.references.append(ref);
        }
        from = close + 2;
    }
    return r;
}

bool ExpressionChecker::isUntrusted(const QStringList &path)
{
    // The inputs an outsider can write (as actionlint and GitHub's hardening guide list them).
    static const QList<QStringList> patterns = [] {
        QList<QStringList> out;
        for (const char *p : {"github.head_ref", "github.event.issue.title", "github.event.issue.body",
                              "github.event.pull_request.title", "github.event.pull_request.body", "github.event.comment.body",
                              "github.event.review.body", "github.event.review_comment.body", "github.event.pages.*.page_name",
                              "github.event.commits.*.message", "github.event.commits.*.author.email", "github.event.commits.*.author.name",
                              "github.event.head_commit.message", "github.event.head_commit.author.email", "github.event.head_commit.author.name",
                              "github.event.pull_request.head.ref", "github.event.pull_request.head.label",
                              "github.event.pull_request.head.repo.default_branch", "github.event.workflow_run.head_branch",
                              "github.event.workflow_run.head_commit.message", "github.event.workflow_run.head_commit.author.email",
                              "github.event.workflow_run.head_commit.author.name", "github.event.workflow_run.pull_requests.*.head.ref",
                              "github.event.discussion.title", "github.event.discussion.body"})
            out.append(QString::fromLatin1(p).split(QLatin1Char('.')));
        return out;
    }();
    for (const QStringList &pattern : patterns) {
        if (path.size() < pattern.size())
            continue;
        bool match = true;
        for (qsizetype i = 0; i < pattern.size() && match; ++i)
            match = pattern[i] == QLatin1String("*") || pattern[i] == path[i] || path[i] == QLatin1String("*");
        if (match)
            return true;
    }
    return false;
}

} // namespace gantry
