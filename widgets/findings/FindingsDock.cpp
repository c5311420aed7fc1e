#include "widgets/findings/FindingsDock.h"

#include "document/FindingsModel.h"
#include "document/ReportDocument.h"
#include "widgets/findings/SeverityStyle.h"
#include "widgets/findings/WrappingDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace nianbao {

FindingsDock::FindingsDock(ReportDocument *document, QWidget *parent)
    : QDockWidget(tr("Findings"), parent)
    , m_document(document)
    , m_model(new FindingsModel(this))
    , m_proxy(new FindingIconProxy(this))
    , m_view(new QTreeView(this))
    , m_detail(new QLabel(this))
    , m_useComputed(new QPushButton(tr("Use the computed value"), this))
    , m_addAsComment(new QPushButton(tr("Add as comment"), this))
{
    m_addAsComment->setObjectName(QStringLiteral("addFindingAsCommentButton"));
    m_addAsComment->setToolTip(tr("A review comment on the finding's place, with its message as the text"));
    setObjectName(QStringLiteral("findingsDock"));
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_useComputed->setObjectName(QStringLiteral("useComputedButton"));
    m_useComputed->setToolTip(tr("Replace the stated total by the sum of its parts"));
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    // The message is what matters: the widest column, wrapped; the rule id is narrow (and in
    // the tooltip), the full text below the list.
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_view->header()->resizeSection(1, 60);
    m_view->header()->setStretchLastSection(false);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    m_detail->setObjectName(QStringLiteral("findingDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_view);
    layout->addWidget(m_detail);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_useComputed);
    buttons->addWidget(m_addAsComment);
    layout->addLayout(buttons);
    setWidget(content);

    auto activate = [this](const QModelIndex &index) {
        if (const Finding *f = m_model->findingAt(m_proxy->mapToSource(index)))
            emit findingActivated(*f);
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_useComputed, &QPushButton::clicked, this, [this] {
        const Finding *f = currentFinding();
        if (f && f->canUseComputedValue && f->location.kind == ReportPlace::Kind::Cell)
            m_document->useComputedValue(f->location.cell);
    });
    connect(m_addAsComment, &QPushButton::clicked, this, [this] {
        if (const Finding *f = currentFinding())
            emit commentRequested(*f);
    });
    connect(document, &ReportDocument::findingsChanged, this, &FindingsDock::refresh);
    refresh();
}

void FindingsDock::refresh()
{
    // Keep the selection on the same finding where it still exists.
    QString rule;
    QJsonObject where;
    if (const Finding *f = currentFinding()) {
        rule = f->rule;
        where = f->location.toJson();
    }
    m_model->setFindings(m_document->findings());
    m_view->expandAll();
    // Blank cells stay folded into their one row until asked for.
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int i = 0; i < m_model->rowCount(group); ++i) {
            const QModelIndex row = m_model->index(i, 0, group);
            if (row.data(FindingsModel::BundleRole).toBool())
                m_view->collapse(m_proxy->mapFromSource(row));
        }
    }
    if (!rule.isEmpty()) {
        for (int g = 0; g < m_model->rowCount(); ++g) {
            const QModelIndex group = m_model->index(g, 0);
            for (int i = 0; i < m_model->rowCount(group); ++i) {
                const QModelIndex idx = m_model->index(i, 0, group);
                const Finding *f = m_model->findingAt(idx);
                if (f && f->rule == rule && f->location.toJson() == where)
                    m_view->setCurrentIndex(m_proxy->mapFromSource(idx));
            }
        }
    }
    updateButton();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsDock::updateButton,
            Qt::UniqueConnection);
}

const Finding *FindingsDock::currentFinding() const
{
    return m_model->findingAt(m_proxy->mapToSource(m_view->currentIndex()));
}

void FindingsDock::updateButton()
{
    const Finding *f = currentFinding();
    m_useComputed->setEnabled(f && f->canUseComputedValue);
    m_detail->setText(f ? QStringLiteral("%1  [%2]").arg(f->message, f->rule) : QString());
    m_addAsComment->setEnabled(f != nullptr);
}

} // namespace nianbao
