#include "widgets/findings/ImportNoticeBar.h"

#include "document/ReportDocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace nianbao {

ImportNoticeBar::ImportNoticeBar(ReportDocument *document, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_text(new QLabel(this))
    , m_jump(new QPushButton(tr("&Go to the First Blank Cell"), this))
{
    setObjectName(QStringLiteral("importIncompleteBar"));
    m_text->setObjectName(QStringLiteral("importIncompleteText"));
    m_jump->setObjectName(QStringLiteral("importIncompleteJump"));
    // A notice, not an error dialog: the palette's tooltip colours, as the review bar.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("importIncompleteClose"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Hide this notice (the findings keep it)"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->addWidget(m_text, 1);
    row->addWidget(m_jump);
    row->addWidget(close);
    connect(m_jump, &QPushButton::clicked, this, [this] { emit locationRequested(m_first); });
    connect(close, &QToolButton::clicked, this, [this] {
        m_dismissed = true;
        hide();
    });
    connect(m_document, &ReportDocument::findingsChanged, this, &ImportNoticeBar::update);
    // Another report in the window: a notice of its own.
    connect(m_document, &ReportDocument::reportReset, this, [this] {
        m_dismissed = false;
        update();
    });
    update();
}

void ImportNoticeBar::update()
{
    QStringList lines;
    bool first = true;
    for (const Finding &f : m_document->findings()) {
        if (f.rule != u"import.incomplete" || f.severity != Severity::Error)
            continue;
        if (first)
            m_first = f.location;
        first = false;
        lines << f.message;
    }
    if (!lines.isEmpty())
        m_text->setText(tr("Not everything in the imported file could be read; the cells left blank are "
                           "yours to fill in:\n%1")
                            .arg(lines.join(QLatin1Char('\n'))));
    setVisible(!lines.isEmpty() && !m_dismissed);
}

} // namespace nianbao
