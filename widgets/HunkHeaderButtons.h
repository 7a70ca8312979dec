#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QToolButton;

namespace gantry {

class UnifiedDiffEditor;

/// Buttons on each hunk header of a diff editor ("Stage Hunk", "Discard Hunk…" or "Unstage
/// Hunk", as Sublime Merge and Fork have them), at the right end of the header's row and moving
/// with it as the editor scrolls. Which buttons show is the owner's choice (setActions); a click
/// emits triggered(action, hunk) with the hunk's index in the editor's DiffFile.
class HunkHeaderButtons : public QObject
{
    Q_OBJECT
public:
    enum class Action { Stage, Unstage, Discard };

    explicit HunkHeaderButtons(UnifiedDiffEditor *editor);

    /// The buttons on every header (none: no buttons, e.g. a commit's read-only diff).
    void setActions(const QList<Action> &actions);
    QList<Action> actions() const { return m_actions; }
    /// Places the buttons again (after the editor's rows changed).
    void refresh();
    /// The shown button of `action` on `hunk`'s header, or null when that header is off screen.
    QToolButton *button(int hunk, Action action) const;

    static QString text(Action action);

Q_SIGNALS:
    void triggered(gantry::HunkHeaderButtons::Action action, int hunk);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Shown
    {
        int hunk = -1;
        Action action = Action::Stage;
        QToolButton *button = nullptr;
    };
    QToolButton *takeButton(int index);

    UnifiedDiffEditor *m_editor;
    QList<Action> m_actions;
    QList<Shown> m_shown;        // buttons in use, in row order
    QList<QToolButton *> m_pool; // every button made so far (reused as the editor scrolls)
    bool m_placing = false;
};

} // namespace gantry
