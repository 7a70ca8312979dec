#include "gitcore/CommandLineConfig.h"

#include <QByteArray>
#include <QCoreApplication>

#include <git2/sys/config.h>

#include <cstring>
#include <new>
#include <vector>

namespace gantry {

namespace {

/// tr() for this file: the context translations are looked up in, and the one lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gantry::CommandLineConfig)
};

constexpr const char *kVariable = "GIT_CONFIG_PARAMETERS";

bool isKeyChar(QChar c) { return (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-'); }

/// `key` as git stores it (section and variable name in lower case, the subsection as given), or why it is not a key.
Result<QString> normalisedKey(const QString &key)
{
    const qsizetype firstDot = key.indexOf(QLatin1Char('.'));
    const qsizetype lastDot = key.lastIndexOf(QLatin1Char('.'));
    if (firstDot <= 0)
        return GitError::custom(Tr::tr("key does not contain a section: %1").arg(key));
    if (lastDot == key.size() - 1)
        return GitError::custom(Tr::tr("key does not contain a variable name: %1").arg(key));
    const QString section = key.left(firstDot);
    const QString subsection = key.mid(firstDot + 1, lastDot - firstDot - 1);
    const QString variable = key.mid(lastDot + 1);
    bool valid = variable.front().isLetter() && variable.front().unicode() < 128 && !subsection.contains(QLatin1Char('\n'));
    for (const QChar c : section + variable)
        valid = valid && isKeyChar(c);
    if (!valid)
        return GitError::custom(Tr::tr("invalid key: %1").arg(key));
    return QString(section.toLower() + QLatin1Char('.') + (lastDot > firstDot ? subsection + QLatin1Char('.') : QString())
                   + variable.toLower());
}

/// git's sq_quote: 'text', with ' and ! closed, escaped and reopened.
QString quoted(const QString &text)
{
    QString out = QStringLiteral("'");
    for (const QChar c : text) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('!'))
            out += QStringLiteral("'\\") + c + QLatin1Char('\'');
        else
            out += c;
    }
    return out + QLatin1Char('\'');
}

/// Reads one sq-quoted word at `*pos` ('a'\''b' is a'b); false on bad quoting.
bool dequote(const QString &text, qsizetype *pos, QString *word)
{
    qsizetype i = *pos;
    if (i >= text.size() || text[i] != QLatin1Char('\''))
        return false;
    ++i;
    word->clear();
    for (;;) {
        if (i >= text.size())
            return false;  // unterminated
        const QChar c = text[i++];
        if (c != QLatin1Char('\'')) {
            *word += c;
            continue;
        }
        // A closing quote, possibly followed by \' or \! and a reopening quote.
        if (i + 2 < text.size() && text[i] == QLatin1Char('\\')
            && (text[i + 1] == QLatin1Char('\'') || text[i + 1] == QLatin1Char('!')) && text[i + 2] == QLatin1Char('\'')) {
            *word += text[i + 1];
            i += 3;
            continue;
        }
        *pos = i;
        return true;
    }
}

struct StoredEntry
{
    QByteArray name;
    QByteArray value;
    bool hasValue = true;
};

/// A read-only git_config_backend over the entries given on the command line.
struct ParametersBackend
{
    git_config_backend parent;
    std::vector<StoredEntry> entries;
    std::vector<git_config_entry> views;  // what iteration hands out, pointing into `entries`
    git_config_level_t level = GIT_CONFIG_LEVEL_APP;
};

struct ParametersIterator
{
    git_config_iterator parent;
    size_t next = 0;
};

ParametersBackend *backendOf(git_config_backend *backend) { return reinterpret_cast<ParametersBackend *>(backend); }

int readOnly()
{
    git_error_set_str(GIT_ERROR_CONFIG, Tr::tr("the configuration given with -c is read-only").toUtf8().constData());
    return GIT_ERROR;
}

int backendOpen(git_config_backend *backend, git_config_level_t level, const git_repository *)
{
    ParametersBackend *b = backendOf(backend);
    b->level = level;
    b->views.clear();
    for (const StoredEntry &e : b->entries)
        b->views.push_back(git_config_entry{e.name.constData(), e.hasValue ? e.value.constData() : nullptr, 0, level, nullptr, nullptr});
    return 0;
}

void freeEntry(git_config_entry *entry)
{
    std::free(const_cast<char *>(entry->name));
    std::free(const_cast<char *>(entry->value));
    delete entry;
}

int backendGet(git_config_backend *backend, const char *key, git_config_entry **out)
{
    ParametersBackend *b = backendOf(backend);
    for (auto it = b->entries.rbegin(); it != b->entries.rend(); ++it) {
        if (std::strcmp(it->name.constData(), key) != 0)
            continue;
        auto *entry = new (std::nothrow) git_config_entry{};
        if (!entry)
            return GIT_ERROR;
        entry->name = strdup(it->name.constData());
        entry->value = it->hasValue ? strdup(it->value.constData()) : nullptr;
        entry->level = b->level;
        entry->free = freeEntry;
        *out = entry;
        return 0;
    }
    return GIT_ENOTFOUND;
}

int backendSet(git_config_backend *, const char *, const char *) { return readOnly(); }
int backendSetMultivar(git_config_backend *, const char *, const char *, const char *) { return readOnly(); }
int backendDel(git_config_backend *, const char *) { return readOnly(); }
int backendDelMultivar(git_config_backend *, const char *, const char *) { return readOnly(); }
int backendLock(git_config_backend *) { return readOnly(); }
int backendUnlock(git_config_backend *, int) { return readOnly(); }

int iteratorNext(git_config_entry **entry, git_config_iterator *iterator)
{
    auto *it = reinterpret_cast<ParametersIterator *>(iterator);
    ParametersBackend *b = backendOf(it->parent.backend);
    if (it->next >= b->views.size())
        return GIT_ITEROVER;
    *entry = &b->views[it->next++];
    return 0;
}

void iteratorFree(git_config_iterator *iterator) { delete reinterpret_cast<ParametersIterator *>(iterator); }

int backendIterator(git_config_iterator **out, git_config_backend *backend)
{
    auto *it = new (std::nothrow) ParametersIterator{};
    if (!it)
        return GIT_ERROR;
    it->parent.backend = backend;
    it->parent.next = iteratorNext;
    it->parent.free = iteratorFree;
    *out = &it->parent;
    return 0;
}

void backendFree(git_config_backend *backend) { delete backendOf(backend); }

ParametersBackend *newBackend(std::vector<StoredEntry> entries);

int backendSnapshot(git_config_backend **out, git_config_backend *backend)
{
    ParametersBackend *copy = newBackend(backendOf(backend)->entries);
    if (!copy)
        return GIT_ERROR;
    *out = &copy->parent;
    return 0;
}

ParametersBackend *newBackend(std::vector<StoredEntry> entries)
{
    auto *b = new (std::nothrow) ParametersBackend;
    if (!b)
        return nullptr;
    git_config_init_backend(&b->parent, GIT_CONFIG_BACKEND_VERSION);
    b->parent.readonly = 1;  // so libgit2 writes to the repository's own files, never here
    b->parent.open = backendOpen;
    b->parent.get = backendGet;
    b->parent.set = backendSet;
    b->parent.set_multivar = backendSetMultivar;
    b->parent.del = backendDel;
    b->parent.del_multivar = backendDelMultivar;
    b->parent.iterator = backendIterator;
    b->parent.snapshot = backendSnapshot;
    b->parent.lock = backendLock;
    b->parent.unlock = backendUnlock;
    b->parent.free = backendFree;
    b->entries = std::move(entries);
    return b;
}

} // namespace

