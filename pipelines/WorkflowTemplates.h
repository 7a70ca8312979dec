#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace gantry {

/// The starting points of the new-workflow dialog (resources/templates/*.yml, compiled in):
/// build and test; test then deploy through test, staging and production with a manual
/// approval before production; a scheduled job; a container image built and pushed.
class WorkflowTemplates
{
public:
    struct Template
    {
        QString id;           ///< "build-and-test"
        QString title;        ///< translated
        QString description;  ///< translated
        QString fileName;     ///< the suggested file name, "build-and-test.yml"
    };

    static QList<Template> all();
    /// The template's YAML; empty for an unknown id.
    static QByteArray text(const QString &id);
};

} // namespace gantry
