#include "io/docx/ExpatReader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cstring>
#include <expat.h>

namespace nianbao {

namespace {

const char kTransitional[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char kStrict[] = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const char kMarkupCompatibility[] = "http://schemas.openxmlformats.org/markup-compatibility/2006";

ExpatReader::Namespace namespaceOf(const char *uri)
{
    if (std::strcmp(uri, kTransitional) == 0 || std::strcmp(uri, kStrict) == 0)
        return ExpatReader::Namespace::Word;
    if (std::strcmp(uri, kMarkupCompatibility) == 0)
        return ExpatReader::Namespace::MarkupCompatibility;
    return ExpatReader::Namespace::Other;
}

} // namespace

const char *ExpatReader::attribute(const char **attributes, const char *local)
{
    for (const char **a = attributes; a[0]; a += 2) {
        const char *colon = std::strchr(a[0], ':');
        if (std::strcmp(colon ? colon + 1 : a[0], local) == 0)
            return a[1];
    }
    return nullptr;
}

ExpatReader::Namespace ExpatReader::resolve(const char *name, const char *&local) const
{
    const char *colon = std::strchr(name, ':');
    local = colon ? colon + 1 : name;
    const qsizetype prefixLength = colon ? colon - name : 0;
    for (auto it = m_bindings.crbegin(); it != m_bindings.crend(); ++it) {
        if (it->prefix.size() == prefixLength && std::memcmp(it->prefix.constData(), name, prefixLength) == 0)
            return it->ns;
    }
    return Namespace::Other; // undeclared: not one of ours
}

void ExpatReader::onStart(void *self, const char *name, const char **attributes)
{
    auto *r = static_cast<ExpatReader *>(self);
    if (++r->m_depth > r->m_maxDepth) {
        r->stop(QCoreApplication::translate("nianbao::DocxDocumentParser",
                                            "elements nested more than %1 deep (line %2); refused")
                    .arg(r->m_maxDepth)
                    .arg(XML_GetCurrentLineNumber(static_cast<XML_Parser>(r->m_parser))));
        return;
    }
    // Namespace declarations on this element bind until its end.
    for (const char **a = attributes; a[0]; a += 2) {
        if (std::strncmp(a[0], "xmlns", 5) != 0 || (a[0][5] != ':' && a[0][5] != '\0'))
            continue;
        r->m_bindings.append({ r->m_depth, QByteArray(a[0][5] == ':' ? a[0] + 6 : ""), namespaceOf(a[1]) });
    }
    const char *local = nullptr;
    const Namespace ns = r->resolve(name, local);
    r->m_handler->start(ns, local, attributes);
}

void ExpatReader::onEnd(void *self, const char *name)
{
    auto *r = static_cast<ExpatReader *>(self);
    const char *local = nullptr;
    const Namespace ns = r->resolve(name, local);
    r->m_handler->end(ns, local);
    while (!r->m_bindings.isEmpty() && r->m_bindings.last().depth == r->m_depth)
        r->m_bindings.removeLast();
    --r->m_depth;
}

void ExpatReader::onText(void *self, const char *text, int length)
{
    static_cast<ExpatReader *>(self)->m_handler->text(text, length);
}

void ExpatReader::onDoctype(void *self, const char *, const char *, const char *, int)
{
    static_cast<ExpatReader *>(self)->stop(QCoreApplication::translate(
        "nianbao::DocxDocumentParser", "contains a DTD, which Office files never do; refused"));
}

void ExpatReader::stop(const QString &reason)
{
    if (m_stopReason.isEmpty())
        m_stopReason = reason;
    XML_StopParser(static_cast<XML_Parser>(m_parser), XML_FALSE);
}

bool ExpatReader::read(const QByteArray &xml, Handler &handler, Failure &failure)
{
    if (parse(xml, nullptr, handler, failure))
        return true;
    if (failure.reason != QLatin1String(XML_ErrorString(XML_ERROR_UNKNOWN_ENCODING)))
        return false;
    // expat knows UTF-8, UTF-16 and Latin-1; Office writes nothing else, but other tools
    // may declare GB18030 or GBK. Qt decodes those: the part is read again as UTF-8. The
    // error came at the declaration, before any event reached the handler.
    static const QRegularExpression declared(QStringLiteral("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']"));
    const QString name = declared.match(QString::fromLatin1(xml.left(256))).captured(1);
    QStringDecoder decode(qPrintable(name));
    if (name.isEmpty() || !decode.isValid())
        return false;
    const QString text = decode(xml);
    if (decode.hasError()) {
        failure.reason
            = QCoreApplication::translate("nianbao::DocxDocumentParser", "the text is not valid %1")
                  .arg(name);
        return false;
    }
    return parse(text.toUtf8(), "UTF-8", handler, failure);
}

bool ExpatReader::parse(const QByteArray &xml, const char *encoding, Handler &handler, Failure &failure)
{
    // Without `encoding`, the one the declaration or BOM says; with it, that one whatever
    // the declaration says.
    XML_Parser parser = XML_ParserCreate(encoding);
    if (!parser) {
        failure = { QStringLiteral("out of memory"), false, 0, 0 };
        return false;
    }
    m_parser = parser;
    m_handler = &handler;
    m_depth = 0;
    m_bindings.clear();
    m_stopReason.clear();
    XML_SetUserData(parser, this);
    XML_SetElementHandler(parser, &ExpatReader::onStart, &ExpatReader::onEnd);
    XML_SetCharacterDataHandler(parser, &ExpatReader::onText);
    XML_SetStartDoctypeDeclHandler(parser, &ExpatReader::onDoctype);
    // External entities are never fetched: no handler, and parameter entities off.
    XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
    const bool ok = XML_Parse(parser, xml.constData(), int(qMin<qsizetype>(xml.size(), INT_MAX)), XML_TRUE)
        == XML_STATUS_OK;
    if (!ok) {
        failure.line = qint64(XML_GetCurrentLineNumber(parser));
        failure.column = qint64(XML_GetCurrentColumnNumber(parser)) + 1;
        failure.malformed = m_stopReason.isEmpty();
        failure.reason
            = failure.malformed ? QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(parser))) : m_stopReason;
    }
    XML_ParserFree(parser);
    m_parser = nullptr;
    m_handler = nullptr;
    return ok;
}

} // namespace nianbao
