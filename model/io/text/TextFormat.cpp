#include "io/text/TextFormat.h"

#include "base/TextNormalizer.h"
#include "core/CellValue.h"
#include "core/Report.h"
#include "io/import/CellPerLineTable.h"
#include "io/import/ReportAssembler.h"
#include "io/import/TableRecognizer.h"
#include "io/text/ExtractedText.h"
#include "io/text/MarkdownText.h"
#include "io/text/TextWriter.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <utility>

namespace nianbao {

namespace {

// A line directly under a cell continues it when the cell is a label that the converter
// broke ("商业" / "企业", "尚未" / "审结") and the line is a short fragment, not a heading.
bool continuesCell(const QString &cell, const QString &line)
{
    const QString c = TextNormalizer::compact(cell);
    const QString l = TextNormalizer::compact(line);
    if (c.isEmpty() || l.isEmpty() || l.size() > 12)
        return false;
    if (!CellValue::parse(c).isWords())
        return false; // after a number: a new paragraph
    return !ReportAssembler::matchSectionHeading(line);
}

} // namespace

QString TextFormat::displayName() const
{
    return tr("Plain text (published layout)");
}

bool TextFormat::decode(const QByteArray &bytes, QString &text, FormatError &error)
{
    // What Windows Notepad saves as "Unicode" is UTF-16 with a byte order mark: full of NUL
    // bytes, yet text.
    const bool utf16le = bytes.startsWith("\xFF\xFE");
    if (utf16le || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(utf16le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                             QStringDecoder::Flag::Stateless);
        text = utf16.decode(QByteArrayView(bytes).sliced(2));
        if (!utf16.hasError())
            return true;
        error.reason = tr("damaged UTF-16 text");
        return false;
    }
    if (bytes.contains('\0')) {
        error.reason = tr("binary data, not text (is it a .docx or .pdf with the wrong extension?)");
        return false;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return true;
    }
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (gb18030.isValid()) {
        text = gb18030.decode(bytes);
        if (!gb18030.hasError())
            return true;
    }
    error.reason = tr("the text is neither UTF-8 nor GB18030");
    return false;
}

QVector<SourceBlock> TextFormat::blocks(const QString &text)
{
    // Windows (CR LF), Unix (LF) and old Mac (CR) line ends alike.
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    // The shape is told from the text itself: nobody says which tool made it.
    if (MarkdownText::looksLike(lines))
        return MarkdownText::blocks(lines);
    if (!hasTabRows(lines) && ExtractedText::looksLike(lines))
        return ExtractedText::blocks(lines);
    return layoutBlocks(lines);
}

bool TextFormat::hasTabRows(const QStringList &lines)
{
    int rows = 0;
    for (const QString &line : lines)
        rows += isTabRow(line) ? 1 : 0;
    return rows >= 3;
}

bool TextFormat::isTabRow(const QString &line)
{
    // The published layout writes one cell per line after a tab; a browser's copy writes a
    // row per line, its cells separated by tabs (merged cells as empty fields).
    const qsizetype tabs = line.count(QLatin1Char('\t'));
    return tabs >= 2 || (tabs == 1 && !line.startsWith(QLatin1Char('\t')));
}

QVector<SourceBlock> TextFormat::layoutBlocks(const QStringList &lines)
{
    QVector<SourceBlock> out;
    QStringList row;
    bool inTable = false;
    bool lastWasCell = false;
    int rowLine = 0;
    auto flushRow = [&] {
        if (!row.isEmpty())
            out.append(SourceBlock::row(row, tr("line %1").arg(rowLine)));
        row.clear();
    };

    QString fragment; // a cell's first line, broken off a tab row by a line break in the cell
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (isTabRow(line)) {
            flushRow();
            QStringList cells = line.split(QLatin1Char('\t'));
            // Empty fields at the end pad a narrow row to the table's width; a row's values are
            // read from the left, so a blank last value stays blank without them.
            while (cells.size() > 1 && TextNormalizer::trimmed(cells.last()).isEmpty())
                cells.removeLast();
            if (!fragment.isEmpty())
                cells.first().prepend(std::exchange(fragment, QString()));
            out.append(SourceBlock::row(cells, tr("line %1").arg(i + 1)));
            inTable = true;
            lastWasCell = false;
            continue;
        }
        // Between two tab rows, a short line without tabs is part of a cell written over two
        // lines ("商业" / "企业\t科研…"): it goes with the cell that follows it.
        if (inTable && !line.contains(QLatin1Char('\t')) && i + 1 < lines.size() && isTabRow(lines[i + 1])
            && TextNormalizer::compact(line).size() <= 12 && !ReportAssembler::matchSectionHeading(line)
            && !TableRecognizer::startsTable(line, QString())) {
            fragment += TextNormalizer::trimmed(line);
            continue;
        }
        if (line.startsWith(QLatin1Char('\t'))) {
            if (row.isEmpty())
                rowLine = i + 1;
            row << line.mid(1);
            inTable = true;
            lastWasCell = true;
            continue;
        }
        if (TextNormalizer::trimmed(line).isEmpty()) {
            flushRow();
            lastWasCell = false;
            continue;
        }
        if (lastWasCell && !row.isEmpty() && continuesCell(row.last(), line)) {
            row.last() += line;
            continue;
        }
        flushRow();
        if (inTable) {
            out.append(SourceBlock::tableEnd());
            inTable = false;
        }
        lastWasCell = false;
        if (TableRecognizer::startsTable(line, lines.value(i + 1)) && i + 1 < lines.size()
            && isTabRow(lines[i + 1])) {
            // A table's title row of one merged cell, copied from a web page as a line of its own.
            out.append(SourceBlock::row({ line }, tr("line %1").arg(i + 1)));
            inTable = true;
            continue;
        }
        if (TableRecognizer::startsTable(line, lines.value(i + 1))) {
            // A line that looks like a table's first label but reads as prose is not a table;
            // readCellPerLine then takes nothing, and the line is a paragraph.
            const int end
                = CellPerLineTable::read(lines, i, out, [](int line) { return tr("line %1").arg(line + 1); });
            if (end > i) {
                i = end - 1;
                continue;
            }
        }
        out.append(SourceBlock::paragraph(line, tr("line %1").arg(i + 1)));
    }
    flushRow();
    if (inTable)
        out.append(SourceBlock::tableEnd());
    return out;
}

bool TextFormat::read(QIODevice &device, Report &report, FormatError &error) const
{
    QString text;
    if (!decode(device.readAll(), text, error))
        return false;
    return ReportAssembler::assemble(blocks(text), report, error);
}

bool TextFormat::write(const Report &report, QIODevice &device, FormatError &error) const
{
    const QByteArray bytes = TextWriter::toText(report).toUtf8();
    if (device.write(bytes) != bytes.size()) {
        error.reason = device.errorString();
        return false;
    }
    return true;
}

} // namespace nianbao
