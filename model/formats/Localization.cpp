#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace nianbao::Localization {

QStringList availableLanguages()
{
    return { QStringLiteral("zh_CN"), QStringLiteral("en") };
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

bool install(QCoreApplication &app, const QString &language, const QStringList &extraCatalogues)
{
    if (language == u"en")
        return true; // the source strings are English
    bool ok = true;
    QStringList catalogues { QStringLiteral("nianbao_model") };
    catalogues << extraCatalogues;
    for (const QString &name : catalogues) {
        auto *translator = new QTranslator(&app);
        if (translator->load(QStringLiteral(":/i18n/%1_%2.qm").arg(name, language)))
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
