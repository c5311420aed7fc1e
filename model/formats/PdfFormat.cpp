#include "PdfFormat.h"

#include "Report.h"
#include "ReportRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QRegularExpression>

namespace nianbao {

namespace {

// A PDF text string in UTF-16BE with its byte order mark, as hex.
QByteArray pdfText(const QString &s)
{
    QByteArray utf16 = "\xFE\xFF";
    for (QChar c : s) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

} // namespace

QString PdfFormat::displayName() const
{
    return QCoreApplication::translate("nianbao::PdfFormat", "PDF document");
}

QByteArray PdfFormat::withAuthor(const QByteArray &pdf, const QString &author)
{
    // The last trailer names the Info object and the object count; the new Info object
    // replaces the old one by number, which every reader resolves through the new xref.
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (trailer < 0 || startxref < 0)
        return pdf;
    const QString tail = QString::fromLatin1(pdf.mid(trailer, startxref - trailer));
    const auto info = QRegularExpression(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R")).match(tail);
    const auto root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R")).match(tail);
    const auto size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(tail);
    const auto prev = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)"))
                          .match(QString::fromLatin1(pdf.mid(startxref, 64)));
    if (!info.hasMatch() || !root.hasMatch() || !size.hasMatch() || !prev.hasMatch())
        return pdf;
    const int infoObject = info.captured(1).toInt();

    // Keep what the old Info dictionary said (title, creator, producer, dates).
    const QByteArray marker = QByteArray::number(infoObject) + " 0 obj";
    const qsizetype objStart = pdf.indexOf(QByteArray("\n" + marker));
    const qsizetype dictStart = objStart < 0 ? -1 : pdf.indexOf("<<", objStart);
    const qsizetype dictEnd = dictStart < 0 ? -1 : pdf.indexOf(">>", dictStart);
    if (dictEnd < 0)
        return pdf;
    const QByteArray oldEntries = pdf.mid(dictStart + 2, dictEnd - dictStart - 2);

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out.append('\n');
    const qsizetype offset = out.size();
    out += QByteArray::number(infoObject) + " 0 obj\n<<" + oldEntries + "\n/Author " + pdfText(author) + "\n>>\nendobj\n";
    const qsizetype xref = out.size();
    out += "xref\n" + QByteArray::number(infoObject) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0')
        + " 00000 n \n";
    out += "trailer\n<< /Size " + size.captured(1).toLatin1() + " /Root " + root.captured(1).toLatin1() + " 0 R /Info "
        + QByteArray::number(infoObject) + " 0 R /Prev " + prev.captured(1).toLatin1() + " >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

void PdfFormat::warmUp() const
{
    // QFontDatabase's static functions are thread-safe; font engines are not shared
    // between threads, so only the database is touched here.
    QFontDatabase::families(QFontDatabase::SimplifiedChinese);
}

bool PdfFormat::write(const Report &report, QIODevice &device, FormatError &error) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        error.reason = QCoreApplication::translate("nianbao::PdfFormat", "PDF output needs the graphical libraries");
        return false;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Nianbao %1").arg(QCoreApplication::applicationVersion()));
        ReportRenderer renderer(report);
        if (!renderer.render(writer, error))
            return false;
    }
    const QByteArray pdf = report.agency.isEmpty() ? buffer.data() : withAuthor(buffer.data(), report.agency);
    if (device.write(pdf) != pdf.size()) {
        error.reason = device.errorString();
        return false;
    }
    return true;
}

} // namespace nianbao
