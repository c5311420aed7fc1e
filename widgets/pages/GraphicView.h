#pragma once

#include "render/GraphicFigures.h"

#include <QWidget>

namespace nianbao {

/// Paints a 图解 (render/GraphicPainter) at its own width of 750 units, scaled to the widget's
/// width so that the whole picture's width is always in view.
class GraphicView : public QWidget
{
    Q_OBJECT
public:
    explicit GraphicView(QWidget *parent = nullptr);

    void setFigures(const GraphicFigures &figures, const QString &family);
    const GraphicFigures &figures() const { return m_figures; }
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    GraphicFigures m_figures;
    QString m_family;
    qreal m_height = 0;
};

} // namespace nianbao
