#include "widgets/StepDialog.h"
#include "widgets/TriggerDialog.h"

#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace gantry;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

bool okEnabled(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    return buttons && buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

QPushButton *button(QDialog *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

} // namespace

/// The step and trigger dialogs: they show the values they are given and give back what was
/// typed, and refuse (OK disabled, with the reason) what GitHub would not run.
class TestPipelineDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepDialogGivesBackWhatWasTyped()
    {
        StepDialog::Values in;
        in.name = s("Test");
        in.run = s("make test\n");
        in.shell = s("bash");
        StepDialog dialog(in, s("Step"));
        QVERIFY(dialog.runButton()->isChecked());
        QCOMPARE(dialog.runEdit()->toPlainText(), s("make test"));   // the block's final break is not a line
        QCOMPARE(dialog.shellBox()->currentText(), s("bash"));
        QVERIFY(okEnabled(&dialog));
        StepDialog::Values out = dialog.values();
        QCOMPARE(out.run, s("make test"));
        QCOMPARE(out.name, s("Test"));
        QCOMPARE(out.shell, s("bash"));
        QVERIFY(!out.usesAction);

        // Switch to an action with two inputs; an empty action is refused.
        dialog.usesButton()->setChecked(true);
        QVERIFY(!okEnabled(&dialog));
        QVERIFY(dialog.problemLabel()->text().contains(s("action")));
        dialog.usesEdit()->setText(s(" actions/setup-node@v4 "));
        QVERIFY(okEnabled(&dialog));
        dialog.addInput(s("node-version"), s("20"));
        dialog.addInput(s("cache"), s("npm"));
        dialog.addInput(QString(), s("ignored: no key"));
        dialog.conditionEdit()->setText(s("github.event_name == 'push'"));
        out = dialog.values();
        QVERIFY(out.usesAction);
        QCOMPARE(out.uses, s("actions/setup-node@v4"));
        const QList<std::pair<QString, QString>> with{{s("node-version"), s("20")}, {s("cache"), s("npm")}};
        QCOMPARE(out.with, with);
        QCOMPARE(out.condition, s("github.event_name == 'push'"));
        dialog.addInput(s("cache"), s("yarn"));
        QVERIFY(!okEnabled(&dialog));
        QVERIFY(dialog.problemLabel()->text().contains(s("\"cache\" is given twice")));
    }

    void pushFiltersAreListsOfLines()
    {
        TriggerDialog::Values in;
        in.event = s("push");
        in.branches = QStringList{s("main"), s("release/**")};
        in.pathsIgnore = QStringList{s("docs/**")};
        TriggerDialog dialog(in);
        QVERIFY(dialog.filterEdit(s("tags")));
        QVERIFY(!dialog.typesList());                          // activity types are pull requests'
        QCOMPARE(dialog.filterEdit(s("branches"))->toPlainText(), s("main\nrelease/**"));
        dialog.filterEdit(s("branches"))->setPlainText(s("main\n\n  dev  \n"));
        dialog.filterEdit(s("paths-ignore"))->setPlainText(QString());
        dialog.filterEdit(s("tags"))->setPlainText(s("v*"));
        const TriggerDialog::Values out = dialog.values();
        QCOMPARE(out.event, s("push"));
        QCOMPARE(out.branches, (QStringList{s("main"), s("dev")}));
        QCOMPARE(out.tags, QStringList{s("v*")});
        QVERIFY(out.pathsIgnore.isEmpty());
        QVERIFY(okEnabled(&dialog));
        // GitHub refuses branches with branches-ignore.
        dialog.filterEdit(s("branches-ignore"))->setPlainText(s("wip/*"));
        QVERIFY(!okEnabled(&dialog));
        QVERIFY(dialog.problemLabel()->text().contains(s("branches and branches-ignore")));
    }

    void pullRequestTypesKeepTheFilesOrder()
    {
        TriggerDialog::Values in;
        in.event = s("pull_request");
        in.types = QStringList{s("closed"), s("opened")};
        TriggerDialog dialog(in);
        QVERIFY(!dialog.filterEdit(s("tags")));
        QListWidget *types = dialog.typesList();
        QVERIFY(types);
        QCOMPARE(types->item(0)->text(), s("closed"));
        QCOMPARE(types->item(1)->text(), s("opened"));
        QCOMPARE(types->count(), TriggerDialog::pullRequestTypes().size());
        for (int i = 0; i < types->count(); ++i) {
            if (types->item(i)->text() == s("labeled"))
                types->item(i)->setCheckState(Qt::Checked);
            if (types->item(i)->text() == s("closed"))
                types->item(i)->setCheckState(Qt::Unchecked);
        }
        QCOMPARE(dialog.values().types, (QStringList{s("opened"), s("labeled")}));
    }

    void cronLinesAreDescribedAsTyped()
    {
        TriggerDialog::Values in;
        in.event = s("schedule");
        in.crons = QStringList{s("0 3 * * 1")};
        TriggerDialog dialog(in);
        QCOMPARE(dialog.cronEdits().size(), 1);
        QCOMPARE(dialog.cronDescription(0)->text(), s("At 03:00 on Monday (UTC)"));
        dialog.addCron(s("*/15 * * * *"));
        QCOMPARE(dialog.cronDescription(1)->text(), s("Every 15 minutes (UTC)"));
        dialog.cronEdits()[1]->setText(s("61 * * * *"));
        QVERIFY(!okEnabled(&dialog));
        QVERIFY2(dialog.cronDescription(1)->text().contains(s("minute")), qPrintable(dialog.cronDescription(1)->text()));
        QVERIFY(dialog.problemLabel()->text().startsWith(s("Schedule 2:")));
        dialog.cronEdits()[1]->setText(s("30  5 * * *"));
        QVERIFY(okEnabled(&dialog));
        QCOMPARE(dialog.values().crons, (QStringList{s("0 3 * * 1"), s("30 5 * * *")}));
        // No schedule at all is refused.
        dialog.cronEdits()[0]->clear();
        dialog.cronEdits()[1]->clear();
        QVERIFY(!okEnabled(&dialog));
    }

    void dispatchInputsAreATable()
    {
        TriggerDialog::Values in;
        in.event = s("workflow_dispatch");
        in.inputs.append({s("level"), s("choice"), s("How loud"), s("info"), true, {s("info"), s("debug")}});
        TriggerDialog dialog(in);
        QTableWidget *table = dialog.inputsTable();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 5)->text(), s("info, debug"));
        QCOMPARE(qobject_cast<QComboBox *>(table->cellWidget(0, 1))->currentText(), s("choice"));
        button(&dialog, s("Add Input"))->click();
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(!okEnabled(&dialog));                           // a nameless input
        table->item(1, 0)->setText(s("dry-run"));
        qobject_cast<QComboBox *>(table->cellWidget(1, 1))->setCurrentText(s("boolean"));
        table->item(1, 3)->setText(s("false"));
        QVERIFY(okEnabled(&dialog));
        const TriggerDialog::Values out = dialog.values();
        QCOMPARE(out.inputs.size(), 2);
        QCOMPARE(out.inputs[0].options, (QStringList{s("info"), s("debug")}));
        QVERIFY(out.inputs[0].required);
        QCOMPARE(out.inputs[1].name, s("dry-run"));
        QCOMPARE(out.inputs[1].type, s("boolean"));
        QCOMPARE(out.inputs[1].defaultValue, s("false"));
        QVERIFY(!out.inputs[1].required);
        QVERIFY(out.inputs[1].options.isEmpty());
        // A choice without options, a name twice, a bad name: refused with the reason.
        table->item(0, 5)->setText(QString());
        QVERIFY(!okEnabled(&dialog));
        QVERIFY(dialog.problemLabel()->text().contains(s("needs its options")));
        table->item(0, 5)->setText(s("info"));
        table->item(1, 0)->setText(s("level"));
        QVERIFY(dialog.problemLabel()->text().contains(s("there twice")));
        table->item(1, 0)->setText(s("9lives"));
        QVERIFY(dialog.problemLabel()->text().contains(s("not a valid input name")));
        table->setCurrentCell(1, 0);
        button(&dialog, s("Remove Input"))->click();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(okEnabled(&dialog));
    }
};

QTEST_MAIN(TestPipelineDialogs)
#include "tst_pipelinedialogs.moc"
