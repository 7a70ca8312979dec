#pragma once

#include <QObject>

class QWidget;

namespace gantry {

/// Makes every list popup of the application — a combo box's list, a completer's suggestions —
/// at least as wide as its widest entry, as its delegate draws it (Qt sizes them to the box they
/// open from, which cuts entries such as "build — Changes to the build system" in the middle).
/// Installed once on the application; it watches popups as they show and widens them in place,
/// kept on the screen.
class PopupWidth : public QObject
{
    Q_OBJECT
public:
    /// Installs the filter on the application (once; later calls do nothing).
    static void install();
    /// The width `popup` needs for its widest entry (its frame and scroll bar included), or 0 when
    /// it is not a list popup.
    static int neededWidth(QWidget *popup);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace gantry
