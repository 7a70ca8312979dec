#pragma once

#include "pipelines/GitLabPipeline.h"
#include "pipelines/WorkflowGraph.h"

namespace gantry {

/// The graph of a GitLab CI pipeline as GitLab draws it: one column per stage (in `stages:`
/// order, empty stages left out) headed by the stage's name, the stage's jobs below it, and an
/// edge for each `needs` across the columns. The same WorkflowGraphData the view paints.
class GitLabGraph
{
public:
    static WorkflowGraphData build(const GitLabPipeline &pipeline, const WorkflowGraph::Measure &measure);
};

} // namespace gantry
