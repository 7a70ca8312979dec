#include "gitcore/CommitLintConfig.h"
#include "widgets/CommitComposer.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTest>
#include <QToolButton>

using namespace gantry;

/// The conventional-commit composer driven through the keyboard: the preview is exactly the
/// message, the counter follows header-max-length, lint findings show at LINE:COL on the field
/// that caused them, the breaking-change footer, and the scope and co-author completers.
class TestCommitComposer : public QObject
{
    Q_OBJECT

    static constexpr int TypeRole = Qt::UserRole + 1;

    static void pickType(CommitComposer &composer, const QString &type)
    {
        QComboBox *combo = composer.typeCombo();
        combo->setFocus();
        // Keyboard search in the closed combo, as a user types "fix".
        QTest::keyClicks(combo, type);
        QCOMPARE(combo->currentData(TypeRole).toString(), type);
    }

    static void addFooter(CommitComposer &composer, const QString &token)
    {
        QMenu *menu = composer.addFooterButton()->menu();
        QVERIFY(menu);
        auto *action = menu->findChild<QAction *>(QStringLiteral("addFooter:") + token);
        QVERIFY(action);
        action->trigger();
    }

    static QStringList findingTexts(const CommitComposer &composer)
    {
        QStringList texts;
        for (int i = 0; i < composer.findingsList()->count(); ++i)
            texts.append(composer.findingsList()->item(i)->text());
        return texts;
    }

private Q_SLOTS:
    void previewIsTheMessageAsTyped()
    {
        CommitComposer composer;
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QVERIFY(composer.preview()->toPlainText().isEmpty());
        pickType(composer, QStringLiteral("fix"));
        QTest::keyClicks(composer.scopeCombo()->lineEdit(), QStringLiteral("parser"));
        QTest::keyClicks(composer.subjectEdit(), QStringLiteral("accept CRLF line endings"));
        QCOMPARE(composer.preview()->toPlainText(), QStringLiteral("fix(parser): accept CRLF line endings"));
        QTest::keyClick(composer.subjectEdit(), Qt::Key_Return); // Return moves to the body
        QVERIFY(composer.bodyEdit()->hasFocus());
        QTest::keyClicks(composer.bodyEdit(), QStringLiteral("Files from Windows"));
        QTest::keyClick(composer.bodyEdit(), Qt::Key_Return);
        QTest::keyClicks(composer.bodyEdit(), QStringLiteral("failed to parse."));
        addFooter(composer, QStringLiteral("Closes"));
        QCOMPARE(composer.footerCount(), 1);
        QVERIFY(composer.footerValueEdit(0)->hasFocus());
        QTest::keyClicks(composer.footerValueEdit(0), QStringLiteral("#42"));
        addFooter(composer, QStringLiteral("Refs"));
        QTest::keyClicks(composer.footerValueEdit(1), QStringLiteral("PROJ-7"));

        const QString expected = QStringLiteral("fix(parser): accept CRLF line endings\n\nFiles from Windows\nfailed to parse."
                                                "\n\nCloses #42\nRefs: PROJ-7");
        QCOMPARE(composer.preview()->toPlainText(), expected);
        QCOMPARE(composer.message(), expected);
        QTRY_VERIFY(composer.lintStatusLabel()->text().contains(QStringLiteral("Follows")));
        QVERIFY(composer.findingsList()->isHidden());
        QVERIFY(composer.findings().isEmpty());

        // Removing a footer takes its line out.
        QTest::mouseClick(composer.footerRemoveButton(0), Qt::LeftButton);
        QCOMPARE(composer.footerCount(), 1);
        QCOMPARE(composer.preview()->toPlainText(),
                 QStringLiteral("fix(parser): accept CRLF line endings\n\nFiles from Windows\nfailed to parse.\n\nRefs: PROJ-7"));
    }

