#include "io/pdf/PdfFormat.h"

#include "core/Report.h"
#include "pdf/PdfCanvas.h"
#include "render/ReportRenderer.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>

namespace nianbao {

QString PdfFormat::displayName() const
{
    return tr("PDF document");
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
        error.reason = tr("PDF output needs the graphical libraries");
        return false;
    }
    ReportRenderer renderer(report);
    if (!renderer.resolveFonts(error))
        return false;
    PdfCanvas canvas;
    renderer.render(canvas);
    const QString title = report.title.isEmpty() && !report.agency.isEmpty()
        ? Report::standardTitle(report.agency, report.year)
        : report.title;
    QByteArray pdf;
    QString reason;
    if (!canvas.finish({ title, report.agency,
                         QStringLiteral("Nianbao %1").arg(QCoreApplication::applicationVersion()) },
                       pdf, &reason)) {
        error.reason = tr("cannot embed a font: %1").arg(reason);
        return false;
    }
    if (device.write(pdf) != pdf.size()) {
        error.reason = device.errorString();
        return false;
    }
    return true;
}

} // namespace nianbao
