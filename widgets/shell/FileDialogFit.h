#pragma once

#include <QObject>

namespace nianbao {

/// Qt's own file dialog (where the desktop offers none of its own, as on a bare X session or
/// some UOS and Kylin setups) opens at 600×400 with its detail columns sized for English: in
/// Chinese the sizes, types and dates were cut off. Watching the application, this fits every
/// such dialog when it is shown: a usable size, and the columns after the name as wide as
/// their contents. Native dialogs are not Qt widgets and are left alone.
class FileDialogFit : public QObject
{
    Q_OBJECT
public:
    /// Installs one for the application (idempotent).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace nianbao
