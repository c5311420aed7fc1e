#include "content/ContentHash.h"

#include "content/ReportJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace nianbao {

namespace {

// A number as Python prints what json.load made of Qt's text for it: whole numbers Qt
// writes without a fraction become ints; the rest are floats in Python's shortest repr
// (fixed between 1e-4 and 1e16, otherwise d.ddde+XX).
void appendNumber(QByteArray &out, double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0) {
        out += QByteArray::number(qint64(d));
        return;
    }
    const QByteArray e = QByteArray::number(d, 'e', QLocale::FloatingPointShortest); // 1.25e+17
    const qsizetype at = e.indexOf('e');
    QByteArray digits = e.left(at);
    const int exponent = e.mid(at + 1).toInt();
    const bool negative = digits.startsWith('-');
    if (negative)
        digits.remove(0, 1);
    digits.replace(".", "");
    if (negative)
        out += '-';
    if (exponent >= -5 && exponent < 16) {
        if (exponent < 0) {
            out += "0." + QByteArray(-exponent - 1, '0') + digits;
        } else if (digits.size() <= exponent + 1) {
            out += digits + QByteArray(exponent + 1 - digits.size(), '0') + ".0";
        } else {
            out += digits.left(exponent + 1) + '.' + digits.mid(exponent + 1);
        }
        return;
    }
    out += digits.left(1);
    if (digits.size() > 1)
        out += '.' + digits.mid(1);
    out += 'e';
    out += exponent < 0 ? '-' : '+';
    out += QByteArray::number(std::abs(exponent)).rightJustified(2, '0');
}

void appendString(QByteArray &out, const QString &s)
{
    out += '"';
    QString plain; // what needs no escape goes out as UTF-8 in runs (surrogate pairs intact)
    auto escape = [&](const char *sequence) {
        out += plain.toUtf8();
        plain.clear();
        out += sequence;
    };
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'"':
            escape("\\\"");
            break;
        case u'\\':
            escape("\\\\");
            break;
        case u'\n':
            escape("\\n");
            break;
        case u'\r':
            escape("\\r");
            break;
        case u'\t':
            escape("\\t");
            break;
        case u'\b':
            escape("\\b");
            break;
        case u'\f':
            escape("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                escape(QByteArray("\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0'))
                           .constData());
            else
                plain += c;
        }
    }
    out += plain.toUtf8();
    out += '"';
}

void append(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendNumber(out, v.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            append(out, a[i]);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        std::sort(keys.begin(), keys.end()); // by code point, as Python sorts str
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i)
                out += ',';
            appendString(out, keys[i]);
            out += ':';
            append(out, o.value(keys[i]));
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray ContentHash::canonical(const QJsonValue &value)
{
    QByteArray out;
    append(out, value);
    return out;
}

QString ContentHash::of(const Report &report)
{
    QJsonObject object = ReportJson::toJson(report, ReportJson::Style::Interchange);
    object.remove(QStringLiteral("annotations"));
    object.remove(QStringLiteral("review"));
    return QStringLiteral("sha256:")
        + QString::fromLatin1(
               QCryptographicHash::hash(canonical(object), QCryptographicHash::Sha256).toHex());
}

} // namespace nianbao
