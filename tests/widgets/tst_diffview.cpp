#include "gitcore/DiffReader.h"
#include "gitcore/Repository.h"
#include "gitcore/Staging.h"
#include "support/TestRepo.h"
#include "widgets/DiffLexerFactory.h"
#include "widgets/DiffPlaceholder.h"
#include "widgets/DiffView.h"
#include "widgets/ElidedLabel.h"
#include "widgets/KSyntaxLexer.h"
#include "widgets/SideBySideDiffEditor.h"
#include "widgets/UnifiedDiffEditor.h"

#include <Qsci/qscilexercmake.h>
#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexerpython.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace gantry;
using Row = UnifiedDiffEditor::Row;


namespace {

/// Whether `lexer` is the highlighter for C++: KSyntaxHighlighting's when built with it.
bool isCppLexer(QsciLexer *lexer)
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

QList<GitRow> parseGitDiff(const QByteArray &diff)
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

QStringList editorLines(const QsciScintilla *editor)
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
QList<int> marginNumbers(const QString &margin, int columns)
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

QByteArray numbered(int count, const char *prefix)
{
    QByteArray out;
    for (int i = 1; i <= count; ++i)
        out += QByteArray(prefix) + QByteArray::number(i) + ";\n";
    return out;
}

const QByteArray kOriginal = "#include <iostream>\n"
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

const QByteArray kModified = "#include <iostream>\n"
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

QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("GANTRY_BINARY_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/diffview-") + name + QStringLiteral(".png");
}

} // namespace

