#include "io/PastedReport.h"

#include "core/Report.h"
#include "io/html/HtmlFormat.h"
#include "io/import/ReportAssembler.h"
#include "io/text/TextFormat.h"

#include <QMimeData>

namespace nianbao {

bool PastedReport::canRead(const QMimeData &data)
{
    return data.hasHtml() || data.hasText();
}

bool PastedReport::read(const QMimeData &data, Report &report, FormatError &error)
{
    error = FormatError { tr("the clipboard"), QString(), QString() };
    if (data.hasHtml()) {
        Report fromHtml;
        FormatError htmlError;
        // The HTML comes as text already: its bytes are UTF-8 whatever a <meta> copied along
        // from a GBK page says, and the byte order mark tells the reader so.
        if (HtmlFormat::readBytes("\xEF\xBB\xBF" + data.html().toUtf8(), fromHtml, htmlError)) {
            report = fromHtml;
            return true;
        }
        if (!data.hasText()) {
            error.reason = htmlError.reason;
            return false;
        }
    }
    if (!data.hasText()) {
        error.reason = tr("nothing to read: copy a report's page or text first");
        return false;
    }
    Report fromText;
    if (!ReportAssembler::assemble(TextFormat::blocks(data.text()), fromText, error))
        return false;
    report = fromText;
    return true;
}

} // namespace nianbao
