#pragma once

#include <QFrame>
#include <QString>

namespace gantry {

/// A one-line label that shortens its text with an ellipsis (in the middle by default, so both
/// the start of a path and its file name stay visible) instead of clipping it, and shows the
/// full text as its tooltip. Its minimum width is about a dozen characters,
/// so a layout can squeeze it without it vanishing.
class ElidedLabel : public QFrame
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void clear() { setText(QString()); }
    void setElideMode(Qt::TextElideMode mode);
    Qt::TextElideMode elideMode() const { return m_mode; }
    /// What is painted at the current width.
    QString displayedText() const;
    bool isElided() const { return displayedText() != m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
    Qt::TextElideMode m_mode = Qt::ElideMiddle;
};

} // namespace gantry
