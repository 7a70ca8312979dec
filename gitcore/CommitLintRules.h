#pragma once

#include "gitcore/CommitLintConfig.h"
#include "gitcore/ConventionalCommit.h"

#include <QString>

namespace gantry {

/// The verdict of one rule on one message: valid, or commitlint's message and where.
struct RuleVerdict
{
    bool valid = true;
    QString message;
    int line = 1;
    int column = 1;
};

/// commitlint's rules (@commitlint/rules), each a function of the parsed message, "always" or
/// "never", and the rule's value; the messages are commitlint's own.
class CommitLintRules
{
public:
    static RuleVerdict evaluate(const LintRuleSetting &setting, const ConventionalCommit &commit);
};

} // namespace gantry
