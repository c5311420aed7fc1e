#include "io/docx/OoxmlPackage.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace nianbao {

namespace {

// Part names in relationships are relative to the package root here ("/word/document.xml"
// or "word/document.xml"), with forward slashes.
QString normalizedPartName(QString target)
{
    target.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (target.startsWith(QLatin1Char('/')))
        target.remove(0, 1);
    return target;
}

} // namespace

OoxmlPackage::OoxmlPackage() = default;
OoxmlPackage::~OoxmlPackage()
{
    if (m_zip)
        m_zip->close();
}

bool OoxmlPackage::open(QIODevice *device, FormatError &error)
{
    const QByteArray magic = device->peek(4);
    if (magic.startsWith("\xD0\xCF\x11\xE0")) {
        error.reason = tr("this is an old Word 97–2003 .doc file, not a .docx; save it as .docx first");
        return false;
    }
    if (!magic.startsWith("PK")) {
        error.reason = tr("not a .docx file (not a zip archive)");
        return false;
    }
    m_zip = std::make_unique<QuaZip>(device);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        error.reason
            = tr("damaged .docx: the zip archive cannot be read (error %1)").arg(m_zip->getZipError());
        return false;
    }
    return true;
}

QStringList OoxmlPackage::entryNames() const
{
    return m_zip ? m_zip->getFileNameList() : QStringList();
}

bool OoxmlPackage::readPart(const QString &name, QByteArray &out, FormatError &error)
{
    error.place = name;
    if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive)) {
        error.reason = tr("missing from the package");
        return false;
    }
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info) && info.uncompressedSize > quint64(MaxPartSize)) {
        error.reason = tr("too large (%1 MB unpacked); refusing to unpack it")
                           .arg(info.uncompressedSize / (1024 * 1024));
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        error.reason = tr("cannot be unpacked (error %1)").arg(file.getZipError());
        return false;
    }
    // The header's size may lie: count what actually comes out.
    out.clear();
    char buffer[65536];
    while (true) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0) {
            error.reason = tr("damaged data in the package");
            return false;
        }
        if (n == 0)
            break;
        out.append(buffer, n);
        m_totalRead += n;
        if (out.size() > MaxPartSize || m_totalRead > MaxTotalSize) {
            error.reason
                = tr("unpacks to more than %1 MB; refusing (zip bomb?)").arg(MaxPartSize / (1024 * 1024));
            out.clear();
            return false;
        }
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        error.reason = tr("damaged data in the package (checksum error)");
        return false;
    }
    error.place.clear();
    return true;
}

bool OoxmlPackage::mainDocumentPart(QString &name, FormatError &error)
{
    QByteArray rels;
    if (!readPart(QStringLiteral("_rels/.rels"), rels, error)) {
        error.reason = tr("not a Word document: %1").arg(error.reason);
        return false;
    }
    QXmlStreamReader xml(rels);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD) {
            error = FormatError { QString(), QStringLiteral("_rels/.rels"),
                                  tr("contains a DTD, which Office files never do; refused") };
            return false;
        }
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const auto attrs = xml.attributes();
        const QStringView type = attrs.value(QStringLiteral("Type"));
        // Transitional: …/officeDocument/2006/relationships/officeDocument;
        // Strict: http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument.
        if (!type.endsWith(u"/officeDocument"))
            continue;
        if (attrs.value(QStringLiteral("TargetMode")) == u"External") {
            error = FormatError { QString(), QStringLiteral("_rels/.rels"),
                                  tr("the main document is an external reference (%1); not followed")
                                      .arg(attrs.value(QStringLiteral("Target"))) };
            return false;
        }
        name = normalizedPartName(attrs.value(QStringLiteral("Target")).toString());
        return true;
    }
    if (xml.hasError()) {
        error = FormatError { QString(), QStringLiteral("_rels/.rels"),
                              tr("not valid XML (%1)").arg(xml.errorString()) };
        return false;
    }
    error = FormatError { QString(), QStringLiteral("_rels/.rels"),
                          tr("names no main document: not a Word document") };
    return false;
}

QString OoxmlPackage::relatedPart(const QString &source, QStringView typeSuffix)
{
    const int slash = int(source.lastIndexOf(QLatin1Char('/')));
    const QString folder = slash >= 0 ? source.left(slash + 1) : QString();
    QByteArray rels;
    FormatError ignored;
    if (!readPart(folder + QStringLiteral("_rels/") + source.mid(slash + 1) + QStringLiteral(".rels"), rels,
                  ignored))
        return QString();
    QXmlStreamReader xml(rels);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD)
            return QString();
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const auto attrs = xml.attributes();
        if (!attrs.value(QStringLiteral("Type")).endsWith(typeSuffix)
            || attrs.value(QStringLiteral("TargetMode")) == u"External")
            continue;
        const QString target = attrs.value(QStringLiteral("Target")).toString();
        if (target.startsWith(QLatin1Char('/')))
            return normalizedPartName(target);
        // Relative to the source's folder; "../x" climbs out of it.
        const QStringList parts = QString(folder + target).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QStringList resolved;
        for (const QString &p : parts) {
            if (p == u"..") {
                if (!resolved.isEmpty())
                    resolved.removeLast();
            } else if (p != u".") {
                resolved << p;
            }
        }
        return resolved.join(QLatin1Char('/'));
    }
    return QString();
}

} // namespace nianbao
