#include "gitcore/BranchPolicy.h"
#include "widgets/NewBranchDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace gantry;

namespace {

BranchInfo local(const QString &name, int behind = 0, const QString &upstream = {})
{
    BranchInfo b;
    b.name = name;
    b.refName = QStringLiteral("refs/heads/") + name;
    b.behind = behind;
    b.upstream = upstream;
    return b;
}

BranchInfo remote(const QString &name)
{
    BranchInfo b;
    b.kind = BranchInfo::Kind::RemoteTracking;
    b.name = name;
    b.remote = name.section(u'/', 0, 0);
    return b;
}

void chooseType(NewBranchDialog &dialog, const QString &type)
{
    const int index = dialog.typeBox()->findData(type);
    QVERIFY2(index >= 0, qPrintable(type));
    dialog.typeBox()->setCurrentIndex(index);
}

} // namespace

/// NewBranchDialog by convention: the name built from type, issue and description as the user
/// types, the policy's verdict and override, and the base proposed per type.
class TestNewBranchDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsTheNameAsYouType()
    {
        NewBranchDialog dialog;
        dialog.show();
        QVERIFY(dialog.isConventionMode());
        QVERIFY(dialog.nameEdit()->isReadOnly());
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.typeBox()->currentData().toString(), QStringLiteral("feat"));
        QTest::keyClicks(dialog.issueEdit(), QStringLiteral("#123"));
        QCOMPARE(dialog.name(), QStringLiteral("feat/123"));
        QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("Add dark mode"));
        QCOMPARE(dialog.name(), QStringLiteral("feat/123-add-dark-mode"));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QVERIFY2(dialog.verdictLabel()->text().contains(QStringLiteral("Fits")), qPrintable(dialog.verdictLabel()->text()));
        QVERIFY(dialog.verdictLabel()->text().contains(QStringLiteral("feat/*")));
        QVERIFY(dialog.overrideBox()->isHidden());

        chooseType(dialog, QStringLiteral("hotfix"));
        QCOMPARE(dialog.name(), QStringLiteral("hotfix/123-add-dark-mode"));
        dialog.issueEdit()->clear();
        QCOMPARE(dialog.name(), QStringLiteral("hotfix/add-dark-mode"));
        dialog.descriptionEdit()->clear();
        QCOMPARE(dialog.name(), QString());
        QVERIFY(!dialog.acceptButton()->isEnabled());
        dialog.descriptionEdit()->insert(QStringLiteral("Réparer l’écran")); // keyClicks takes Latin-1 only
        QCOMPARE(dialog.name(), QStringLiteral("hotfix/reparer-lecran"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.acceptButton(), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
    }

    void freeNameOutsideThePolicyNeedsAnOverride()
    {
        NewBranchDialog dialog;
        dialog.show();
        QTest::mouseClick(dialog.freeNameButton(), Qt::LeftButton);
        QVERIFY(!dialog.isConventionMode());
        QVERIFY(!dialog.nameEdit()->isReadOnly());
        QVERIFY(!dialog.typeBox()->isVisible());
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Feat/x"));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().isEmpty()); // a valid name: only the policy objects
        const QString verdict = dialog.verdictLabel()->text();
        QVERIFY2(verdict.contains(QStringLiteral("'Feat/x' does not match any of: main, master, develop, feat/*")),
                 qPrintable(verdict));
        QVERIFY(verdict.contains(QStringLiteral("'feat/x' would fit")));
        QVERIFY(dialog.overrideBox()->isVisible());
        QTest::mouseClick(dialog.overrideBox(), Qt::LeftButton);
        QVERIFY(dialog.acceptButton()->isEnabled());
        QVERIFY(dialog.overridesPolicy());

        // Back inside the policy: the override goes away.
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("fix/x"));
        QVERIFY(dialog.overrideBox()->isHidden());
        QVERIFY(!dialog.overridesPolicy());
        QVERIFY(dialog.acceptButton()->isEnabled());

        // Invalid for git: no override possible.
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("fix/a..b"));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(!dialog.problemLabel()->text().isEmpty());
        QVERIFY(dialog.overrideBox()->isHidden());
    }

    void proposesTheBaseOfTheType()
    {
        NewBranchDialog dialog;
        dialog.show();
        dialog.setBranches({local(QStringLiteral("develop"), 2, QStringLiteral("origin/develop")),
                            local(QStringLiteral("main")), remote(QStringLiteral("origin/develop"))});
        dialog.setStartPoint(QStringLiteral("HEAD"));
        QCOMPARE(dialog.startPoint(), QStringLiteral("develop")); // feat
        // (Plural forms come from the English translation the app loads; tests run without it.)
        QVERIFY2(dialog.baseHintLabel()->text().contains(QStringLiteral("develop is 2 commit")),
                 qPrintable(dialog.baseHintLabel()->text()));
        QVERIFY(dialog.baseHintLabel()->text().contains(QStringLiteral("behind origin/develop — pull it first")));
        chooseType(dialog, QStringLiteral("hotfix"));
        QCOMPARE(dialog.startPoint(), QStringLiteral("main"));
        QVERIFY2(dialog.baseHintLabel()->text().contains(QStringLiteral("hotfix branches start from main")),
                 qPrintable(dialog.baseHintLabel()->text()));
        chooseType(dialog, QStringLiteral("release"));
        QCOMPARE(dialog.startPoint(), QStringLiteral("develop"));

        // Free name: the type is read from the prefix.
        QTest::mouseClick(dialog.freeNameButton(), Qt::LeftButton);
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("hotfix/now"));
        QCOMPARE(dialog.startPoint(), QStringLiteral("main"));
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("scratch"));
        QCOMPARE(dialog.startPoint(), QStringLiteral("HEAD"));

        // The user's own choice stays.
        dialog.startPointBox()->setCurrentText(QStringLiteral("origin/develop"));
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("hotfix/later"));
        QCOMPARE(dialog.startPoint(), QStringLiteral("origin/develop"));
        QVERIFY(dialog.baseHintLabel()->text().contains(QStringLiteral("The policy proposes main for hotfix")));
    }

    void anExplicitStartPointIsKept()
    {
        NewBranchDialog dialog;
        dialog.setBranches({local(QStringLiteral("develop")), local(QStringLiteral("main"))});
        dialog.setStartPoint(QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
        chooseType(dialog, QStringLiteral("hotfix"));
        QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("x"));
        QCOMPARE(dialog.startPoint(), QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
    }

    void configuredPolicyAndItsProblems()
    {
        const BranchPolicy policy = BranchPolicy::fromText("branches:\n"
                                                           "  allowed: [trunk, \"story/*\"]\n"
                                                           "  types:\n"
                                                           "    story:\n"
                                                           "      base: trunk\n"
                                                           "      description: A user story\n"
                                                           "  format: \"{type}/{slug}-{issue}\"\n"
                                                           "  bogus: 1\n",
                                                           QStringLiteral("conventions.yml"));
        NewBranchDialog dialog;
        dialog.setPolicy(policy);
        dialog.setBranches({local(QStringLiteral("trunk")), local(QStringLiteral("develop"))});
        QCOMPARE(dialog.typeBox()->count(), 1);
        QCOMPARE(dialog.typeBox()->itemText(0), QStringLiteral("story — A user story"));
        QTest::keyClicks(dialog.issueEdit(), QStringLiteral("9"));
        QTest::keyClicks(dialog.descriptionEdit(), QStringLiteral("Login"));
        QCOMPARE(dialog.name(), QStringLiteral("story/login-9"));
        QCOMPARE(dialog.startPoint(), QStringLiteral("trunk"));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QVERIFY(!dialog.policyNoteLabel()->isHidden());
        QVERIFY2(dialog.policyNoteLabel()->text().contains(QStringLiteral("conventions.yml:8:3: unknown key \"bogus\"")),
                 qPrintable(dialog.policyNoteLabel()->text()));
    }
};

QTEST_MAIN(TestNewBranchDialog)
#include "tst_newbranchdialog.moc"
