#include "content/AnnotationJson.h"

#include "content/JsonReader.h"
#include "core/Report.h"

#include <QJsonObject>
#include <QSet>

namespace nianbao {

namespace {

const QString Preamble = QStringLiteral("preamble");

QJsonObject targetToJson(const ReportPlace &t, bool withAnchors)
{
    QJsonObject o;
    switch (t.kind) {
    case ReportPlace::Kind::Report:
        break;
    case ReportPlace::Kind::Cell: {
        const TableSpec &spec = ReportTemplate::official().table(t.cell.table);
        o.insert(QStringLiteral("table"), spec.key);
        o.insert(QStringLiteral("row"), spec.rows.value(t.cell.row).key);
        o.insert(QStringLiteral("column"), spec.columns.value(t.cell.column).key);
        break;
    }
    case ReportPlace::Kind::Section:
    case ReportPlace::Kind::SubsectionHeading: // a comment is on the section then
        o.insert(QStringLiteral("section"), t.section ? ReportTemplate::sectionKey(*t.section) : Preamble);
        break;
    case ReportPlace::Kind::Paragraph:
        o.insert(QStringLiteral("section"), t.section ? ReportTemplate::sectionKey(*t.section) : Preamble);
        if (t.subsection >= 0)
            o.insert(QStringLiteral("subsection"), t.subsection);
        o.insert(QStringLiteral("paragraph"), t.paragraph);
        if (!t.quote.isEmpty())
            o.insert(QStringLiteral("quote"), t.quote);
        if (t.orphaned)
            o.insert(QStringLiteral("orphaned"), true);
        if (withAnchors && !t.anchor.isEmpty())
            o.insert(QStringLiteral("anchor"), t.anchor);
        break;
    case ReportPlace::Kind::Field:
        o.insert(QStringLiteral("field"), ReportFields::key(t.field));
        break;
    case ReportPlace::Kind::Table: // findings only; a comment is never on a whole table
        o.insert(QStringLiteral("table"), ReportTemplate::tableKey(t.cell.table));
        break;
    }
    return o;
}

class Reader : public JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::AnnotationJson)

public:
    using JsonReader::JsonReader;

    bool text(const QJsonObject &o, const char *key, const QString &path, QString &out, bool required)
    {
        return string(o, QLatin1String(key), path, out, required);
    }

    bool time(const QJsonObject &o, const QString &path, QDateTime &out)
    {
        QString value;
        if (!text(o, "created", path, value, false))
            return false;
        if (value.isEmpty())
            return true;
        out = QDateTime::fromString(value, Qt::ISODate);
        if (!out.isValid())
            return fail(path + QStringLiteral(".created"),
                        tr("expected a time such as 2025-01-20T10:15:00+08:00"));
        return true;
    }

    bool section(const QJsonObject &o, const QString &path, std::optional<SectionId> &out)
    {
        const QString key = o.value(QStringLiteral("section")).toString();
        if (key == Preamble) {
            out = std::nullopt;
            return true;
        }
        for (int s = 0; s < SectionCount; ++s) {
            if (ReportTemplate::sectionKey(static_cast<SectionId>(s)) == key) {
                out = static_cast<SectionId>(s);
                return true;
            }
        }
        return fail(path + QStringLiteral(".section"), tr("no section “%1” in the report").arg(key));
    }

