#pragma once

#include "pipelines/WorkflowTemplates.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace gantry {

/// "New Workflow": pick a template (with its description and a preview), name the workflow and
/// its file under .github/workflows/. The file name must be new and end in .yml or .yaml.
class NewWorkflowDialog : public QDialog
{
    Q_OBJECT
public:
    /// `existing`: the file names already in .github/workflows (refused as names).
    explicit NewWorkflowDialog(const QStringList &existing, QWidget *parent = nullptr);

    QString templateId() const;
    QString fileName() const;
    QString workflowName() const;

    QListWidget *templateList() const { return m_templates; }
    QLineEdit *fileNameEdit() const { return m_fileName; }
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void onTemplateChanged();
    void validate();

    QList<WorkflowTemplates::Template> m_all;
    QStringList m_existing;
    QListWidget *m_templates = nullptr;
    QLabel *m_description = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_fileName = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gantry
