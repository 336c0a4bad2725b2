#include "appstyle.h"

#include "focusframecache.h"
#include "scrollbarpainting.h"

#include <QPainter>
#include <QStyleOptionSlider>

AppStyle::AppStyle(const QString &key)
    : QProxyStyle(key)
    , m_focusFrames(std::make_unique<FocusFrameCache>())
{
}

AppStyle::~AppStyle() = default;

int AppStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                        QStyleHintReturn *returnData) const
{
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                             QPainter *painter, const QWidget *widget) const
{
    if (element == PE_FrameFocusRect && option && painter
        && painter->transform().type() <= QTransform::TxTranslate
        && baseStyle()->name().compare(u"fusion", Qt::CaseInsensitive) == 0) {
        // Around the current row at every Page Down. Fusion's keeps to the painter's clip,
        // so that it can be painted in bands (the tests compare). A pixel of margin for
        // its antialiased edge.
        m_focusFrames->draw(
                painter, *option, option->rect.adjusted(-1, -1, 1, 1),
                [&](QPainter *into) { QProxyStyle::drawPrimitive(element, option, into, widget); });
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                  QPainter *painter, const QWidget *widget) const
{
    if (control == CC_ScrollBar) {
        const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
        if (bar && ScrollBarPainting::drawFromCache(baseStyle(), *bar, painter, widget))
            return;
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}
