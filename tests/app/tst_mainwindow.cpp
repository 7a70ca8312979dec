#include "app/CommitController.h"
#include "app/MainWindow.h"
#include "app/MessageBar.h"
#include "app/StagingController.h"
#include "app/RepositoryTab.h"
#include "app/ThemePalette.h"
#include "app/WelcomePage.h"
#include "app/WindowSettings.h"
#include "support/TestRepo.h"
#include "widgets/CommitBox.h"
#include "widgets/CommitComposer.h"
#include "widgets/CommitDetailsPane.h"
#include "widgets/DiffView.h"
#include "widgets/HistoryModel.h"
#include "widgets/HistoryView.h"
#include "widgets/UnifiedDiffEditor.h"
#include "widgets/WorkingTreeModel.h"
#include "widgets/WorkingTreeView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace gantry;

/// The real main window, offscreen, driven through its widgets like a user: open a repository,
/// pick a file, stage part of it from the diff, commit with Ctrl+Enter, see it in History —
/// checking the repository with the git CLI at each step. Also saves the README screenshots.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    std::unique_ptr<WindowSettings> makeSettings(QSettings **settings)
    {
        *settings = new QSettings(m_settingsDir.filePath(QStringLiteral("gantry.ini")), QSettings::IniFormat, this);
        return std::make_unique<WindowSettings>(*settings);
    }

    static QByteArray numberedLines(int count, const QHash<int, QByteArray> &replaced = {})
    {
        QByteArray text;
        for (int i = 1; i <= count; ++i)
            text += replaced.value(i, "line " + QByteArray::number(i)) + '\n';
        return text;
    }

    /// Clicks the row of `path` in `section` of the working-tree list.
    static bool clickWorkingFile(WorkingTreeView *view, WorkingTreeModel::Section section, const QString &path)
    {
        const QModelIndex index = view->model()->fileIndex(section, path);
        if (!index.isValid())
            return false;
        QTreeView *tree = view->treeView();
        tree->scrollTo(index);
        const QRect rect = tree->visualRect(index);
        if (!rect.isValid())
            return false;
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        return true;
    }

    /// Where row `row` of the diff editor is on its viewport.
    static QPoint rowPoint(UnifiedDiffEditor *editor, int row)
    {
        const long position = editor->positionFromLineIndex(row, 0);
        const int x = int(editor->SendScintilla(QsciScintilla::SCI_POINTXFROMPOSITION, 0UL, position));
        const int y = int(editor->SendScintilla(QsciScintilla::SCI_POINTYFROMPOSITION, 0UL, position));
        const int height = int(editor->SendScintilla(QsciScintilla::SCI_TEXTHEIGHT, static_cast<unsigned long>(row)));
        return QPoint(x + 4, y + height / 2);
    }

    static QString screenshotPath(const QString &name)
    {
        const QString dir = qEnvironmentVariable("GANTRY_BINARY_DIR") + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        return dir + QLatin1Char('/') + name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        ThemePalette::apply(ThemePalette::detect());
    }

    void stageLinesCommitAndSeeItInHistory()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("notes.txt"), numberedLines(20), QStringLiteral("Add notes"));
        repo.write(QStringLiteral("notes.txt"), numberedLines(20, {{2, "line two, edited"}, {18, "line eighteen, edited"}}));

        QSettings *settings = nullptr;
        MainWindow window(makeSettings(&settings));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();

        QString error;
        RepositoryTab *tab = window.tryOpenRepository(repo.path(), &error);
        QVERIFY2(tab, qPrintable(error));
        QCOMPARE(window.tabCount(), 1);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(tab->workspace(), RepositoryTab::Workspace::Changes);

        // The Changes view lists the modified file; click it and its diff shows.
        WorkingTreeView *files = tab->workingTreeView();
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->fileIndex(WorkingTreeModel::Section::Unstaged, QStringLiteral("notes.txt")).isValid(), 20000);
        QVERIFY(clickWorkingFile(files, WorkingTreeModel::Section::Unstaged, QStringLiteral("notes.txt")));
        DiffView *diff = tab->changesDiffView();
        QTRY_VERIFY_WITH_TIMEOUT(diff->hasDiff() && diff->diff().path() == QLatin1String("notes.txt"), 20000);
        QCOMPARE(diff->mode(), DiffView::Mode::Unstaged);
        QCOMPARE(diff->diff().hunks.size(), 2);

        // Select the changed lines of the first hunk with the mouse (click, shift+click) and stage them.
        UnifiedDiffEditor *editor = diff->unifiedEditor();
        QVERIFY(editor->isVisible());
        int first = -1;
        int last = -1;
        for (int row = 0; row < editor->rows().size(); ++row) {
            const auto &r = editor->rows().at(row);
            const bool change = r.kind == UnifiedDiffEditor::Row::Kind::Addition || r.kind == UnifiedDiffEditor::Row::Kind::Deletion;
            if (change && r.hunk == 0) {
                if (first < 0)
                    first = row;
                last = row;
            }
        }
        QVERIFY(first >= 0 && last > first);
        QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, rowPoint(editor, first));
        QTest::mouseClick(editor->viewport(), Qt::LeftButton, Qt::ShiftModifier, rowPoint(editor, last));
        QCOMPARE(diff->selectedLines().size(), 2);
        QVERIFY(diff->stageLinesButton()->isVisible() && diff->stageLinesButton()->isEnabled());
        QTest::mouseClick(diff->stageLinesButton(), Qt::LeftButton);

        // The index now holds exactly the first change; the working tree still has both.
        const QByteArray expectedIndex = numberedLines(20, {{2, "line two, edited"}});
        QTRY_COMPARE_WITH_TIMEOUT(repo.git({QStringLiteral("show"), QStringLiteral(":notes.txt")}), expectedIndex, 20000);
        QVERIFY(repo.git({QStringLiteral("diff")}).contains("+line eighteen, edited"));
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->fileIndex(WorkingTreeModel::Section::Staged, QStringLiteral("notes.txt")).isValid(), 20000);

        // Type a summary and press Ctrl+Enter.
        CommitBox *box = tab->commitBox();
        QTRY_VERIFY(box->canCommit());
        QTest::mouseClick(box->summaryEdit(), Qt::LeftButton);
        QTest::keyClicks(box->summaryEdit(), QStringLiteral("Edit line two"));
        // main is a protected branch by default (docs/guard-rails.md): answer "Commit Anyway".
        bool askedProtected = false;
        auto *answer = new QTimer(this);
        answer->setInterval(20);
        connect(answer, &QTimer::timeout, this, [answer, &askedProtected] {
            if (auto *message = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                answer->stop();
                answer->deleteLater();
                askedProtected = message->text().contains(QStringLiteral("main is protected"));
                for (QAbstractButton *button : message->buttons())
                    if (button->objectName() == QLatin1String("guardProceed"))
                        button->click();
            }
        });
        answer->start();
        QTest::keyClick(box->summaryEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(repo.git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}),
                                  QByteArray("Edit line two\n"), 20000);
        QVERIFY(askedProtected);
        QCOMPARE(repo.git({QStringLiteral("diff"), QStringLiteral("--cached")}), QByteArray());
        const QByteArray unstaged = repo.git({QStringLiteral("diff")});
        QVERIFY(unstaged.contains("+line eighteen, edited"));
        QVERIFY(!unstaged.contains("line two"));
        QCOMPARE(repo.git({QStringLiteral("show"), QStringLiteral("HEAD:notes.txt")}), expectedIndex);
        QTRY_VERIFY(box->summaryEdit()->text().isEmpty());
        window.activateWindow(); // the question box had the focus
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // History shows the new commit as its first commit row, under the row of the change still
        // uncommitted (line eighteen).
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(tab->workspace(), RepositoryTab::Workspace::History);
        const Oid head = Oid::fromHex(QString::fromLatin1(repo.revParse(QStringLiteral("HEAD")).toLatin1()));
        HistoryModel *history = tab->historyView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() == 3 && history->commitAt(1) == head, 20000);
        QVERIFY(history->isWorkingTreeRow(0));
        QCOMPARE(history->index(0, HistoryModel::SubjectColumn).data().toString(), QStringLiteral("Uncommitted changes (1)"));
        QVERIFY(history->index(1, HistoryModel::SubjectColumn).data().toString().contains(QStringLiteral("Edit line two")));
    }

    /// Conventional mode, chosen once and remembered: the composer is fed from the repository
    /// (commitlint config, scopes of history and of the staged paths, co-authors), and the commit
    /// holds exactly the preview.
    void commitThroughTheComposer()
    {
        TestRepo repo;
        repo.write(QStringLiteral(".commitlintrc.yml"),
                   "extends: ['@commitlint/config-conventional']\nrules:\n  header-max-length: [2, always, 72]\n");
        repo.git({QStringLiteral("add"), QStringLiteral(".commitlintrc.yml")});
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("chore: lint config")});
        repo.write(QStringLiteral("radar/view.py"), "print('v1')\n");
        repo.git({QStringLiteral("add"), QStringLiteral("radar/view.py")});
        repo.git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--author"),
                  QStringLiteral("Chen Wei <chen.wei@skylark.example>"), QStringLiteral("-m"), QStringLiteral("feat(api): one")});
        repo.write(QStringLiteral("radar/view.py"), "print('v2')\n");
        repo.git({QStringLiteral("add"), QStringLiteral("radar/view.py")});

        QSettings *settings = nullptr;
        auto windowSettings = makeSettings(&settings);
        WindowSettings *remembered = windowSettings.get();
        MainWindow window(std::move(windowSettings));
        window.resize(1200, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        RepositoryTab *tab = window.tryOpenRepository(repo.path(), &error);
        QVERIFY2(tab, qPrintable(error));
        tab->setWorkspace(RepositoryTab::Workspace::Changes);
        CommitBox *box = tab->commitBox();
        QTRY_VERIFY_WITH_TIMEOUT(box->canCommit(), 20000);
        QTest::mouseClick(box->conventionalButton(), Qt::LeftButton);
        QVERIFY(box->mode() == CommitBox::Mode::Conventional);
        QVERIFY(remembered->commitMode() == CommitBox::Mode::Conventional);
        CommitComposer *composer = box->composer();
        QVERIFY(composer->isVisible());

        // The repository's configuration and suggestions arrived from the task runner.
        QTRY_COMPARE_WITH_TIMEOUT(composer->headerMaxLength(), 72, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(composer->scopeCombo()->count() == 2, 20000);
        QCOMPARE(composer->scopeCombo()->itemText(0), QStringLiteral("radar")); // the staged path first
        QCOMPARE(composer->scopeCombo()->itemText(1), QStringLiteral("api"));   // then history

        composer->typeCombo()->setFocus();
        QTest::keyClicks(composer->typeCombo(), QStringLiteral("feat"));
        QTest::keyClicks(composer->scopeCombo()->lineEdit(), QStringLiteral("radar"));
        QTest::keyClicks(composer->subjectEdit(), QStringLiteral("Show version two."));
        QCOMPARE(composer->counterLabel()->text(), QStringLiteral("30/72"));
        // Lint errors (subject case, full stop) block the Commit button.
        QTRY_VERIFY(box->commitAnywayButton()->isVisible());
        QVERIFY(!box->commitButton()->isEnabled());
        composer->subjectEdit()->clear();
        QTest::keyClicks(composer->subjectEdit(), QStringLiteral("show version two"));
        QTest::keyClicks(composer->bodyEdit(), QStringLiteral("The radar prints v2."));
        QAction *coAuthor = composer->addFooterButton()->menu()->findChild<QAction *>(QStringLiteral("addFooter:Co-authored-by"));
        QVERIFY(coAuthor);
        coAuthor->trigger();
        QLineEdit *value = composer->footerValueEdit(0);
        QVERIFY(value->completer());
        QTest::keyClicks(value, QStringLiteral("wei"));
        QTRY_VERIFY(value->completer()->popup()->isVisible());
        QCOMPARE(value->completer()->completionCount(), 1);
        QAbstractItemView *popup = value->completer()->popup();
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(popup->model()->index(0, 0)).center());
        QTRY_COMPARE(value->text(), QStringLiteral("Chen Wei <chen.wei@skylark.example>"));
        QTRY_VERIFY(!box->commitAnywayButton()->isVisible());
        const QString preview = composer->preview()->toPlainText();
        QCOMPARE(preview, QStringLiteral("feat(radar): show version two\n\nThe radar prints v2.\n\n"
                                         "Co-authored-by: Chen Wei <chen.wei@skylark.example>"));
        QVERIFY(box->commitButton()->isEnabled());
        // main is protected by default (docs/guard-rails.md); that question is tested in tst_guardrails.
        tab->commitController()->setGuardAnswer(CommitController::GuardAnswer::Proceed);
        QTest::mouseClick(box->commitButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(repo.git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")}),
                                  (preview + QStringLiteral("\n\n")).toUtf8(), 20000);
        QCOMPARE(repo.git({QStringLiteral("diff"), QStringLiteral("--cached")}), QByteArray());
        QTRY_VERIFY(composer->message().isEmpty());
        QVERIFY(box->mode() == CommitBox::Mode::Conventional);

        // Amend loads HEAD's message into the composer, parsed.
        box->amendCheckBox()->click();
        QTRY_COMPARE_WITH_TIMEOUT(composer->subjectEdit()->text(), QStringLiteral("show version two"), 20000);
        QCOMPARE(composer->footerCount(), 1);
        QCOMPARE(composer->message(), preview);

        // A saved template goes to the settings.
        box->saveTemplate(QStringLiteral("Radar"));
        QCOMPARE(remembered->commitTemplates(), (QList<UserCommitTemplate>{{QStringLiteral("Radar"), preview}}));

        // A second window remembers the mode and the templates.
        QSettings *again = nullptr;
        MainWindow second(makeSettings(&again));
        TestRepo other;
        RepositoryTab *otherTab = second.tryOpenRepository(other.path(), &error);
        QVERIFY2(otherTab, qPrintable(error));
        QVERIFY(otherTab->commitBox()->mode() == CommitBox::Mode::Conventional);
        QCOMPARE(otherTab->commitBox()->userTemplates(), remembered->commitTemplates());
        remembered->setCommitTemplates({});
    }

    /// A malformed commitlint configuration: the message bar names the file, line and column,
    /// and the composer lints with the defaults meanwhile.
    void malformedLintConfigIsReportedAndDefaultsUsed()
    {
        TestRepo repo;
        repo.write(QStringLiteral(".commitlintrc.json"), "{\n  \"rules\": {\n    \"header-max-length\": [2, \"always\", 50\n}\n");
        repo.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("feat(core): a"));
        QSettings *settings = nullptr;
        MainWindow window(makeSettings(&settings));
        QString error;
        RepositoryTab *tab = window.tryOpenRepository(repo.path(), &error);
        QVERIFY2(tab, qPrintable(error));
        MessageBar *bar = tab->messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QStringLiteral(".commitlintrc.json:")), 20000);
        QVERIFY2(bar->text().contains(QStringLiteral("commit-lint configuration")), qPrintable(bar->text()));
        QVERIFY(bar->kind() == MessageBar::Kind::Error);
        CommitComposer *composer = tab->commitBox()->composer();
        QCOMPARE(composer->headerMaxLength(), 100);
        // The untracked configuration file's own scope, then history's.
        QTRY_COMPARE_WITH_TIMEOUT(composer->scopeCombo()->count(), 2, 20000);
        QCOMPARE(composer->scopeCombo()->itemText(0), QStringLiteral("commitlintrc"));
        QCOMPARE(composer->scopeCombo()->itemText(1), QStringLiteral("core"));
    }

    void sameRepositoryIsNotOpenedTwiceAndBadPathsAreRefused()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("Add a"));
        QDir(repo.path()).mkpath(QStringLiteral("sub/dir"));
        QSettings *settings = nullptr;
        MainWindow window(makeSettings(&settings));
        QString error;
        RepositoryTab *first = window.tryOpenRepository(repo.path(), &error);
        QVERIFY(first);
        // A folder inside the repository opens the same repository: its tab, not a second one.
        QCOMPARE(window.tryOpenRepository(repo.filePath(QStringLiteral("sub/dir")), &error), first);
        QCOMPARE(window.tabCount(), 1);

        QTemporaryDir notARepo;
        QVERIFY(!window.tryOpenRepository(notARepo.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("not a Git repository")), qPrintable(error));
        QVERIFY(!window.tryOpenRepository(notARepo.filePath(QStringLiteral("missing")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QCOMPARE(window.tabCount(), 1);

        // Closing the tab brings the welcome page back; the session remembers nothing open.
        window.closeTabAction()->trigger();
        QCOMPARE(window.tabCount(), 0);
        QVERIFY(window.recentRepositories().paths().contains(QDir(repo.path()).canonicalPath()));
        QVERIFY(window.cloneAction()->isEnabled()); // tests/app/tst_remotes_gui.cpp clones
    }

    void stateBannerShowsDetachedAndUnbornHeads()
    {
        TestRepo unborn;
        QSettings *settings = nullptr;
        MainWindow window(makeSettings(&settings));
        QString error;
        RepositoryTab *tab = window.tryOpenRepository(unborn.path(), &error);
        QVERIFY2(tab, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!tab->stateBanner()->isHidden(), 20000);
        QVERIFY2(tab->stateBanner()->text().contains(QStringLiteral("No commits yet on main")),
                 qPrintable(tab->stateBanner()->text()));

        TestRepo detached;
        detached.commitFile(QStringLiteral("a.txt"), "1\n", QStringLiteral("One"));
        detached.commitFile(QStringLiteral("a.txt"), "2\n", QStringLiteral("Two"));
        detached.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("HEAD~1")});
        RepositoryTab *second = window.tryOpenRepository(detached.path(), &error);
        QVERIFY2(second, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!second->stateBanner()->isHidden(), 20000);
        QVERIFY(second->stateBanner()->text().contains(QStringLiteral("Detached HEAD")));
        QVERIFY(second->title().contains(QStringLiteral("detached")));

        // A branch checked out with the git CLI, then a refresh (as on window focus): the banner goes.
        detached.git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
        second->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(second->stateBanner()->isHidden(), 20000);
        QCOMPARE(window.tabWidget()->tabText(1), second->title());
        QVERIFY(second->title().endsWith(QStringLiteral("main")));
    }

    void discardOffersUndoThatRestoresTheFile()
    {
        TestRepo repo;
        repo.commitFile(QStringLiteral("keep.txt"), "original\n", QStringLiteral("Add keep"));
        repo.write(QStringLiteral("keep.txt"), "precious edit\n");
        QSettings *settings = nullptr;
        MainWindow window(makeSettings(&settings));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        RepositoryTab *tab = window.tryOpenRepository(repo.path(), &error);
        QVERIFY2(tab, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(tab->workingTreeView()->model()->fileIndex(WorkingTreeModel::Section::Unstaged,
                                                                            QStringLiteral("keep.txt")).isValid(), 20000);

        tab->stagingController()->setConfirmDiscards(false);
        Q_EMIT tab->workingTreeView()->discardRequested({QStringLiteral("keep.txt")});
        QTRY_COMPARE_WITH_TIMEOUT(repo.read(QStringLiteral("keep.txt")), QByteArray("original\n"), 20000);
        QCOMPARE(repo.git({QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray());
        MessageBar *bar = tab->messageBar();
        QTRY_VERIFY(bar->isVisible() && bar->actionButton()->isVisible());
        QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(repo.read(QStringLiteral("keep.txt")), QByteArray("precious edit\n"), 20000);
        QCOMPARE(repo.git({QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray(" M keep.txt\n"));
    }

    void sessionRestoresOpenTabs()
    {
        TestRepo a;
        a.commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("Add a"));
        TestRepo b;
        b.commitFile(QStringLiteral("b.txt"), "b\n", QStringLiteral("Add b"));
        QSettings *settings = nullptr;
        {
            MainWindow window(makeSettings(&settings));
            QString error;
            QVERIFY(window.tryOpenRepository(a.path(), &error));
            QVERIFY(window.tryOpenRepository(b.path(), &error));
            window.tabWidget()->setCurrentIndex(0);
            window.saveSession();
        }
        MainWindow restored(makeSettings(&settings));
        restored.restoreSession();
        QCOMPARE(restored.tabCount(), 2);
        QCOMPARE(restored.tabAt(0)->path(), QDir(a.path()).canonicalPath());
        QCOMPARE(restored.tabAt(1)->path(), QDir(b.path()).canonicalPath());
        QCOMPARE(restored.tabWidget()->currentIndex(), 0);
    }

    void withoutADisplayGuiStartFailsWithOneLine()
    {
        const QString gantry = qEnvironmentVariable("GANTRY_APP");
        QVERIFY(!gantry.isEmpty());
        QTemporaryDir notARepo;
        const QList<QPair<QStringList, QByteArray>> cases{
            {{notARepo.filePath(QStringLiteral("missing"))}, "does not exist."},
            {{notARepo.path()}, "is not a Git repository"},
            {{}, "no display"},
        };
        for (const auto &[args, expected] : cases) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            p.setProcessEnvironment(env);
            p.start(gantry, args);
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 1);
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(err.startsWith("gantry: ") && err.contains(expected) && err.count('\n') == 1, err.constData());
            QCOMPARE(p.readAllStandardOutput(), QByteArray());
        }
    }

    void screenshots()
    {
        // Free text, whatever commitThroughTheComposer left in the shared settings file.
        QSettings(m_settingsDir.filePath(QStringLiteral("gantry.ini")), QSettings::IniFormat).remove(QStringLiteral("Commit"));
        QTemporaryDir root;
        const QString demo = root.filePath(QStringLiteral("skylark"));
        QProcess make;
        make.start(qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/scripts/make-demo-repo"), {demo});
        QVERIFY(make.waitForFinished(300000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());

        QSettings *settings = nullptr;
        MainWindow window(makeSettings(&settings));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.tabCount(), 0);
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("mainwindow-welcome.png"))));
        QString error;
        RepositoryTab *tab = window.tryOpenRepository(demo, &error);
        QVERIFY2(tab, qPrintable(error));
        QVERIFY(!window.welcomePage()->isVisible());

        tab->setWorkspace(RepositoryTab::Workspace::History);
        HistoryView *history = tab->historyView();
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowCount() > 50 && !history->isLoading(), 30000);
        // The demo has uncommitted changes: their row first, then the newest commit, shown in detail.
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->hasWorkingTreeRow(), 20000);
        const QModelIndex firstRow = history->view()->model()->index(1, HistoryModel::SubjectColumn);
        QTest::mouseClick(history->view()->viewport(), Qt::LeftButton, {}, history->view()->visualRect(firstRow).center());
        CommitDetailsPane *details = tab->detailsPane();
        QTRY_VERIFY_WITH_TIMEOUT(!details->commit().isNull() && !details->isLoading() && details->fileList()->topLevelItemCount() > 0, 20000);
        QTreeWidgetItem *file = details->fileList()->topLevelItem(0);
        QTest::mouseClick(details->fileList()->viewport(), Qt::LeftButton, {},
                          details->fileList()->visualItemRect(file).center());
        QTRY_VERIFY_WITH_TIMEOUT(tab->historyDiffView()->hasDiff(), 20000);
        QTest::qWait(200);
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("mainwindow-history.png"))));

        tab->setWorkspace(RepositoryTab::Workspace::Changes);
        WorkingTreeView *files = tab->workingTreeView();
        QTRY_VERIFY_WITH_TIMEOUT(files->model()->fileIndex(WorkingTreeModel::Section::Unstaged, QStringLiteral("skylark/forecast.py")).isValid(), 20000);
        QVERIFY(clickWorkingFile(files, WorkingTreeModel::Section::Unstaged, QStringLiteral("skylark/forecast.py")));
        QTRY_VERIFY_WITH_TIMEOUT(tab->changesDiffView()->hasDiff(), 20000);
        QTest::keyClicks(tab->commitBox()->summaryEdit(), QStringLiteral("docs(readme): explain how to run locally"));
        QTest::qWait(200);
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("mainwindow-changes.png"))));

        // The composer, with the demo's scopes and authors, a breaking change and a co-author.
        CommitBox *box = tab->commitBox();
        box->summaryEdit()->clear();
        QTest::mouseClick(box->conventionalButton(), Qt::LeftButton);
        CommitComposer *composer = box->composer();
        QTRY_VERIFY_WITH_TIMEOUT(composer->scopeCombo()->count() > 3, 20000);
        composer->typeCombo()->setFocus();
        QTest::keyClicks(composer->typeCombo(), QStringLiteral("feat"));
        QTest::keyClicks(composer->scopeCombo()->lineEdit(), QStringLiteral("forecast"));
        QTest::keyClicks(composer->subjectEdit(), QStringLiteral("Return hourly forecasts."));
        QTest::keyClicks(composer->bodyEdit(), QStringLiteral("Hourly data comes from the same provider."));
        composer->breakingCheckBox()->click();
        QTest::keyClicks(composer->breakingEdit(), QStringLiteral("/forecast returns a list of hours"));
        composer->addFooter(QStringLiteral("Closes"), QStringLiteral("#31"));
        const int coAuthor = composer->addFooter(QStringLiteral("Co-authored-by"));
        composer->footerValueEdit(coAuthor)->setFocus();
        QTest::keyClicks(composer->footerValueEdit(coAuthor), QStringLiteral("chen"));
        QAbstractItemView *popup = composer->footerValueEdit(coAuthor)->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(popup->model()->index(0, 0)).center());
        composer->subjectEdit()->setFocus();
        QTRY_VERIFY(!composer->findingsList()->isHidden());
        QTest::qWait(300);
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("mainwindow-composer.png"))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
