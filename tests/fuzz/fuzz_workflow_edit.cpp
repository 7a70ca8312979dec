// Fuzz target: the visual editors. A workflow (GitHub or GitLab, by the first byte) is parsed and
// one edit, chosen by the next bytes and naming its jobs, is applied. Properties: an applied edit
// gives a text that parses without a new YAML error; a refused edit leaves the text byte-identical.

#include "FuzzInput.h"
#include "pipelines/GitLabEditor.h"
#include "pipelines/WorkflowDocument.h"
#include "pipelines/WorkflowEditor.h"

namespace {

using namespace gantry;

QString pick(const QStringList &ids, quint8 b, const QString &fallback)
{
    return ids.isEmpty() || b % 4 == 3 ? fallback : ids.at(b % ids.size());
}

WorkflowEditResult githubEdit(const WorkflowDocument &doc, fuzz::FuzzInput &in)
{
    QStringList ids;
    for (const WorkflowJob &j : doc.workflow().jobs)
        ids << j.id;
    const WorkflowEditor editor(doc);
    const quint8 op = in.byte();
    const QString a = pick(ids, in.byte(), in.shortText());
    const QString b = pick(ids, in.byte(), in.shortText());
    switch (op % 9) {
    case 0: return editor.addJob(a);
    case 1: return editor.removeJob(a);
    case 2: return editor.renameJob(a, b);
    case 3: return editor.addNeeds(a, b);
    case 4: return editor.removeNeeds(a, b);
    case 5: return editor.addStep(a, WorkflowEditor::NewStep{b, QStringLiteral("echo hi"), {}, {}}, int(in.byte()) - 1);
    case 6: return editor.removeStep(a, in.byte() % 4);
    case 7: return editor.moveStep(a, in.byte() % 4, in.byte() % 4);
    default: return editor.set(QStringLiteral("jobs.") + a + QLatin1Char('.') + in.shortText(12), b);
    }
}

WorkflowEditResult gitlabEdit(const WorkflowDocument &doc, fuzz::FuzzInput &in)
{
    QStringList ids;
    for (const GitLabJob &j : doc.gitlab().jobs)
        ids << j.id;
    const GitLabEditor editor(doc);
    const quint8 op = in.byte();
    const QString a = pick(ids, in.byte(), in.shortText());
    const QString b = pick(ids, in.byte(), in.shortText());
    switch (op % 10) {
    case 0: return editor.addJob(a, b, {QStringLiteral("make")});
    case 1: return editor.removeJob(a);
    case 2: return editor.renameJob(a, b);
    case 3: return editor.addNeeds(a, b);
    case 4: return editor.removeNeeds(a, b);
    case 5: return editor.setStage(a, b);
    case 6: return editor.addStage(b);
    case 7: return editor.addScriptLine(a, b, int(in.byte()) - 1);
    case 8: return editor.removeScriptLine(a, in.byte() % 4);
    default: return editor.set(a + QLatin1Char('.') + in.shortText(12), b);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::FuzzInput in(data, size);
    const bool gitlab = in.byte() & 1;
    // The edit's choices come first, the file after them: read them off a copy.
    fuzz::FuzzInput choices = in;
    for (int i = 0; i < 8; ++i)
        (void)in.byte();
    const QByteArray text = in.rest();
    const WorkflowDocument doc = WorkflowDocument::fromText(text, gitlab ? WorkflowKind::GitLabCi : WorkflowKind::GitHubActions);
    const WorkflowEditResult result = gitlab ? gitlabEdit(doc, choices) : githubEdit(doc, choices);
    if (!result.ok) {
        if (result.text != text)
            fuzz::fail("a refused edit changed the text");
        return 0;
    }
    const WorkflowDocument after = WorkflowDocument::fromText(result.text, doc.kind());
    for (const Diagnostic &d : after.tree().diagnostics())
        if (d.isError() && d.rule.startsWith(QLatin1String("yaml-")) && d.rule != QLatin1String("yaml-duplicate-key")
            && !doc.tree().diagnostics().contains(d))
            fuzz::fail("an applied edit made the YAML invalid");
    return 0;
}
