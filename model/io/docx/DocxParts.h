#pragma once

#include <QByteArray>

namespace nianbao {

class Report;

/// The fixed parts of the .docx package besides the document body: content types,
/// relationships, properties, styles (the GB/T 9704 typography), settings, fonts with
/// their fallbacks, and the footer with the "— 1 —" page number.
namespace DocxParts {
QByteArray contentTypes(bool withComments = false);
QByteArray packageRelationships();
QByteArray documentRelationships(bool withComments = false);
QByteArray coreProperties(const Report &report);
QByteArray appProperties();
QByteArray styles();
QByteArray settings();
QByteArray fontTable();
QByteArray footer();
} // namespace DocxParts

} // namespace nianbao
