#pragma once

#include "io/pdf/PdfPageContent.h"

#include <QByteArray>
#include <QVector>

namespace nianbao::fuzz {

/// The pages of a PDF as the importer sees them (words with boxes, rulings), written as lines
/// of text, so that the fuzzer mutates geometry directly and every input it finds can be read
/// and replayed by a test:
///
///     page 595 842              a new page and its size
///     word 80 100 10 10 文字     x y width height text (each character an equal share)
///     rule 71 370 521 370        a horizontal or vertical line from x1 y1 to x2 y2
///     note 500 120 请核对         a review note pointing at x y, with its text
///     reply 500 120 已改          a reply to the page's last note
///
/// Anything else is ignored; numbers are clamped to ±100,000 points.
namespace PdfPageScript {

QVector<PdfPageContent> parse(const QByteArray &script);
QByteArray write(const QVector<PdfPageContent> &pages);

} // namespace PdfPageScript
} // namespace nianbao::fuzz
