#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace gantry {

/// The strip above an editor that says its file changed on disk underneath unsaved edits,
/// with the three ways out — Reload (the disk's version), Keep Mine, Show Difference — or that
/// the file was deleted on disk (no buttons then). Non-modal: work goes on while it shows.
class FileChangedBar : public QWidget
{
    Q_OBJECT
public:
    explicit FileChangedBar(QWidget *parent = nullptr);

    /// "NAME changed on disk …" with the three buttons.
    void showChanged(const QString &fileName);
    /// "NAME was deleted on disk …", no buttons.
    void showDeleted(const QString &fileName);

    QString text() const;
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *differenceButton() const { return m_difference; }

Q_SIGNALS:
    void reloadRequested();
    void keepMineRequested();
    void differenceRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_text = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_difference = nullptr;
    bool m_applyingColors = false;
};

} // namespace gantry
