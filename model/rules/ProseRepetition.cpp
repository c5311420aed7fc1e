#include "rules/ProseRepetition.h"

namespace nianbao {

namespace {

bool endsSentence(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'！':
    case u'？':
    case u'；':
    case u'!':
    case u'?':
    case u';':
    case u'\n':
        return true;
    default:
        return false;
    }
}

/// Calls `f(start, length)` for each sentence of `text`, its ending mark included.
template<typename F> void forEachSentence(const QString &text, F f)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (endsSentence(text.at(i))) {
            f(start, i + 1 - start);
            start = i + 1;
        }
    }
    if (start < text.size())
        f(start, text.size() - start);
}

struct Counts
{
    qsizetype repeated = 0;
    qsizetype total = 0;
};

} // namespace

QString ProseRepetition::normalized(QStringView sentence)
{
    const QString folded = sentence.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (!c.isSpace() && !c.isDigit())
            out.append(c);
    }
    return out;
}

QSet<QString> ProseRepetition::sentencesOf(const Report &lastYear)
{
    QSet<QString> out;
    auto add = [&out](const QVector<Paragraph> &paragraphs) {
        for (const Paragraph &p : paragraphs) {
            forEachSentence(p.text, [&](qsizetype start, qsizetype length) {
                const QString n = normalized(QStringView(p.text).mid(start, length));
                if (!n.isEmpty())
                    out.insert(n);
            });
        }
    };
    add(lastYear.preamble);
    for (const Section &s : lastYear.sections) {
        add(s.paragraphs);
        for (const Subsection &sub : s.subsections)
            add(sub.paragraphs);
    }
    return out;
}

ProseRepetition ProseRepetition::measure(const Report &thisYear, const Report &lastYear)
{
    return measureAgainst(thisYear, sentencesOf(lastYear));
}

ProseRepetition ProseRepetition::measureAgainst(const Report &thisYear, const QSet<QString> &lastYear)
{
    ProseRepetition out;
    Counts all;
    auto count = [&](const QVector<Paragraph> &paragraphs, std::optional<SectionId> section, int subsection,
                     Counts &counts) {
        for (int p = 0; p < paragraphs.size(); ++p) {
            const QString &text = paragraphs[p].text;
            forEachSentence(text, [&](qsizetype start, qsizetype length) {
                const QString n = normalized(QStringView(text).mid(start, length));
                counts.total += n.size();
                if (n.isEmpty() || !lastYear.contains(n))
                    return;
                counts.repeated += n.size();
                if (section)
                    out.repeated.append(
                        { *section, subsection, p, start, length, text.mid(start, length).trimmed() });
            });
        }
    };
    Counts preamble;
    count(thisYear.preamble, std::nullopt, -1, preamble);
    all.repeated += preamble.repeated;
    all.total += preamble.total;
    for (int s = 0; s < SectionCount; ++s) {
        const Section &section = thisYear.sections[s];
        const auto id = static_cast<SectionId>(s);
        Counts counts;
        count(section.paragraphs, id, -1, counts);
        for (int i = 0; i < section.subsections.size(); ++i)
            count(section.subsections[i].paragraphs, id, i, counts);
        out.characters[s] = counts.total;
        if (counts.total > 0)
            out.sections[s] = double(counts.repeated) / double(counts.total);
        all.repeated += counts.repeated;
        all.total += counts.total;
    }
    if (all.total > 0)
        out.overall = double(all.repeated) / double(all.total);
    return out;
}

} // namespace nianbao
