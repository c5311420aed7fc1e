#include "widgets/shell/RecentFilesMenu.h"

#include <QFileInfo>
#include <QSettings>

namespace nianbao {

namespace {

constexpr int MaxRecentFiles = 8;
const QString SettingsKey = QStringLiteral("recentFiles");

} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentFilesMenu"));
    rebuild();
}

void RecentFilesMenu::addFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(SettingsKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(SettingsKey, recent.mid(0, MaxRecentFiles));
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList recent = QSettings().value(SettingsKey).toStringList();
    for (const QString &path : recent)
        addAction(QFileInfo(path).fileName(), this, [this, path] {
            emit fileChosen(path);
        })->setToolTip(path);
    setEnabled(!recent.isEmpty());
}

} // namespace nianbao
