#pragma once

#include "gitcore/DiffTypes.h"

#include <QList>
#include <QString>
#include <QWidget>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace gantry {

class DiffPlaceholder;
class ElidedLabel;
class HunkHeaderButtons;
class SideBySideDiffEditor;
class UnifiedDiffEditor;

/// The diff of one file as the app embeds it: a toolbar (path, line actions, layout, and an
/// Options menu for whitespace and context) over a unified or side-by-side editor, or a placeholder when there is no
/// text to show. It holds no Git logic: it shows a DiffFile and emits what the user asked for.
class DiffView : public QWidget
{
    Q_OBJECT
public:
    /// What the shown diff compares; decides which actions apply.
    /// Unstaged: stage + discard. Staged: unstage. Commit: read-only.
    enum class Mode { Unstaged, Staged, Commit };
    enum class Layout { Unified, SideBySide };

    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    /// Shows `file` (replacing what was shown; the scroll position is kept when the path is the same).
    void setDiff(const DiffFile &file, Mode mode);
    /// Shows nothing: the "No file selected" placeholder.
    void clear();
    const DiffFile &diff() const { return m_file; }
    Mode mode() const { return m_mode; }
    bool hasDiff() const { return m_hasFile; }

    /// The whitespace/context options shown in the toolbar. Setting them emits nothing.
    void setOptions(const DiffOptions &options);
    DiffOptions options() const { return m_options; }

    void setViewLayout(Layout layout);
    Layout viewLayout() const { return m_layout; }

    /// For a view that stages: its minimum width keeps room for the staging buttons from the
    /// start, so that the panes beside it do not move when a diff with those buttons loads.
    void setReservesStagingButtons(bool reserve);
    QSize minimumSizeHint() const override;

    /// The changed lines selected in the visible editor (the cursor line when nothing is selected).
    QList<DiffLineRef> selectedLines() const;
    /// The hunk holding the cursor in the visible editor, or -1.
    int currentHunk() const;

    // The parts, for the owner's shortcuts and for tests.
    UnifiedDiffEditor *unifiedEditor() const { return m_unified; }
    SideBySideDiffEditor *sideBySideEditor() const { return m_sideBySide; }
    DiffPlaceholder *placeholder() const { return m_placeholder; }
    ElidedLabel *pathLabel() const { return m_pathLabel; }
    QLabel *detailLabel() const { return m_detailLabel; }
    QToolButton *stageLinesButton() const { return m_stageLinesButton; }
    QToolButton *unstageLinesButton() const { return m_unstageLinesButton; }
    QToolButton *discardLinesButton() const { return m_discardLinesButton; }
    QAction *stageHunkAction() const { return m_stageHunkAction; }
    QAction *unstageHunkAction() const { return m_unstageHunkAction; }
    QAction *discardHunkAction() const { return m_discardHunkAction; }
    /// The buttons on the hunk headers of the unified editor (0) and of the side by side's new pane (1).
    HunkHeaderButtons *hunkHeaderButtons(int editor = 0) const { return m_hunkButtons.value(editor); }
    /// The "Options" menu: the whitespace modes (checkable actions) and the context lines.
    QToolButton *optionsButton() const { return m_optionsButton; }
    QAction *whitespaceAction(DiffOptions::Whitespace mode) const;
    QSpinBox *contextSpinBox() const { return m_contextSpin; }

Q_SIGNALS:
    /// Line actions on `path` (the DiffFile's path()); refs index into the DiffFile shown.
    /// Discarding is the owner's to confirm and to make undoable.
    void stageLinesRequested(const QString &path, const QList<gantry::DiffLineRef> &lines);
    void unstageLinesRequested(const QString &path, const QList<gantry::DiffLineRef> &lines);
    void discardLinesRequested(const QString &path, const QList<gantry::DiffLineRef> &lines);
    /// Hunk actions; `hunk` indexes DiffFile::hunks.
    void stageHunkRequested(const QString &path, int hunk);
    void unstageHunkRequested(const QString &path, int hunk);
    void discardHunkRequested(const QString &path, int hunk);
    /// The user asked to see a file that came back tooLarge: recompute with forceLarge.
    void showLargeFileRequested(const QString &path);
    /// Whitespace mode or context lines changed: recompute the diff with these options.
    void optionsChanged(const gantry::DiffOptions &options);
    /// The user switched between unified and side by side (for the owner to remember).
    void viewLayoutChanged(gantry::DiffView::Layout layout);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildToolbar(QWidget *toolbar);
    void updateHeader();
    void updateActions();
    void showCurrentContent();
    void applyPalette();
    void onWhitespaceChanged(int mode);
    void updateOptionsButton();
    void onContextChanged(int value);
    void requestLines(void (DiffView::*signal)(const QString &, const QList<DiffLineRef> &));
    void requestHunk(void (DiffView::*signal)(const QString &, int), int hunk);
    void showHunkMenu(int hunk, const QPoint &globalPos);

    DiffFile m_file;
    Mode m_mode = Mode::Commit;
    Layout m_layout = Layout::Unified;
    DiffOptions m_options;
    bool m_hasFile = false;
    bool m_reservesStagingButtons = false;
    int m_menuHunk = -1;  // the hunk a context menu was opened on, -1: the cursor's hunk

    ElidedLabel *m_pathLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QToolButton *m_unifiedButton = nullptr;
    QToolButton *m_sideBySideButton = nullptr;
    QToolButton *m_optionsButton = nullptr;
    QSpinBox *m_contextSpin = nullptr;
    QToolButton *m_stageLinesButton = nullptr;
    QToolButton *m_unstageLinesButton = nullptr;
    QToolButton *m_discardLinesButton = nullptr;
    QAction *m_stageHunkAction = nullptr;
    QAction *m_unstageHunkAction = nullptr;
    QAction *m_discardHunkAction = nullptr;
    QStackedWidget *m_stack = nullptr;
    UnifiedDiffEditor *m_unified = nullptr;
    SideBySideDiffEditor *m_sideBySide = nullptr;
    DiffPlaceholder *m_placeholder = nullptr;
    QList<HunkHeaderButtons *> m_hunkButtons; // on the unified editor and the side-by-side's new pane
};

} // namespace gantry
