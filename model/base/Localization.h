#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace nianbao {

/// Chinese first: the interface is Chinese when the user's language is Chinese (or chosen),
/// English otherwise. Loads the libraries' catalogues and Qt's own, from the resources.
namespace Localization {

/// The languages the program ships, as the catalogues it carries say: "zh_CN", …, "en".
QStringList availableLanguages();
/// A language's name in that language, for a menu: "简体中文", "English".
QString languageName(const QString &language);
/// The language to use: `preferred` if it is one we ship, else the system's if Chinese,
/// else English.
QString chooseLanguage(const QString &preferred = {});
/// Installs the translators for `language` ("zh_CN" or "en") on the application: every
/// catalogue the linked libraries carry, and Qt's own. Returns false if none could be loaded.
bool install(QCoreApplication &app, const QString &language);
/// The language last installed ("en" before any): what pages shipped per language show.
QString installedLanguage();

} // namespace Localization
} // namespace nianbao