    /// Picking a type shows what is missing — a subject — and no lint finding: "feat: " ends with
    /// the composer's own separator, which header-trim would flag. Nor do a scope, the breaking
    /// toggle or a body without a subject.
    void incompleteMessageAsksForTheSubject()
    {
        CommitComposer composer;
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QCOMPARE(composer.lintStatusLabel()->text(), QStringLiteral("Pick a type and write a subject."));
        QSignalSpy linted(&composer, &CommitComposer::findingsChanged);
        // Each edit is followed by one lint run (the spy is cleared before the edit).
        const auto settle = [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!linted.isEmpty(), 5000);
            linted.clear();
        };
        const auto expectMissingSubject = [&](const char *state) {
            QVERIFY2(composer.findings().isEmpty(), state);
            QVERIFY2(composer.findingsList()->isHidden(), state);
            QVERIFY2(!composer.hasErrors(), state);
            QCOMPARE(composer.lintStatusLabel()->text(), QStringLiteral("Add a subject: what the change does."));
            QVERIFY2(!composer.typeCombo()->property("lintLevel").isValid(), state);
            QVERIFY2(!composer.subjectEdit()->property("lintLevel").isValid(), state);
            QVERIFY2(composer.preview()->extraSelections().isEmpty(), state);
            QVERIFY(!composer.isComplete());
        };
        pickType(composer, QStringLiteral("feat"));
        settle();
        QCOMPARE(composer.message(), QStringLiteral("feat: ")); // the preview is what would be committed
        expectMissingSubject("type");
        QTest::keyClicks(composer.scopeCombo()->lineEdit(), QStringLiteral("api"));
        settle();
        expectMissingSubject("scope");
        QTest::mouseClick(composer.breakingCheckBox(), Qt::LeftButton);
        settle();
        expectMissingSubject("breaking, no description");
        QTest::keyClicks(composer.bodyEdit(), QStringLiteral("Why it changes."));
        settle();
        expectMissingSubject("body");

        QTest::keyClicks(composer.subjectEdit(), QStringLiteral("drop the v1 routes"));
        settle();
        QVERIFY(composer.isComplete());
        QVERIFY2(composer.findings().isEmpty(), qPrintable(findingTexts(composer).join(QLatin1Char('|'))));
        QCOMPARE(composer.lintStatusLabel()->text(), QStringLiteral("✓ Follows the commit conventions"));
        composer.subjectEdit()->clear();
        settle();
        expectMissingSubject("subject cleared");

