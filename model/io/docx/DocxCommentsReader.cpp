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
                              const QHash<QString, QString> &quotes, Annotations &out, int &unthreaded,
                              FormatError &error)
{
    QVector<WordComment> comments;
    {
        QXmlStreamReader xml(commentsXml);
        int depth = 0;
        int inText = 0;
        // The comments being read, innermost last. Word never nests one comment in another;
        // in a damaged file the inner one is read as a comment of its own, and the outer one
        // goes on after it, so neither takes the other's text.
        QVector<qsizetype> open;
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
                WordComment *current = open.isEmpty() ? nullptr : &comments[open.last()];
                if (name == u"comment") {
                    if (comments.size() >= MaxComments) {
                        error = FormatError { QString(), partName,
                                              tr("more than %L1 comments; refused").arg(MaxComments) };
                        return false;
                    }
                    WordComment c;
                    for (const QXmlStreamAttribute &a : xml.attributes()) {
                        if (a.name() == u"id")
                            c.id = a.value().toString();
                        else if (a.name() == u"author")
                            c.author = a.value().toString();
                        else if (a.name() == u"date")
                            c.date = QDateTime::fromString(a.value().toString(), Qt::ISODate);
                    }
                    open.append(comments.size());
                    comments.append(c);
                } else if (current && name == u"p") {
                    if (!current->text.isEmpty() || !current->paraId.isEmpty())
                        current->text += QLatin1Char('\n');
                    for (const QXmlStreamAttribute &a : xml.attributes()) {
                        if (a.name() == u"paraId")
                            current->paraId = a.value().toString();
                    }
                } else if (current && name == u"t") {
                    ++inText;
                } else if (current && name == u"tab") {
                    current->text += QLatin1Char(' ');
                }
            } else if (xml.isEndElement()) {
                --depth;
                if (xml.name() == u"t")
                    inText = qMax(0, inText - 1);
                else if (xml.name() == u"comment" && !open.isEmpty())
                    open.removeLast();
            } else if (xml.isCharacters() && inText > 0 && !open.isEmpty()) {
                comments[open.last()].text += xml.text();
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

    // A paraId two comments share (a damaged or hand-merged file) says nothing certain: the
    // extension under it could be either's, and a reply to it could answer either. Such
    // comments stand on their own, and so does a reply to one.
    QHash<QString, int> paraIdUses;
    for (const WordComment &c : std::as_const(comments)) {
        if (!c.paraId.isEmpty())
            ++paraIdUses[c.paraId];
    }
    auto certainParaId = [&paraIdUses](const QString &paraId) { return paraIdUses.value(paraId) == 1; };
    auto extensionOf = [&](const WordComment &c) {
        return certainParaId(c.paraId) ? extensions.value(c.paraId) : Extension {};
    };

    // Top-level comments first, then replies onto their parents (a reply to a reply joins
    // the same thread). Whatever cannot be placed is kept as a comment of its own and
    // counted, never dropped.
    QHash<QString, int> byParaId; // paraId → index in `result`
    Annotations result;
    QSet<QString> ids;
    unthreaded = 0;
    auto ownComment = [&](const WordComment &c, bool resolved) {
        Annotation a;
        a.id = QStringLiteral("w") + c.id;
        // Word ids are unique: a repeated one is damage. Its range in the body cannot be
        // told from the first one's, so the later comment is on the whole report.
        const bool repeated = ids.contains(a.id);
        for (int n = 2; ids.contains(a.id); ++n)
            a.id = QStringLiteral("w%1-%2").arg(c.id).arg(n);
        ids.insert(a.id);
        a.author = c.author;
        a.created = c.date;
        a.text = c.text;
        a.resolved = resolved;
        a.target = repeated ? ReportPlace::ofReport() : targets.value(c.id, ReportPlace::ofReport());
        if (a.target.kind == ReportPlace::Kind::Paragraph)
            a.target.quote = quotes.value(c.id);
        unthreaded += repeated;
        return a;
    };
    for (const WordComment &c : std::as_const(comments)) {
        const Extension e = extensionOf(c);
        if (!e.parent.isEmpty())
            continue;
        // A comment whose own paraId is shared may be a reply that lost its thread.
        if (!c.paraId.isEmpty() && !certainParaId(c.paraId) && extensions.value(c.paraId).parent.size())
            ++unthreaded;
        if (certainParaId(c.paraId))
            byParaId.insert(c.paraId, int(result.size()));
        result.append(ownComment(c, e.done));
    }
    for (const WordComment &c : std::as_const(comments)) {
        QString parent = extensionOf(c).parent;
        if (parent.isEmpty())
            continue;
        for (int hops = 0;
             !byParaId.contains(parent) && hops < 16 && certainParaId(parent) && extensions.contains(parent);
             ++hops)
            parent = extensions.value(parent).parent;
        const int at = certainParaId(parent) ? byParaId.value(parent, -1) : -1;
        if (at < 0) { // its thread is missing or uncertain: a comment of its own
            Annotation a = ownComment(c, false);
            a.target = ReportPlace::ofReport();
            result.append(a);
            ++unthreaded;
            continue;
        }
        result[at].replies.append({ c.author, c.date, c.text });
    }
    out = result;
    return true;
}

} // namespace nianbao
