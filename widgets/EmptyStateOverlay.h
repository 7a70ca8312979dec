#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;

namespace gantry {

/// The empty-state text of an item view ("Nothing to commit, working tree clean", "No files
/// changed"): painted, muted and wrapped, in the part of the viewport under the last row — the
/// whole viewport when there are no rows — while the view counts as empty. One per view, a child
/// of its viewport that lets every click through. Any list, tree or table can use it.
class EmptyStateOverlay : public QWidget
{
    Q_OBJECT
public:
    /// Shows `text` in `view` while its model has no rows under the view's root (see setEmptyCheck).
    explicit EmptyStateOverlay(QAbstractItemView *view, const QString &text = {});

    void setText(const QString &text);
    QString text() const { return m_text; }
    /// When the view counts as empty, for views whose model keeps rows that are not content
    /// (section headers). The default: no rows under the view's root.
    void setEmptyCheck(std::function<bool()> isEmpty);
    /// True when the text is shown now: it is not empty and the view counts as empty.
    bool isShowing() const { return !isHidden(); }
    /// Re-reads the model and the geometry; the overlay calls it on the model's and view's changes.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void watchModel();
    int bottomOfRows() const;

    QPointer<QAbstractItemView> m_view;
    QString m_text;
    std::function<bool()> m_isEmpty;
    QPointer<QAbstractItemModel> m_model;  // the model the connections below watch
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace gantry
