#include "widgets/shell/FindBar.h"

#include "document/ReportDocument.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace nianbao {

FindBar::FindBar(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_find(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_replaceRow(new QWidget(this))
    , m_replace(new QLineEdit(m_replaceRow))
    , m_replaceOne(new QPushButton(tr("&Replace"), m_replaceRow))
    , m_replaceAll(new QPushButton(tr("Replace &All"), m_replaceRow))
{
    setObjectName(QStringLiteral("findBarWidget"));
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find in the report (Enter: next, Shift+Enter: previous)"));
    m_find->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replaceOne->setObjectName(QStringLiteral("replaceButton"));
    m_replaceAll->setObjectName(QStringLiteral("replaceAllButton"));

    auto *previousButton = new QToolButton(this);
    previousButton->setArrowType(Qt::UpArrow);
    previousButton->setToolTip(tr("Previous match (Shift+F3)"));
    auto *nextButton = new QToolButton(this);
    nextButton->setArrowType(Qt::DownArrow);
    nextButton->setToolTip(tr("Next match (F3)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setObjectName(QStringLiteral("findClose"));
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setToolTip(tr("Close (Esc)"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 2, 6, 2);
    grid->addWidget(m_find, 0, 0);
    grid->addWidget(m_count, 0, 1);
    grid->addWidget(previousButton, 0, 2);
    grid->addWidget(nextButton, 0, 3);
    grid->addWidget(closeButton, 0, 4);
    auto *row = new QHBoxLayout(m_replaceRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_replace, 1);
    row->addWidget(m_replaceOne);
    row->addWidget(m_replaceAll);
    grid->addWidget(m_replaceRow, 1, 0, 1, 5);
    grid->setColumnStretch(0, 1);
    m_replaceRow->hide();

    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        m_stale = true;
        research();
    });
    connect(previousButton, &QToolButton::clicked, this, &FindBar::previous);
    connect(nextButton, &QToolButton::clicked, this, &FindBar::next);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindBar::replaceAll);
    // What the report says changes under the bar: the hits are found again when needed.
    const auto stale = [this] { m_stale = true; };
    connect(m_document, &ReportDocument::textChanged, this, stale);
    connect(m_document, &ReportDocument::structureChanged, this, stale);
    connect(m_document, &ReportDocument::reportReset, this, stale);
    connect(m_document, &ReportDocument::cellChanged, this, stale);
    connect(m_document, &ReportDocument::annotationsChanged, this, stale);
    hide();
}

void FindBar::open(bool withReplace)
{
    show();
    m_replaceRow->setVisible(withReplace);
    const bool editable = !m_document->isContentLocked();
    m_replaceOne->setEnabled(editable);
    m_replaceAll->setEnabled(editable);
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    research();
}

void FindBar::research()
{
    if (!m_stale)
        return;
    const QString text = m_find->text();
    const ReportPlace current
        = m_current >= 0 && m_current < m_hits.size() ? m_hits[m_current].place : ReportPlace();
    m_hits = ReportSearch::find(m_document->report(), text);
    // Keep the place in the list: the next match after a replacement is the one after it.
    m_current = -1;
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits[i].place == current)
            m_current = i;
    }
    m_stale = false;
    updateCount();
}

void FindBar::updateCount()
{
    if (m_find->text().isEmpty())
        m_count->clear();
    else if (m_hits.isEmpty())
        m_count->setText(tr("Not found"));
    else
        m_count->setText(QStringLiteral("%1 / %2").arg(qMax(0, m_current + 1)).arg(m_hits.size()));
}

bool FindBar::go(int step)
{
    research();
    if (m_hits.isEmpty()) {
        updateCount();
        return false;
    }
    const int n = int(m_hits.size());
    m_current = m_current < 0 ? (step > 0 ? 0 : n - 1) : ((m_current + step) % n + n) % n;
    updateCount();
    emit hitRequested(m_hits[m_current]);
    // Showing the match focused its editor; typing goes on in the find field.
    if (isVisible())
        (m_replace->hasFocus() ? m_replace : m_find)->setFocus(Qt::OtherFocusReason);
    return true;
}

bool FindBar::next()
{
    return go(+1);
}

bool FindBar::previous()
{
    return go(-1);
}

bool FindBar::replaceCurrent()
{
    research();
    if (m_current < 0 || m_current >= m_hits.size())
        return next();
    const ReportSearch::Hit hit = m_hits[m_current];
    if (!hit.replaceable || !m_document->replaceAt(hit, m_find->text(), m_replace->text()))
        return next();
    // The replaced match is gone from the list: the one now at its index comes next.
    m_stale = true;
    const int at = m_current;
    m_current = -1;
    research();
    if (m_hits.isEmpty())
        return true;
    m_current = (at - 1 + int(m_hits.size())) % int(m_hits.size());
    next();
    return true;
}

int FindBar::replaceAll()
{
    const int count = m_document->replaceAll(m_find->text(), m_replace->text());
    m_stale = true;
    m_current = -1;
    research();
    m_count->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::close()
{
    hide();
    // The match stays selected, in its editor, as after a search in a word processor.
    if (m_current >= 0 && m_current < m_hits.size())
        emit hitRequested(m_hits[m_current]);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace)
                replaceCurrent();
            else if (key->modifiers() & Qt::ShiftModifier)
                previous();
            else
                next();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace nianbao
