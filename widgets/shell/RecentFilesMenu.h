#pragma once

#include <QMenu>

namespace nianbao {

/// File ▸ Open Recent: the last reports opened or saved, kept in the settings, newest first.
/// Choosing one emits fileChosen; the window decides whether it may open it now.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    void addFile(const QString &path);

signals:
    void fileChosen(const QString &path);

private:
    void rebuild();
};

} // namespace nianbao
