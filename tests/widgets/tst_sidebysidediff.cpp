#include "gitcore/DiffReader.h"
#include "gitcore/Repository.h"
#include "gitcore/Staging.h"
#include "support/TestRepo.h"
#include "support/gui/DiffViewFixture.h"
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
using namespace gantry::difftest;
using Row = UnifiedDiffEditor::Row;

/// The side-by-side diff: rows aligned against git's diff, scrolling together, and unusual lines
/// (a stray CR or NUL, no final newline) keeping both panes' rows aligned.
class TestSideBySideDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<gantry::DiffLineRef>>();
        qRegisterMetaType<gantry::DiffOptions>();
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
};

QTEST_MAIN(TestSideBySideDiff)
#include "tst_sidebysidediff.moc"
