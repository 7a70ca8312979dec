#pragma once

#include "widgets/UnifiedDiffEditor.h"

#include <QWidget>

namespace gantry {

/// A DiffFile in two aligned panes, old on the left and new on the right: changed lines face the
/// lines that replaced them, blank filler rows face pure additions and deletions, and both panes
/// scroll together. Selected rows map to DiffLineRefs of the pane they were selected in.
class SideBySideDiffEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SideBySideDiffEditor(QWidget *parent = nullptr);

    void setFile(const DiffFile &file);
    /// The aligned rows of both panes (always the same number).
    static void buildRows(const DiffFile &file, QList<UnifiedDiffEditor::Row> *oldRows,
                          QList<UnifiedDiffEditor::Row> *newRows);

    UnifiedDiffEditor *oldPane() const { return m_old; }
    UnifiedDiffEditor *newPane() const { return m_new; }

    /// The changed lines selected in the pane used last (its cursor row when nothing is selected).
    QList<DiffLineRef> selectedLineRefs() const;
    int currentHunk() const;
    int firstVisibleRow() const;
    void setFirstVisibleRow(int row);

Q_SIGNALS:
    void lineSelectionChanged();
    void contextMenuRequested(int hunk, const QPoint &globalPos);

private:
    void onPaneSelectionChanged(UnifiedDiffEditor *pane);
    void syncScroll(UnifiedDiffEditor *from, int updated);

    UnifiedDiffEditor *m_old = nullptr;
    UnifiedDiffEditor *m_new = nullptr;
    UnifiedDiffEditor *m_active = nullptr;
    bool m_syncing = false;
};

} // namespace gantry
