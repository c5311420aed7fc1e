#pragma once

#include "base/FormatError.h"
#include "core/Annotation.h"

#include <QCoreApplication>
#include <QHash>

namespace nianbao {

/// Word, WPS and LibreOffice comments (word/comments.xml; replies and the resolved mark from
/// word/commentsExtended.xml when there is one) as review comments. Where each belongs comes
/// from the body (DocxDocumentParser and ReportAssembler): `targets` by Word's comment id;
/// a comment not in it is on the whole report. Never recursive, bounded like the body.
/// Nothing is dropped: a comment whose links are broken (a repeated w:id, a reply to a missing
/// or shared w14:paraId, a reply loop) is kept as a comment on the whole report, and counted
/// in `unthreaded` for the import's warning.
class DocxCommentsReader
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::DocxCommentsReader)

public:
    static bool read(const QByteArray &commentsXml, const QByteArray &extendedXml, const QString &partName,
                     const QHash<QString, ReportPlace> &targets, const QHash<QString, QString> &quotes,
                     Annotations &out, int &unthreaded, FormatError &error);
};

} // namespace nianbao
