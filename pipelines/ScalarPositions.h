#pragma once

#include "pipelines/TextPositions.h"
#include "pipelines/YamlSyntaxTree.h"

#include <utility>

namespace gantry {

/// Maps a character offset in a scalar's decoded value back to the 1-based line and column in
/// the file, so a finding inside `${{ }}` or a cron field points at its exact character: exact
/// for single-line plain and quoted scalars, and for any style near a `${{` (found again in the
/// raw text); otherwise the scalar's start.
class ScalarPositions
{
public:
    explicit ScalarPositions(const YamlSyntaxTree &tree);

    std::pair<int, int> position(int node, int valueOffset) const;

private:
    const YamlSyntaxTree &t;
    TextPositions m_positions;
};

} // namespace gantry
