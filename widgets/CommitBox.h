#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QMenu;
class QStackedWidget;
class QToolButton;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace gantry {

class CommitComposer;

/// A message the user saved to start commits from (the Templates menu).
struct UserCommitTemplate
{
    QString name;
    QString message;
    bool operator==(const UserCommitTemplate &other) const = default;
};

/// The commit message box under the staged changes: either the free-text editor (summary line
/// with a live length counter and body) or the conventional-commit composer, switched by
/// "Conventional / Free text"; the Templates menu, Amend / Sign-off options and the Commit
/// button (with "Commit anyway" when the composer's lint finds errors). No Git logic: the owner
/// supplies the previous message on amend and whether anything is staged, and acts on
/// commitRequested().
class CommitBox : public QWidget
{
    Q_OBJECT
    /// Summary length from which the counter shows the warning colour (git's 50-character advice).
    Q_PROPERTY(int summaryWarningLength READ summaryWarningLength WRITE setSummaryWarningLength)
    /// Summary length from which the counter shows the error colour (the 72-column limit).
    Q_PROPERTY(int summaryErrorLength READ summaryErrorLength WRITE setSummaryErrorLength)
    Q_PROPERTY(bool amend READ isAmend WRITE setAmend NOTIFY amendToggled)
    Q_PROPERTY(bool signoff READ isSignoff WRITE setSignoff)
    Q_PROPERTY(bool canCommit READ canCommit WRITE setCanCommit)

public:
    /// How the summary counter looks: within limits, past the warning length, past the error length.
    enum class CounterState { Normal, Warning, Error };
    Q_ENUM(CounterState)
    /// Which editor the box shows.
    enum class Mode { FreeText, Conventional };
    Q_ENUM(Mode)

    explicit CommitBox(QWidget *parent = nullptr);
    ~CommitBox() override;

    /// The message to commit: in free text, summary, a blank line and the body (just the
    /// summary when no body); in conventional mode, the composer's message (its preview).
    QString message() const;
    /// Splits `message` into summary (first line) and body (after the blank lines that follow),
    /// and gives the composer its parts when it is a conventional commit. In conventional mode, a
    /// message with text that is not conventional is shown in free text (the mode the user chose
    /// stays preferredMode()).
    void setMessage(const QString &message);
    /// Empties summary, body and composer, unchecks Amend (Sign-off stays as the user left it)
    /// and goes back to the preferred mode.
    void clear();

    Mode mode() const { return m_mode; }
    /// Shows `mode`, carrying the message across, and makes it the preferred mode.
    void setMode(Mode mode);
    /// The mode the user last chose (what settings remember).
    Mode preferredMode() const { return m_preferredMode; }
    CommitComposer *composer() const { return m_composer; }

    /// The Templates menu's saved messages.
    QList<UserCommitTemplate> userTemplates() const { return m_templates; }
    void setUserTemplates(const QList<UserCommitTemplate> &templates);
    /// Saves message() under `name` (replacing a template of that name).
    void saveTemplate(const QString &name);
    void removeTemplate(const QString &name);
    /// Puts the template named `name` in the box.
    void applyTemplate(const QString &name);

    QString summary() const;
    QString body() const;

    bool isAmend() const;
    void setAmend(bool amend);
    bool isSignoff() const;
    void setSignoff(bool signoff);

    /// Whether the owner allows committing (something staged, or amend). The Commit button
    /// is enabled only when this is true, the summary is not blank and (in conventional mode)
    /// lint finds no error; "Commit anyway" then commits despite the errors.
    bool canCommit() const { return m_canCommit; }
    void setCanCommit(bool canCommit);
    /// Disables editing while a commit runs (and re-enables afterwards).
    void setBusy(bool busy);

    int summaryWarningLength() const { return m_warningLength; }
    void setSummaryWarningLength(int length);
    int summaryErrorLength() const { return m_errorLength; }
    void setSummaryErrorLength(int length);
    CounterState counterState() const { return m_counterState; }

    // The parts, for the owner's focus handling and for tests.
    QLineEdit *summaryEdit() const { return m_summary; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLabel *counterLabel() const { return m_counter; }
    QCheckBox *amendCheckBox() const { return m_amend; }
    QCheckBox *signoffCheckBox() const { return m_signoff; }
    QPushButton *commitButton() const { return m_commitButton; }
    QPushButton *commitAnywayButton() const { return m_commitAnyway; }
    QToolButton *conventionalButton() const { return m_conventionalButton; }
    QToolButton *freeTextButton() const { return m_freeTextButton; }
    QToolButton *templatesButton() const { return m_templatesButton; }
    QMenu *templatesMenu() const { return m_templatesMenu; }

public Q_SLOTS:
    /// Emits commitRequested() when the button would be enabled (what Ctrl+Enter does).
    void requestCommit();
    /// Emits commitRequested() despite lint errors ("Commit anyway").
    void requestCommitAnyway();

Q_SIGNALS:
    void commitRequested(const QString &message, bool amend, bool signoff);
    /// The user switched Amend: on → the owner should call setMessage() with HEAD's message.
    void amendToggled(bool amend);
    /// The summary, body or composer changed.
    void messageChanged();
    /// The user switched between free text and the composer.
    void modeChanged(gantry::CommitBox::Mode mode);
    /// A template was saved or removed.
    void userTemplatesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateCounter();
    void updateCommitButton();
    void retranslate();
    void showMode(Mode mode);
    void rebuildTemplatesMenu();
    void askTemplateName();
    bool summaryIsBlank() const;

    QToolButton *m_conventionalButton = nullptr;
    QToolButton *m_freeTextButton = nullptr;
    QToolButton *m_templatesButton = nullptr;
    QMenu *m_templatesMenu = nullptr;
    QStackedWidget *m_pages = nullptr;
    CommitComposer *m_composer = nullptr;
    QPushButton *m_commitAnyway = nullptr;
    Mode m_mode = Mode::FreeText;
    Mode m_preferredMode = Mode::FreeText;
    QList<UserCommitTemplate> m_templates;
    QLineEdit *m_summary = nullptr;
    QLabel *m_counter = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QCheckBox *m_amend = nullptr;
    QCheckBox *m_signoff = nullptr;
    QPushButton *m_commitButton = nullptr;
    int m_warningLength = 50;
    int m_errorLength = 72;
    bool m_canCommit = false;
    bool m_busy = false;
    CounterState m_counterState = CounterState::Normal;
};

} // namespace gantry
