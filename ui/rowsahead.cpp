#include "rowsahead.h"

#include "conversationdelegate.h"
#include "conversationlistview.h"

#include <QEvent>
#include <QImage>
#include <QPainter>

namespace {

// A 1 by 1 image that fonts resolve against as on the view: same pixel ratio, same DPI.
QImage deviceLike(const QWidget *widget)
{
    QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(widget->devicePixelRatio());
    constexpr double MetersPerInch = 0.0254;
    image.setDotsPerMeterX(qRound(widget->logicalDpiX() / MetersPerInch));
    image.setDotsPerMeterY(qRound(widget->logicalDpiY() / MetersPerInch));
    return image;
}

} // namespace

RowsAhead::RowsAhead(ConversationListView *view)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RowsAhead::layOutSlice);
    view->viewport()->installEventFilter(this);
}

bool RowsAhead::eventFilter(QObject *watched, QEvent *event)
{
    // Only compared, never called: events still come while the view is being destroyed.
    if (event->type() == QEvent::Paint && watched == m_viewport)
        m_timer.start(PauseMs); // again: from the last paint
    return false;
}

void RowsAhead::layOutSlice()
{
    const auto *delegate = qobject_cast<const ConversationDelegate *>(m_view->itemDelegate());
    const QAbstractItemModel *model = m_view->model();
    const QRect area = m_view->viewport()->rect();
    const QModelIndex top = m_view->indexAt(area.topLeft());
    if (!delegate || !model || !top.isValid())
        return;
    const QModelIndex bottom = m_view->indexAt(QPoint(area.left(), area.bottom()));
    const Shown shown{top.row(), bottom.isValid() ? bottom.row() : model->rowCount() - 1,
                      area.size()};
    if (shown == m_done) {
        emit done(); // a repaint of the same rows: nothing to add
        return;
    }
    if (!(shown == m_pass)) {
        m_pass = shown;
        m_next = 0;
    }
    // The page below first (the way a list is mostly read), then the page above.
    const int page = shown.last - shown.first + 1;
    QList<int> rows;
    for (int row = shown.last + 1; row <= qMin(shown.last + page, model->rowCount() - 1); ++row)
        rows.append(row);
    for (int row = shown.first - 1; row >= qMax(0, shown.first - page); --row)
        rows.append(row);

    QImage device = deviceLike(m_view->viewport());
    QPainter painter(&device);
    QStyleOptionViewItem option = m_view->rowOption();
    QElapsedTimer slice;
    slice.start();
    for (; m_next < rows.size(); ++m_next) {
        if (slice.hasExpired(SliceMs)) {
            m_timer.start(0); // the rest after the events waiting now
            return;
        }
        const QModelIndex index = model->index(rows.at(m_next), 0);
        option.rect = m_view->visualRect(index);
        delegate->layOutAhead(&painter, option, index);
    }
    m_done = shown;
    emit done();
}
