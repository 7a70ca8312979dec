#pragma once

// What the Pipelines workspace's GUI tests share (header-only, like MainWindowTestKit).

#include "app/PipelinesTab.h"
#include "support/gui/MainWindowTestKit.h"
#include "widgets/WorkflowGraphView.h"

#include <QAction>

namespace gantry::testkit {

/// Opens `path` in a tab of `window` and switches to its Pipelines workspace through the menu
/// action, as a user would (a setup step: failing is fatal); the graph is fitted to the view
/// when `fit` is set.
inline PipelinesTab *openPipelines(MainWindow &window, const QString &path, bool fit = false)
{
    RepositoryTab *tab = MainWindowTestKit::open(window, path);
    window.pipelinesAction()->trigger();
    if (tab->workspace() != RepositoryTab::Workspace::Pipelines)
        qFatal("the Pipelines action did not switch the workspace");
    if (fit)
        tab->pipelinesTab()->graphView()->fit();
    return tab->pipelinesTab();
}

} // namespace gantry::testkit
