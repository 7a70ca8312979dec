#pragma once

// What the diff view's tests share (header-only): git's own diff parsed into rows, the editors'
// lines and margins read back, and a scratch repository with one modified C++ file.

#include "gitcore/DiffReader.h"
#include "gitcore/Repository.h"
#include "support/TestRepo.h"
#include "widgets/KSyntaxLexer.h"
#include "widgets/UnifiedDiffEditor.h"

#include <Qsci/qscilexercpp.h>
#include <Qsci/qsciscintilla.h>

#include <QDir>
#include <QRegularExpression>
#include <QTest>

namespace gantry::difftest {

/// Whether `lexer` is the highlighter for C++: KSyntaxHighlighting's when built with it.
inline bool isCppLexer(QsciLexer *lexer)
{
#ifdef GANTRY_HAVE_KSYNTAXHIGHLIGHTING
    return dynamic_cast<KSyntaxLexer *>(lexer) && QByteArray(lexer->language()) == "C++";
#else
    return qobject_cast<QsciLexerCPP *>(lexer);
#endif
}

/// One row of `git diff` output: what the unified editor must show on that row.
struct GitRow
{
    char kind = ' ';  // '@' header, ' ', '+', '-'
    QString text;
    int oldNo = -1;
    int newNo = -1;
    int hunk = -1;
    int line = -1;
};

inline QList<GitRow> parseGitDiff(const QByteArray &diff)
{
    QList<GitRow> rows;
    static const QRegularExpression header(QStringLiteral("^@@ -(\\d+)(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@"));
    int oldNo = 0;
    int newNo = 0;
    int hunk = -1;
    int line = 0;
    bool body = false;
    for (const QByteArray &raw : diff.split('\n')) {
        const QString text = QString::fromUtf8(raw);
        if (text.startsWith(QLatin1String("@@"))) {
            const auto match = header.match(text);
            oldNo = match.captured(1).toInt();
            newNo = match.captured(2).toInt();
            rows.append({'@', text, -1, -1, ++hunk, -1});
            line = 0;
            body = true;
            continue;
        }
        if (!body || text.isEmpty() || text.startsWith(QLatin1Char('\\')))
            continue;
        GitRow row{char(text.at(0).unicode()), text.mid(1), -1, -1, hunk, line++};
        if (row.kind != '+')
            row.oldNo = oldNo++;
        if (row.kind != '-')
            row.newNo = newNo++;
        rows.append(row);
    }
    return rows;
}

inline QStringList editorLines(const QsciScintilla *editor)
{
    QStringList lines;
    for (int i = 0; i < editor->lines(); ++i) {
        QString line = editor->text(i);
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        lines.append(line);
    }
    return lines;
}

/// The numbers in a margin text, -1 where a column is blank: with two columns, a number in the
/// left half of the margin is the old line's, in the right half the new line's.
inline QList<int> marginNumbers(const QString &margin, int columns)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QList<int> numbers(columns, -1);
    for (auto it = number.globalMatch(margin); it.hasNext();) {
        const auto match = it.next();
        const int column = columns == 1 || match.capturedStart() < margin.size() / 2 ? 0 : 1;
        numbers[column] = match.captured().toInt();
    }
    return numbers;
}

inline QByteArray numbered(int count, const char *prefix)
{
    QByteArray out;
    for (int i = 1; i <= count; ++i)
        out += QByteArray(prefix) + QByteArray::number(i) + ";\n";
    return out;
}

inline const QByteArray kOriginal = "#include <iostream>\n"
                             "\n"
                             "int add(int a, int b)\n"
                             "{\n"
                             "    return a + b;\n"
                             "}\n"
                             "\n"
                             + numbered(10, "int helper") +
                             "\n"
                             "int main()\n"
                             "{\n"
                             "    int value = 1;\n"
                             "    std::cout << add(value, 2) << std::endl;\n"
                             "    return 0;\n"
                             "}\n";

inline const QByteArray kModified = "#include <iostream>\n"
                             "\n"
                             "int add(int a, int b)\n"
                             "{\n"
                             "    // Sum of both operands.\n"
                             "    return a + b;\n"
                             "}\n"
                             "\n"
                             + numbered(10, "int helper") +
                             "\n"
                             "int main()\n"
                             "{\n"
                             "    int value = 2;\n"
                             "    std::cout << add(value, 2) << std::endl;\n"
                             "}\n";

/// A scratch repository with src/main.cpp committed and then modified in the work tree.
struct ModifiedRepo
{
    TestRepo repo;
    DiffFile file;
    QList<GitRow> gitRows;

    ModifiedRepo()
    {
        repo.commitFile(QStringLiteral("src/main.cpp"), kOriginal, QStringLiteral("init"));
        repo.write(QStringLiteral("src/main.cpp"), kModified);
        auto opened = Repository::open(repo.path());
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        auto diff = DiffReader::fileDiff(*opened, DiffKind::IndexToWorkdir, QStringLiteral("src/main.cpp"));
        QVERIFY2(diff.ok(), qPrintable(diff.errorMessage()));
        file = *diff;
        gitRows = parseGitDiff(repo.git({"diff", "--no-color", "-U3", "--", "src/main.cpp"}));
    }
};

inline QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("GANTRY_BINARY_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/diffview-") + name + QStringLiteral(".png");
}


} // namespace gantry::difftest
