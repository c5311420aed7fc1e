#!/usr/bin/env python3
"""Reads the font an SVG 图解 embeds (#27) as a browser would, with fontTools, and checks it against
the installed font it was cut from: every character of every <text> element that the installed font
has must be in the embedded font's character map, drawn by the same outline with the same advance.

Usage: check-svg-font.py PICTURE.svg FONT_OUT.ttf
Prints "ok N FAMILY FILE" (N characters checked) or the characters that fail, and writes the embedded
font to FONT_OUT.ttf for other readers (ots-sanitize). Exit 1 on any failure.
"""
import base64, html, io, re, subprocess, sys
from fontTools.ttLib import TTFont

svg_path, font_out = sys.argv[1], sys.argv[2]
svg = open(svg_path, encoding='utf-8').read()
face = re.search(r"@font-face\{font-family:'([^']+)';src:url\(data:font/(ttf|otf);base64,([A-Za-z0-9+/=]+)\);\}", svg)
if not face:
    sys.exit('no @font-face with a data URL in the SVG')
family, data = face.group(1), base64.b64decode(face.group(3))
open(font_out, 'wb').write(data)
if not re.search(r'font-family="\'' + re.escape(family) + "'", svg):
    sys.exit('the embedded family is not the first the text asks for')
installed_family = family[:-len(' Subset')] if family.endswith(' Subset') else family
found = subprocess.run(['fc-match', '-f', '%{file}\n%{index}', installed_family + ':style=Regular'],
                       capture_output=True, text=True, check=True).stdout.split('\n')
original = TTFont(found[0], fontNumber=int(found[1] or 0), lazy=True)
subset = TTFont(io.BytesIO(data))

def outline(font, glyph_name):
    glyph = font['glyf'][glyph_name]
    if glyph.numberOfContours == 0:
        return ([], [])
    coordinates, ends, _ = glyph.getCoordinates(font['glyf'])
    return (list(coordinates), list(ends))

texts = [html.unescape(t) for t in re.findall(r'<text[^>]*>([^<]*)</text>', svg)]
characters = sorted(set(''.join(texts)))
source_map, subset_map = original.getBestCmap(), subset.getBestCmap()
failures, checked = [], 0
for ch in characters:
    source = source_map.get(ord(ch))
    if source is None:
        continue  # not in the installed font either: the reader's own fonts show it
    mine = subset_map.get(ord(ch))
    if mine is None:
        failures.append('%s (U+%04X) is not in the embedded font' % (ch, ord(ch)))
        continue
    if outline(original, source) != outline(subset, mine):
        failures.append('%s (U+%04X) is drawn by another outline' % (ch, ord(ch)))
    elif original['hmtx'][source][0] != subset['hmtx'][mine][0]:
        failures.append('%s (U+%04X) has another advance' % (ch, ord(ch)))
    checked += 1
if failures:
    print('\n'.join(failures))
    sys.exit(1)
print('ok %d %s %s' % (checked, installed_family, found[0]))
