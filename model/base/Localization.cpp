#include "base/Localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

namespace nianbao::Localization {

QStringList availableLanguages()
{
    // The catalogues are the list: nianbao_<library>_<language>.qm under :/i18n/, embedded by
    // qt_add_translations; English is the language of the source strings.
    QStringList languages { QStringLiteral("en") };
    static const QRegularExpression catalogue(QStringLiteral("^nianbao_[a-z]+_(.+)\\.qm$"));
    for (const QString &name : QDir(QStringLiteral(":/i18n")).entryList(QDir::Files)) {
        const QRegularExpressionMatch m = catalogue.match(name);
        if (m.hasMatch() && !languages.contains(m.captured(1)))
            languages.prepend(m.captured(1));
    }
    return languages;
}

QString languageName(const QString &language)
{
    return QLocale(language).nativeLanguageName();
}

QString chooseLanguage(const QString &preferred)
{
    if (availableLanguages().contains(preferred))
        return preferred;
    const QLocale system = QLocale::system();
    for (const QString &lang : system.uiLanguages()) {
        if (lang.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (lang.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

namespace {
QString installed = QStringLiteral("en");
} // namespace

QString installedLanguage()
{
    return installed;
}

bool install(QCoreApplication &app, const QString &language)
{
    installed = language;
    if (language == u"en")
        return true; // the source strings are English
    // Each library brings its own catalogue (qt_add_translations embeds it under :/i18n/), so
    // the program loads whatever catalogues the libraries it links carry.
    const QDir catalogues(QStringLiteral(":/i18n"), QStringLiteral("*_%1.qm").arg(language));
    bool ok = !catalogues.isEmpty();
    for (const QString &name : catalogues.entryList()) {
        auto *translator = new QTranslator(&app);
        if (translator->load(catalogues.filePath(name)))
            QCoreApplication::installTranslator(translator);
        else
            ok = false;
    }
    // Qt's own strings (dialog buttons); not fatal when the Qt translations are not installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return ok;
}

} // namespace nianbao::Localization
