#include "gitcore/CommitWriter.h"
#include "gitcore/Repository.h"
#include "support/TestRepo.h"
#include "widgets/CommitBox.h"
#include "widgets/CommitComposer.h"
#include "widgets/IdentityDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace gantry;

/// The commit box driven through the keyboard and mouse, and the identity dialog.
class TestCommitBox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typingUpdatesTheCounter()
    {
        CommitBox box;
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QCOMPARE(box.counterLabel()->text(), QStringLiteral("0/72"));
        QTest::keyClicks(box.summaryEdit(), QStringLiteral("Fix crash"));
        QCOMPARE(box.counterLabel()->text(), QStringLiteral("9/72"));
        QVERIFY(box.counterState() == CommitBox::CounterState::Normal);

        QTest::keyClicks(box.summaryEdit(), QString(42, QLatin1Char('x'))); // 51 characters
        QCOMPARE(box.counterLabel()->text(), QStringLiteral("51/72"));
        QVERIFY(box.counterState() == CommitBox::CounterState::Warning);
        const QColor warning = box.counterLabel()->palette().color(QPalette::WindowText);

        QTest::keyClicks(box.summaryEdit(), QString(22, QLatin1Char('y'))); // 73 characters
        QCOMPARE(box.counterLabel()->text(), QStringLiteral("73/72"));
        QVERIFY(box.counterState() == CommitBox::CounterState::Error);
        QVERIFY(box.counterLabel()->palette().color(QPalette::WindowText) != warning);

        QTest::keyClick(box.summaryEdit(), Qt::Key_Backspace);
        QVERIFY(box.counterState() == CommitBox::CounterState::Warning);

        // The thresholds are properties.
        QVERIFY(box.setProperty("summaryWarningLength", 80));
        QVERIFY(box.setProperty("summaryErrorLength", 100));
        QCOMPARE(box.counterLabel()->text(), QStringLiteral("72/100"));
        QVERIFY(box.counterState() == CommitBox::CounterState::Normal);
    }

    void commitButtonNeedsSummaryAndStagedChanges()
    {
        CommitBox box;
        box.show();
        QSignalSpy requested(&box, &CommitBox::commitRequested);
        QVERIFY(!box.commitButton()->isEnabled());
        box.setCanCommit(true);
        QVERIFY(!box.commitButton()->isEnabled()); // no summary yet
        QTest::keyClicks(box.summaryEdit(), QStringLiteral("   "));
        QVERIFY(!box.commitButton()->isEnabled()); // blank is not a summary
        QTest::keyClick(box.summaryEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(requested.count(), 0);
        box.summaryEdit()->clear();
        QTest::keyClicks(box.summaryEdit(), QStringLiteral("Add feature"));
        QVERIFY(box.commitButton()->isEnabled());
        box.setCanCommit(false);
        QVERIFY(!box.commitButton()->isEnabled());
        QTest::keyClick(box.summaryEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(requested.count(), 0);
        box.setCanCommit(true);
        QTest::mouseClick(box.commitButton(), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("Add feature"));
    }

    void ctrlEnterCommitsSummaryAndBody_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("fromBody");
        QTest::newRow("Ctrl+Return in body") << int(Qt::Key_Return) << true;
        QTest::newRow("Ctrl+Enter in body") << int(Qt::Key_Enter) << true;
        QTest::newRow("Ctrl+Return in summary") << int(Qt::Key_Return) << false;
    }

    void ctrlEnterCommitsSummaryAndBody()
    {
        QFETCH(int, key);
        QFETCH(bool, fromBody);
        CommitBox box;
        box.show();
        box.setCanCommit(true);
        QSignalSpy requested(&box, &CommitBox::commitRequested);
        QTest::keyClicks(box.summaryEdit(), QStringLiteral("Parse dates"));
        QTest::keyClick(box.summaryEdit(), Qt::Key_Return); // plain Return moves to the body
        QTest::keyClicks(box.bodyEdit(), QStringLiteral("Accept RFC 2822."));
        QTest::keyClick(box.bodyEdit(), Qt::Key_Return);
        QTest::keyClicks(box.bodyEdit(), QStringLiteral("And ISO 8601."));
        QCOMPARE(requested.count(), 0);
        box.signoffCheckBox()->setChecked(true);
        QTest::keyClick(fromBody ? static_cast<QWidget *>(box.bodyEdit()) : box.summaryEdit(), Qt::Key(key),
                        Qt::ControlModifier);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("Parse dates\n\nAccept RFC 2822.\nAnd ISO 8601."));
        QCOMPARE(requested.at(0).at(1).toBool(), false);
        QCOMPARE(requested.at(0).at(2).toBool(), true);
        // The shortcut did not type a newline into the body.
        QCOMPARE(box.body(), QStringLiteral("Accept RFC 2822.\nAnd ISO 8601."));
    }

    void amendAndMessageRoundTrip()
    {
        CommitBox box;
        QSignalSpy amend(&box, &CommitBox::amendToggled);
        box.amendCheckBox()->click();
        QCOMPARE(amend.count(), 1);
        QCOMPARE(amend.at(0).at(0).toBool(), true);
        box.setMessage(QStringLiteral("Old subject\n\n\nOld body\nline two\n"));
        QCOMPARE(box.summary(), QStringLiteral("Old subject"));
        QCOMPARE(box.body(), QStringLiteral("Old body\nline two"));
        QCOMPARE(box.message(), QStringLiteral("Old subject\n\nOld body\nline two"));
        box.setMessage(QStringLiteral("Just a subject\n"));
        QCOMPARE(box.message(), QStringLiteral("Just a subject"));
        box.clear();
        QVERIFY(box.summary().isEmpty());
        QVERIFY(box.body().isEmpty());
        QVERIFY(!box.isAmend());
    }

    void modeSwitchCarriesTheMessage()
    {
        CommitBox box;
        box.show();
        QSignalSpy modes(&box, &CommitBox::modeChanged);
        QVERIFY(box.mode() == CommitBox::Mode::FreeText);
        QTest::keyClicks(box.summaryEdit(), QStringLiteral("fix(parser): accept CRLF"));
        QTest::keyClicks(box.bodyEdit(), QStringLiteral("Windows files."));
        QTest::mouseClick(box.conventionalButton(), Qt::LeftButton);
        QCOMPARE(modes.count(), 1);
        QVERIFY(box.mode() == CommitBox::Mode::Conventional);
        QVERIFY(box.composer()->isVisible() && !box.summaryEdit()->isVisible());
        QCOMPARE(box.composer()->subjectEdit()->text(), QStringLiteral("accept CRLF"));
        QCOMPARE(box.composer()->scopeCombo()->currentText(), QStringLiteral("parser"));
        QCOMPARE(box.message(), QStringLiteral("fix(parser): accept CRLF\n\nWindows files."));

        // Back to free text: the composed message goes with it.
        box.composer()->subjectEdit()->setText(QStringLiteral("accept CRLF endings"));
        QTest::mouseClick(box.freeTextButton(), Qt::LeftButton);
        QVERIFY(box.mode() == CommitBox::Mode::FreeText && box.preferredMode() == CommitBox::Mode::FreeText);
        QCOMPARE(box.summary(), QStringLiteral("fix(parser): accept CRLF endings"));
        QCOMPARE(box.message(), QStringLiteral("fix(parser): accept CRLF endings\n\nWindows files."));

        // A message the composer cannot hold shows in free text; clear() goes back to the preferred mode.
        box.setMode(CommitBox::Mode::Conventional);
        box.setMessage(QStringLiteral("Merge branch 'x'"));
        QVERIFY(box.mode() == CommitBox::Mode::FreeText);
        QVERIFY(box.preferredMode() == CommitBox::Mode::Conventional);
        box.clear();
        QVERIFY(box.mode() == CommitBox::Mode::Conventional);
        // A template of comments only leaves the mode alone; a conventional one fills the composer.
        box.setMessage(QStringLiteral("# Explain why\n"));
        QVERIFY(box.mode() == CommitBox::Mode::Conventional);
        box.setMessage(QStringLiteral("docs: x\n\n# why"));
        QVERIFY(box.mode() == CommitBox::Mode::Conventional);
        QCOMPARE(box.composer()->typeCombo()->currentData(Qt::UserRole + 1).toString(), QStringLiteral("docs"));
        QCOMPARE(box.message(), QStringLiteral("docs: x"));
    }

    /// A type without a subject is not a message with lint errors: Commit stays off, Commit Anyway
    /// is not offered, Ctrl+Enter does nothing; the subject makes it committable.
    void typeWithoutSubjectIsIncompleteNotWrong()
    {
        CommitBox box;
        box.show();
        box.setCanCommit(true);
        box.setMode(CommitBox::Mode::Conventional);
        QSignalSpy requested(&box, &CommitBox::commitRequested);
        CommitComposer *composer = box.composer();
        QSignalSpy linted(composer, &CommitComposer::findingsChanged);
        composer->typeCombo()->setCurrentIndex(composer->typeCombo()->findData(QStringLiteral("feat"), Qt::UserRole + 1));
        QTRY_VERIFY_WITH_TIMEOUT(!linted.isEmpty(), 5000);
        QVERIFY(!box.commitButton()->isEnabled());
        QVERIFY(!box.commitAnywayButton()->isVisible());
        QCOMPARE(box.commitButton()->toolTip(), QStringLiteral("Add a subject to commit"));
        QTest::keyClick(composer->subjectEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(requested.count(), 0);
        linted.clear();
        QTest::keyClicks(composer->subjectEdit(), QStringLiteral("add alerts"));
        QTRY_VERIFY_WITH_TIMEOUT(!linted.isEmpty(), 5000);
        QVERIFY(box.commitButton()->isEnabled());
        QTest::keyClick(composer->subjectEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("feat: add alerts"));
    }

    void lintErrorsBlockCommitUnlessCommitAnyway()
    {
        CommitBox box;
        box.show();
        box.setCanCommit(true);
        box.setMode(CommitBox::Mode::Conventional);
        QSignalSpy requested(&box, &CommitBox::commitRequested);
        CommitComposer *composer = box.composer();
        QTest::keyClicks(composer->subjectEdit(), QStringLiteral("no type yet"));
        // type-empty is an error: Commit is off, Commit Anyway is offered; Ctrl+Enter does nothing.
        QVERIFY(!box.commitButton()->isEnabled());
        QTRY_VERIFY(box.commitAnywayButton()->isVisible());
        QTest::keyClick(composer->subjectEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(requested.count(), 0);
        QTest::mouseClick(box.commitAnywayButton(), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("no type yet"));

        // Picking a type fixes it; a warning (a long body line, made a warning by the
        // repository's configuration) does not block.
        composer->setLintConfig(CommitLintConfig::fromText(
            R"({"extends": ["@commitlint/config-conventional"], "rules": {"body-max-line-length": [1, "always", 100]}})",
            QStringLiteral(".commitlintrc.json")));
        composer->typeCombo()->setCurrentIndex(composer->typeCombo()->findData(QStringLiteral("feat"), Qt::UserRole + 1));
        QTest::keyClicks(composer->bodyEdit(), QString(101, QLatin1Char('b')));
        QTRY_VERIFY(!box.commitAnywayButton()->isVisible());
        QVERIFY(box.commitButton()->isEnabled());
        QCOMPARE(composer->findings().size(), 1);
        QCOMPARE(composer->findings().first().rule, QStringLiteral("body-max-line-length"));
        QVERIFY(composer->findings().first().level == LintLevel::Warning);
        QTest::keyClick(composer->subjectEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(0).toString(), QStringLiteral("feat: no type yet\n\n") + QString(101, QLatin1Char('b')));
    }

    void userTemplates()
    {
        CommitBox box;
        QSignalSpy changed(&box, &CommitBox::userTemplatesChanged);
        box.setMessage(QStringLiteral("chore(release): v\n\nRelease notes:"));
        box.saveTemplate(QStringLiteral("Release"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(box.userTemplates(), (QList<UserCommitTemplate>{{QStringLiteral("Release"),
                                                                  QStringLiteral("chore(release): v\n\nRelease notes:")}}));
        box.clear();
        QVERIFY(box.message().isEmpty());
        // The menu holds it; triggering it fills the box.
        Q_EMIT box.templatesMenu()->aboutToShow();
        auto *use = box.templatesMenu()->findChild<QAction *>(QStringLiteral("useTemplate:Release"));
        QVERIFY(use);
        use->trigger();
        QCOMPARE(box.message(), QStringLiteral("chore(release): v\n\nRelease notes:"));
        box.removeTemplate(QStringLiteral("Release"));
        QVERIFY(box.userTemplates().isEmpty());
        QCOMPARE(changed.count(), 2);
    }

    /// Set up → type and press Ctrl+Enter → the repository holds the commit git would make.
    void committingFromTheBoxWritesTheCommit()
    {
        TestRepo repo;
        repo.write(QStringLiteral("notes.txt"), "hello\n");
        repo.git({QStringLiteral("add"), QStringLiteral("notes.txt")});
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok());

        CommitBox box;
        box.show();
        box.setCanCommit(true);
        QString error;
        connect(&box, &CommitBox::commitRequested, &box, [&](const QString &message, bool amend, bool signoff) {
            CommitRequest request;
            request.message = message;
            request.editedInteractively = true;
            request.amend = amend;
            request.signoff = signoff;
            CommitWriter writer(*r);
            auto outcome = writer.commit(request);
            if (!outcome)
                error = outcome.errorMessage();
            else
                box.clear();
        });
        QTest::keyClicks(box.summaryEdit(), QStringLiteral("Add notes"));
        QTest::keyClicks(box.bodyEdit(), QStringLiteral("First line of notes."));
        box.signoffCheckBox()->setChecked(true);
        QTest::keyClick(box.bodyEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(repo.git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%B")}),
                 QByteArray("Add notes\n\nFirst line of notes.\n\nSigned-off-by: Gantry Test <test@gantry.invalid>\n\n"));
        QVERIFY(box.summary().isEmpty());
    }

    void identityDialogValidatesEmail()
    {
        IdentityDialog dialog;
        QPushButton *save = dialog.buttons()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Ada Lovelace"));
        QTest::keyClicks(dialog.emailEdit(), QStringLiteral("ada at example"));
        QVERIFY(!save->isEnabled());
        QVERIFY(!dialog.isInputValid());
        dialog.emailEdit()->clear();
        QTest::keyClicks(dialog.emailEdit(), QStringLiteral("ada@example.org"));
        QVERIFY(save->isEnabled());
        dialog.repositoryButton()->click();
        QCOMPARE(dialog.name(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(dialog.email(), QStringLiteral("ada@example.org"));
        QVERIFY(dialog.scope() == IdentityDialog::Scope::Repository);
        QVERIFY(!IdentityDialog::looksLikeEmail(QStringLiteral("a b@c")));
        QVERIFY(!IdentityDialog::looksLikeEmail(QStringLiteral("<a@c>")));
        QVERIFY(IdentityDialog::looksLikeEmail(QStringLiteral("first.last+tag@sub.example.com")));
        save->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void identitySavedIsWhatGitReads()
    {
        TestRepo repo;
        auto r = Repository::open(repo.path());
        QVERIFY(r.ok());
        auto saved = Identity::save(&*r, Identity::Scope::Repository, QStringLiteral("Ada Lovelace"),
                                    QStringLiteral("ada@example.org"));
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(repo.git({QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("user.email")}),
                 QByteArray("ada@example.org\n"));
        QCOMPARE(repo.git({QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("user.name")}),
                 QByteArray("Ada Lovelace\n"));
        QVERIFY(!Identity::save(&*r, Identity::Scope::Repository, QStringLiteral("X"), QStringLiteral("not-an-email")).ok());
    }
};

QTEST_MAIN(TestCommitBox)
#include "tst_commitbox.moc"
