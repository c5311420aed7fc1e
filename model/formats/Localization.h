#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace nianbao {

/// Chinese first: the interface is Chinese when the user's language is Chinese (or chosen),
/// English otherwise. Loads the model's catalogue and Qt's own, from the resources.
namespace Localization {

/// The languages the program ships: "zh_CN", "en".
QStringList availableLanguages();
/// The language to use: `preferred` if it is one we ship, else the system's if Chinese,
/// else English.
QString chooseLanguage(const QString &preferred = {});
/// Installs the translators for `language` ("zh_CN" or "en") on the application, adding
/// catalogues named in `extraCatalogues` (e.g. the editor's). Returns false if a catalogue
/// that should exist could not be loaded.
bool install(QCoreApplication &app, const QString &language, const QStringList &extraCatalogues = {});

} // namespace Localization
} // namespace nianbao
