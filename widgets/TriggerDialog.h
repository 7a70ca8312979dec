#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QVBoxLayout;

namespace gantry {

/// "Edit Trigger": what starts a workflow, by event. push, pull_request and
/// pull_request_target: branch, tag and path filters as one-per-line lists (globs allowed; an
/// empty list means no filter) and, for pull requests, the activity types. schedule: cron lines,
/// each described in words below it as typed, or its error. workflow_dispatch: the inputs as a
/// table (name, type, description, default, required, choice options). Takes and gives plain
/// values; what changed is for the caller to turn into edits.
class TriggerDialog : public QDialog
{
    Q_OBJECT
public:
    struct Input
    {
        QString name;
        QString type;            ///< string, boolean, choice, number, environment
        QString description;
        QString defaultValue;
        bool required = false;
        QStringList options;     ///< choice
    };

    struct Values
    {
        QString event;
        QStringList branches, branchesIgnore, tags, tagsIgnore, paths, pathsIgnore;
        QStringList types;
        QStringList crons;
        QList<Input> inputs;
    };

    /// The events it edits.
    static bool canEdit(const QString &event);
    /// pull_request's activity types, in GitHub's documentation order.
    static QStringList pullRequestTypes();

    explicit TriggerDialog(const Values &values, QWidget *parent = nullptr);

    Values values() const;

    /// A filter's list ("branches", "branches-ignore", "tags", "tags-ignore", "paths",
    /// "paths-ignore"), or nullptr when the event has none.
    QPlainTextEdit *filterEdit(const QString &key) const;
    QListWidget *typesList() const { return m_types; }
    /// The cron line edits, in order, and the description under each.
    QList<QLineEdit *> cronEdits() const;
    QLabel *cronDescription(int row) const;
    void addCron(const QString &cron = QString());
    QTableWidget *inputsTable() const { return m_inputs; }
    void addInput(const Input &input);
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    struct CronRow
    {
        QWidget *row;
        QLineEdit *edit;
        QLabel *description;
    };

    QWidget *makeFilters(const Values &values);
    QWidget *makeSchedule(const Values &values);
    QWidget *makeInputs(const Values &values);
    Input inputAt(int row) const;
    void validate();

    QString m_event;
    QList<std::pair<QString, QPlainTextEdit *>> m_filters;
    QListWidget *m_types = nullptr;
    QVBoxLayout *m_cronLayout = nullptr;
    QList<CronRow> m_crons;
    QTableWidget *m_inputs = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gantry
