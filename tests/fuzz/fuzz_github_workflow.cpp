// Fuzz target: a GitHub Actions workflow read, validated and laid out as the graph.
// Property: any bytes give a document with findings, and its graph, within the limits.

#include "FuzzInput.h"
#include "pipelines/WorkflowDocument.h"
#include "pipelines/WorkflowGraph.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const gantry::WorkflowDocument doc = gantry::WorkflowDocument::fromText(text, gantry::WorkflowKind::GitHubActions);
    (void)doc.hasErrors();
    const auto measure = [](const gantry::WorkflowGraphNode &n) { return QSizeF(7.0 * double(n.title.size() + 8), 40.0); };
    (void)gantry::WorkflowGraph::build(doc.workflow(), measure);
    return 0;
}