Result<CommandLineConfig::Entry> CommandLineConfig::parseArgument(const QString &argument)
{
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    auto name = normalisedKey(equals < 0 ? argument : argument.left(equals));
    if (!name)
        return name.error();
    Entry entry;
    entry.name = *name;
    entry.hasValue = equals >= 0;
    entry.value = equals < 0 ? QString() : argument.mid(equals + 1);
    return entry;
}

void CommandLineConfig::add(const Entry &entry)
{
    QString text = qEnvironmentVariable(kVariable);
    if (!text.isEmpty())
        text += QLatin1Char(' ');
    text += quoted(entry.name);
    if (entry.hasValue)
        text += QLatin1Char('=') + quoted(entry.value);
    qputenv(kVariable, text.toUtf8());
}

Result<QList<CommandLineConfig::Entry>> CommandLineConfig::fromEnvironment()
{
    QList<Entry> entries;
    const QString text = qEnvironmentVariable(kVariable);
    const auto bogus = [] { return GitError::custom(Tr::tr("bogus format in %1").arg(QLatin1String(kVariable))); };
    qsizetype pos = 0;
    for (;;) {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
        if (pos >= text.size())
            return entries;
        QString first;
        if (!dequote(text, &pos, &first))
            return bogus();
        Entry entry;
        if (pos < text.size() && text[pos] == QLatin1Char('=')) {
            // git ≥ 2.31: 'name'='value'
            ++pos;
            QString value;
            if (!dequote(text, &pos, &value))
                return bogus();
            entry.name = first;
            entry.value = value;
        } else {
            // Older git: 'name=value', or 'name' alone for true.
            const qsizetype equals = first.indexOf(QLatin1Char('='));
            entry.name = equals < 0 ? first : first.left(equals);
            entry.hasValue = equals >= 0;
            entry.value = equals < 0 ? QString() : first.mid(equals + 1);
        }
        if (pos < text.size() && !text[pos].isSpace())
            return bogus();
        // The name as git stores it: section and key in lower case.
        auto name = normalisedKey(entry.name);
        if (!name)
            return name.error();
        entry.name = *name;
        entries << entry;
    }
}

int CommandLineConfig::install(git_repository *repo)
{
    if (qEnvironmentVariableIsEmpty(kVariable))
        return 0;
    auto entries = fromEnvironment();
    if (!entries) {
        git_error_set_str(GIT_ERROR_CONFIG, entries.errorMessage().toUtf8().constData());
        return GIT_ERROR;
    }
    if (entries->isEmpty())
        return 0;
    std::vector<StoredEntry> stored;
    for (const Entry &e : *entries)
        stored.push_back(StoredEntry{e.name.toUtf8(), e.value.toUtf8(), e.hasValue});
    ParametersBackend *backend = newBackend(std::move(stored));
    if (!backend)
        return GIT_ERROR;
    git_config *config = nullptr;
    if (int rc = git_repository_config(&config, repo); rc < 0) {
        delete backend;
        return rc;
    }
    const int rc = git_config_add_backend(config, &backend->parent, GIT_CONFIG_LEVEL_APP, repo, 1);
    if (rc < 0)
        delete backend;
    git_config_free(config);
    return rc;
}

} // namespace gantry
