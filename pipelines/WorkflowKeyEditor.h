#pragma once

#include "pipelines/WorkflowEditor.h"

#include <optional>

namespace gantry {

/// One change at a dotted key path: a new value, an item added at the end of the list there,
/// or the key (or list item) removed.
struct WorkflowKeyChange
{
    QString keyPath;
    std::optional<YamlOut> value;   ///< none: remove
    bool append = false;            ///< `value` goes at the end of the list at keyPath

    static WorkflowKeyChange set(const QString &keyPath, const YamlOut &value) { return {keyPath, value, false}; }
    static WorkflowKeyChange appendItem(const QString &keyPath, const YamlOut &value) { return {keyPath, value, true}; }
    static WorkflowKeyChange remove(const QString &keyPath) { return {keyPath, std::nullopt, false}; }
};

/// The edits by key path that WorkflowEditor's set and remove are made of, beyond a plain
/// value: removing a key or a list item with its comments; giving `on:` its map form when an
/// event written in a short form (`on: push`, `on: [push, pull_request]`) gets a filter; and
/// several changes made one after the other and handed back as one patch (what a dialog's OK
/// makes: one undo step). Every change is verified as WorkflowEditor verifies its edits.
class WorkflowKeyEditor
{
public:
    explicit WorkflowKeyEditor(const WorkflowEditor &editor) : m_editor(editor) {}

    /// Removes the key (or list item, by index) at `keyPath`, with its comments.
    WorkflowEditResult remove(const QString &keyPath) const;
    /// Adds `value` at the end of the list at `keyPath`, in the list's own style.
    WorkflowEditResult append(const QString &keyPath, const YamlOut &value) const;
    /// Whether `parts` goes into an event of an `on:` written as a name or a list of names.
    bool needsMapForm(const QStringList &parts) const;
    /// `on:` rewritten as a map of its events, the one in `keyPath` holding `value`.
    WorkflowEditResult setInMapForm(const QStringList &parts, const YamlOut &value) const;

    /// Applies the changes in turn (values set first, then removals, so a mapping never goes
    /// through `{}`), each on the text the one before made, and returns the whole as one patch.
    /// The first refused change refuses all; nothing changes then.
    static WorkflowEditResult applyAll(const WorkflowDocument &document, const QList<WorkflowKeyChange> &changes);

private:
    /// `on:`'s value when it is written as a name or a list of names (not an alias), else -1.
    int shortFormOn() const;

    const WorkflowEditor &m_editor;
};

} // namespace gantry
