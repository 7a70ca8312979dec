#include "widgets/SetUpstreamDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace gantry;

/// SetUpstreamDialog driven through its widgets: what it offers, what it refuses and why, and
/// what it answers (a branch to track, or none).
class TestSetUpstreamDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersCandidatesAndPreselectsTheCurrentUpstream()
    {
        SetUpstreamDialog dialog;
        dialog.setBranch(QStringLiteral("feature"));
        dialog.setCandidates({QStringLiteral("origin/feature"), QStringLiteral("origin/main")}, {QStringLiteral("main")});
        QCOMPARE(dialog.upstreamBox()->count(), 3);
        QCOMPARE(dialog.upstreamBox()->itemText(2), QStringLiteral("main"));
        QVERIFY(dialog.hintLabel()->isHidden());
        QVERIFY(!dialog.unsetButton()->isEnabled());
        // No upstream yet: the first remote-tracking branch is offered, "No upstream" makes no sense.
        QCOMPARE(dialog.upstream(), QStringLiteral("origin/feature"));
        QVERIFY(dialog.acceptButton()->isEnabled());
        dialog.setUnset(true);
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("no upstream to remove")));
        dialog.setUnset(false);

        dialog.setCurrentUpstream(QStringLiteral("origin/main"));
        QCOMPARE(dialog.upstreamBox()->currentText(), QStringLiteral("origin/main"));
        QVERIFY(dialog.unsetButton()->text().contains(QStringLiteral("origin/main")));
        QVERIFY(dialog.unsetButton()->isEnabled());
        // Choosing what is tracked already is not a change.
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(!dialog.problemLabel()->isHidden());
        dialog.upstreamBox()->setCurrentIndex(0);
        QCOMPARE(dialog.upstream(), QStringLiteral("origin/feature"));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->isHidden());
    }

    void typedNamesAreCheckedAsYouType()
    {
        SetUpstreamDialog dialog;
        dialog.setBranch(QStringLiteral("topic"));
        dialog.setCandidates({}, {QStringLiteral("main")});
        QVERIFY(!dialog.hintLabel()->isHidden());
        QCOMPARE(dialog.upstream(), QStringLiteral("main"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *edit = dialog.upstreamBox()->lineEdit();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.problemLabel()->text(), QStringLiteral("Choose or type the branch to track."));
        QTest::keyClicks(edit, QStringLiteral("topic"));
        QVERIFY(dialog.problem().contains(QStringLiteral("cannot track itself")));
        QTest::keyClicks(edit, QStringLiteral(" x"));
        QVERIFY(dialog.problem().contains(QStringLiteral("not a branch name")));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("upstream/topic"));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.upstream(), QStringLiteral("upstream/topic"));
    }

    void noUpstreamAnswersEmpty()
    {
        SetUpstreamDialog dialog;
        dialog.setBranch(QStringLiteral("main"));
        dialog.setCandidates({QStringLiteral("origin/main")});
        dialog.setCurrentUpstream(QStringLiteral("origin/main"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.unsetButton(), Qt::LeftButton);
        QVERIFY(dialog.isUnset());
        QVERIFY(!dialog.upstreamBox()->isEnabled());
        QCOMPARE(dialog.acceptButton()->text(), QStringLiteral("Unset Upstream"));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.upstream(), QString());
        // Typing a name goes back to tracking it.
        dialog.setUpstreamText(QStringLiteral("origin/other"));
        QVERIFY(!dialog.isUnset());
        QCOMPARE(dialog.upstream(), QStringLiteral("origin/other"));
    }
};

QTEST_MAIN(TestSetUpstreamDialog)
#include "tst_setupstreamdialog.moc"