    bool index(const QJsonObject &o, const char *key, const QString &path, int &out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 1e6 || d != double(int(d)))
            return fail(path + QLatin1Char('.') + QLatin1String(key), tr("expected a number from 0"));
        out = int(d);
        return true;
    }

    bool target(const QJsonValue &value, const QString &path, ReportPlace &out)
    {
        if (value.isUndefined() || value.isNull())
            return true; // the whole report
        if (!value.isObject())
            return fail(path, tr("expected an object naming what is commented"));
        const QJsonObject o = value.toObject();
        if (o.contains(QStringLiteral("table"))) {
            const QString table = o.value(QStringLiteral("table")).toString();
            for (const TableSpec &spec : ReportTemplate::official().tables()) {
                if (spec.key != table)
                    continue;
                const int row = spec.rowIndex(o.value(QStringLiteral("row")).toString());
                const int column = spec.columnIndex(o.value(QStringLiteral("column")).toString());
                if (row < 0)
                    return fail(path + QStringLiteral(".row"), tr("no such row in table “%1”").arg(table));
                if (column < 0 || !spec.hasCell(row, column))
                    return fail(path + QStringLiteral(".column"),
                                tr("no such cell in table “%1”").arg(table));
                out = ReportPlace::ofCell({ spec.id, row, column });
                return true;
            }
            return fail(path + QStringLiteral(".table"), tr("no table “%1” in the report").arg(table));
        }
        if (o.contains(QStringLiteral("field"))) {
            const std::optional<ReportField> field
                = ReportFields::fromKey(o.value(QStringLiteral("field")).toString());
            if (!field || !ReportFields::commentable().contains(*field)) {
                QStringList keys;
                for (const ReportField f : ReportFields::commentable())
                    keys << ReportFields::key(f);
                return fail(path + QStringLiteral(".field"),
                            tr("expected one of %1").arg(keys.join(QStringLiteral(", "))));
            }
            out = ReportPlace::ofField(*field);
            return true;
        }
        if (!o.contains(QStringLiteral("section")))
            return true; // {}: the whole report
        std::optional<SectionId> s;
        if (!section(o, path, s))
            return false;
        if (!o.contains(QStringLiteral("paragraph"))) {
            out = ReportPlace::ofSection(s);
            return true;
        }
        ReportPlace t = ReportPlace::ofParagraph(s, QString());
        if (o.contains(QStringLiteral("subsection")) && !index(o, "subsection", path, t.subsection))
            return false;
        if (!index(o, "paragraph", path, t.paragraph) || !text(o, "quote", path, t.quote, false)
            || !text(o, "anchor", path, t.anchor, false))
            return false;
        t.orphaned = o.value(QStringLiteral("orphaned")).toBool();
        out = t;
        return true;
    }

    bool annotation(const QJsonValue &value, const QString &path, Annotation &out)
    {
        if (!value.isObject())
            return fail(path, tr("expected a comment (an object with id, target, author, text)"));
        const QJsonObject o = value.toObject();
        if (!text(o, "id", path, out.id, false) || !text(o, "author", path, out.author, false)
            || !text(o, "text", path, out.text, false) || !time(o, path, out.created)
            || !target(o.value(QStringLiteral("target")), path + QStringLiteral(".target"), out.target))
            return false;
        const QString status = o.value(QStringLiteral("status")).toString(QStringLiteral("open"));
        if (status != u"open" && status != u"resolved")
            return fail(path + QStringLiteral(".status"), tr("expected \"open\" or \"resolved\""));
        out.resolved = status == u"resolved";
        const QJsonValue replies = o.value(QStringLiteral("replies"));
        if (!replies.isUndefined() && !replies.isNull() && !replies.isArray())
            return fail(path + QStringLiteral(".replies"), tr("expected a list of replies"));
        const QJsonArray list = replies.toArray();
        for (int r = 0; r < list.size(); ++r) {
            const QString replyPath = QStringLiteral("%1.replies[%2]").arg(path).arg(r);
            const QJsonObject ro = list[r].toObject();
            AnnotationReply reply;
            if (!list[r].isObject() || !ro.value(QStringLiteral("text")).isString())
                return fail(replyPath, tr("expected a reply with author, created and text"));
            if (!text(ro, "author", replyPath, reply.author, false)
                || !text(ro, "text", replyPath, reply.text, true) || !time(ro, replyPath, reply.created))
                return false;
            out.replies.append(reply);
        }
        return true;
    }
};

} // namespace

QString AnnotationJson::timeToJson(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODate) : QString();
}

QJsonArray AnnotationJson::toJson(const Report &report, bool withAnchors)
{
    QJsonArray out;
    for (const Annotation &a : AnnotationAnchors::current(report)) {
        QJsonObject o { { QStringLiteral("id"), a.id },
                        { QStringLiteral("target"), targetToJson(a.target, withAnchors) },
                        { QStringLiteral("author"), a.author },
                        { QStringLiteral("text"), a.text },
                        { QStringLiteral("status"),
                          a.resolved ? QStringLiteral("resolved") : QStringLiteral("open") } };
        if (a.created.isValid())
            o.insert(QStringLiteral("created"), timeToJson(a.created));
        QJsonArray replies;
        for (const AnnotationReply &r : a.replies) {
            QJsonObject ro { { QStringLiteral("author"), r.author }, { QStringLiteral("text"), r.text } };
            if (r.created.isValid())
                ro.insert(QStringLiteral("created"), timeToJson(r.created));
            replies.append(ro);
        }
        o.insert(QStringLiteral("replies"), replies);
        out.append(o);
    }
    return out;
}

bool AnnotationJson::fromJson(const QJsonValue &value, Annotations &out, FormatError &error)
{
    Reader in(error);
    const QString path = QStringLiteral("$.annotations");
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return in.fail(path, tr("expected a list of comments"));
    const QJsonArray list = value.toArray();
    Annotations read;
    QSet<QString> ids;
    for (int i = 0; i < list.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        Annotation a;
        if (!in.annotation(list[i], itemPath, a))
            return false;
        if (!a.id.isEmpty() && ids.contains(a.id))
            return in.fail(itemPath + QStringLiteral(".id"), tr("the id “%1” is used twice").arg(a.id));
        ids.insert(a.id);
        read.append(a);
    }
    // A comment without an id (written by hand or another tool) gets one no other has.
    int next = 1;
    for (Annotation &a : read) {
        while (a.id.isEmpty()) {
            const QString id = QStringLiteral("c%1").arg(next++);
            if (!ids.contains(id))
                a.id = id;
        }
    }
    out = read;
    return true;
}

} // namespace nianbao
