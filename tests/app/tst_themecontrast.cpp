#include "app/MainWindow.h"
#include "app/PipelinesTab.h"
#include "app/RepositoryTab.h"
#include "app/ThemePalette.h"
#include "gitcore/DiffReader.h"
#include "gitcore/LibGit2.h"
#include "gitcore/Repository.h"
#include "support/TestRepo.h"
#include "support/gui/ContrastProbe.h"
#include "support/gui/DiffViewFixture.h"
#include "support/gui/PipelinesTestKit.h"
#include "widgets/CommitBox.h"
#include "widgets/CommitDetailsPane.h"
#include "widgets/DiffView.h"
#include "widgets/WorkingTreeModel.h"
#include "widgets/WorkingTreeView.h"
#include "widgets/HistoryModel.h"
#include "widgets/HistoryView.h"
#include "widgets/IdentityDialog.h"
#include "widgets/NewWorkflowDialog.h"
#include "widgets/RefBadgePainter.h"
#include "widgets/SideBySideDiffEditor.h"
#include "widgets/UnifiedDiffEditor.h"
#include "widgets/WorkflowTextEditor.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSet>
#include <QStyleOptionViewItem>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>

using namespace gantry;
using namespace gantry::themeprobe;

namespace {

const QByteArray kWorkflow = "# Build and test on every push.\n"
                             "---\n"
                             "name: CI\n"
                             "on:\n"
                             "  push:\n"
                             "    branches: [main, \"release/**\"]\n"
                             "env:\n"
                             "  RETRIES: 3\n"
                             "  VERBOSE: true\n"
                             "  NOTHING: null\n"
                             "defaults: &defaults\n"
                             "  runs-on: ubuntu-22.04\n"
                             "jobs:\n"
                             "  build:\n"
                             "    <<: *defaults\n"
                             "    timeout-minutes: 30\n"
                             "    steps:\n"
                             "      - uses: actions/checkout@v4\n"
                             "      - name: Build\n"
                             "        run: |\n"
                             "          cmake -B build\n"
                             "          cmake --build build\n"
                             "      - run: echo 'done' # a trailing comment\n";

const QByteArray kPythonOld = "\"\"\"Cache helpers.\"\"\"\n"
                              "import os\n"
                              "\n"
                              "\n"
                              "class Cache:\n"
                              "    # Entries live for an hour.\n"
                              "    ttl = 3600\n"
                              "\n"
                              "    def get(self, key):\n"
                              "        return self.items.get(key, 'missing')\n";
const QByteArray kPythonNew = "\"\"\"Cache helpers.\"\"\"\n"
                              "import os\n"
                              "\n"
                              "\n"
                              "@dataclass\n"
                              "class Cache:\n"
                              "    # Entries live for a day.\n"
                              "    ttl = 86400\n"
                              "\n"
                              "    def get(self, key, default=None):\n"
                              "        return self.items.get(key, default or \"missing\")\n";
const QByteArray kYamlOld = kWorkflow;
QByteArray yamlNew()
{
    QByteArray text = kWorkflow;
    text.replace("RETRIES: 3", "RETRIES: 5");
    text.replace("      - run: echo 'done' # a trailing comment\n",
                 "      - name: Test\n        run: ctest --test-dir build\n");
    return text;
}

} // namespace

/// Every QScintilla view, and the history's ref badges, in the light and the dark palette: each
/// character of real content (a workflow, C++/Python/YAML diffs) against the background it is
/// drawn on, the margins, and the badges of a selected history row, at WCAG AA.
class TestThemeContrast : public QObject
{
    Q_OBJECT

    TestRepo m_diffs;
    QHash<QString, DiffFile> m_files;

    static ThemePalette::Theme theme(const QString &name)
    {
        return name == QLatin1String("dark") ? ThemePalette::Theme::Dark : ThemePalette::Theme::Light;
    }

