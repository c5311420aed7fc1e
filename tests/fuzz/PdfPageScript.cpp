#include "PdfPageScript.h"

#include <QList>
#include <QString>

#include <cmath>

namespace nianbao::fuzz {

namespace {

// The importer's own bounds (PdfContentReader) are larger; a fuzzer needs fast inputs.
constexpr int MaxPages = 50;
constexpr int MaxWords = 20000;
constexpr int MaxRules = 20000;
constexpr int MaxNotes = 2000;

double number(const QByteArray &token)
{
    const double v = token.toDouble();
    return std::isfinite(v) ? qBound(-100000.0, v, 100000.0) : 0.0;
}

} // namespace

QVector<PdfPageContent> PdfPageScript::parse(const QByteArray &script)
{
    QVector<PdfPageContent> pages;
    int words = 0, rules = 0, notes = 0;
    QString lastNote; // what a "reply" answers
    for (const QByteArray &line : script.split('\n')) {
        const QList<QByteArray> t = line.trimmed().split(' ');
        if (t.isEmpty())
            continue;
        if (t[0] == "page" && t.size() >= 3 && pages.size() < MaxPages) {
            PdfPageContent page;
            page.number = int(pages.size()) + 1;
            page.size = QSizeF(number(t[1]), number(t[2]));
            pages.append(page);
        } else if (pages.isEmpty()) {
            continue;
        } else if (t[0] == "word" && t.size() >= 6 && words < MaxWords) {
            const QRectF box(number(t[1]), number(t[2]), number(t[3]), number(t[4]));
            const QString text = QString::fromUtf8(line.trimmed().split(' ').mid(5).join(' '));
            if (text.isEmpty())
                continue;
            PdfWord word { text, box, {} };
            const qreal w = box.width() / text.size();
            for (int i = 0; i < text.size(); ++i)
                word.chars.append(QRectF(box.x() + i * w, box.y(), w, box.height()));
            pages.last().words.append(word);
            ++words;
        } else if ((t[0] == "note" || t[0] == "reply") && t.size() >= 3 && notes < MaxNotes) {
            PdfNote note;
            note.id = QStringLiteral("s%1").arg(++notes);
            note.at = QPointF(number(t[1]), number(t[2]));
            note.text = QString::fromUtf8(t.mid(3).join(' '));
            if (t[0] == "reply")
                note.inReplyTo = lastNote;
            else
                lastNote = note.id;
            pages.last().notes.append(note);
        } else if (t[0] == "rule" && t.size() >= 5 && rules < MaxRules) {
            const QLineF l(number(t[1]), number(t[2]), number(t[3]), number(t[4]));
            if (l.dx() == 0 || l.dy() == 0) {
                pages.last().rulings.append(l);
                ++rules;
            }
        }
    }
    return pages;
}

QByteArray PdfPageScript::write(const QVector<PdfPageContent> &pages)
{
    QByteArray out;
    auto n = [](qreal v) { return QByteArray::number(v, 'f', 1); };
    for (const PdfPageContent &page : pages) {
        out += "page " + n(page.size.width()) + ' ' + n(page.size.height()) + '\n';
        for (const PdfWord &w : page.words) {
            out += "word " + n(w.box.x()) + ' ' + n(w.box.y()) + ' ' + n(w.box.width()) + ' '
                + n(w.box.height()) + ' ' + w.text.toUtf8().replace('\n', ' ') + '\n';
        }
        for (const QLineF &l : page.rulings)
            out += "rule " + n(l.x1()) + ' ' + n(l.y1()) + ' ' + n(l.x2()) + ' ' + n(l.y2()) + '\n';
        for (const PdfNote &note : page.notes) {
            out += (note.inReplyTo.isEmpty() ? "note " : "reply ") + n(note.at.x()) + ' ' + n(note.at.y())
                + ' ' + note.text.toUtf8().replace('\n', ' ') + '\n';
        }
    }
    return out;
}

} // namespace nianbao::fuzz
