#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gantry {

/// "Clone…": the URL to clone and the folder to clone into (a parent folder plus a name taken
/// from the URL, editable). Holds no Git logic: the owner clones targetPath() when it is accepted.
class CloneDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CloneDialog(QWidget *parent = nullptr);
    ~CloneDialog() override;

    void setUrl(const QString &url);
    QString url() const;
    void setParentFolder(const QString &folder);
    QString parentFolder() const;
    void setName(const QString &name);
    QString name() const;
    /// parentFolder()/name().
    QString targetPath() const;

    /// The folder name git clone would pick for `url` ("https://host/team/app.git" → "app").
    static QString nameFromUrl(const QString &url);

    // Parts, for tests.
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *cloneButton() const;

private:
    void revalidate();

    QLineEdit *m_url = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_target = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_nameEdited = false;
};

} // namespace gantry