    static void themes()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    /// With GANTRY_THEME_SHOTS set, a picture of `widget` for review in build/screenshots.
    static void saveShot(QWidget *widget, const QString &name)
    {
        if (qEnvironmentVariableIsSet("GANTRY_THEME_SHOTS"))
            widget->grab().save(testkit::screenshotPath(
                QStringLiteral("theme-%1.png").arg(name.toLower().replace(QLatin1String("++"), QLatin1String("pp")))));
    }

    /// Every problem as a warning of its own; the count and the first one for the failure.
    static QString summary(const QStringList &problems)
    {
        for (const QString &problem : problems)
            qWarning().noquote() << problem;
        return QStringLiteral("%1 problem(s), the first: %2").arg(problems.size()).arg(problems.value(0));
    }

    QList<QPair<QString, DiffFile>> diffs() const
    {
        return {{QStringLiteral("C++"), m_files.value(QStringLiteral("src/main.cpp"))},
                {QStringLiteral("Python"), m_files.value(QStringLiteral("skylark/cache.py"))},
                {QStringLiteral("YAML"), m_files.value(QStringLiteral(".github/workflows/ci.yml"))}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        ensureLibgit2();
        m_diffs.write(QStringLiteral("src/main.cpp"), difftest::kOriginal);
        m_diffs.write(QStringLiteral("skylark/cache.py"), kPythonOld);
        m_diffs.write(QStringLiteral(".github/workflows/ci.yml"), kYamlOld);
        m_diffs.git({QStringLiteral("add"), QStringLiteral("-A")});
        m_diffs.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("init")});
        m_diffs.write(QStringLiteral("src/main.cpp"), difftest::kModified);
        m_diffs.write(QStringLiteral("skylark/cache.py"), kPythonNew);
        m_diffs.write(QStringLiteral(".github/workflows/ci.yml"), yamlNew());
        auto repo = Repository::open(m_diffs.path());
        QVERIFY2(repo.ok(), qPrintable(repo.errorMessage()));
        for (const QString &path : {QStringLiteral("src/main.cpp"), QStringLiteral("skylark/cache.py"),
                                    QStringLiteral(".github/workflows/ci.yml")}) {
            auto diff = DiffReader::fileDiff(*repo, DiffKind::IndexToWorkdir, path);
            QVERIFY2(diff.ok(), qPrintable(diff.errorMessage()));
            QVERIFY(!diff->hunks.isEmpty());
            m_files.insert(path, *diff);
        }
    }

    void cleanup() { ThemePalette::apply(ThemePalette::Theme::Light); }

    void workflowEditor_data() { themes(); }
    void workflowEditor()
    {
        QFETCH(QString, theme);
        ThemePalette::apply(TestThemeContrast::theme(theme));
        WorkflowTextEditor editor;
        editor.setBytes(kWorkflow);
        const QStringList problems = editorProblems(&editor, QApplication::palette(), QStringLiteral("workflow"));
        saveShot(&editor, QStringLiteral("workflow-%1").arg(theme));
        QVERIFY2(problems.isEmpty(), qPrintable(summary(problems)));
    }

    void unifiedDiff_data() { themes(); }
    void unifiedDiff()
    {
        QFETCH(QString, theme);
        ThemePalette::apply(TestThemeContrast::theme(theme));
        QStringList problems;
        for (const auto &[language, file] : diffs()) {
            UnifiedDiffEditor editor;
            editor.setFile(file);
            problems += editorProblems(&editor, QApplication::palette(), QStringLiteral("unified %1 diff").arg(language));
            saveShot(&editor, QStringLiteral("unified-%1-%2").arg(language, theme));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(summary(problems)));
    }

    void sideBySideDiff_data() { themes(); }
    void sideBySideDiff()
    {
        QFETCH(QString, theme);
        ThemePalette::apply(TestThemeContrast::theme(theme));
        QStringList problems;
        for (const auto &[language, file] : diffs()) {
            SideBySideDiffEditor editor;
            editor.setFile(file);
            problems += editorProblems(editor.oldPane(), QApplication::palette(), QStringLiteral("old side of the %1 diff").arg(language));
            problems += editorProblems(editor.newPane(), QApplication::palette(), QStringLiteral("new side of the %1 diff").arg(language));
            saveShot(&editor, QStringLiteral("side-by-side-%1-%2").arg(language, theme));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(summary(problems)));
    }

    /// Every style of every lexer a diff can use, as configured: its text on its paper, and the
    /// paper the palette's base (the content above exercises only some of the styles).
    void everyLexersStyles_data() { themes(); }
    void everyLexersStyles()
    {
        QFETCH(QString, theme);
        ThemePalette::apply(TestThemeContrast::theme(theme));
        const QColor base = QApplication::palette().color(QPalette::Base);
        QStringList problems;
        int lexers = 0;
        for (const char *name : {"a.cpp", "a.cs", "A.java", "a.js", "a.json", "a.py", "a.yml", "a.md", "a.sh",
                                 "CMakeLists.txt", "a.html", "a.xml", "a.css", "a.rb", "a.lua", "a.pl", "a.sql",
                                 "a.diff", "Makefile", "a.ini", "a.tex", "a.bat", "a.pas", "a.d", "a.f90", "a.tcl",
                                 "a.v", "a.vhd", "a.po", "Dockerfile"}) {
            UnifiedDiffEditor editor;
            UnifiedDiffEditor::Row row;
            row.oldLineNo = row.newLineNo = 1;
            row.text = QStringLiteral("x");
            editor.setRows({row}, UnifiedDiffEditor::Columns::OldAndNew, QString::fromLatin1(name));
            QsciLexer *lexer = editor.lexer();
            if (!lexer)
                continue;
            ++lexers;
            for (int style = 0; style < 128; ++style) {
                if (lexer->description(style).isEmpty())
                    continue;
                const QColor fore = styleFore(&editor, style);
                const QColor back = styleBack(&editor, style);
                if (back != base || contrast(fore, back) < kText)
                    problems << QStringLiteral("%1 (%2): %3 %4")
                                    .arg(QLatin1String(name), QLatin1String(lexer->language()), styleName(&editor, style),
                                         describe(fore, back));
            }
        }
        QVERIFY(lexers >= 25);
        QVERIFY2(problems.isEmpty(), qPrintable(summary(problems)));
    }

    /// Views made in one palette follow a switch to the other.
    void viewsFollowAPaletteChange_data() { themes(); }
    void viewsFollowAPaletteChange()
    {
        QFETCH(QString, theme);
        const ThemePalette::Theme target = TestThemeContrast::theme(theme);
        ThemePalette::apply(target == ThemePalette::Theme::Dark ? ThemePalette::Theme::Light : ThemePalette::Theme::Dark);
        WorkflowTextEditor workflow;
        workflow.setBytes(kWorkflow);
        UnifiedDiffEditor unified;
        unified.setFile(m_files.value(QStringLiteral("skylark/cache.py")));
        render(&workflow);
        render(&unified);
        ThemePalette::apply(target);
        QCoreApplication::processEvents();
        QStringList problems = editorProblems(&workflow, QApplication::palette(), QStringLiteral("workflow after the switch"));
        problems += editorProblems(&unified, QApplication::palette(), QStringLiteral("unified diff after the switch"));
        QVERIFY2(problems.isEmpty(), qPrintable(summary(problems)));
    }

    /// Status text (a summary too long, a problem in a dialog) in the colours of warnings and
    /// errors, readable where it is shown.
    void statusText_data() { themes(); }
    void statusText()
    {
        QFETCH(QString, theme);
        ThemePalette::apply(TestThemeContrast::theme(theme));
        QStringList problems;
        {
            CommitBox box;
            box.summaryEdit()->setText(QString(51, QLatin1Char('x')));
            QVERIFY(box.counterState() == CommitBox::CounterState::Warning);
            problems << labelProblem(box.counterLabel(), QStringLiteral("the summary counter's warning"));
            box.summaryEdit()->setText(QString(73, QLatin1Char('x')));
            QVERIFY(box.counterState() == CommitBox::CounterState::Error);
            problems << labelProblem(box.counterLabel(), QStringLiteral("the summary counter's error"));
            box.summaryEdit()->setText(QStringLiteral("Fix"));
            QVERIFY(box.counterState() == CommitBox::CounterState::Normal);
            problems << labelProblem(box.counterLabel(), QStringLiteral("the summary counter"));
        }
        {
            IdentityDialog dialog;
            dialog.setName(QStringLiteral("Ada"));
            dialog.setEmail(QStringLiteral("ada at example"));
            problems << labelProblem(dialog.findChild<QLabel *>(QStringLiteral("identityProblem")),
                                     QStringLiteral("the identity dialog's problem"));
        }
        {
            NewWorkflowDialog dialog({QStringLiteral("ci.yml")});
            auto *name = dialog.findChild<QLineEdit *>();
            QVERIFY(name);
            for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
                edit->setText(QStringLiteral("ci.yml"));
            problems << labelProblem(dialog.findChild<QLabel *>(QStringLiteral("newWorkflowProblem")),
                                     QStringLiteral("the new workflow dialog's problem"));
        }
        problems.removeAll(QString());
        QVERIFY2(problems.isEmpty(), qPrintable(summary(problems)));
    }

    /// The Pipelines workspace of a real window: the YAML editor where it lives, and the
    /// findings list's error and warning colours on the list's background.
    void pipelinesWorkspace_data() { themes(); }
    void pipelinesWorkspace()
    {
        QFETCH(QString, theme);
        ThemePalette::apply(TestThemeContrast::theme(theme));
        TestRepo repo;
        QByteArray workflow = kWorkflow;
        workflow += "  broken:\n"
                    "    steps:\n"
                    "      - run: echo ${{ secrets }}\n"
                    "    timeout-minutes: soon\n";
        repo.commitFile(QStringLiteral(".github/workflows/ci.yml"), workflow, QStringLiteral("ci: add the workflow"));
        testkit::MainWindowTestKit windows;
        QVERIFY(windows.isValid());
        auto window = windows.makeWindow();
        PipelinesTab *pipelines = testkit::openPipelines(*window, repo.path());
        QTRY_VERIFY(pipelines->findingsList()->topLevelItemCount() > 0);
        QStringList problems = editorProblems(pipelines->textEditor(), QApplication::palette(), QStringLiteral("Pipelines YAML"));
        QTreeWidget *findings = pipelines->findingsList();
        const QColor base = findings->palette().color(QPalette::Base);
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = findings->topLevelItem(i);
            const QColor fore = item->foreground(1).style() == Qt::NoBrush ? findings->palette().color(QPalette::Text)
                                                                            : item->foreground(1).color();
            if (contrast(fore, base) < kText)
                problems << QStringLiteral("finding \"%1\": %2").arg(item->text(1), describe(fore, base));
        }
        if (qEnvironmentVariableIsSet("GANTRY_THEME_SHOTS"))
            window->grab().save(testkit::screenshotPath(QStringLiteral("theme-pipelines-%1.png").arg(theme)));
        QVERIFY2(problems.isEmpty(), qPrintable(summary(problems)));
    }

    /// The window at 1600×1000 on the demo repository: History with a selected decorated row and
    /// a commit's diff, Changes with a diff unified and side by side, and Pipelines; each editor
    /// measured where it is shown. The pictures go to build/screenshots/theme-*.png.
    void demoWindow_data() { themes(); }
    void demoWindow()
    {
        QFETCH(QString, theme);
        ThemePalette::apply(TestThemeContrast::theme(theme));
        QTemporaryDir root;
        const QString demo = root.filePath(QStringLiteral("skylark"));
        QProcess make;
        make.start(qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/scripts/make-demo-repo"), {demo});
        QVERIFY(make.waitForFinished(300000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
        testkit::MainWindowTestKit windows;
        QVERIFY(windows.isValid());
        auto window = windows.makeWindow();
        window->resize(1600, 1000);
        auto shot = [&](const QString &name) {
            QTest::qWait(100);  // let the last repaint land before the picture
            QVERIFY(window->grab().save(testkit::screenshotPath(QStringLiteral("theme-%1-%2.png").arg(name, theme))));
        };
        QStringList problems;
        const QPalette palette = QApplication::palette();

        RepositoryTab *tab = testkit::MainWindowTestKit::open(*window, demo, RepositoryTab::Workspace::History);
        HistoryView *history = tab->historyView();
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowCount() > 50 && !history->isLoading(), 30000);
        int decorated = -1;
        for (int row = 0; row < history->model()->rowCount() && decorated < 0; ++row) {
            const QModelIndex index = history->model()->index(row, HistoryModel::SubjectColumn);
            if (index.data(HistoryModel::RefsRole).value<RefBadgeList>().size() >= 2)
                decorated = row;
        }
        QVERIFY(decorated >= 0);
        const QModelIndex row = history->view()->model()->index(decorated, HistoryModel::SubjectColumn);
        history->view()->scrollTo(row);
        QTest::mouseClick(history->view()->viewport(), Qt::LeftButton, {}, history->view()->visualRect(row).center());
        CommitDetailsPane *details = tab->detailsPane();
        QTRY_VERIFY_WITH_TIMEOUT(!details->commit().isNull() && !details->isLoading()
                                     && details->fileList()->topLevelItemCount() > 0, 20000);
        QTreeWidgetItem *file = details->fileList()->topLevelItem(0);
        QTest::mouseClick(details->fileList()->viewport(), Qt::LeftButton, {}, details->fileList()->visualItemRect(file).center());
        QTRY_VERIFY_WITH_TIMEOUT(tab->historyDiffView()->hasDiff(), 20000);
        history->view()->setFocus();
        shot(QStringLiteral("history"));
        problems += editorProblems(tab->historyDiffView()->unifiedEditor(), palette, QStringLiteral("History's diff"), false);

        tab->setWorkspace(RepositoryTab::Workspace::Changes);
        WorkingTreeView *files = tab->workingTreeView();
        const QString changed = QStringLiteral("skylark/forecast.py");
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->fileIndex(WorkingTreeModel::Section::Unstaged, changed).isValid(), 20000);
        const QModelIndex changedIndex = files->model()->fileIndex(WorkingTreeModel::Section::Unstaged, changed);
        files->treeView()->scrollTo(changedIndex);
        QTest::mouseClick(files->treeView()->viewport(), Qt::LeftButton, {}, files->treeView()->visualRect(changedIndex).center());
        DiffView *diff = tab->changesDiffView();
        QTRY_VERIFY_WITH_TIMEOUT(diff->hasDiff() && diff->diff().path() == changed, 20000);
        shot(QStringLiteral("changes"));
        problems += editorProblems(diff->unifiedEditor(), palette, QStringLiteral("Changes' diff"), false);
        diff->setViewLayout(DiffView::Layout::SideBySide);
        QTRY_VERIFY(diff->sideBySideEditor()->isVisible());
        shot(QStringLiteral("changes-side-by-side"));
        problems += editorProblems(diff->sideBySideEditor()->oldPane(), palette, QStringLiteral("Changes' old side"), false);
        problems += editorProblems(diff->sideBySideEditor()->newPane(), palette, QStringLiteral("Changes' new side"), false);
        diff->setViewLayout(DiffView::Layout::Unified);

        window->pipelinesAction()->trigger();
        PipelinesTab *pipelines = tab->pipelinesTab();
        QCOMPARE(pipelines->openPath(), QStringLiteral(".github/workflows/ci.yml"));
        tab->setSidePanelVisible(false);
        QTest::qWait(50);
        pipelines->graphView()->fit();
        shot(QStringLiteral("pipelines"));
        problems += editorProblems(pipelines->textEditor(), palette, QStringLiteral("Pipelines' YAML"), false);
        tab->setSidePanelVisible(true);
        QVERIFY2(problems.isEmpty(), qPrintable(summary(problems)));
    }

    /// A history row with every kind of badge, painted by the view's delegate selected (focused
    /// and not) and not selected: each badge's text against its fill, and on a selected row the
    /// fill against the selection.
    void refBadgesOnSelectedRows_data() { themes(); }
    void refBadgesOnSelectedRows()
    {
        QFETCH(QString, theme);
        ThemePalette::apply(TestThemeContrast::theme(theme));
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("First"));
        repo.commitFile(QStringLiteral("a.txt"), "b\n", QStringLiteral("Second"));
        repo.git({QStringLiteral("tag"), QStringLiteral("v0.9")});
        repo.commitFile(QStringLiteral("a.txt"), "c\n", QStringLiteral("Third"));
        repo.git({QStringLiteral("tag"), QStringLiteral("v1.0")});
        repo.git({QStringLiteral("branch"), QStringLiteral("feature/ui")});
        repo.git({QStringLiteral("update-ref"), QStringLiteral("refs/remotes/origin/main"), QStringLiteral("main")});
        repo.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach"), QStringLiteral("main~1")});

        HistoryView view;
        view.resize(1400, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRepository(repo.path());
        QVERIFY(QTest::qWaitFor([&] { return !view.isLoading() && view.model()->rowCount() == 3; }, 30000));

        QFont font = view.view()->font();
        font.setPixelSize(22);  // glyph stems of several pixels: some are drawn in the full text colour
        QStringList problems;
        QSet<int> kinds;
        for (int row = 0; row < 2; ++row) {
            const QModelIndex index = view.model()->index(row, HistoryModel::SubjectColumn);
            const RefBadgeList badges = index.data(HistoryModel::RefsRole).value<RefBadgeList>();
            QVERIFY2(!badges.isEmpty(), qPrintable(QStringLiteral("row %1 has no refs").arg(row)));
            for (const RefBadge &badge : badges)
                kinds.insert(int(badge.kind));
            const std::pair<QStyle::State, const char *> states[] = {
                {QStyle::State_Selected | QStyle::State_Active, "selected"},
                {QStyle::State_Selected, "selected, unfocused"},
                {QStyle::State_Active, "not selected"}};
            for (const auto &[state, label] : states) {
                const bool selected = state & QStyle::State_Selected;
                QStyleOptionViewItem option;
                option.initFrom(view.view());
                option.state = QStyle::State_Enabled | state;
                option.palette.setCurrentColorGroup(state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive);
                option.font = font;
                option.fontMetrics = QFontMetrics(font);
                option.rect = QRect(0, 0, 1400, QFontMetrics(font).height() + 10);
                option.showDecorationSelected = true;
                option.widget = view.view();
                QImage image(option.rect.size(), QImage::Format_RGB32);
                image.fill(option.palette.color(QPalette::Base));
                {
                    QPainter painter(&image);
                    view.view()->itemDelegate()->paint(&painter, option, index);
                }
                const QString where = QStringLiteral("row %1 (%2)").arg(row).arg(QLatin1String(label));
                if (selected) {
                    const QPalette::ColorGroup group = option.palette.currentColorGroup();
                    const QColor highlight = option.palette.color(group, QPalette::Highlight);
                    const QColor highlighted = option.palette.color(group, QPalette::HighlightedText);
                    if (contrast(highlighted, highlight) < kText)
                        problems.append(QStringLiteral("%1: the subject %2").arg(where, describe(highlighted, highlight)));
                }
                problems += badgeProblems(image, badges, selected, where);
                if (selected && qEnvironmentVariableIsSet("GANTRY_THEME_SHOTS"))
                    image.save(difftest::screenshotPath(QStringLiteral("badges-%1-%2").arg(theme).arg(row)));
            }
        }
        QCOMPARE(kinds, (QSet<int>{int(RefBadge::Kind::Head), int(RefBadge::Kind::LocalBranch),
                                    int(RefBadge::Kind::RemoteBranch), int(RefBadge::Kind::Tag)}));
        QVERIFY2(problems.isEmpty(), qPrintable(summary(problems)));
    }
};

QTEST_MAIN(TestThemeContrast)
#include "tst_themecontrast.moc"
