#include "app/MainWindow.h"
#include "app/MessageBar.h"
#include "app/ReleaseController.h"
#include "app/RepositoryTab.h"
#include "app/ThemePalette.h"
#include "app/Translations.h"
#include "app/WindowSettings.h"
#include "support/ReleaseScenarios.h"
#include "support/TestHelpers.h"
#include "support/TestRepo.h"
#include "support/gui/MainWindowTestKit.h"
#include "widgets/CreateReleaseDialog.h"
#include "widgets/RefsModel.h"
#include "widgets/RefsPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gantry;
using testkit::screenshotPath;
using testkit::whenModal;

namespace {

using testkit::trimmed;

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

/// "Create Release…": the dialog's validation, then the real main window's Repository menu and
/// refs panel driving ReleaseController on real repositories, checked with `git tag -n` and
/// `git show`; and the dialog's screenshot on the demo repository.
class TestCreateRelease : public QObject
{
    Q_OBJECT

    testkit::MainWindowTestKit m_windows;

    std::unique_ptr<MainWindow> makeWindow() { return m_windows.makeWindow(); }

    static RepositoryTab *open(MainWindow &window, const QString &path)
    {
        return testkit::MainWindowTestKit::open(window, path);
    }

private Q_SLOTS:
    void dialogValidatesTheVersion()
    {
        CreateReleaseDialog dialog;
        dialog.setExistingTags({QStringLiteral("v1.0.0")});
        dialog.setChangelog(QStringLiteral("## 1.1.0 (2026-01-01)\n\n### Features\n\n* x abc1234\n"));
        dialog.setVersion(QStringLiteral("v1.1.0"));
        QVERIFY(dialog.acceptButton()->isEnabled());
        dialog.versionEdit()->clear();
        QTest::keyClicks(dialog.versionEdit(), QStringLiteral("v1.0.0"));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("already exists")));
        dialog.versionEdit()->clear();
        QTest::keyClicks(dialog.versionEdit(), QStringLiteral("v1.2"));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("not a semantic version")));
        QTest::keyClicks(dialog.versionEdit(), QStringLiteral(".0-rc.1"));
        QVERIFY(dialog.acceptButton()->isEnabled());
        // The heading follows the version.
        QVERIFY(dialog.changelog().startsWith(QLatin1String("## 1.2.0-rc.1 (2026-01-01)\n")));
        dialog.changelogEdit()->clear();
        dialog.commitBox()->setChecked(true);
        QVERIFY(!dialog.acceptButton()->isEnabled());
    }

    void createsCommitAndTagWithUndo()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "feat: one");
        repo.git({"tag", "-a", "v1.2.0", "-m", "1.2.0"});
        repo.write("CHANGELOG.md", "# Changelog\n\n## 1.2.0 (2026-01-01)\n\n* old\n");
        repo.git({"add", "CHANGELOG.md"});
        repo.git({"commit", "-q", "-m", "docs: changelog"});
        repo.commitFile("a", "2", "feat(api): new endpoint");
        repo.commitFile("a", "3", "fix: crash");
        // A commit-msg hook proves the commit went through CommitWriter.
        repo.write(".git/hooks/commit-msg", "#!/bin/sh\necho hooked >> \"$(git rev-parse --git-dir)/hook-ran\"\n");
        QFile::setPermissions(repo.filePath(".git/hooks/commit-msg"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        auto window = makeWindow();
        RepositoryTab *tab = open(*window, repo.path());
        QSignalSpy shown(tab->releaseController(), &ReleaseController::dialogShown);
        QAction *action = findAction(window.get(), QStringLiteral("Create &Release…"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger(); // Repository menu
        QVERIFY(shown.wait(20000));
        CreateReleaseDialog *dialog = tab->releaseController()->dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->version(), QStringLiteral("v1.3.0"));
        QVERIFY(dialog->changelog().contains(QLatin1String("### Features\n\n* **api:** new endpoint ")));
        QVERIFY(dialog->changelog().contains(QLatin1String("### Bug Fixes\n\n* crash ")));
        QVERIFY(!dialog->changelog().contains(QLatin1String("changelog"))); // docs is hidden
        dialog->changelogEdit()->appendPlainText(QStringLiteral("\nEdited by hand.\n"));
        QTest::mouseClick(dialog->commitBox(), Qt::LeftButton, {}, QPoint(8, dialog->commitBox()->height() / 2));
        QVERIFY(dialog->commitChangelog());
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git({"tag", "-l", "v1.3.0"})), QStringLiteral("v1.3.0"), 20000);
        QTRY_VERIFY(tab->findChild<MessageBar *>()->actionButton()->isVisible());
        QCOMPARE(trimmed(repo.git({"log", "-1", "--format=%s"})), QStringLiteral("chore(release): v1.3.0"));
        QCOMPARE(trimmed(repo.git({"cat-file", "-t", "v1.3.0"})), QStringLiteral("tag")); // annotated
        QCOMPARE(repo.revParse("v1.3.0^{commit}"), repo.revParse("HEAD"));
        const QString tagList = QString::fromUtf8(repo.git({"tag", "-n1", "v1.3.0"}));
        QVERIFY2(tagList.contains(QLatin1String("## 1.3.0")), qPrintable(tagList));
        QVERIFY(QString::fromUtf8(repo.git({"show", "v1.3.0", "--format=%B", "--no-patch"})).contains(QLatin1String("Edited by hand.")));
        const QString changelog = QString::fromUtf8(repo.git({"show", "HEAD:CHANGELOG.md"}));
        QVERIFY2(changelog.startsWith(QLatin1String("# Changelog\n\n## 1.3.0 (")), qPrintable(changelog));
        QVERIFY(changelog.contains(QLatin1String("Edited by hand.\n\n## 1.2.0 (2026-01-01)\n\n* old\n")));
        QVERIFY(QFile::exists(repo.filePath(".git/hook-ran")));
        QCOMPARE(trimmed(repo.git({"status", "--porcelain"})), QString());

        // Undo: the tag goes, the branch moves back, the change stays staged.
        const QString before = repo.revParse("HEAD~1");
        QTest::mouseClick(tab->findChild<MessageBar *>()->actionButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git({"tag", "-l", "v1.3.0"})), QString(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(repo.revParse("HEAD"), before, 20000);
        QCOMPARE(trimmed(repo.git({"status", "--porcelain"})), QStringLiteral("M  CHANGELOG.md"));
    }

    void tagOnlyFromTheRefsPanelAndStagedChangesRefused()
    {
        TestRepo repo;
        repo.commitFile("a", "1", "chore: start");
        auto window = makeWindow();
        RepositoryTab *tab = open(*window, repo.path());
        RefsPanel *panel = tab->refsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->indexForKey(QStringLiteral("section:tags")).isValid(), 20000);
        QMenu *menu = panel->contextMenuFor(
            panel->proxyModel()->mapFromSource(panel->model()->indexForKey(QStringLiteral("section:tags"))), window.get());
        QAction *create = nullptr;
        for (QAction *a : menu->actions())
            if (a->text() == QStringLiteral("Create Release…"))
                create = a;
        QStringList texts;
        for (QAction *a : menu->actions())
            texts << a->text();
        QVERIFY2(create, qPrintable(texts.join(QStringLiteral(", "))));
        QSignalSpy shown(tab->releaseController(), &ReleaseController::dialogShown);
        create->trigger();
        QVERIFY(shown.wait(20000));
        CreateReleaseDialog *dialog = tab->releaseController()->dialog();
        QCOMPARE(dialog->version(), QStringLiteral("v0.1.0")); // no tag yet: the initial version
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git({"tag", "-n1"})).section(QLatin1Char(' '), 0, 0), QStringLiteral("v0.1.0"), 20000);
        QCOMPARE(trimmed(repo.git({"log", "--format=%s"})), QStringLiteral("chore: start")); // no commit
        delete menu;

        // With something staged, committing the changelog is refused and nothing is tagged.
        repo.commitFile("a", "2", "fix: x");
        repo.write("b", "staged");
        repo.git({"add", "b"});
        tab->releaseController()->createRelease();
        QVERIFY(shown.wait(20000));
        dialog = tab->releaseController()->dialog();
        QCOMPARE(dialog->version(), QStringLiteral("v0.1.1"));
        dialog->setCommitChangelog(true);
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        auto *bar = tab->findChild<MessageBar *>();
        QTRY_VERIFY_WITH_TIMEOUT(bar->kind() == MessageBar::Kind::Error && bar->text().contains(QLatin1String("staged changes")), 20000);
        QCOMPARE(trimmed(repo.git({"tag", "-l", "v0.1.1"})), QString());
    }

    /// On a feature branch the dialog says it is not a release branch, shows the version main would
    /// get, and cannot create it; on main, after the merge, it releases that version; a release
    /// whose HEAD moved away meanwhile is refused.
    void featureBranchIsNotAReleaseBranch()
    {
        TestRepo repo;
        testkit::makeGitFlowReleases(repo);
        auto window = makeWindow();
        RepositoryTab *tab = open(*window, repo.path());
        QSignalSpy shown(tab->releaseController(), &ReleaseController::dialogShown);
        findAction(window.get(), QStringLiteral("Create &Release…"))->trigger();
        QVERIFY(shown.wait(20000));
        CreateReleaseDialog *dialog = tab->releaseController()->dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->version(), QStringLiteral("v1.3.0")); // not v1.1.0, whose tag exists on main
        QVERIFY(dialog->versionEdit()->isReadOnly());
        QVERIFY(!dialog->acceptButton()->isEnabled());
        QVERIFY(dialog->problemLabel()->isVisible());
        QCOMPARE(dialog->problemLabel()->text(), QStringLiteral("Create the release from main."));
        QCOMPARE(dialog->summaryLabel()->text(),
                 QStringLiteral("feature/x is not a release branch; releases are made from main.\n"
                                "v1.2.0 exists on main; this branch does not contain it.\n"
                                "Merged into main, it would be released in v1.3.0."));
        QVERIFY(dialog->changelog().startsWith(QLatin1String("## 1.3.0 (")));
        QVERIFY(dialog->changelog().contains(QLatin1String("* **ui:** five ")));
        QVERIFY(!dialog->commitBox()->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return); // the default button does nothing while blocked
        QVERIFY(dialog->isVisible());
        QCOMPARE(trimmed(repo.git({"tag", "-l", "v1.3.0"})), QString());
        dialog->reject();

        // On main before the merge: nothing to release, and the taken v1.2.0 is not proposed.
        repo.git({"checkout", "-q", "main"});
        tab->releaseController()->createRelease();
        QVERIFY(shown.wait(20000));
        dialog = tab->releaseController()->dialog();
        QCOMPARE(dialog->version(), QString());
        QVERIFY(!dialog->acceptButton()->isEnabled());
        QCOMPARE(dialog->problemLabel()->text(), QStringLiteral("Enter the version to release."));
        QVERIFY2(dialog->summaryLabel()->text().startsWith(QLatin1String("main is a release branch.\nNothing since v1.2.0 calls")),
                 qPrintable(dialog->summaryLabel()->text()));
        QTest::keyClicks(dialog->versionEdit(), QStringLiteral("v1.2.1"));
        QVERIFY(dialog->acceptButton()->isEnabled());
        QVERIFY2(dialog->changelog().startsWith(QLatin1String("## 1.2.1 (")), qPrintable(dialog->changelog()));
        dialog->reject();

        // On main with the branch merged: a release branch, and the same version.
        repo.git({"merge", "-q", "--no-ff", "-m", "Merge branch 'feature/x'", "feature/x"});
        tab->releaseController()->createRelease();
        QVERIFY(shown.wait(20000));
        dialog = tab->releaseController()->dialog();
        QCOMPARE(dialog->version(), QStringLiteral("v1.3.0"));
        QVERIFY(!dialog->versionEdit()->isReadOnly());
        QVERIFY(dialog->acceptButton()->isEnabled());
        QVERIFY(!dialog->problemLabel()->isVisible());
        QVERIFY2(dialog->summaryLabel()->text().startsWith(QLatin1String("main is a release branch.\n3 commit")),
                 qPrintable(dialog->summaryLabel()->text()));
        QVERIFY(dialog->summaryLabel()->text().endsWith(QLatin1String(" since v1.2.0: a minor release.")));

        // HEAD moves to another branch before Create: nothing is tagged.
        repo.git({"checkout", "-q", "develop"});
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        auto *bar = tab->findChild<MessageBar *>();
        QTRY_VERIFY_WITH_TIMEOUT(bar->kind() == MessageBar::Kind::Error && bar->text().contains(QLatin1String("HEAD has moved")), 20000);
        QCOMPARE(trimmed(repo.git({"tag", "-l", "v1.3.0"})), QString());

        repo.git({"checkout", "-q", "main"});
        tab->releaseController()->createRelease();
        QVERIFY(shown.wait(20000));
        QTest::mouseClick(tab->releaseController()->dialog()->acceptButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(trimmed(repo.git({"tag", "-l", "v1.3.0"})), QStringLiteral("v1.3.0"), 20000);
        QCOMPARE(repo.revParse("v1.3.0^{commit}"), repo.revParse("main"));

        // A newer release main lacks: blocked, with nothing proposed.
        repo.git({"checkout", "-q", "develop"});
        repo.commitFile("e", "1", "feat: six");
        repo.git({"tag", "v1.4.0"});
        repo.git({"checkout", "-q", "main"});
        repo.commitFile("f", "1", "feat: seven");
        tab->releaseController()->createRelease();
        QVERIFY(shown.wait(20000));
        dialog = tab->releaseController()->dialog();
        QCOMPARE(dialog->version(), QString());
        QVERIFY(!dialog->acceptButton()->isEnabled());
        QCOMPARE(dialog->problemLabel()->text(), QStringLiteral("No release can be made from main now."));
        QCOMPARE(dialog->summaryLabel()->text(),
                 QStringLiteral("main is a release branch.\nv1.4.0 exists on develop; this branch does not contain it. "
                                "Bring it into main (merge or pull) before releasing."));
        dialog->reject();
    }

    void screenshotOnTheDemoRepository()
    {
        // English as the app shows it ("5 commits"), not the untranslated source ("5 commit(s)").
        qputenv("GANTRY_LANG", "C");
        Translations::install();
        qunsetenv("GANTRY_LANG");
        ThemePalette::applySystem(); // as the app starts: Fusion, light or dark (GANTRY_THEME)
        QTemporaryDir root;
        const QString demo = root.filePath(QStringLiteral("skylark"));
        QProcess make;
        make.start(qEnvironmentVariable("GANTRY_SOURCE_DIR") + QStringLiteral("/scripts/make-demo-repo"), {demo});
        QVERIFY(make.waitForFinished(300000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
        // A few commits since the demo's last release (made with commit-tree: its staged changes stay as they are).
        const char *messages[] = {"feat(api): serve /alerts/{city}", "feat(forecast)!: hourly forecasts replace the 3-hour steps\n\n"
                                  "BREAKING CHANGE: /forecast/{city} returns hourly entries; clients reading `steps` must read `hours`.",
                                  "fix(cache): keep entries of different units apart", "perf(api): stream large responses",
                                  "docs: alerts endpoint"};
        for (const char *message : messages) {
            QProcess git;
            git.setWorkingDirectory(demo);
            git.setEnvironment(TestRepo::gitEnvironment());
            git.start(QStringLiteral("sh"), {QStringLiteral("-c"),
                      QStringLiteral("git update-ref HEAD \"$(git commit-tree HEAD^{tree} -p HEAD -m \"$1\")\""),
                      QStringLiteral("sh"), QString::fromUtf8(message)});
            QVERIFY(git.waitForFinished(30000));
            QCOMPARE(git.exitCode(), 0);
        }
        auto window = makeWindow();
        RepositoryTab *tab = open(*window, demo);
        QSignalSpy shown(tab->releaseController(), &ReleaseController::dialogShown);
        tab->releaseController()->createRelease();
        QVERIFY(shown.wait(30000));
        CreateReleaseDialog *dialog = tab->releaseController()->dialog();
        QCOMPARE(dialog->version(), QStringLiteral("v2.0.0"));
        QVERIFY(dialog->acceptButton()->isEnabled());
        QTest::qWait(200);
        QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("create-release-dialog.png"))));
        dialog->reject();

        // A feature branch made from the demo's develop: not a release branch, and why.
        QProcess git;
        git.setWorkingDirectory(demo);
        git.setEnvironment(TestRepo::gitEnvironment());
        git.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("git stash -q -u && git switch -q -c feature/alerts-page develop")});
        QVERIFY(git.waitForFinished(30000));
        QCOMPARE(git.exitCode(), 0);
        tab->releaseController()->createRelease();
        QVERIFY(shown.wait(30000));
        dialog = tab->releaseController()->dialog();
        QCOMPARE(dialog->version(), QStringLiteral("v2.0.0")); // with main's breaking change above
        QVERIFY(!dialog->acceptButton()->isEnabled());
        QCOMPARE(dialog->problemLabel()->text(), QStringLiteral("Create the release from main."));
        QVERIFY(dialog->summaryLabel()->text().startsWith(
            QLatin1String("feature/alerts-page is not a release branch; releases are made from main.\n"
                          "v1.2.0 exists on main; this branch does not contain it.\n")));
        QTest::qWait(200);
        QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("create-release-feature-branch.png"))));
        dialog->reject();
    }
};

QTEST_MAIN(TestCreateRelease)
#include "tst_createrelease.moc"