        // A body alone, without a type: both are asked for, nothing flagged.
        composer.clear();
        QTest::keyClicks(composer.bodyEdit(), QStringLiteral("Only a body."));
        settle();
        QVERIFY(composer.findings().isEmpty());
        QCOMPARE(composer.lintStatusLabel()->text(), QStringLiteral("Pick a type and write a subject."));
    }

    void counterFollowsHeaderMaxLength()
    {
        CommitComposer composer;
        composer.show();
        QCOMPARE(composer.headerMaxLength(), 100);
        QCOMPARE(composer.counterLabel()->text(), QStringLiteral("0/100"));
        pickType(composer, QStringLiteral("docs"));
        QTest::keyClicks(composer.subjectEdit(), QStringLiteral("explain setup"));
        QCOMPARE(composer.counterLabel()->text(), QStringLiteral("19/100")); // "docs: explain setup"

        const CommitLintConfig config = CommitLintConfig::fromText(
            "extends: ['@commitlint/config-conventional']\nrules:\n  header-max-length: [2, always, 24]\n",
            QStringLiteral(".commitlintrc.yml"));
        QVERIFY(config.problems().isEmpty());
        composer.setLintConfig(config);
        QCOMPARE(composer.headerMaxLength(), 24);
        QCOMPARE(composer.counterLabel()->text(), QStringLiteral("19/24"));
        QVERIFY(!composer.counterLabel()->property("overLimit").toBool());
        QTest::keyClicks(composer.subjectEdit(), QStringLiteral(" quickly"));
        QCOMPARE(composer.counterLabel()->text(), QStringLiteral("27/24"));
        QVERIFY(composer.counterLabel()->property("overLimit").toBool());
        // The breaking "!" counts too.
        composer.breakingCheckBox()->click();
        QCOMPARE(composer.counterLabel()->text(), QStringLiteral("28/24"));
        // And lint says so, at the column where the header goes over.
        QTRY_COMPARE(findingTexts(composer),
                     QStringList{QStringLiteral("1:25  error  header-max-length: header must not be longer than 24 characters, current length is 28")});
        QCOMPARE(composer.subjectEdit()->property("lintLevel").toString(), QStringLiteral("error"));
    }

    void lintFindingsShowAtTheirLineAndColumn()
    {
        CommitComposer composer;
        composer.show();
        QSignalSpy changed(&composer, &CommitComposer::findingsChanged);
        QTest::keyClicks(composer.subjectEdit(), QStringLiteral("no type"));
        // Nothing yet: lint runs shortly after typing stops, then marks the type.
        QTRY_VERIFY(!composer.findingsList()->isHidden());
        QVERIFY(changed.count() >= 1);
        QVERIFY2(findingTexts(composer).contains(QStringLiteral("1:1  error  type-empty: type may not be empty")),
                 qPrintable(findingTexts(composer).join(QLatin1Char('|'))));
        QCOMPARE(composer.typeCombo()->property("lintLevel").toString(), QStringLiteral("error"));
        QVERIFY(composer.hasErrors());

        pickType(composer, QStringLiteral("feat"));
        composer.subjectEdit()->clear();
        QTest::keyClicks(composer.subjectEdit(), QStringLiteral("Add forecasts."));
        QTRY_VERIFY(findingTexts(composer).join(QLatin1Char('|')).contains(QStringLiteral("subject-full-stop")));
        const QStringList texts = findingTexts(composer);
        // "feat: Add forecasts.": the subject starts at column 7, its full stop is at column 20.
        QVERIFY2(texts.contains(QStringLiteral("1:7  error  subject-case: subject must not be sentence-case, start-case, "
                                               "pascal-case, upper-case")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("1:20  error  subject-full-stop: subject may not end with full stop")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(composer.subjectEdit()->property("lintLevel").toString(), QStringLiteral("error"));
        QVERIFY(!composer.typeCombo()->property("lintLevel").isValid());
        // The preview underlines them.
        QVERIFY(!composer.preview()->extraSelections().isEmpty());
        QCOMPARE(composer.preview()->extraSelections().first().cursor.blockNumber(), 0);

        // A footer line that is too long points at that footer's field. (As commitlint's parser
        // reads it, a "Refs:" line without an issue number is still body: body-max-line-length.)
        composer.subjectEdit()->clear();
        QTest::keyClicks(composer.subjectEdit(), QStringLiteral("add forecasts"));
        addFooter(composer, QStringLiteral("Refs"));
        QTest::keyClicks(composer.footerValueEdit(0), QString(110, QLatin1Char('r')));
        QTRY_COMPARE(findingTexts(composer).size(), 1);
        QVERIFY2(findingTexts(composer).first().startsWith(QStringLiteral("3:101  error  body-max-line-length")),
                 qPrintable(findingTexts(composer).first()));
        QCOMPARE(composer.footerValueEdit(0)->property("lintLevel").toString(), QStringLiteral("error"));
        QVERIFY(!composer.subjectEdit()->property("lintLevel").isValid());
        // Activating the finding goes to the field.
        composer.subjectEdit()->setFocus();
        Q_EMIT composer.findingsList()->itemActivated(composer.findingsList()->item(0));
        QVERIFY(composer.footerValueEdit(0)->hasFocus());
    }

    void breakingChangeAddsMarkAndFooter()
    {
        CommitComposer composer;
        composer.show();
        pickType(composer, QStringLiteral("feat"));
        QTest::keyClicks(composer.scopeCombo()->lineEdit(), QStringLiteral("api"));
        QTest::keyClicks(composer.subjectEdit(), QStringLiteral("drop the v1 routes"));
        QVERIFY(!composer.breakingEdit()->isVisible());
        QTest::mouseClick(composer.breakingCheckBox(), Qt::LeftButton);
        QVERIFY(composer.breakingEdit()->isVisible());
        QCOMPARE(composer.preview()->toPlainText(), QStringLiteral("feat(api)!: drop the v1 routes"));
        QTest::keyClicks(composer.breakingEdit(), QStringLiteral("clients must call /v2"));
        QCOMPARE(composer.preview()->toPlainText(),
                 QStringLiteral("feat(api)!: drop the v1 routes\n\nBREAKING CHANGE: clients must call /v2"));
        QVERIFY(composer.findings().isEmpty());
        // Loading a message with a BREAKING-CHANGE footer checks the box.
        composer.setComposition(*CommitComposition::fromMessage(QStringLiteral("fix: a\n\nBREAKING-CHANGE: b")));
        QVERIFY(composer.breakingCheckBox()->isChecked());
        QCOMPARE(composer.breakingEdit()->text(), QStringLiteral("b"));
        QTest::mouseClick(composer.breakingCheckBox(), Qt::LeftButton);
        QCOMPARE(composer.preview()->toPlainText(), QStringLiteral("fix: a"));
    }

    void typePickerDescribesTheTypes()
    {
        CommitComposer composer;
        QComboBox *types = composer.typeCombo();
        QCOMPARE(types->currentIndex(), -1);
        QCOMPARE(types->count(), 11);
        const int feat = types->findData(QStringLiteral("feat"), TypeRole);
        QVERIFY(feat >= 0);
        QCOMPARE(types->itemData(feat, Qt::ToolTipRole).toString(), QStringLiteral("A new feature"));
        QCOMPARE(types->itemData(types->findData(QStringLiteral("fix"), TypeRole), Qt::ToolTipRole).toString(),
                 QStringLiteral("A bug fix"));
        // The open list shows "feat — A new feature".
        auto *delegate = qobject_cast<QStyledItemDelegate *>(types->itemDelegate());
        QVERIFY(delegate);
        QStyleOptionViewItem option;
        option.initFrom(types);
        struct Probe : QStyledItemDelegate
        {
            static void init(QStyledItemDelegate *d, QStyleOptionViewItem *o, const QModelIndex &i)
            {
                (d->*(&Probe::initStyleOption))(o, i);
            }
        };
        Probe::init(delegate, &option, types->model()->index(feat, 0));
        QCOMPARE(option.text, QStringLiteral("feat — A new feature"));

        // A repository's type-enum decides the list.
        composer.setLintConfig(CommitLintConfig::fromText(R"({"rules": {"type-enum": [2, "always", ["feat", "fix", "ops"]]}})",
                                                          QStringLiteral(".commitlintrc.json")));
        QCOMPARE(types->count(), 3);
        QCOMPARE(types->itemData(2, TypeRole).toString(), QStringLiteral("ops"));
        QVERIFY(types->itemData(2, Qt::ToolTipRole).toString().isEmpty());
    }

    void scopeAndCoAuthorCompleters()
    {
        CommitComposer composer;
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        composer.setScopeSuggestions({QStringLiteral("skylark"), QStringLiteral("api"), QStringLiteral("ui")});
        QCOMPARE(composer.scopeCombo()->count(), 3);
        QVERIFY(composer.scopeCombo()->currentText().isEmpty());
        composer.scopeCombo()->lineEdit()->setFocus();
        QTest::keyClicks(composer.scopeCombo()->lineEdit(), QStringLiteral("ap"));
        QCompleter *scopes = composer.scopeCombo()->completer();
        QVERIFY(scopes);
        QTRY_VERIFY(scopes->popup()->isVisible());
        QCOMPARE(scopes->completionCount(), 1);
        QCOMPARE(scopes->currentCompletion(), QStringLiteral("api"));
        QTest::keyClick(scopes->popup(), Qt::Key_Escape);

        composer.setCoAuthorSuggestions({QStringLiteral("Ada Lindqvist <ada.lindqvist@skylark.example>"),
                                         QStringLiteral("Chen Wei <chen.wei@skylark.example>")});
        pickType(composer, QStringLiteral("feat"));
        composer.scopeCombo()->setEditText(QString());
        QTest::keyClicks(composer.subjectEdit(), QStringLiteral("pair on the radar view"));
        addFooter(composer, QStringLiteral("Co-authored-by"));
        QLineEdit *value = composer.footerValueEdit(0);
        QVERIFY(value->hasFocus());
        QVERIFY(value->completer());
        QTest::keyClicks(value, QStringLiteral("chen"));
        QTRY_VERIFY(value->completer()->popup()->isVisible());
        QCOMPARE(value->completer()->completionCount(), 1);
        QAbstractItemView *popup = value->completer()->popup();
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(value->text(), QStringLiteral("Chen Wei <chen.wei@skylark.example>"));
        QCOMPARE(composer.preview()->toPlainText(),
                 QStringLiteral("feat: pair on the radar view\n\nCo-authored-by: Chen Wei <chen.wei@skylark.example>"));

        // Other tokens get no author completer; Signed-off-by starts with the user's identity.
        composer.footerTokenCombo(0)->setEditText(QStringLiteral("Refs"));
        QVERIFY(!value->completer());
        composer.setOwnIdentity(QStringLiteral("Gantry Test <test@gantry.invalid>"));
        addFooter(composer, QStringLiteral("Signed-off-by"));
        QCOMPARE(composer.footerValueEdit(1)->text(), QStringLiteral("Gantry Test <test@gantry.invalid>"));
    }
};

QTEST_MAIN(TestCommitComposer)
#include "tst_commitcomposer.moc"
