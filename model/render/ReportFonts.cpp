#include "render/ReportFonts.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QRawFont>

namespace nianbao {

QStringList ReportFonts::packages()
{
    return { QStringLiteral("fonts-arphic-gbsn00lp"), QStringLiteral("fonts-arphic-gkai00mp"),
             QStringLiteral("fonts-wqy-zenhei") };
}

QStringList ReportFonts::candidates(Face face)
{
    switch (face) {
    case Face::Song: // 宋体 / 仿宋 body and the 小标宋 title
        return { QStringLiteral("AR PL SungtiL GB"), QStringLiteral("AR PL UMing CN"),
                 QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("WenQuanYi Micro Hei"),
                 QStringLiteral("Droid Sans Fallback") };
    case Face::Hei: // 黑体 first-level headings
        return { QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("WenQuanYi Micro Hei"),
                 QStringLiteral("Droid Sans Fallback"), QStringLiteral("AR PL UMing CN") };
    case Face::Kai: // 楷体 second-level headings
        return { QStringLiteral("AR PL KaitiM GB"), QStringLiteral("AR PL UKai CN"),
                 QStringLiteral("AR PL UMing CN"), QStringLiteral("WenQuanYi Zen Hei"),
                 QStringLiteral("Droid Sans Fallback") };
    }
    return {};
}

bool ReportFonts::resolve(FormatError &error)
{
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (Face face : { Face::Song, Face::Hei, Face::Kai }) {
        m_families[int(face)].clear();
        for (const QString &family : candidates(face)) {
            if (!installed.contains(family))
                continue;
            QFont f(family);
            f.setStyleStrategy(QFont::NoFontMerging);
            if (QFontInfo(f).family() != family)
                continue; // matched something else: not what we asked for
            const QRawFont raw = QRawFont::fromFont(f, QFontDatabase::SimplifiedChinese);
            if (!raw.isValid() || !raw.supportsCharacter(QChar(u'政'))
                || !raw.supportsCharacter(QChar(u'一')))
                continue;
            m_families[int(face)] = family;
            break;
        }
        if (m_families[int(face)].isEmpty()) {
            error.reason
                = tr("no usable Chinese font is installed (tried %1); install the "
                     "Debian packages %2")
                      .arg(candidates(face).join(QStringLiteral(", ")), packages().join(QLatin1Char(' ')));
            return false;
        }
    }
    return true;
}

QFont ReportFonts::font(Face face, qreal pointSize, bool bold) const
{
    QFont f(m_families[int(face)]);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // A rare character the chosen font lacks may come from fontconfig's fallback rather
    // than print as a box; every common ideograph (the ones the radical trap affects) is
    // in the chosen fonts, which resolve() checks.
    f.setStyleStrategy(QFont::PreferDefault);
    // Pages are laid out in design units for paper and PDF: grid-fitting the outlines to
    // a 600 dpi raster would only cost time (FreeType's bytecode interpreter per glyph).
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace nianbao
