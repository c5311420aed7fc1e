#include "BrowserCopy.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace nianbao::test {

namespace {

QString cellText(const QTextTableCell &cell)
{
    QString out;
    for (auto it = cell.begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (block.isValid())
            out += block.text();
    }
    // Line breaks (<br>) come as U+2028; the copy joins the lines of a cell.
    out.remove(QChar(0x2028));
    return out.trimmed();
}

void copyFrame(QTextFrame *frame, bool mergedAsEmptyFields, QStringList &lines)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(child)) {
                for (int r = 0; r < table->rows(); ++r) {
                    QStringList cells;
                    for (int c = 0; c < table->columns(); ++c) {
                        const QTextTableCell cell = table->cellAt(r, c);
                        if (cell.row() == r && cell.column() == c)
                            cells << cellText(cell);
                        else if (cell.row() != r && cell.column() == c && mergedAsEmptyFields)
                            cells << QString();
                    }
                    lines << cells.join(QLatin1Char('\t'));
                }
            } else {
                copyFrame(child, mergedAsEmptyFields, lines);
            }
            continue;
        }
        const QString text = it.currentBlock().text().remove(QChar(0x2028)).trimmed();
        if (!text.isEmpty())
            lines << text;
    }
}

} // namespace

QString browserCopy(const QString &html, bool mergedAsEmptyFields)
{
    QTextDocument document;
    document.setHtml(html);
    QStringList lines;
    copyFrame(document.rootFrame(), mergedAsEmptyFields, lines);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace nianbao::test
