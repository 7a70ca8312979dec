#pragma once

// Helpers shared by the libFuzzer targets: turn the fuzzer's bytes into the inputs a target needs.

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <utility>

namespace gantry::fuzz {

/// The fuzzer's bytes, consumed from the front: small choices first, the rest as a file.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size) : m_bytes(reinterpret_cast<const char *>(data), qsizetype(size)) {}

    /// One byte (0 when exhausted).
    quint8 byte()
    {
        if (m_pos >= m_bytes.size())
            return 0;
        return quint8(m_bytes.at(m_pos++));
    }
    /// A short string: a length byte (at most `max`) and that many bytes, as UTF-8.
    QString shortText(int max = 24)
    {
        const int len = byte() % (max + 1);
        const QByteArray part = m_bytes.mid(m_pos, len);
        m_pos += part.size();
        return QString::fromUtf8(part);
    }
    /// Everything not consumed yet.
    QByteArray rest() const { return m_bytes.mid(m_pos); }

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
};

/// Splits a multi-file input: the first part is the main file, each later part starts with a line
/// "#--- path" naming the file it holds (how the seed corpus writes a project of several files).
inline QList<std::pair<QString, QByteArray>> splitFiles(const QByteArray &bytes)
{
    QList<std::pair<QString, QByteArray>> files;
    const QByteArray marker("\n#--- ");
    qsizetype start = 0;
    QString name;
    for (;;) {
        const qsizetype at = bytes.indexOf(marker, start);
        files.append({name, bytes.mid(start, at < 0 ? -1 : at + 1 - start)});
        if (at < 0)
            break;
        const qsizetype nameStart = at + marker.size();
        qsizetype eol = bytes.indexOf('\n', nameStart);
        if (eol < 0)
            eol = bytes.size();
        name = QString::fromUtf8(bytes.mid(nameStart, eol - nameStart)).trimmed();
        start = qMin(eol + 1, bytes.size());
    }
    return files;
}

/// A property the target checks did not hold: abort so libFuzzer records the input.
[[noreturn]] inline void fail(const char *what)
{
    fprintf(stderr, "fuzz property violated: %s\n", what);
    std::abort();
}

} // namespace gantry::fuzz
