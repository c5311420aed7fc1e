#pragma once

#include "base/FormatError.h"
#include "render/GraphicFigures.h"

#include <QCoreApplication>

namespace nianbao {

/// Writes a 图解 (`nianbao graphic`, File ▸ 导出图解): SVG and PDF keep their text as text
/// (searchable, copied as the right characters) and embed the report's 黑体, cut down to the
/// characters drawn (the SVG as @font-face data, pdf/WebFont), PNG is
/// 750 pixels wide, or 1,500 at scale 2. Written through SafeWriter: a failed write leaves
/// the old file as it was. PNG and PDF need a QGuiApplication (fonts); SVG does not.
///
/// Drawn by our own layout (render/GraphicPainter) rather than Qt Charts: Qt Charts is built
/// on Qt Widgets' graphics view, which the command line does not load; one layout gives the
/// same picture in all three formats and on the editor's page; and an SVG written directly
/// needs no graphical platform, which is what makes it fast.
class GraphicWriter
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::GraphicWriter)

public:
    /// The formats by file suffix: svg, png, pdf.
    static QStringList suffixes();
    /// `scale` 2 doubles a PNG's pixels (also when the name has "@2x"); SVG and PDF ignore it.
    /// `notice` says what was written short of the whole (an SVG without its font).
    static bool write(const GraphicFigures &figures, const QString &path, int scale, FormatError &error,
                      QString *notice = nullptr);
    /// The same, to bytes of the given suffix.
    static bool render(const GraphicFigures &figures, const QString &suffix, int scale, QByteArray &out,
                       FormatError &error, QString *notice = nullptr);
};

} // namespace nianbao
