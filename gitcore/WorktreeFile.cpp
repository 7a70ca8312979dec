#include "gitcore/WorktreeFile.h"

#include "gitcore/GitError.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::WorktreeFile)
};

GitError failure(const QByteArray &path, int error)
{
    return GitError::custom(Tr::tr("cannot read '%1': %2").arg(QFile::decodeName(path), QString::fromLocal8Bit(std::strerror(error))));
}

} // namespace

Result<WorktreeFile> WorktreeFile::read(const QByteArray &path, qint64 readLimit)
{
    WorktreeFile file;
    if (::lstat(path.constData(), &file.st) < 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return file; // gone: neither a file nor a link
        return failure(path, errno);
    }
    if (file.isSymLink()) {
        // A target as long as the buffer may have been cut (the link changed since lstat): grow.
        qsizetype size = qsizetype(file.st.st_size > 0 ? file.st.st_size : 4095) + 1;
        for (;;) {
            file.content.resize(size);
            const ssize_t n = ::readlink(path.constData(), file.content.data(), size_t(size));
            if (n < 0)
                return failure(path, errno);
            if (n < size) {
                file.content.resize(n);
                break;
            }
            size *= 2;
        }
        file.contentRead = true;
        return file;
    }
    if (!file.isFile() || (readLimit >= 0 && file.st.st_size > readLimit))
        return file;
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return failure(path, errno);
    // The size lstat gave is read in one call; only a file that grew meanwhile needs more.
    const qsizetype expected = qsizetype(file.st.st_size);
    file.content.resize(expected);
    qsizetype done = 0;
    for (;;) {
        if (done == file.content.size()) {
            if (done == expected && done > 0)
                break;
            file.content.resize(file.content.size() + 65536);
        }
        const ssize_t got = ::read(fd, file.content.data() + done, size_t(file.content.size() - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            const int error = errno;
            ::close(fd);
            return failure(path, error);
        }
        if (got == 0)
            break;
        done += got;
    }
    ::close(fd);
    file.content.resize(done);
    file.contentRead = true;
    return file;
}

} // namespace gantry
