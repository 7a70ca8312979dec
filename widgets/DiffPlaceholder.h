#pragma once

#include "gitcore/DiffTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace gantry {

/// What the diff area shows instead of text: binary and too-large files (with "Show anyway"),
/// renames and mode changes without content changes, empty files, "No changes", nothing selected.
class DiffPlaceholder : public QWidget
{
    Q_OBJECT
public:
    enum class Kind {
        None,             // the file has text to show: no placeholder
        NothingSelected,
        NoChanges,
        Binary,
        TooLarge,
        RenameOnly,
        ModeChangeOnly,
        EmptyFile,        // added or deleted with no content
    };

    /// The placeholder `file` needs, or Kind::None when its hunks can be shown.
    static Kind kindFor(const DiffFile &file);

    explicit DiffPlaceholder(QWidget *parent = nullptr);

    /// Shows the message for `kind` about `file`.
    void showFile(Kind kind, const DiffFile &file);
    void showNothingSelected();

    Kind kind() const { return m_kind; }
    QString title() const;
    QString detail() const;
    QPushButton *showAnywayButton() const { return m_showAnyway; }

Q_SIGNALS:
    /// "Show anyway" on a too-large file.
    void showAnywayClicked();

private:
    void setTexts(const QString &title, const QString &detail, bool showAnyway);

    Kind m_kind = Kind::NothingSelected;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_showAnyway = nullptr;
};

} // namespace gantry
