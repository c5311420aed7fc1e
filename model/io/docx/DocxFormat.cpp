#include "io/docx/DocxFormat.h"

#include "core/Report.h"
#include "io/docx/DocxDocumentParser.h"
#include "io/docx/DocxWriter.h"
#include "io/docx/OoxmlPackage.h"
#include "io/import/ReportAssembler.h"

#include <QCoreApplication>

namespace nianbao {

QString DocxFormat::displayName() const
{
    return tr("Word document");
}

bool DocxFormat::read(QIODevice &device, Report &report, FormatError &error) const
{
    OoxmlPackage package;
    if (!package.open(&device, error))
        return false;
    QString main;
    if (!package.mainDocumentPart(main, error))
        return false;
    QByteArray xml;
    if (!package.readPart(main, xml, error))
        return false;
    QVector<SourceBlock> blocks;
    if (!DocxDocumentParser::parse(xml, main, blocks, error))
        return false;
    return ReportAssembler::assemble(blocks, report, error);
}

bool DocxFormat::write(const Report &report, QIODevice &device, FormatError &error) const
{
    return DocxWriter::write(report, device, error);
}

} // namespace nianbao
