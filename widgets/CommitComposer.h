#pragma once

#include "gitcore/CommitComposition.h"
#include "gitcore/CommitLintConfig.h"
#include "gitcore/CommitLinter.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStringListModel;
class QTimer;
class QToolButton;

namespace gantry {

class CommitFooterEditor;

/// The conventional-commit composer of the commit box: type picker with commitlint's
/// descriptions, scope with suggestions, subject with a counter against header-max-length, body,
/// breaking change, footers, a live preview of the message and the lint findings at their
/// LINE:COL. No Git logic: the owner gives the lint configuration and the suggestions.
class CommitComposer : public QWidget
{
    Q_OBJECT
public:
    /// The footer tokens offered by "Add footer".
    static const QStringList &footerTokens();
    /// @commitlint/config-conventional's prompt description of `type` ("A new feature"); empty
    /// for a type it does not describe.
    static QString typeDescription(const QString &type);

    explicit CommitComposer(QWidget *parent = nullptr);
    ~CommitComposer() override;

    CommitComposition composition() const;
    void setComposition(const CommitComposition &composition);
    /// The final message (what the preview shows).
    QString message() const { return composition().message(); }
    void clear();

    /// The repository's commitlint rules: the types offered (type-enum), the counter's limit
    /// (header-max-length) and the findings shown.
    void setLintConfig(const CommitLintConfig &config);
    int headerMaxLength() const { return m_headerMax; }
    void setScopeSuggestions(const QStringList &scopes);
    void setCoAuthorSuggestions(const QStringList &authors);
    /// `Name <email>` prefilled in a new Signed-off-by footer.
    void setOwnIdentity(const QString &identity) { m_identity = identity; }

    /// The findings for message(), up to date (pending lint runs first); none while the
    /// message is incomplete (no subject yet): the status line says what is missing instead.
    QList<LintFinding> findings() const;
    /// A subject is there: the message can be committed (lint permitting).
    bool isComplete() const { return composition().missing() == CommitComposition::Missing::Nothing; }
    bool hasErrors() const;
    void setReadOnly(bool readOnly);

    /// Adds a footer row; returns its index.
    int addFooter(const QString &token, const QString &value = {});
    void removeFooter(int index);
    int footerCount() const;

    // The parts, for focus handling and tests.
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *scopeCombo() const { return m_scope; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QLabel *counterLabel() const { return m_counter; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QCheckBox *breakingCheckBox() const { return m_breaking; }
    QLineEdit *breakingEdit() const { return m_breakingText; }
    QToolButton *addFooterButton() const { return m_addFooter; }
    QComboBox *footerTokenCombo(int index) const;
    QLineEdit *footerValueEdit(int index) const;
    QToolButton *footerRemoveButton(int index) const;
    QPlainTextEdit *preview() const { return m_preview; }
    QListWidget *findingsList() const { return m_findings; }
    QLabel *lintStatusLabel() const { return m_lintStatus; }
    /// The field a finding points at (after partAt), or null.
    QWidget *fieldOf(const LintFinding &finding) const;

Q_SIGNALS:
    /// A field changed (the preview already shows it).
    void messageChanged();
    /// The findings were recomputed.
    void findingsChanged();
    /// Ctrl+Enter in one of the fields.
    void commitShortcutPressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onEdited();
    void lintNow() const;
    void showFindings();
    void updateCounter();
    void fillTypes(const QStringList &types);
    void retranslate();
    void watch(QWidget *field);

    QComboBox *m_type = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_counter = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QCheckBox *m_breaking = nullptr;
    QWidget *m_breakingRow = nullptr;
    QLabel *m_breakingLabel = nullptr;
    QLineEdit *m_breakingText = nullptr;
    CommitFooterEditor *m_footerEditor = nullptr;
    QToolButton *m_addFooter = nullptr;
    QLabel *m_previewLabel = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_lintStatus = nullptr;
    QListWidget *m_findings = nullptr;
    QStringListModel *m_scopeModel = nullptr;
    QCompleter *m_scopeCompleter = nullptr;
    QTimer *m_lintTimer = nullptr;
    CommitLinter m_linter;
    int m_headerMax = 100;
    QString m_identity;
    bool m_loading = false;
    mutable bool m_lintPending = false;
    mutable QList<LintFinding> m_lastFindings;
    QList<QPointer<QWidget>> m_flagged;
};

} // namespace gantry
