#include "io/html/HtmlFormat.h"

#include "core/Report.h"
#include "io/html/HtmlBlockReader.h"
#include "io/import/ReportAssembler.h"
#include "io/text/TextFormat.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace nianbao {

namespace {

// The prescan a browser does: a <meta> naming the charset within the first bytes.
QByteArray metaCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(8192));
    const auto m = meta.match(head);
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

bool isGbFamily(const QByteArray &name)
{
    return name == "gbk" || name == "gb2312" || name == "gb18030" || name == "x-gbk" || name == "cp936"
        || name == "euc-cn" || name == "csgb2312" || name == "windows-936";
}

QByteArray headerParameter(const QByteArray &headers, const char *name)
{
    const QRegularExpression re(QStringLiteral("%1\\s*=\\s*\"?([^\";\\r\\n]+)\"?").arg(QLatin1String(name)),
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(headers));
    return m.hasMatch() ? m.captured(1).trimmed().toLatin1() : QByteArray();
}

QByteArray quotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '=') {
            out.append(c);
            continue;
        }
        if (i + 1 < in.size() && (in[i + 1] == '\n' || in[i + 1] == '\r')) {
            i += (in[i + 1] == '\r' && i + 2 < in.size() && in[i + 2] == '\n') ? 2 : 1;
            continue; // a soft line break
        }
        bool ok = false;
        const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
        if (ok && i + 2 < in.size()) {
            out.append(char(byte));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return out;
}

// Where a MIME header block ends, and the length of the blank line that ends it.
qsizetype endOfHeaders(const QByteArray &part, int &skip)
{
    const qsizetype crlf = part.indexOf("\r\n\r\n");
    const qsizetype lf = part.indexOf("\n\n");
    if (lf >= 0 && (crlf < 0 || lf < crlf)) {
        skip = 2;
        return lf;
    }
    skip = 4;
    return crlf;
}

} // namespace

QString HtmlFormat::displayName() const
{
    return tr("Web page");
}

QByteArray HtmlFormat::htmlOfMhtml(const QByteArray &bytes, QByteArray *charset)
{
    const QByteArray start = bytes.left(4096).toLower();
    if (!start.contains("mime-version") || !start.contains("multipart/"))
        return bytes;
    int skip = 0;
    const qsizetype headerEnd = endOfHeaders(bytes, skip);
    const QByteArray boundary = headerParameter(bytes.left(headerEnd < 0 ? 4096 : headerEnd), "boundary");
    if (boundary.isEmpty())
        return bytes;
    const QByteArray marker = "--" + boundary;
    qsizetype at = bytes.indexOf(marker);
    while (at >= 0) {
        const qsizetype partStart = at + marker.size();
        const qsizetype next = bytes.indexOf(marker, partStart);
        const QByteArray part = bytes.mid(partStart, next < 0 ? -1 : next - partStart);
        const qsizetype split = endOfHeaders(part, skip);
        if (split >= 0) {
            const QByteArray headers = part.left(split);
            const QByteArray lower = headers.toLower();
            if (lower.contains("content-type: text/html") || lower.contains("content-type:text/html")) {
                QByteArray body = part.mid(split + skip);
                if (lower.contains("quoted-printable"))
                    body = quotedPrintable(body);
                else if (lower.contains("base64"))
                    body = QByteArray::fromBase64(body);
                if (charset)
                    *charset = headerParameter(headers, "charset").toLower();
                return body;
            }
        }
        at = next;
    }
    return bytes;
}

bool HtmlFormat::decode(const QByteArray &bytes, QString &text, FormatError &error)
{
    return decode(bytes, QByteArray(), text, error);
}

bool HtmlFormat::decode(const QByteArray &bytes, const QByteArray &declared, QString &text,
                        FormatError &error)
{
    if (bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return TextFormat::decode(bytes, text, error);
    if (bytes.contains('\0')) {
        error.reason = tr("binary data, not a web page");
        return false;
    }
    // A browser believes the charset the page (or the MHTML part holding it) names, and shows
    // a byte it cannot decode as �: a CMS that cut a character in two does not lose the page.
    // Only a page that mostly fails to decode in that charset is read as what its bytes are.
    const QByteArray meta = metaCharset(bytes);
    const QByteArray named = meta.isEmpty() ? declared.toLower() : meta;
    const QByteArray decoderName = isGbFamily(named) ? QByteArray("GB18030") : named;
    if (!decoderName.isEmpty()) {
        QStringDecoder decoder(decoderName.constData(), QStringDecoder::Flag::Stateless);
        if (decoder.isValid()) {
            text = decoder.decode(bytes);
            if (!decoder.hasError()
                || text.count(QChar::ReplacementCharacter) * 100 <= qMax<qsizetype>(800, text.size()))
                return true;
        }
    }
    return TextFormat::decode(bytes, text, error);
}

bool HtmlFormat::readBytes(const QByteArray &bytes, Report &report, FormatError &error)
{
    QByteArray partCharset;
    const QByteArray html = htmlOfMhtml(bytes, &partCharset);
    QString text;
    if (!decode(html, partCharset, text, error))
        return false;
    const HtmlBlockReader::Result page = HtmlBlockReader::read(text.toUtf8());
    if (!ReportAssembler::assemble(page.blocks, report, error))
        return false;
    if (page.images > 0) {
        // A table not found in a page with pictures in the report: the table is a picture.
        for (ImportNotes::IncompleteTable &t : report.importNotes.incompleteTables) {
            if (!t.tableFound)
                t.cause = ImportNotes::IncompleteTable::Cause::Picture;
        }
    }
    return true;
}

bool HtmlFormat::read(QIODevice &device, Report &report, FormatError &error) const
{
    return readBytes(device.readAll(), report, error);
}

} // namespace nianbao
