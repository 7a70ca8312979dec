#pragma once

#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace gantry {

/// The commit message box under the staged changes: summary line with a live length counter,
/// body, Amend / Sign-off options and the Commit button. No Git logic: the owner supplies the
/// previous message on amend and whether anything is staged, and acts on commitRequested().
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

    explicit CommitBox(QWidget *parent = nullptr);
    ~CommitBox() override;

    /// The whole message: summary, a blank line and the body (just the summary when no body).
    QString message() const;
    /// Splits `message` into summary (first line) and body (after the blank lines that follow).
    void setMessage(const QString &message);
    /// Empties summary and body and unchecks Amend (Sign-off stays as the user left it).
    void clear();

    QString summary() const;
    QString body() const;

    bool isAmend() const;
    void setAmend(bool amend);
    bool isSignoff() const;
    void setSignoff(bool signoff);

    /// Whether the owner allows committing (something staged, or amend). The Commit button
    /// is enabled only when this is true and the summary is not blank.
    bool canCommit() const { return m_canCommit; }
    void setCanCommit(bool canCommit);
    /// Disables editing while a commit runs (and re-enables afterwards).
    void setBusy(bool busy);

    int summaryWarningLength() const { return m_warningLength; }
    void setSummaryWarningLength(int length);
    int summaryErrorLength() const { return m_errorLength; }
    void setSummaryErrorLength(int length);
    CounterState counterState() const { return m_counterState; }

    /// An empty slot above the summary for a message composer (e.g. conventional commits):
    /// the widget is reparented into the box; null removes the current one.
    void setComposer(QWidget *composer);
    QWidget *composer() const { return m_composer; }

    // The parts, for the owner's focus handling and for tests.
    QLineEdit *summaryEdit() const { return m_summary; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLabel *counterLabel() const { return m_counter; }
    QCheckBox *amendCheckBox() const { return m_amend; }
    QCheckBox *signoffCheckBox() const { return m_signoff; }
    QPushButton *commitButton() const { return m_commitButton; }

public Q_SLOTS:
    /// Emits commitRequested() when the button would be enabled (what Ctrl+Enter does).
    void requestCommit();

Q_SIGNALS:
    void commitRequested(const QString &message, bool amend, bool signoff);
    /// The user switched Amend: on → the owner should call setMessage() with HEAD's message.
    void amendToggled(bool amend);
    /// The summary or body changed.
    void messageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateCounter();
    void updateCommitButton();
    void retranslate();

    QVBoxLayout *m_composerSlot = nullptr;
    QWidget *m_composer = nullptr;
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
