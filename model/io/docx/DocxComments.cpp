#include "io/docx/DocxComments.h"

#include "core/Report.h"

#include <QSet>
#include <QXmlStreamWriter>

namespace nianbao {

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString W14 = QStringLiteral("http://schemas.microsoft.com/office/word/2010/wordml");
const QString W15 = QStringLiteral("http://schemas.microsoft.com/office/word/2012/wordml");

// Word links a reply to its comment through the w14:paraId of their last paragraphs;
// ids are 8 hex digits below 0x80000000.
QString paraId(int commentId)
{
    return QStringLiteral("%1").arg(0x1A000000 + commentId, 8, 16, QLatin1Char('0')).toUpper();
}

QString initials(const QString &author)
{
    return author.left(1);
}

QString wordTime(const QDateTime &t)
{
    // Word writes w:date in UTC with a Z.
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
}

} // namespace

DocxComments::DocxComments(const Report &report)
    : m_places(report)
{
    int next = 0;
    for (const Annotation &a : m_places.annotations()) {
        m_firstId.insert(&a, next);
        next += 1 + int(a.replies.size());
    }
}

QVector<int> DocxComments::idsOf(const QVector<const Annotation *> &comments) const
{
    QVector<int> ids;
    for (const Annotation *a : comments) {
        const int first = m_firstId.value(a, -1);
        if (first < 0)
            continue;
        for (int i = 0; i <= a->replies.size(); ++i)
            ids << first + i;
    }
    return ids;
}

QByteArray DocxComments::commentsXml() const
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(W, QStringLiteral("w"));
    x.writeNamespace(W14, QStringLiteral("w14"));
    x.writeStartElement(W, QStringLiteral("comments"));
    auto comment = [&](int id, const QString &author, const QDateTime &created, const QString &text) {
        x.writeStartElement(W, QStringLiteral("comment"));
        x.writeAttribute(W, QStringLiteral("id"), QString::number(id));
        x.writeAttribute(W, QStringLiteral("author"), author);
        x.writeAttribute(W, QStringLiteral("date"), wordTime(created));
        x.writeAttribute(W, QStringLiteral("initials"), initials(author));
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            x.writeStartElement(W, QStringLiteral("p"));
            if (i + 1 == lines.size())
                x.writeAttribute(W14, QStringLiteral("paraId"), paraId(id));
            x.writeStartElement(W, QStringLiteral("r"));
            x.writeStartElement(W, QStringLiteral("t"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(lines[i]);
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
    };
    for (const Annotation &a : m_places.annotations()) {
        const int first = m_firstId.value(&a);
        comment(first, a.author, a.created, a.text);
        for (int i = 0; i < a.replies.size(); ++i)
            comment(first + 1 + i, a.replies[i].author, a.replies[i].created, a.replies[i].text);
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray DocxComments::commentsExtendedXml() const
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(W15, QStringLiteral("w15"));
    x.writeStartElement(W15, QStringLiteral("commentsEx"));
    for (const Annotation &a : m_places.annotations()) {
        const int first = m_firstId.value(&a);
        x.writeEmptyElement(W15, QStringLiteral("commentEx"));
        x.writeAttribute(W15, QStringLiteral("paraId"), paraId(first));
        x.writeAttribute(W15, QStringLiteral("done"), a.resolved ? QStringLiteral("1") : QStringLiteral("0"));
        for (int i = 0; i < a.replies.size(); ++i) {
            x.writeEmptyElement(W15, QStringLiteral("commentEx"));
            x.writeAttribute(W15, QStringLiteral("paraId"), paraId(first + 1 + i));
            x.writeAttribute(W15, QStringLiteral("paraIdParent"), paraId(first));
            x.writeAttribute(W15, QStringLiteral("done"),
                             a.resolved ? QStringLiteral("1") : QStringLiteral("0"));
        }
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace nianbao
