#pragma once

#include "base/FormatError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <memory>

class QuaZip;

namespace nianbao {

/// Read access to an OOXML package (a .docx): a zip container read through QuaZip, parts
/// found through the package relationships, never through fixed names. Hostile input is
/// expected: sizes are capped before and while inflating (zip bombs), external
/// relationships are never followed, and every failure says which part and why.
class OoxmlPackage
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::OoxmlPackage)

public:
    /// No part of a real report comes near this; a bomb does.
    static constexpr qint64 MaxPartSize = 32 * 1024 * 1024;
    static constexpr qint64 MaxTotalSize = 128 * 1024 * 1024;

    OoxmlPackage();
    ~OoxmlPackage();

    bool open(QIODevice *device, FormatError &error);
    QStringList entryNames() const;
    /// Reads one part by its name in the zip ("word/document.xml").
    bool readPart(const QString &name, QByteArray &out, FormatError &error);
    /// The main document part named by _rels/.rels (officeDocument relationship,
    /// transitional or strict), e.g. "word/document.xml".
    bool mainDocumentPart(QString &name, FormatError &error);
    /// The part a part's relationships name with a type ending in `typeSuffix` ("/comments"),
    /// resolved against the part's folder; empty when there is none or it is external.
    QString relatedPart(const QString &source, QStringView typeSuffix);

private:
    std::unique_ptr<QuaZip> m_zip;
    qint64 m_totalRead = 0;
};

} // namespace nianbao
