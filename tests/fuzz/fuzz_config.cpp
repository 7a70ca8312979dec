// Fuzz target: the configuration readers — commitlint's (.commitlintrc JSON and YAML,
// package.json) and Gantry's .gantry/conventions.yml and guard rails.
// Property: any bytes give a configuration with problems listed, never a crash, within the limits.

#include "FuzzInput.h"
#include "gitcore/BranchPolicy.h"
#include "gitcore/CommitLintConfig.h"
#include "gitcore/GuardRailConfig.h"
#include "gitcore/ReleaseConfig.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gantry::fuzz::FuzzInput in(data, size);
    const quint8 choice = in.byte();
    const QByteArray text = in.rest();
    switch (choice % 6) {
    case 0: (void)gantry::CommitLintConfig::fromText(text, QStringLiteral(".commitlintrc.json")); break;
    case 1: (void)gantry::CommitLintConfig::fromText(text, QStringLiteral(".commitlintrc.yml")); break;
    case 2: (void)gantry::CommitLintConfig::fromText(text, QStringLiteral("package.json")); break;
    case 3: (void)gantry::BranchPolicy::fromText(text, QStringLiteral(".gantry/conventions.yml")).check(QStringLiteral("feat/x-1")); break;
    case 4: (void)gantry::ReleaseConfig::fromText(text, QStringLiteral(".gantry/conventions.yml")); break;
    default: (void)gantry::GuardRailConfig::fromText(text, QStringLiteral(".gantry/conventions.yml")); break;
    }
    return 0;
}
