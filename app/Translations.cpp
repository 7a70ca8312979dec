#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace gantry::Translations {

void install()
{
    QLocale locale = QLocale::system();
    const QString forced = qEnvironmentVariable("GANTRY_LANG");
    if (!forced.isEmpty())
        locale = QLocale(forced);
    auto *own = new QTranslator(QCoreApplication::instance());
    // Without a translation of its own, a locale gets English, whose plural forms turn
    // "%n file(s)" into "1 file" and "2 files".
    if (own->load(locale, QStringLiteral("gantry"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("gantry_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace gantry::Translations
