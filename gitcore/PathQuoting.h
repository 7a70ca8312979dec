#pragma once

#include <QByteArray>

namespace gantry {

/// Git's C-style path quoting (quote_c_style), shared by status and log output.
/// A path that needs no quoting comes back unchanged; otherwise it is wrapped in double quotes
/// with \a \b \t \n \v \f \r \" \\ escaped and, when core.quotePath is true (git's default),
/// every byte >= 0x80 written as a three-digit octal escape ("\303\251" for é).
class PathQuoting
{
public:
    /// `path` as git prints it in status, diff headers and log --name-only.
    static QByteArray quote(const QByteArray &path, bool quoteNonAscii = true);
    /// As git status prints paths (quote_path with QUOTE_PATH_QUOTE_SP): like quote(), and a path
    /// containing a space is wrapped in quotes too, so that "a b" and "a -> b" stay unambiguous.
    static QByteArray quoteForStatus(const QByteArray &path, bool quoteNonAscii = true);
    /// Whether quote() would wrap `path` in quotes.
    static bool needsQuoting(const QByteArray &path, bool quoteNonAscii = true);
    /// The reverse of quote(): a quoted path back to its bytes; unquoted text is returned as is.
    static QByteArray unquote(const QByteArray &quoted);
};

} // namespace gantry
