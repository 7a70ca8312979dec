#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace gantry {

/// A non-blocking message over a repository's workspace: an error with its text, or a notice
/// with an optional action ("Undo"). It floats over the bottom right of its host, outside any
/// layout, so showing and hiding it never moves the widgets under the pointer. Stays until
/// closed or replaced; notices without an action go away after a few seconds.
class MessageBar : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Information, Success, Error };

    /// Floats over `host` (its parent), following its size.
    explicit MessageBar(QWidget *host);

    /// Shows `text`. With `actionText` and `action`, a button runs `action` and closes the bar.
    void showMessage(Kind kind, const QString &text, const QString &actionText = {},
                     std::function<void()> action = {});
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void dismiss();

    Kind kind() const { return m_kind; }
    QString text() const;
    QPushButton *actionButton() const { return m_actionButton; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyColors();

    Kind m_kind = Kind::Information;
    bool m_applyingColors = false;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_actionButton = nullptr;
    QToolButton *m_closeButton = nullptr;
    QTimer *m_autoHide = nullptr;
    std::function<void()> m_action;
};

} // namespace gantry
