#include "io/docx/DocxCommentsReader.h"

#include <QSet>
#include <QXmlStreamReader>

namespace nianbao {

namespace {

struct WordComment
{
    QString id;
    QString author;
    QDateTime date;
    QString text;
    QString paraId; ///< of its last paragraph: what commentsExtended refers to
};

struct Extension
{
    QString parent;
    bool done = false;
};

constexpr int MaxComments = 10000;
constexpr int MaxDepth = 256;

} // namespace

bool DocxCommentsReader::read(const QByteArray &commentsXml, const QByteArray &extendedXml,
                              const QString &partName, const QHash<QString, ReportPlace> &targets,
                              const QHash<QString, QString> &quotes, Annotations &out, FormatError &error)
{
    QVector<WordComment> comments;
    {
        QXmlStreamReader xml(commentsXml);
        int depth = 0;
        int inText = 0;
        bool inComment = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.tokenType() == QXmlStreamReader::DTD) {
                error = FormatError { QString(), partName,
                                      tr("contains a DTD, which Office files never do; refused") };
                return false;
            }
            if (xml.isStartElement()) {
                if (++depth > MaxDepth) {
                    error = FormatError { QString(), partName,
                                          tr("elements nested more than %1 deep; refused").arg(MaxDepth) };
                    return false;
                }
                const QStringView name = xml.name();
                if (name == u"comment" && !inComment) {
                    if (comments.size() >= MaxComments) {
                        error = FormatError { QString(), partName,
                                              tr("more than %L1 comments; refused").arg(MaxComments) };
                        return false;
                    }
                    inComment = true;
                    WordComment c;
                    for (const QXmlStreamAttribute &a : xml.attributes()) {
                        if (a.name() == u"id")
                            c.id = a.value().toString();
                        else if (a.name() == u"author")
                            c.author = a.value().toString();
                        else if (a.name() == u"date")
                            c.date = QDateTime::fromString(a.value().toString(), Qt::ISODate);
                    }
                    comments.append(c);
                } else if (inComment && name == u"p") {
                    if (!comments.last().text.isEmpty() || !comments.last().paraId.isEmpty())
                        comments.last().text += QLatin1Char('\n');
                    for (const QXmlStreamAttribute &a : xml.attributes()) {
                        if (a.name() == u"paraId")
                            comments.last().paraId = a.value().toString();
                    }
                } else if (inComment && name == u"t") {
                    ++inText;
                } else if (inComment && name == u"tab") {
                    comments.last().text += QLatin1Char(' ');
                }
            } else if (xml.isEndElement()) {
                --depth;
                if (xml.name() == u"t")
                    inText = qMax(0, inText - 1);
                else if (xml.name() == u"comment")
                    inComment = false;
            } else if (xml.isCharacters() && inText > 0 && inComment) {
                comments.last().text += xml.text();
            }
        }
        if (xml.hasError()) {
            error = FormatError { QString(), partName, tr("not valid XML (%1)").arg(xml.errorString()) };
            return false;
        }
    }

    QHash<QString, Extension> extensions; // by paraId
    {
        QXmlStreamReader xml(extendedXml);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.tokenType() == QXmlStreamReader::DTD)
                break; // the comments themselves are read; their threading is lost
            if (!xml.isStartElement() || xml.name() != u"commentEx")
                continue;
            Extension e;
            QString paraId;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == u"paraId")
                    paraId = a.value().toString();
                else if (a.name() == u"paraIdParent")
                    e.parent = a.value().toString();
                else if (a.name() == u"done")
                    e.done = a.value() == u"1" || a.value() == u"true";
            }
            if (!paraId.isEmpty() && extensions.size() < MaxComments)
                extensions.insert(paraId, e);
        }
    }

    // Top-level comments first, then replies onto their parents (a reply to a reply joins
    // the same thread).
    QHash<QString, int> byParaId; // paraId → index in `result`
    Annotations result;
    QSet<QString> ids;
    for (const WordComment &c : std::as_const(comments)) {
        const Extension e = extensions.value(c.paraId);
        if (!e.parent.isEmpty())
            continue;
        Annotation a;
        a.id = QStringLiteral("w") + c.id;
        if (ids.contains(a.id))
            continue; // Word ids are unique; a repeated one is damage, and the first wins
        ids.insert(a.id);
        a.author = c.author;
        a.created = c.date;
        a.text = c.text;
        a.resolved = e.done;
        a.target = targets.value(c.id, ReportPlace::ofReport());
        if (a.target.kind == ReportPlace::Kind::Paragraph)
            a.target.quote = quotes.value(c.id);
        if (!c.paraId.isEmpty())
            byParaId.insert(c.paraId, int(result.size()));
        result.append(a);
    }
    for (const WordComment &c : std::as_const(comments)) {
        QString parent = extensions.value(c.paraId).parent;
        if (parent.isEmpty())
            continue;
        for (int hops = 0; !byParaId.contains(parent) && hops < 16 && extensions.contains(parent); ++hops)
            parent = extensions.value(parent).parent;
        const int at = byParaId.value(parent, -1);
        if (at < 0) { // its thread is missing: keep it as a comment of its own
            Annotation a;
            a.id = QStringLiteral("w") + c.id;
            a.author = c.author;
            a.created = c.date;
            a.text = c.text;
            a.target = targets.value(c.id, ReportPlace::ofReport());
            result.append(a);
            continue;
        }
        result[at].replies.append({ c.author, c.date, c.text });
    }
    out = result;
    return true;
}

} // namespace nianbao
