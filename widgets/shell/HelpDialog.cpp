#include "widgets/shell/HelpDialog.h"

#include "base/Localization.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nianbao {

namespace {

QString withoutMnemonic(QString text)
{
    // "&File" → "File", "打开(&O)…" → "打开…", and the shortcut shown after a tab goes.
    text = text.section(QLatin1Char('\t'), 0, 0);
    static const QRegularExpression chineseMnemonic(QStringLiteral("\\(&.\\)"));
    text.remove(chineseMnemonic);
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

/// The keys an action answers: its shortcuts, or the ones its text shows after a tab (the
/// Edit menu's clipboard entries, answered by the focused widget).
QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    if (keys.isEmpty() && action->text().contains(QLatin1Char('\t')))
        keys << action->text().section(QLatin1Char('\t'), 1);
    return keys.join(QStringLiteral(", "));
}

void addMenu(const QMenu *menu, const QString &path, QString &rows)
{
    for (const QAction *action : menu->actions()) {
        const QString name = path + QStringLiteral(" ▸ ") + withoutMnemonic(action->text());
        if (action->menu())
            addMenu(action->menu(), name, rows);
        else if (!action->isSeparator() && !keysOf(action).isEmpty())
            rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg(name.toHtmlEscaped(), keysOf(action).toHtmlEscaped());
    }
}

} // namespace

HelpDialog::HelpDialog(const QString &title, const QString &objectName, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(objectName);
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 36);
}

void HelpDialog::showManual(QWidget *parent)
{
    auto *dialog = new HelpDialog(tr("Manual"), QStringLiteral("manualDialog"), parent);
    // The interface's language; English where no manual is written in it.
    QFile page(QStringLiteral(":/help/manual.%1.html").arg(Localization::installedLanguage()));
    if (!page.exists())
        page.setFileName(QStringLiteral(":/help/manual.en.html"));
    if (page.open(QIODevice::ReadOnly))
        dialog->m_browser->setHtml(QString::fromUtf8(page.readAll()));
    dialog->show();
}

QString HelpDialog::shortcutsHtml(const QMenuBar *menus)
{
    QString rows;
    for (const QAction *top : menus->actions()) {
        if (top->menu())
            addMenu(top->menu(), withoutMnemonic(top->text()), rows);
    }
    const QString grid = tr("In a table");
    const std::pair<QString, QString> gridKeys[] = {
        { tr("Type a number"), tr("overwrite the cell") },
        { QStringLiteral("Enter / Tab / Shift+Tab"), tr("next cell down, right, left") },
        { QStringLiteral("F2"), tr("edit the cell's value") },
        { QStringLiteral("Esc"), tr("give up the edit") },
        { QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText),
          tr("clear the selected cells") },
        { QStringLiteral("Ctrl+D"), tr("fill down") },
        { QStringLiteral("Ctrl+Shift+0"), tr("fill blanks with 0") },
        { tr("F3 / Shift+F3 (find bar)"), tr("next and previous match") },
    };
    for (const auto &[keys, what] : gridKeys)
        rows += QStringLiteral("<tr><td>%1 ▸ %2</td><td><b>%3</b></td></tr>")
                    .arg(grid.toHtmlEscaped(), what.toHtmlEscaped(), keys.toHtmlEscaped());
    return QStringLiteral("<h2>%1</h2><table cellpadding=\"4\">%2</table>")
        .arg(tr("Keyboard Shortcuts").toHtmlEscaped(), rows);
}

void HelpDialog::showShortcuts(QWidget *parent, const QMenuBar *menus)
{
    auto *dialog = new HelpDialog(tr("Keyboard Shortcuts"), QStringLiteral("shortcutsDialog"), parent);
    dialog->m_browser->setHtml(shortcutsHtml(menus));
    dialog->show();
}

} // namespace nianbao
