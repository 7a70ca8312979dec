#include "gitcore/LooseObjectGuard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QString>

#include <git2/sys/odb_backend.h>
#include <zlib.h>

#include <cstdlib>
#include <new>

namespace gantry {

namespace {

/// Above GIT_LOOSE_PRIORITY (1) and the pack backend (2): asked first.
constexpr int kGuardPriority = 100;

struct GuardBackend
{
    git_odb_backend parent;
    QByteArray objectsDir;      // ".../objects", without a trailing slash
    QMutex mutex;
    QSet<QByteArray> verified;  // raw ids of loose objects already found sound
};

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::LooseObjectGuard)
};

/// Why `compressed` is not a whole zlib stream holding "<type> <size>\0<size bytes>", or empty.
/// With `headerOnly`, only "<type> <size>\0" must inflate (what libgit2's header read needs).
QString streamProblem(const QByteArray &compressed, bool headerOnly)
{
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return Tr::tr("cannot start zlib");
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    z.avail_in = uInt(compressed.size());
    QByteArray header;
    unsigned long long total = 0;
    unsigned char chunk[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = chunk;
        z.avail_out = sizeof chunk;
        rc = inflate(&z, Z_NO_FLUSH);
        const size_t produced = sizeof chunk - z.avail_out;
        if (header.size() < 64)
            header.append(reinterpret_cast<const char *>(chunk), qsizetype(qMin<size_t>(produced, 64)));
        total += produced;
        if (headerOnly && header.contains('\0') && rc != Z_DATA_ERROR)
            break;
        if (rc == Z_BUF_ERROR || (rc == Z_OK && z.avail_in == 0 && produced == 0))
            break;  // no progress: the input ended before the stream did
    }
    inflateEnd(&z);
    if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_MEM_ERROR)
        return Tr::tr("it is not a valid zlib stream");
    if (headerOnly && header.contains('\0'))
        return {};
    if (rc != Z_STREAM_END)
        return Tr::tr("its zlib stream is truncated");
    const qsizetype nul = header.indexOf('\0');
    const qsizetype space = header.indexOf(' ');
    bool ok = false;
    const unsigned long long size = space > 0 && nul > space ? header.mid(space + 1, nul - space - 1).toULongLong(&ok) : 0;
    if (!ok || total != size + quint64(nul) + 1)
        return Tr::tr("its header does not match its content");
    return {};
}

/// GIT_PASSTHROUGH when `oid` is packed, missing or a sound loose object; else the error.
int check(git_odb_backend *backend, const git_oid *oid, bool headerOnly)
{
    auto *guard = reinterpret_cast<GuardBackend *>(backend);
    const QByteArray raw(reinterpret_cast<const char *>(oid->id), GIT_OID_RAWSZ);
    {
        QMutexLocker lock(&guard->mutex);
        if (guard->verified.contains(raw))
            return GIT_PASSTHROUGH;
    }
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, oid);
    const QByteArray file = guard->objectsDir + '/' + QByteArray(hex, 2) + '/' + QByteArray(hex + 2);
    QFile f(QFile::decodeName(file));
    if (!f.open(QIODevice::ReadOnly))
        return GIT_PASSTHROUGH;  // packed, or missing: libgit2 says which
    const QString problem = streamProblem(f.readAll(), headerOnly);
    if (problem.isEmpty() && headerOnly)
        return GIT_PASSTHROUGH;
    if (problem.isEmpty()) {
        QMutexLocker lock(&guard->mutex);
        guard->verified.insert(raw);
        return GIT_PASSTHROUGH;
    }
    const QString message = Tr::tr("loose object %1 (stored in %2) is corrupt: %3")
                                .arg(QString::fromLatin1(hex), QFile::decodeName(file), problem);
    git_error_set_str(GIT_ERROR_ODB, message.toUtf8().constData());
    return GIT_ERROR;
}

int guardRead(void **, size_t *, git_object_t *, git_odb_backend *backend, const git_oid *oid)
{
    return check(backend, oid, false);
}

int guardReadHeader(size_t *, git_object_t *, git_odb_backend *backend, const git_oid *oid)
{
    return check(backend, oid, true);
}

void guardFree(git_odb_backend *backend)
{
    delete reinterpret_cast<GuardBackend *>(backend);
}

} // namespace

int LooseObjectGuard::install(git_repository *repo)
{
    git_odb *odb = nullptr;
    if (int rc = git_repository_odb(&odb, repo); rc < 0)
        return rc;
    auto *guard = new (std::nothrow) GuardBackend;
    if (!guard) {
        git_odb_free(odb);
        return GIT_ERROR;
    }
    git_odb_init_backend(&guard->parent, GIT_ODB_BACKEND_VERSION);
    guard->parent.read = guardRead;
    guard->parent.read_header = guardReadHeader;
    guard->parent.free = guardFree;
    guard->objectsDir = QByteArray(git_repository_commondir(repo)) + "objects";
    const int rc = git_odb_add_backend(odb, &guard->parent, kGuardPriority);
    if (rc < 0)
        delete guard;
    git_odb_free(odb);
    return rc;
}

} // namespace gantry
