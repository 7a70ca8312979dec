#pragma once

#include "pipelines/WorkflowDocument.h"
#include "pipelines/WorkflowKeyEditor.h"
#include "widgets/StepDialog.h"
#include "widgets/TriggerDialog.h"

namespace gantry {

/// Between the graph's dialogs and the workflow file: the values a dialog starts with, read
/// from the document, and the key-path changes that turn the values it started with into the
/// ones it ended with: only what changed, so everything else keeps its text and comments.
class PipelineDialogChanges
{
public:
    /// Step `index` of `job` as listed on its card (the job's readable steps): its values and
    /// its key path ("jobs.build.steps.2"); false when there is no such step.
    static bool stepValues(const WorkflowDocument &document, const QString &job, int index, StepDialog::Values *values,
                           QString *stepPath);
    /// What turns `before` into `after` for the step at `stepPath` (switching run↔uses removes
    /// the other key and what only goes with it).
    static QList<WorkflowKeyChange> stepChanges(const QString &stepPath, const StepDialog::Values &before,
                                                const StepDialog::Values &after);

    /// The trigger of `event`, or nullptr.
    static const WorkflowTrigger *trigger(const WorkflowDocument &document, const QString &event);
    static TriggerDialog::Values triggerValues(const WorkflowTrigger &trigger);
    /// What turns `before` into `after` under `on.<event>`: a list emptied removes its key.
    static QList<WorkflowKeyChange> triggerChanges(const WorkflowDocument &document, const TriggerDialog::Values &before,
                                                   const TriggerDialog::Values &after);
};

} // namespace gantry