/// The diff view on real diffs: text and margins against git, line selection → DiffLineRefs,
/// side-by-side alignment, placeholders, lexers, options, screenshots.
class TestDiffView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<gantry::DiffLineRef>>();
        qRegisterMetaType<gantry::DiffOptions>();
    }

    void unifiedMatchesGit()
    {
        ModifiedRepo m;
        QVERIFY(m.gitRows.size() > 10);
        DiffView view;
        view.setDiff(m.file, DiffView::Mode::Unstaged);
        UnifiedDiffEditor *editor = view.unifiedEditor();
        const QStringList lines = editorLines(editor);
        QCOMPARE(lines.size(), m.gitRows.size());
        for (int i = 0; i < lines.size(); ++i) {
            const GitRow &git = m.gitRows.at(i);
            QCOMPARE(lines.at(i), git.text);
            const QString margin = editor->marginText(i);
            if (git.kind == '@') {
                QVERIFY2(margin.trimmed().isEmpty(), qPrintable(margin));
                continue;
            }
            QCOMPARE(marginNumbers(margin, 2), (QList<int>{git.oldNo, git.newNo}));
            QCOMPARE(margin.trimmed().endsWith(QLatin1Char('+')), git.kind == '+');
            QCOMPARE(margin.trimmed().endsWith(QLatin1Char('-')), git.kind == '-');
        }
        QVERIFY(isCppLexer(editor->lexer()));
    }

    void wordHighlightsMarkOnlyTheChangedWord()
    {
        ModifiedRepo m;
        DiffView view;
        view.setDiff(m.file, DiffView::Mode::Unstaged);
        UnifiedDiffEditor *editor = view.unifiedEditor();
        const QStringList lines = editorLines(editor);
        const int added = int(lines.indexOf(QStringLiteral("    int value = 2;")));
        const int removed = int(lines.indexOf(QStringLiteral("    int value = 1;")));
        QVERIFY(added > 0 && removed > 0);
        auto indicatorsAt = [editor](int row, int column) {
            const long pos = editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, static_cast<unsigned long>(row)) + column;
            return editor->SendScintilla(QsciScintillaBase::SCI_INDICATORALLONFOR, static_cast<unsigned long>(pos));
        };
        const int digit = int(lines.at(added).indexOf(QLatin1Char('2')));
        QVERIFY(indicatorsAt(added, digit) != 0);
        QVERIFY(indicatorsAt(removed, digit) != 0);
        QCOMPARE(indicatorsAt(added, 4), 0L);  // "int" did not change
        // A wholly new line has no word highlight: the row background says it all.
        const int comment = int(lines.indexOf(QStringLiteral("    // Sum of both operands.")));
        QCOMPARE(indicatorsAt(comment, 8), 0L);
    }

    void selectedLinesAreStaged()
    {
        ModifiedRepo m;
        DiffView view;
        view.setDiff(m.file, DiffView::Mode::Unstaged);
        QVERIFY(view.stageLinesButton()->isVisibleTo(&view));
        QVERIFY(view.discardLinesButton()->isVisibleTo(&view));
        QVERIFY(!view.unstageLinesButton()->isVisibleTo(&view));
        QSignalSpy spy(&view, &DiffView::stageLinesRequested);

        // Only context lines: nothing to stage.
        UnifiedDiffEditor *editor = view.unifiedEditor();
        editor->selectRows(1, 2);
        QVERIFY(m.gitRows.at(1).kind == ' ' && m.gitRows.at(2).kind == ' ');
        QVERIFY(!view.stageLinesButton()->isEnabled());

        // The second hunk from its header to its end: header and context are ignored.
        int secondHeader = -1;
        for (int i = 0; i < m.gitRows.size(); ++i) {
            if (m.gitRows.at(i).kind == '@' && m.gitRows.at(i).hunk == 1)
                secondHeader = i;
        }
        QVERIFY(secondHeader > 0);
        const int last = int(m.gitRows.size()) - 1;
        editor->selectRows(secondHeader, last);
        QVERIFY(view.stageLinesButton()->isEnabled());
        QList<DiffLineRef> expected;
        for (int i = secondHeader; i <= last; ++i) {
            if (m.gitRows.at(i).kind == '+' || m.gitRows.at(i).kind == '-')
                expected.append({m.gitRows.at(i).hunk, m.gitRows.at(i).line});
        }
        QCOMPARE(expected.size(), 3);
        QTest::mouseClick(view.stageLinesButton(), Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("src/main.cpp"));
        QCOMPARE(spy.at(0).at(1).value<QList<DiffLineRef>>(), expected);

        // The refs stage exactly those lines: git now has the second hunk staged, the first not.
        auto repo = Repository::open(m.repo.path());
        QVERIFY(repo.ok());
        const auto staged = Staging::stageLines(*repo, m.file, spy.at(0).at(1).value<QList<DiffLineRef>>());
        QVERIFY2(staged.ok(), qPrintable(staged.errorMessage()));
        const QByteArray cached = m.repo.git({"diff", "--cached", "--no-color"});
        QVERIFY(cached.contains("-    int value = 1;\n+    int value = 2;\n"));
        QVERIFY(cached.contains("-    return 0;\n"));
        QVERIFY(!cached.contains("Sum of both operands"));

        // A row range that ends at the start of the next row does not take that row.
        editor->selectRows(secondHeader + 1, secondHeader + 1);
        QCOMPARE(editor->selectedRowRange(), qMakePair(secondHeader + 1, secondHeader + 1));
    }

    void modeDecidesTheActions()
    {
        ModifiedRepo m;
        DiffView view;
        view.setDiff(m.file, DiffView::Mode::Staged);
        QVERIFY(!view.stageLinesButton()->isVisibleTo(&view));
        QVERIFY(!view.discardLinesButton()->isVisibleTo(&view));
        QVERIFY(view.unstageLinesButton()->isVisibleTo(&view));
        QVERIFY(view.unstageHunkAction()->isVisible());
        QVERIFY(!view.stageHunkAction()->isVisible());
        view.setDiff(m.file, DiffView::Mode::Commit);
        QVERIFY(!view.stageLinesButton()->isVisibleTo(&view));
        QVERIFY(!view.unstageLinesButton()->isVisibleTo(&view));
        QVERIFY(!view.discardHunkAction()->isVisible());
    }

    void hunkActionsUseTheCursorHunk()
    {
        ModifiedRepo m;
        DiffView view;
        view.setDiff(m.file, DiffView::Mode::Unstaged);
        QSignalSpy stage(&view, &DiffView::stageHunkRequested);
        QSignalSpy discard(&view, &DiffView::discardHunkRequested);
        const int last = int(m.gitRows.size()) - 1;
        view.unifiedEditor()->setCursorPosition(last, 0);
        QVERIFY(view.stageHunkAction()->isEnabled());
        view.stageHunkAction()->trigger();
        view.unifiedEditor()->setCursorPosition(2, 0);
        view.discardHunkAction()->trigger();
        QCOMPARE(stage.size(), 1);
        QCOMPARE(stage.at(0).at(1).toInt(), 1);
        QCOMPARE(discard.size(), 1);
        QCOMPARE(discard.at(0).at(1).toInt(), 0);
    }

    void sideBySideIsAligned()
    {
        ModifiedRepo m;
        QList<Row> left;
        QList<Row> right;
        SideBySideDiffEditor::buildRows(m.file, &left, &right);
        QCOMPARE(left.size(), right.size());
        QStringList oldSide;
        QStringList newSide;
        for (int i = 0; i < left.size(); ++i) {
            const Row &l = left.at(i);
            const Row &r = right.at(i);
            if (l.kind == Row::Kind::Filler)
                QCOMPARE(r.kind, Row::Kind::Addition);  // filler rows face pure additions
            if (r.kind == Row::Kind::Filler)
                QCOMPARE(l.kind, Row::Kind::Deletion);
            if (l.kind == Row::Kind::Context || r.kind == Row::Kind::Context)
                QVERIFY(l.kind == r.kind && l.text == r.text);
            if (l.kind == Row::Kind::Context || l.kind == Row::Kind::Deletion)
                oldSide.append(l.text);
            if (r.kind == Row::Kind::Context || r.kind == Row::Kind::Addition)
                newSide.append(r.text);
        }
        // Each side reads as git's old / new lines of the hunks.
        QStringList gitOld;
        QStringList gitNew;
        for (const GitRow &g : m.gitRows) {
            if (g.kind == ' ' || g.kind == '-')
                gitOld.append(g.text);
            if (g.kind == ' ' || g.kind == '+')
                gitNew.append(g.text);
        }
        QCOMPARE(oldSide, gitOld);
        QCOMPARE(newSide, gitNew);
        // The edited line faces its replacement.
        const qsizetype edited = std::find_if(left.begin(), left.end(), [](const Row &r) {
                                     return r.text == QLatin1String("    int value = 1;");
                                 }) - left.begin();
        QCOMPARE(right.at(edited).text, QStringLiteral("    int value = 2;"));

        DiffView view;
        view.setViewLayout(DiffView::Layout::SideBySide);
        view.setDiff(m.file, DiffView::Mode::Unstaged);
        SideBySideDiffEditor *sbs = view.sideBySideEditor();
        QCOMPARE(sbs->oldPane()->lines(), sbs->newPane()->lines());
        QCOMPARE(editorLines(sbs->oldPane()).size(), left.size());
        for (int i = 0; i < left.size(); ++i) {
            if (left.at(i).kind == Row::Kind::Filler)
                QVERIFY(editorLines(sbs->oldPane()).at(i).isEmpty());
            if (left.at(i).oldLineNo > 0)
                QCOMPARE(marginNumbers(sbs->oldPane()->marginText(i), 1).first(), left.at(i).oldLineNo);
            if (right.at(i).newLineNo > 0)
                QCOMPARE(marginNumbers(sbs->newPane()->marginText(i), 1).first(), right.at(i).newLineNo);
        }

        // Selecting in the new pane picks only its lines: additions, never the deletions opposite.
        QSignalSpy spy(&view, &DiffView::stageLinesRequested);
        sbs->newPane()->selectRows(0, int(right.size()) - 1);
        QVERIFY(view.stageLinesButton()->isEnabled());
        view.stageLinesButton()->click();
        QCOMPARE(spy.size(), 1);
        QList<DiffLineRef> additions;
        for (const GitRow &g : m.gitRows) {
            if (g.kind == '+')
                additions.append({g.hunk, g.line});
        }
        QCOMPARE(spy.at(0).at(1).value<QList<DiffLineRef>>(), additions);
    }

    void sideBySideScrollsTogether()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("long.txt"), numbered(400, "line "), QStringLiteral("init"));
        repo.write(QStringLiteral("long.txt"), numbered(400, "changed line "));
        auto opened = Repository::open(repo.path());
        QVERIFY(opened.ok());
        auto diff = DiffReader::fileDiff(*opened, DiffKind::IndexToWorkdir, QStringLiteral("long.txt"));
        QVERIFY(diff.ok());
        DiffView view;
        view.resize(900, 400);
        view.setViewLayout(DiffView::Layout::SideBySide);
        view.setDiff(*diff, DiffView::Mode::Unstaged);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        SideBySideDiffEditor *sbs = view.sideBySideEditor();
        sbs->newPane()->setFirstVisibleRow(150);
        QTRY_COMPARE(sbs->oldPane()->firstVisibleRow(), 150);
        sbs->oldPane()->setFirstVisibleRow(40);
        QTRY_COMPARE(sbs->newPane()->firstVisibleRow(), 40);
        // Showing the same file again keeps the place.
        view.setDiff(*diff, DiffView::Mode::Unstaged);
        QTRY_COMPARE(sbs->newPane()->firstVisibleRow(), 40);
    }

    void placeholders()
    {
        TestRepo repo;
        QByteArray binary(3 * 1024, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char(i * 7);
        repo.commitFile(QStringLiteral("image.bin"), binary, QStringLiteral("binary"));
        repo.commitFile(QStringLiteral("big.txt"), numbered(50, "row "), QStringLiteral("big"));
        repo.commitFile(QStringLiteral("tool.sh"), "echo hi\n", QStringLiteral("tool"));
        repo.commitFile(QStringLiteral("old-name.txt"), numbered(20, "text "), QStringLiteral("rename me"));
        binary[5] = 'x';
        repo.write(QStringLiteral("image.bin"), binary);
        repo.write(QStringLiteral("big.txt"), numbered(60, "row "));
        repo.git({"update-index", "--chmod=+x", "tool.sh"});
        repo.git({"mv", "old-name.txt", "new-name.txt"});
        auto opened = Repository::open(repo.path());
        QVERIFY(opened.ok());

        DiffView view;
        QCOMPARE(view.placeholder()->kind(), DiffPlaceholder::Kind::NothingSelected);

        auto bin = DiffReader::fileDiff(*opened, DiffKind::IndexToWorkdir, QStringLiteral("image.bin"));
        QVERIFY(bin.ok() && bin->binary);
        view.setDiff(*bin, DiffView::Mode::Unstaged);
        QCOMPARE(view.placeholder()->kind(), DiffPlaceholder::Kind::Binary);
        QVERIFY(view.placeholder()->isVisibleTo(&view));
        QCOMPARE(view.placeholder()->title(), QStringLiteral("Binary file — 3.0 KB, not shown"));
        QVERIFY(!view.stageLinesButton()->isVisibleTo(&view));

        DiffOptions small;
        small.largeFileThreshold = 100;
        auto big = DiffReader::fileDiff(*opened, DiffKind::IndexToWorkdir, QStringLiteral("big.txt"), small);
        QVERIFY(big.ok() && big->tooLarge);
        view.setDiff(*big, DiffView::Mode::Unstaged);
        QCOMPARE(view.placeholder()->kind(), DiffPlaceholder::Kind::TooLarge);
        QVERIFY(view.placeholder()->title().startsWith(QStringLiteral("Large file, ")));
        QVERIFY(view.placeholder()->showAnywayButton()->isVisibleTo(&view));
        QSignalSpy showAnyway(&view, &DiffView::showLargeFileRequested);
        QTest::mouseClick(view.placeholder()->showAnywayButton(), Qt::LeftButton);
        QCOMPARE(showAnyway.size(), 1);
        QCOMPARE(showAnyway.at(0).at(0).toString(), QStringLiteral("big.txt"));
        small.forceLarge = true;
        auto forced = DiffReader::fileDiff(*opened, DiffKind::IndexToWorkdir, QStringLiteral("big.txt"), small);
        QVERIFY(forced.ok() && !forced->tooLarge);
        view.setDiff(*forced, DiffView::Mode::Unstaged);
        QVERIFY(view.unifiedEditor()->isVisibleTo(&view));
        QVERIFY(view.unifiedEditor()->text().contains(QStringLiteral("row 60;")));

        auto mode = DiffReader::fileDiff(*opened, DiffKind::HeadToIndex, QStringLiteral("tool.sh"));
        QVERIFY(mode.ok());
        view.setDiff(*mode, DiffView::Mode::Staged);
        QCOMPARE(view.placeholder()->kind(), DiffPlaceholder::Kind::ModeChangeOnly);
        QVERIFY(view.placeholder()->detail().contains(QStringLiteral("100644 → 100755")));

        auto renamed = DiffReader::fileDiff(*opened, DiffKind::HeadToIndex, QStringLiteral("new-name.txt"));
        QVERIFY(renamed.ok());
        view.setDiff(*renamed, DiffView::Mode::Staged);
        QCOMPARE(view.placeholder()->kind(), DiffPlaceholder::Kind::RenameOnly);
        QVERIFY(view.placeholder()->detail().contains(QStringLiteral("old-name.txt → new-name.txt")));

        DiffFile unchanged;
        unchanged.newPath = QStringLiteral("same.txt");
        unchanged.status = DeltaStatus::Unmodified;
        view.setDiff(unchanged, DiffView::Mode::Commit);
        QCOMPARE(view.placeholder()->kind(), DiffPlaceholder::Kind::NoChanges);
        QCOMPARE(view.placeholder()->title(), QStringLiteral("No changes"));

        view.clear();
        QCOMPARE(view.placeholder()->kind(), DiffPlaceholder::Kind::NothingSelected);
        QVERIFY(!view.hasDiff());
    }

    void lexerByFileName()
    {
        QObject owner;
        QVERIFY(isCppLexer(DiffLexerFactory::create(QStringLiteral("x.cpp"), false, &owner)));
        QVERIFY(isCppLexer(DiffLexerFactory::create(QStringLiteral("src/x.hpp"), false, &owner)));
        QVERIFY(!DiffLexerFactory::create(QStringLiteral("x.unknown"), false, &owner));
        QVERIFY(!DiffLexerFactory::create(QString(), false, &owner));
#ifndef GANTRY_HAVE_KSYNTAXHIGHLIGHTING
        QVERIFY(qobject_cast<QsciLexerPython *>(DiffLexerFactory::create(QStringLiteral("a/b/tool.py"), false, &owner)));
        QVERIFY(qobject_cast<QsciLexerCMake *>(DiffLexerFactory::create(QStringLiteral("CMakeLists.txt"), false, &owner)));
        QVERIFY(qobject_cast<QsciLexerCPP *>(DiffLexerFactory::create(QStringLiteral("src/x.H"), false, &owner)));
        QVERIFY(!DiffLexerFactory::create(QStringLiteral("README"), false, &owner));
#endif
    }

    void unusualLinesKeepRowsAligned()
    {
        // A stray CR or NUL inside a line must not split or cut the row; a missing final newline
        // shows as a note, with the same space kept on the other side-by-side pane.
        DiffFile file;
        file.oldPath = file.newPath = QStringLiteral("data.txt");
        DiffHunk hunk;
        hunk.oldStart = hunk.newStart = 1;
        hunk.oldLines = 2;
        hunk.newLines = 2;
        hunk.header = QStringLiteral("@@ -1,2 +1,2 @@");
        hunk.lines = {{DiffLine::Origin::Context, 1, 1, QStringLiteral("a\rb"), false, false},
                      {DiffLine::Origin::Deletion, 2, -1, QStringLiteral("end"), true, false},
                      {DiffLine::Origin::Addition, -1, 2, QStringLiteral("end")+QChar(0)+QStringLiteral("x"), false, false}};
        file.hunks = {hunk};
        DiffView view;
        view.setDiff(file, DiffView::Mode::Commit);
        QCOMPARE(view.unifiedEditor()->lines(), 4);
        QCOMPARE(view.unifiedEditor()->SendScintilla(QsciScintillaBase::SCI_ANNOTATIONGETLINES, 2UL), 1L);
        view.setViewLayout(DiffView::Layout::SideBySide);
        SideBySideDiffEditor *sbs = view.sideBySideEditor();
        QCOMPARE(sbs->oldPane()->lines(), 3);
        QCOMPARE(sbs->newPane()->lines(), 3);
        QCOMPARE(sbs->oldPane()->SendScintilla(QsciScintillaBase::SCI_ANNOTATIONGETLINES, 2UL), 1L);
        QCOMPARE(sbs->newPane()->SendScintilla(QsciScintillaBase::SCI_ANNOTATIONGETLINES, 2UL), 1L);
    }

    void narrowPaneElidesThePathInTheMiddle()
    {
        TestRepo repo;
        const QString path = QStringLiteral("services/forecasting/internal/models/skylark/forecast_models.py");
        repo.commitFile(path, "a = 1\n", QStringLiteral("init"));
        repo.write(path, "a = 1\nb = 2\nc = 3\nd = 4\ne = 5\n");
        auto opened = Repository::open(repo.path());
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        auto diff = DiffReader::fileDiff(*opened, DiffKind::IndexToWorkdir, path);
        QVERIFY2(diff.ok(), qPrintable(diff.errorMessage()));
        const QByteArray numstat = repo.git({"diff", "--numstat", "--", path});
        QVERIFY(numstat.startsWith("4\t0\t"));

        DiffView view;
        view.resize(1400, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDiff(*diff, DiffView::Mode::Unstaged);
        QTRY_COMPARE(view.pathLabel()->displayedText(), path);
        QCOMPARE(view.pathLabel()->toolTip(), path);
        QVERIFY(view.detailLabel()->text().contains(QStringLiteral("+4")));

        // Narrow: the path is shortened in the middle, never dropped, and the "+4" stays beside it.
        view.resize(560, 400);
        QTRY_VERIFY(view.pathLabel()->isElided());
        QVERIFY(view.grab().save(screenshotPath(QStringLiteral("narrow"))));
        const QString shown = view.pathLabel()->displayedText();
        QVERIFY2(shown.contains(QChar(0x2026)), qPrintable(shown));
        QVERIFY2(shown.size() >= 8, qPrintable(shown));
        QVERIFY2(shown.startsWith(QStringLiteral("se")), qPrintable(shown));
        QVERIFY2(shown.endsWith(QStringLiteral("py")), qPrintable(shown));
        QCOMPARE(view.pathLabel()->toolTip(), path);
        QVERIFY(view.pathLabel()->width() > 0);
        QVERIFY(view.pathLabel()->geometry().right() < view.detailLabel()->geometry().left());
        QVERIFY(view.detailLabel()->isVisible());

        // Wide again: the whole path.
        view.resize(1400, 400);
        QTRY_COMPARE(view.pathLabel()->displayedText(), path);
    }

    void optionsAreEmitted()
    {
        DiffView view;
        DiffOptions options;
        options.contextLines = 5;
        options.whitespace = DiffOptions::Whitespace::IgnoreAtEol;
        QSignalSpy spy(&view, &DiffView::optionsChanged);
        view.setOptions(options);
        QCOMPARE(spy.size(), 0);
        QCOMPARE(view.contextSpinBox()->value(), 5);
        view.whitespaceCombo()->setCurrentIndex(view.whitespaceCombo()->findData(int(DiffOptions::Whitespace::IgnoreAll)));
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.at(0).at(0).value<DiffOptions>().whitespace == DiffOptions::Whitespace::IgnoreAll);
        QCOMPARE(spy.at(0).at(0).value<DiffOptions>().contextLines, 5);
        view.contextSpinBox()->setValue(10);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<DiffOptions>().contextLines, 10);
        QCOMPARE(view.options().contextLines, 10);
    }

    void screenshots()
    {
        ModifiedRepo m;
        DiffView view;
        view.resize(1100, 560);
        view.setDiff(m.file, DiffView::Mode::Unstaged);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.unifiedEditor()->selectRows(4, 5);
        QVERIFY(view.grab().save(screenshotPath(QStringLiteral("unified"))));
        view.setViewLayout(DiffView::Layout::SideBySide);
        QVERIFY(view.grab().save(screenshotPath(QStringLiteral("side-by-side"))));

        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x24, 0x29, 0x2f));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xed, 0xf3));
        dark.setColor(QPalette::Base, QColor(0x0d, 0x11, 0x17));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xed, 0xf3));
        dark.setColor(QPalette::Button, QColor(0x30, 0x36, 0x3d));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xed, 0xf3));
        view.setPalette(dark);
        view.setViewLayout(DiffView::Layout::Unified);
        QVERIFY(view.grab().save(screenshotPath(QStringLiteral("unified-dark"))));
    }
};

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
