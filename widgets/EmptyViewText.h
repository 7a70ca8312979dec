#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAbstractItemView;

namespace gantry {

/// The sentence an empty list or table shows ("No findings: the file is valid."), painted in the
/// middle of its viewport — not a fake row that could be selected, sorted or counted.
class EmptyViewText : public QObject
{
    Q_OBJECT
public:
    /// Shows `text` in `view` while its model has no rows (owned by the view).
    static EmptyViewText *install(QAbstractItemView *view, const QString &text);

    void setText(const QString &text);
    QString text() const { return m_text; }
    /// Whether the text is showing now (the view is empty and the text is not).
    bool isShowing() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyViewText(QAbstractItemView *view, const QString &text);

    QPointer<QAbstractItemView> m_view;
    QString m_text;
};

} // namespace gantry
