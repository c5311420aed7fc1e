#!/usr/bin/env bash
# Seed corpora for ./dev fuzz: the published fixtures, the WPS blank template, the example
# (also submitted and commented), and this program's own exports of them (JSON, native, text,
# DOCX with and without Word comments, the DOCX main parts).
set -euo pipefail
build="$1" fixtures="$2" here="$3"
corpus="$build/corpus"
mkdir -p "$corpus"/{text,html,docx,docx_xml,json,nianbao,pdf,pdf_layout,pdf_answer}
nianbao="$build/bin/nianbao"
sources=("$here/resources/examples/example-report.nianbao" "$fixtures"/reports/*.txt "$fixtures"/reports/*.docx)
cp "$fixtures"/reports/*.txt "$corpus/text/"
cp "$fixtures"/reports/*.docx "$fixtures"/real/*.docx "$corpus/docx/"
cp "$here/resources/examples/example-report.nianbao" "$corpus/nianbao/"
cp "$here"/tests/data/regressions/* "$corpus/text/" 2>/dev/null || true
i=0
for s in "${sources[@]}"; do
  i=$((i + 1))
  for ext in json nianbao txt docx; do
    out="$corpus/$ext/seed-$i.$ext"
    [ "$ext" = txt ] && out="$corpus/text/seed-$i.txt"
    "$nianbao" convert "$s" "$out" >/dev/null 2>&1 || [ $? -eq 1 ] || true
  done
done
# The commented example: comments in JSON, and Word comments (comments.xml, commentsExtended).
cp "$here/resources/examples/example-review.nianbao" "$corpus/nianbao/"
"$nianbao" convert "$here/resources/examples/example-review.nianbao" "$corpus/json/review.json" >/dev/null 2>&1 || true
"$nianbao" convert --with-annotations "$here/resources/examples/example-review.nianbao" "$corpus/docx/review.docx" >/dev/null 2>&1 || true
for d in "$corpus"/docx/*.docx; do
  unzip -p "$d" word/document.xml > "$corpus/docx_xml/$(basename "$d" .docx).xml" 2>/dev/null || true
done
# Web pages: LibreOffice's HTML of the fixtures when soffice is there, and the regression pages.
if command -v soffice >/dev/null; then
  soffice -env:UserInstallation="file://$build/lo-profile" --headless --convert-to html --outdir "$corpus/html" \
    "$fixtures"/reports/*.docx >/dev/null 2>&1 || true
fi
cp "$here"/tests/data/regressions/*.htm* "$corpus/html/" 2>/dev/null || true
# The PDF target makes a report from raw bytes: any bytes seed it.
cp "$corpus"/text/*.txt "$corpus/pdf/"
# The PDF importer past poppler: real PDFs' pages as scripts (WPS's, ours, LibreOffice's when
# soffice is there), and the regression inputs.
for pdf in "$fixtures"/real/*.pdf; do
  [ -f "$pdf" ] || continue
  NIANBAO_DUMP_PDF="$pdf" "$build/bin/fuzz_pdf_layout" > "$corpus/pdf_layout/$(basename "$pdf" .pdf).pages" 2>/dev/null || true
done
for s in "$fixtures"/reports/*.docx; do
  "$nianbao" convert "$s" "$corpus/pdf_layout/ours-$(basename "$s" .docx).pdf" >/dev/null 2>&1 || true
  NIANBAO_DUMP_PDF="$corpus/pdf_layout/ours-$(basename "$s" .docx).pdf" "$build/bin/fuzz_pdf_layout" \
    > "$corpus/pdf_layout/ours-$(basename "$s" .docx).pages" 2>/dev/null || true
  rm -f "$corpus/pdf_layout/ours-$(basename "$s" .docx).pdf"
done
# A review copy: its sticky notes become "note" and "reply" lines.
"$nianbao" convert --with-annotations "$here/resources/examples/example-review.nianbao" \
  "$corpus/pdf_layout/review.pdf" >/dev/null 2>&1 || true
NIANBAO_DUMP_PDF="$corpus/pdf_layout/review.pdf" "$build/bin/fuzz_pdf_layout" \
  > "$corpus/pdf_layout/review.pages" 2>/dev/null || true
rm -f "$corpus/pdf_layout/review.pdf"
cp "$here"/tests/data/regressions/*.pdfpages "$corpus/pdf_layout/" 2>/dev/null || true
# The PDF reader child's answers: a real report's pages, and a refusal.
for pdf in "$fixtures"/real/*.pdf; do
  [ -f "$pdf" ] || continue
  QT_QPA_PLATFORM=offscreen "$nianbao" --read-pdf-pages < "$pdf" > "$corpus/pdf_answer/$(basename "$pdf" .pdf).answer" 2>/dev/null || true
done
printf 'not a pdf' | QT_QPA_PLATFORM=offscreen "$nianbao" --read-pdf-pages > "$corpus/pdf_answer/refusal.answer" 2>/dev/null || true
