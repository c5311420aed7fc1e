#include "io/graphic/GraphicWriter.h"

#include "io/SafeWriter.h"
#include "pdf/WebFont.h"
#include "render/GraphicPainter.h"
#include "render/ReportFonts.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace nianbao {

QStringList GraphicWriter::suffixes()
{
    return { QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf") };
}

bool GraphicWriter::render(const GraphicFigures &figures, const QString &suffix, int scale, QByteArray &out,
                           FormatError &error, QString *notice)
{
    const GraphicPainter painter(figures);
    const qreal width = GraphicPainter::Width;
    const qreal height = painter.height();
    if (suffix == u"svg") {
        // Written directly, without Qt's font database: the report's 黑体 is found through
        // fontconfig and cut down to the characters drawn. The fonts named after it serve a
        // reader whose browser ignores embedded fonts, and any character the 黑体 lacks.
        const QStringList reportFamilies = ReportFonts::candidates(ReportFonts::Face::Hei);
        QStringList families = reportFamilies;
        families << QStringLiteral("Noto Sans CJK SC") << QStringLiteral("Microsoft YaHei")
                 << QStringLiteral("SimHei") << QStringLiteral("sans-serif");
        for (QString &f : families) {
            if (f.contains(QLatin1Char(' ')) && f != u"sans-serif")
                f = QLatin1Char('\'') + f + QLatin1Char('\'');
        }
        SvgGraphicCanvas svg(width, height, figures.title, families.join(QStringLiteral(", ")));
        painter.paint(svg);
        WebFont font;
        QString why;
        if (font.build(reportFamilies, svg.characters(), &why)) {
            svg.embedFont(font.family() + QStringLiteral(" Subset"), font.mediaType(), font.program());
            if (notice && !font.missing().trimmed().isEmpty())
                *notice = tr("%1 has no glyph for %2, which a reader's own fonts show")
                              .arg(font.family(), font.missing().trimmed());
        } else if (notice) {
            *notice = tr("the SVG names its fonts but embeds none (%1): a reader without them sees "
                         "other fonts")
                          .arg(why);
        }
        out = svg.finish();
        return true;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        error.reason = tr("a .%1 图解 needs the graphical libraries").arg(suffix);
        return false;
    }
    ReportFonts fonts;
    if (!fonts.resolve(error))
        return false;
    const QString family = fonts.family(ReportFonts::Face::Hei);
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == u"png") {
        QImage image(QSize(qCeil(width * scale), qCeil(height * scale)), QImage::Format_RGB32);
        image.setDotsPerMeterX(3780 * scale); // 96 dpi, times the scale
        image.setDotsPerMeterY(3780 * scale);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            p.scale(scale, scale);
            PainterGraphicCanvas canvas(p, family);
            painter.paint(canvas);
        }
        return image.save(&buffer, "PNG");
    }
    if (suffix == u"pdf") {
        // One A4 page: the picture scaled to the page's width within its margins, or to its
        // height where it is the longer.
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        pdf.setResolution(300);
        pdf.setTitle(figures.title);
        pdf.setCreator(QStringLiteral("Nianbao %1").arg(QCoreApplication::applicationVersion()));
        QPainter p(&pdf);
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const qreal s = std::min(page.width() / width, page.height() / height);
        p.translate((page.width() - width * s) / 2, 0);
        p.scale(s, s);
        PainterGraphicCanvas canvas(p, family);
        painter.paint(canvas);
        return p.end();
    }
    error.reason = tr("a 图解 is written as .svg, .png or .pdf, not .%1").arg(suffix);
    return false;
}

bool GraphicWriter::write(const GraphicFigures &figures, const QString &path, int scale, FormatError &error,
                          QString *notice)
{
    error.file = path;
    const QFileInfo info(path);
    if (info.completeBaseName().endsWith(QLatin1String("@2x")))
        scale = 2;
    QByteArray bytes;
    if (!render(figures, info.suffix().toLower(), qBound(1, scale, 4), bytes, error, notice))
        return false;
    return SafeWriter::write(path, bytes, error);
}

} // namespace nianbao
