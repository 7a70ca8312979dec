#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gantry {

/// Shows the release Gantry computed — the next version (a tag name, editable, checked to be a
/// semantic version that is not an existing tag) and its changelog (editable Markdown) — and
/// whether to commit the changelog to CHANGELOG.md before tagging. When no release can be made
/// from the branch (setBlockedReason), it says why and cannot be accepted.
class CreateReleaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateReleaseDialog(QWidget *parent = nullptr);
    ~CreateReleaseDialog() override;

    /// Tag names already taken.
    void setExistingTags(const QStringList &tags);
    /// One line above the form: "5 commits since v1.2.0 (minor)".
    void setSummary(const QString &summary);
    void setVersion(const QString &tagName);
    /// The version the changelog's heading names, followed when a version is typed (set by
    /// setVersion; for an empty field, the heading's version).
    void setHeadingVersion(const QString &tagName);
    /// Why no release can be made from here (a sentence or two); empty: it can. While set, the
    /// version is read-only and the dialog cannot be accepted.
    void setBlockedReason(const QString &reason);
    QString version() const;
    void setChangelog(const QString &markdown);
    QString changelog() const;
    void setCommitChangelog(bool on);
    bool commitChangelog() const;

    /// Why the dialog cannot be accepted yet (empty when it can).
    QString problem() const;

    // Parts, for tests.
    QLineEdit *versionEdit() const { return m_version; }
    QPlainTextEdit *changelogEdit() const { return m_changelog; }
    QCheckBox *commitBox() const { return m_commit; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *acceptButton() const;

private:
    void versionEdited(const QString &text);
    void revalidate();

    QStringList m_existing;
    QString m_blocked;
    QString m_lastVersion;
    QLabel *m_summary = nullptr;
    QLineEdit *m_version = nullptr;
    QPlainTextEdit *m_changelog = nullptr;
    QCheckBox *m_commit = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gantry
