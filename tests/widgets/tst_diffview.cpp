#include "gitcore/DiffReader.h"
#include "gitcore/Repository.h"
#include "gitcore/Staging.h"
#include "support/TestRepo.h"
#include "support/gui/DiffViewFixture.h"
#include "widgets/DiffLexerFactory.h"
#include "widgets/DiffPlaceholder.h"
#include "widgets/DiffView.h"
#include "widgets/HunkHeaderButtons.h"
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

/// The diff view on real diffs: text and margins against git, line selection → DiffLineRefs,
/// placeholders, lexers, options, screenshots (side by side: tst_sidebysidediff).
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

    /// Each hunk header carries its own buttons: Stage Hunk and Discard Hunk… on unstaged changes,
    /// Unstage Hunk on staged ones, none on a commit; they sit on their header's row and act on
    /// their own hunk, wherever the cursor is — in the unified and the side-by-side layout.
    void hunkHeadersCarryButtons()
    {
        ModifiedRepo m;
        QVERIFY(m.file.hunks.size() >= 2);
        DiffView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDiff(m.file, DiffView::Mode::Unstaged);
        HunkHeaderButtons *buttons = view.hunkHeaderButtons(0);
        QVERIFY(buttons);
        QTRY_VERIFY(buttons->button(1, HunkHeaderButtons::Action::Stage));
        QToolButton *stageSecond = buttons->button(1, HunkHeaderButtons::Action::Stage);
        QVERIFY(stageSecond->isVisible());
        QCOMPARE(stageSecond->text(), QStringLiteral("Stage Hunk"));
        QVERIFY(buttons->button(0, HunkHeaderButtons::Action::Discard));
        QVERIFY(!buttons->button(0, HunkHeaderButtons::Action::Unstage));
        // On its header's row, at the right.
        UnifiedDiffEditor *editor = view.unifiedEditor();
        int header = -1;
        for (int row = 0; row < editor->rows().size(); ++row)
            if (editor->rows()[row].kind == UnifiedDiffEditor::Row::Kind::HunkHeader && editor->rows()[row].hunk == 1)
                header = row;
        QVERIFY(header > 0);
        const long position = editor->positionFromLineIndex(header, 0);
        const int y = int(editor->SendScintilla(QsciScintilla::SCI_POINTYFROMPOSITION, 0UL, position));
        QVERIFY2(stageSecond->geometry().top() >= y - 2 && stageSecond->geometry().top() <= y + 6,
                 qPrintable(QStringLiteral("button at %1, row at %2").arg(stageSecond->geometry().top()).arg(y)));
        QVERIFY(stageSecond->geometry().right() > editor->viewport()->width() / 2);

        QSignalSpy stage(&view, &DiffView::stageHunkRequested);
        QSignalSpy discard(&view, &DiffView::discardHunkRequested);
        editor->setCursorPosition(1, 0); // the cursor in hunk 0 does not matter
        QTest::mouseClick(stageSecond, Qt::LeftButton);
        QCOMPARE(stage.size(), 1);
        QCOMPARE(stage.at(0).at(0).toString(), m.file.path());
        QCOMPARE(stage.at(0).at(1).toInt(), 1);
        QTest::mouseClick(buttons->button(0, HunkHeaderButtons::Action::Discard), Qt::LeftButton);
        QCOMPARE(discard.size(), 1);
        QCOMPARE(discard.at(0).at(1).toInt(), 0);

        // Scrolled so that the first header is off screen, its buttons go with it.
        view.resize(900, 160);
        QTRY_VERIFY(editor->SendScintilla(QsciScintilla::SCI_LINESONSCREEN) < editor->lines() - header);
        editor->setFirstVisibleRow(header);
        QTRY_COMPARE(editor->firstVisibleRow(), header);
        QTRY_VERIFY(!buttons->button(0, HunkHeaderButtons::Action::Stage));
        QVERIFY(buttons->button(1, HunkHeaderButtons::Action::Stage));

        view.setDiff(m.file, DiffView::Mode::Staged);
        QTRY_VERIFY(buttons->button(1, HunkHeaderButtons::Action::Unstage));
        QVERIFY(!buttons->button(1, HunkHeaderButtons::Action::Stage));
        QSignalSpy unstage(&view, &DiffView::unstageHunkRequested);
        QTest::mouseClick(buttons->button(1, HunkHeaderButtons::Action::Unstage), Qt::LeftButton);
        QCOMPARE(unstage.size(), 1);
        QCOMPARE(unstage.at(0).at(1).toInt(), 1);

        view.setDiff(m.file, DiffView::Mode::Commit);
        QVERIFY(buttons->actions().isEmpty());
        QVERIFY(!buttons->button(1, HunkHeaderButtons::Action::Unstage));

        // Side by side: the new pane's headers carry them.
        view.setDiff(m.file, DiffView::Mode::Unstaged);
        view.setViewLayout(DiffView::Layout::SideBySide);
        QTRY_VERIFY(view.hunkHeaderButtons(1)->button(0, HunkHeaderButtons::Action::Stage));
        QTest::mouseClick(view.hunkHeaderButtons(1)->button(0, HunkHeaderButtons::Action::Stage), Qt::LeftButton);
        QCOMPARE(stage.size(), 2);
        QCOMPARE(stage.at(1).at(1).toInt(), 0);
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

    void shortPathIsShownWholeInA900PxPane()
    {
        // The demo's skylark/cache.py in the width the window gives the diff (about 900 px).
        TestRepo repo;
        const QString path = QStringLiteral("skylark/cache.py");
        repo.commitFile(path, "a = 1\n", QStringLiteral("init"));
        repo.write(path, "a = 2\nb = 3\n");
        auto opened = Repository::open(repo.path());
        QVERIFY(opened);
        auto diff = DiffReader::fileDiff(*opened, DiffKind::IndexToWorkdir, path);
        QVERIFY2(diff.ok(), qPrintable(diff.errorMessage()));
        for (const DiffView::Mode mode : {DiffView::Mode::Unstaged, DiffView::Mode::Staged, DiffView::Mode::Commit}) {
            DiffView view;
            view.resize(900, 400);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.setDiff(*diff, mode);
            QTRY_COMPARE(view.pathLabel()->displayedText(), path);
            QVERIFY(!view.pathLabel()->isElided());
            // And everything beside it fits: nothing of the toolbar is squeezed or pushed out of the view.
            const auto squeezed = [&view] {
                for (QWidget *w : view.pathLabel()->parentWidget()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
                    if (w->isVisible() && (w->geometry().right() >= view.width() || w->width() < w->minimumSizeHint().width()))
                        return w->objectName() + QStringLiteral(" %1 %2").arg(w->geometry().right()).arg(w->width());
                return QString();
            };
            QTRY_VERIFY2(squeezed().isEmpty(), qPrintable(squeezed()));
            QVERIFY2(view.minimumSizeHint().width() <= 900, qPrintable(QString::number(view.minimumSizeHint().width())));
            if (mode == DiffView::Mode::Unstaged)
                QVERIFY(view.grab().save(screenshotPath(QStringLiteral("900px-short-path"))));
        }
        // Hidden whitespace changes are said beside the counts, and the path stays whole.
        DiffView view;
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDiff(*diff, DiffView::Mode::Unstaged);
        QVERIFY(!view.detailLabel()->text().contains(QStringLiteral("whitespace ignored")));
        view.whitespaceAction(DiffOptions::Whitespace::IgnoreAll)->trigger();
        QVERIFY(view.detailLabel()->text().contains(QStringLiteral("whitespace ignored")));
        QTRY_COMPARE(view.pathLabel()->displayedText(), path);
        QVERIFY(view.optionsButton()->toolTip().contains(QStringLiteral("ignore all whitespace")));
        {
        }
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
        QVERIFY(view.whitespaceAction(DiffOptions::Whitespace::IgnoreAtEol)->isChecked());  // setOptions() shows them
        view.whitespaceAction(DiffOptions::Whitespace::IgnoreAll)->trigger();
        QVERIFY(!view.whitespaceAction(DiffOptions::Whitespace::IgnoreAtEol)->isChecked());
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
