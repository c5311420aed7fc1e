#include "widgets/pages/GraphicPage.h"

#include "document/ReportDocument.h"
#include "io/graphic/GraphicWriter.h"
#include "render/ReportFonts.h"
#include "widgets/pages/GraphicView.h"
#include "widgets/pages/SaveAsDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nianbao {

GraphicPage::GraphicPage(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_view(new GraphicView(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("graphicPage"));
    auto *bar = new QHBoxLayout;
    auto *note
        = new QLabel(tr("The key figures as a 图解 for the website, as they will be published; with last "
                        "year's report attached, each figure's change beside it."),
                     this);
    note->setWordWrap(true);
    auto *exportButton = new QPushButton(tr("Export 图解…"), this);
    exportButton->setObjectName(QStringLiteral("exportGraphicButton"));
    bar->addWidget(note, 1);
    bar->addWidget(exportButton);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setObjectName(QStringLiteral("graphicScroll"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    connect(exportButton, &QPushButton::clicked, this, &GraphicPage::exportDialog);
    connect(m_document, &ReportDocument::findingsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    refresh();
}

void GraphicPage::refresh()
{
    const std::optional<Report> &last = m_document->previousYear();
    if (m_family.isEmpty()) { // once: the page follows every keystroke while shown
        ReportFonts fonts;
        FormatError ignored; // without a Chinese font the page still shows, in the default font
        fonts.resolve(ignored);
        m_family = fonts.family(ReportFonts::Face::Hei);
    }
    m_view->setFigures(GraphicFigures::of(m_document->report(), last ? &*last : nullptr), m_family);
}

bool GraphicPage::exportTo(const QString &path, QString *error, QString *notice)
{
    refresh();
    FormatError failure;
    if (GraphicWriter::write(m_view->figures(), path, 1, failure, notice))
        return true;
    *error = failure.message();
    return false;
}

bool GraphicPage::exportDialog()
{
    const Report &r = m_document->report();
    const QString path = SaveAsDialog::ask(
        this, tr("Export 图解"), m_document->filePath(),
        QStringLiteral("%1%2年政府信息公开工作年度报告图解.png").arg(r.agency).arg(r.year),
        tr("PNG picture for a web page (*.png);;SVG picture, text kept as text (*.svg);;PDF, one A4 page "
           "(*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error, notice;
    if (!exportTo(path, &error, &notice)) {
        QMessageBox::warning(this, tr("Export 图解"), error);
        return false;
    }
    if (!notice.isEmpty())
        QMessageBox::information(this, tr("Export 图解"), tr("%1 was written; %2.").arg(path, notice));
    return true;
}

} // namespace nianbao
