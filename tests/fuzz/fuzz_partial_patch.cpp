// Fuzz target: partial-patch application (line staging). Two texts are diffed; a selection of
// changed lines is applied and reverted. Properties: selecting every change gives the new text
// (apply) or the old one (revert); any selection either builds or is refused, never crashes.

#include "FuzzInput.h"
#include "gitcore/DiffReader.h"
#include "gitcore/PartialPatch.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gantry::fuzz::FuzzInput in(data, size);
    const quint8 mask = in.byte();
    const QByteArray both = in.rest();
    const qsizetype cut = both.indexOf("\n====\n");
    const QByteArray oldText = cut < 0 ? both : both.left(cut + 1);
    const QByteArray newText = cut < 0 ? QByteArray() : both.mid(cut + 6);
    auto diff = gantry::DiffReader::diffBuffers(oldText, QStringLiteral("f"), newText, QStringLiteral("f"));
    if (!diff || diff->binary || diff->hunks.isEmpty())
        return 0;
    const QList<gantry::DiffLineRef> all = gantry::PartialPatch::allChanges(*diff);
    using D = gantry::PartialPatch::Direction;
    if (auto applied = gantry::PartialPatch::build(*diff, oldText, newText, all, D::Apply); applied && *applied != newText)
        gantry::fuzz::fail("applying every change does not give the new text");
    if (auto reverted = gantry::PartialPatch::build(*diff, oldText, newText, all, D::Revert); reverted && *reverted != oldText)
        gantry::fuzz::fail("reverting every change does not give the old text");
    QList<gantry::DiffLineRef> some;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (mask & (1u << (i % 8)))
            some.append(all[i]);
    (void)gantry::PartialPatch::build(*diff, oldText, newText, some, D::Apply);
    (void)gantry::PartialPatch::build(*diff, oldText, newText, some, D::Revert);
    return 0;
}
