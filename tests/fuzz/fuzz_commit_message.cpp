// Fuzz target: a commit message cleaned up as git does, parsed as a conventional commit and
// linted as commitlint does. Property: any text gives findings within the limits, every finding
// points inside the message, and cleaning up twice changes nothing more.

#include "FuzzInput.h"
#include "gitcore/CommitLinter.h"
#include "gitcore/CommitMessage.h"
#include "gitcore/ConventionalCommit.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gantry::fuzz::FuzzInput in(data, size);
    const quint8 choice = in.byte();
    const QString message = QString::fromUtf8(in.rest());
    const auto preset = (choice & 1) ? gantry::ConventionalCommit::Preset::Angular
                                     : gantry::ConventionalCommit::Preset::ConventionalCommits;
    const QChar comment = (choice & 2) ? QLatin1Char('#') : QChar();
    (void)gantry::ConventionalCommit::parse(message, comment, preset).subject();
    static const gantry::CommitLinter linter;
    const auto findings = linter.lint(message, comment);
    const int lines = int(message.count(QLatin1Char('\n'))) + 1;
    for (const auto &f : findings)
        if (f.line < 0 || f.line > lines)
            gantry::fuzz::fail("a finding points outside the message");
    const QString once = gantry::CommitMessage::cleanup(message, gantry::CleanupMode::Strip);
    if (gantry::CommitMessage::cleanup(once, gantry::CleanupMode::Strip) != once)
        gantry::fuzz::fail("cleanup is not idempotent");
    return 0;
}
