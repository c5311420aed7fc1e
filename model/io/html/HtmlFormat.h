#pragma once

#include "io/ReportFormat.h"

#include <QCoreApplication>

namespace nianbao {

/// A report published as a web page (.html, .htm) or saved by a browser as one file
/// (.mhtml, .mht): read only. The page's charset comes from its byte order mark or its
/// <meta> tag (UTF-8, GBK, GB2312, GB18030), else from what the bytes decode as; the
/// report is found inside the page by HtmlBlockReader and understood by ReportAssembler.
/// A statistics table given only as a picture is named as such (import.incomplete).
class HtmlFormat : public ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::HtmlFormat)

public:
    QString id() const override { return QStringLiteral("html"); }
    QString displayName() const override;
    QStringList extensions() const override
    {
        return { QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("mhtml"),
                 QStringLiteral("mht") };
    }
    bool canWrite() const override { return false; }
    bool read(QIODevice &device, Report &report, FormatError &error) const override;

    /// Reads HTML (or MHTML) bytes into a report: what read() does, for the clipboard's
    /// text/html too.
    static bool readBytes(const QByteArray &bytes, Report &report, FormatError &error);
    /// The page as text: the charset its BOM or <meta> names (bytes that do not decode shown
    /// as U+FFFD, as browsers show them, unless most do not), else UTF-8, else GB18030.
    static bool decode(const QByteArray &bytes, QString &text, FormatError &error);
    /// The same, with the charset that the container declares (an MHTML part's header) for a
    /// page that names none itself.
    static bool decode(const QByteArray &bytes, const QByteArray &declared, QString &text,
                       FormatError &error);
    /// The HTML part of a browser's single-file page (MHTML), decoded from quoted-printable or
    /// base64; the bytes themselves when they are not MHTML. `charset` gets the part's charset.
    static QByteArray htmlOfMhtml(const QByteArray &bytes, QByteArray *charset = nullptr);
};

} // namespace nianbao
