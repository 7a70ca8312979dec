#include "gitcore/Oid.h"

namespace gantry {

Oid Oid::fromHex(QStringView hex)
{
    Oid oid;
    const QByteArray latin = hex.toLatin1();
    if (latin.size() != GIT_OID_HEXSZ || git_oid_fromstrn(&oid.raw, latin.constData(), latin.size()) < 0)
        return Oid();
    return oid;
}

QString Oid::toString() const
{
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, &raw);
    return QString::fromLatin1(buf, GIT_OID_HEXSZ);
}

} // namespace gantry
