#include "io/docx/DocxFormat.h"

#include "core/Report.h"
#include "io/docx/DocxCommentsReader.h"
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
    QHash<QString, QString> quotes;
    if (!DocxDocumentParser::parse(xml, main, blocks, error, &quotes))
        return false;
    QHash<QString, ReportPlace> targets;
    Report assembled;
    if (!ReportAssembler::assemble(blocks, assembled, error, &targets))
        return false;
    // Comments a reviewer made in Word, WPS or LibreOffice, each on the cell or paragraph its
    // range starts in.
    const QString commentsPart = package.relatedPart(main, u"/comments");
    if (!commentsPart.isEmpty()) {
        QByteArray comments;
        QByteArray extended;
        if (!package.readPart(commentsPart, comments, error))
            return false;
        const QString extendedPart = package.relatedPart(main, u"/commentsExtended");
        FormatError ignored; // without it the comments are read, only their threads are not
        if (!extendedPart.isEmpty())
            package.readPart(extendedPart, extended, ignored);
        if (!DocxCommentsReader::read(comments, extended, commentsPart, targets, quotes,
                                      assembled.annotations, assembled.importNotes.unthreadedComments, error))
            return false;
        AnnotationAnchors::bind(assembled);
    }
    report = assembled;
    return true;
}

bool DocxFormat::write(const Report &report, QIODevice &device, FormatError &error) const
{
    return DocxWriter::write(report, device, error);
}

} // namespace nianbao
