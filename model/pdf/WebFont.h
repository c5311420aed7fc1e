#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace nianbao {

class FontFace;

/// A font cut down to the characters of a text, as an SVG or a web page embeds it in
/// @font-face data: the outlines of those characters and a character map that reaches them,
/// so that the picture shows the report's own 黑体 on a machine that lacks it, while its text
/// stays text (searchable, copied as the characters it shows).
///
/// TrueType fonts (the report's) are cut by TrueTypeSubsetter, which copies the glyphs used;
/// any other kind (CFF outlines) by HarfBuzz's subsetter, which keeps its character map too.
class WebFont
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::WebFont)

public:
    /// Cuts the first of `families` that is installed and has Chinese glyphs down to the
    /// characters of `text`. False with the reason when none is installed or the font cannot
    /// be read; the text is then shown in the reader's fonts.
    /// Where the font is looked for: its file through fontconfig, then (in a program with a
    /// QGuiApplication) Qt's font database; or Qt's only, which tests ask for.
    enum class Lookup { FilesFirst, QtOnly };
    bool build(const QStringList &families, const QString &text, QString *error,
               Lookup lookup = Lookup::FilesFirst);

    QString family() const { return m_family; } ///< the installed family that was cut
    QByteArray program() const { return m_program; }
    /// "font/ttf" or "font/otf", for the data URL.
    QString mediaType() const { return m_mediaType; }
    /// Characters of the text the font has no glyph for: a reader shows them in its own fonts.
    QString missing() const { return m_missing; }

private:
    static std::unique_ptr<FontFace> faceOf(const QString &family, Lookup lookup);

    QString m_family;
    QByteArray m_program;
    QString m_mediaType;
    QString m_missing;
};

} // namespace nianbao
