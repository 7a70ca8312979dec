#include "widgets/DiffLexerFactory.h"

#ifdef GANTRY_HAVE_KSYNTAXHIGHLIGHTING
#include "widgets/KSyntaxLexer.h"
#endif

#include <QFileInfo>
#include <QHash>

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexerbatch.h>
#include <Qsci/qscilexercmake.h>
#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexercsharp.h>
#include <Qsci/qscilexercss.h>
#include <Qsci/qscilexerd.h>
#include <Qsci/qscilexerdiff.h>
#include <Qsci/qscilexerfortran.h>
#include <Qsci/qscilexerhtml.h>
#include <Qsci/qscilexerjava.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexerlua.h>
#include <Qsci/qscilexermakefile.h>
#include <Qsci/qscilexermarkdown.h>
#include <Qsci/qscilexerpascal.h>
#include <Qsci/qscilexerperl.h>
#include <Qsci/qscilexerpo.h>
#include <Qsci/qscilexerproperties.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexerruby.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qscilexertcl.h>
#include <Qsci/qscilexertex.h>
#include <Qsci/qscilexerverilog.h>
#include <Qsci/qscilexervhdl.h>
#include <Qsci/qscilexerxml.h>
#include <Qsci/qscilexeryaml.h>

#include <functional>

namespace gantry {

namespace {

using LexerMaker = std::function<QsciLexer *(QObject *)>;

template <typename Lexer>
LexerMaker make()
{
    return [](QObject *parent) -> QsciLexer * { return new Lexer(parent); };
}

/// Lexers by lower-case extension.
const QHash<QString, LexerMaker> &byExtension()
{
    static const QHash<QString, LexerMaker> table = [] {
        QHash<QString, LexerMaker> t;
        // C-like syntaxes without a lexer of their own read well enough with the C++ one.
        for (const char *ext : {"c", "cc", "cpp", "cxx", "c++", "h", "hh", "hpp", "hxx", "h++", "inl", "ipp", "ino",
                                "m", "mm", "go", "swift", "kt", "kts", "dart", "proto", "glsl", "frag", "vert"})
            t.insert(QLatin1String(ext), make<QsciLexerCPP>());
        t.insert(QStringLiteral("cs"), make<QsciLexerCSharp>());
        for (const char *ext : {"java", "groovy", "gradle", "scala"})
            t.insert(QLatin1String(ext), make<QsciLexerJava>());
        for (const char *ext : {"js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx", "qml"})
            t.insert(QLatin1String(ext), make<QsciLexerJavaScript>());
        for (const char *ext : {"json", "jsonc", "json5", "geojson", "ipynb"})
            t.insert(QLatin1String(ext), make<QsciLexerJSON>());
        for (const char *ext : {"py", "pyw", "pyi", "gyp", "bzl", "bazel"})
            t.insert(QLatin1String(ext), make<QsciLexerPython>());
        for (const char *ext : {"yaml", "yml"})
            t.insert(QLatin1String(ext), make<QsciLexerYAML>());
        for (const char *ext : {"md", "markdown", "mdown", "mkd"})
            t.insert(QLatin1String(ext), make<QsciLexerMarkdown>());
        for (const char *ext : {"sh", "bash", "zsh", "ksh", "bats", "envrc"})
            t.insert(QLatin1String(ext), make<QsciLexerBash>());
        t.insert(QStringLiteral("cmake"), make<QsciLexerCMake>());
        for (const char *ext : {"html", "htm", "xhtml", "php", "vue"})
            t.insert(QLatin1String(ext), make<QsciLexerHTML>());
        for (const char *ext : {"xml", "ui", "qrc", "svg", "xsd", "xsl", "xslt", "plist", "csproj", "vcxproj", "pom",
                                "wsdl", "rss", "atom"})
            t.insert(QLatin1String(ext), make<QsciLexerXML>());
        for (const char *ext : {"css", "scss", "less", "qss"})
            t.insert(QLatin1String(ext), make<QsciLexerCSS>());
        t.insert(QStringLiteral("rb"), make<QsciLexerRuby>());
        t.insert(QStringLiteral("lua"), make<QsciLexerLua>());
        for (const char *ext : {"pl", "pm", "t"})
            t.insert(QLatin1String(ext), make<QsciLexerPerl>());
        t.insert(QStringLiteral("sql"), make<QsciLexerSQL>());
        for (const char *ext : {"diff", "patch"})
            t.insert(QLatin1String(ext), make<QsciLexerDiff>());
        t.insert(QStringLiteral("mk"), make<QsciLexerMakefile>());
        for (const char *ext : {"ini", "cfg", "conf", "properties", "toml", "editorconfig", "gitconfig", "desktop"})
            t.insert(QLatin1String(ext), make<QsciLexerProperties>());
        for (const char *ext : {"tex", "sty", "cls"})
            t.insert(QLatin1String(ext), make<QsciLexerTeX>());
        for (const char *ext : {"bat", "cmd"})
            t.insert(QLatin1String(ext), make<QsciLexerBatch>());
        for (const char *ext : {"pas", "pp", "dpr"})
            t.insert(QLatin1String(ext), make<QsciLexerPascal>());
        t.insert(QStringLiteral("d"), make<QsciLexerD>());
        for (const char *ext : {"f90", "f95", "f03", "f", "for"})
            t.insert(QLatin1String(ext), make<QsciLexerFortran>());
        t.insert(QStringLiteral("tcl"), make<QsciLexerTCL>());
        for (const char *ext : {"v", "sv", "svh"})
            t.insert(QLatin1String(ext), make<QsciLexerVerilog>());
        for (const char *ext : {"vhd", "vhdl"})
            t.insert(QLatin1String(ext), make<QsciLexerVHDL>());
        for (const char *ext : {"po", "pot"})
            t.insert(QLatin1String(ext), make<QsciLexerPO>());
        return t;
    }();
    return table;
}

/// Lexers by whole file name (lower case), for files whose name says what they are.
const QHash<QString, LexerMaker> &byFileName()
{
    static const QHash<QString, LexerMaker> table = [] {
        QHash<QString, LexerMaker> t;
        t.insert(QStringLiteral("cmakelists.txt"), make<QsciLexerCMake>());
        for (const char *name : {"makefile", "gnumakefile", "makefile.am", "makefile.in"})
            t.insert(QLatin1String(name), make<QsciLexerMakefile>());
        for (const char *name : {".bashrc", ".bash_profile", ".profile", ".zshrc", "pkgbuild", "configure"})
            t.insert(QLatin1String(name), make<QsciLexerBash>());
        for (const char *name : {".gitconfig", ".gitmodules", ".editorconfig", "setup.cfg", "tox.ini"})
            t.insert(QLatin1String(name), make<QsciLexerProperties>());
        for (const char *name : {"gemfile", "rakefile", "podfile", "vagrantfile"})
            t.insert(QLatin1String(name), make<QsciLexerRuby>());
        for (const char *name : {"sconstruct", "sconscript", "build", "workspace"})
            t.insert(QLatin1String(name), make<QsciLexerPython>());
        return t;
    }();
    return table;
}

} // namespace

QsciLexer *DiffLexerFactory::create(const QString &path, bool darkPalette, QObject *parent)
{
    const QFileInfo info(path);
    const QString name = info.fileName().toLower();
    if (name.isEmpty())
        return nullptr;
#ifdef GANTRY_HAVE_KSYNTAXHIGHLIGHTING
    if (QsciLexer *lexer = KSyntaxLexer::create(name, darkPalette, parent))
        return lexer;
#else
    Q_UNUSED(darkPalette)
#endif
    if (auto it = byFileName().constFind(name); it != byFileName().constEnd())
        return (*it)(parent);
    if (name.startsWith(QLatin1String("dockerfile")) || name.endsWith(QLatin1String(".dockerfile")))
        return new QsciLexerBash(parent);  // RUN lines are shell; comments match too
    // The longest known suffix wins: "a.test.js" tries "test.js", then "js".
    const QString complete = info.completeSuffix().toLower();
    QStringList suffixes;
    for (qsizetype start = 0;;) {
        suffixes.append(complete.mid(start));
        const qsizetype dot = complete.indexOf(QLatin1Char('.'), start);
        if (dot < 0)
            break;
        start = dot + 1;
    }
    for (const QString &suffix : suffixes) {
        if (auto it = byExtension().constFind(suffix); it != byExtension().constEnd())
            return (*it)(parent);
    }
    return nullptr;
}

} // namespace gantry
