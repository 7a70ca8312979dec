#pragma once

#include "gitcore/DiffTypes.h"

#include <QDialog>

class QLabel;

namespace gantry {

class UnifiedDiffEditor;

/// Shows how two versions of a file differ — e.g. the one on disk and the one being edited — as
/// a read-only unified diff (the diff view's editor: line numbers, added and removed rows).
class TextDifferenceDialog : public QDialog
{
    Q_OBJECT
public:
    /// `diff` goes from the old version (`oldLabel`, the removed rows) to the new (`newLabel`).
    TextDifferenceDialog(const DiffFile &diff, const QString &oldLabel, const QString &newLabel, QWidget *parent = nullptr);

    UnifiedDiffEditor *editor() const { return m_editor; }
    QLabel *legend() const { return m_legend; }

private:
    UnifiedDiffEditor *m_editor = nullptr;
    QLabel *m_legend = nullptr;
};

} // namespace gantry
