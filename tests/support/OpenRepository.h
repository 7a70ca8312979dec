#pragma once

#include "gitcore/Repository.h"
#include "support/TestRepo.h"

#include <utility>

/// Opening a test's repository with gitcore, for the tests that link it (header only, so the
/// support library itself does not need gitcore).
namespace gantry::testkit {

/// The repository at `path`, opened by gitcore; a test that cannot open it stops (qFatal).
inline Repository openRepo(const QString &path)
{
    auto r = Repository::open(path);
    if (!r)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(r.errorMessage()));
    return std::move(r).value();
}

inline Repository openRepo(const TestRepo &repo) { return openRepo(repo.path()); }

} // namespace gantry::testkit
