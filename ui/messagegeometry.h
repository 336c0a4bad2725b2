#pragma once

#include "messagedelegate.h"
#include "messagetext.h"

#include <QDateTime>
#include <QFont>
#include <QPointF>
#include <QString>

class QColor;
class QModelIndex;
class QTextLayout;

// What one message row shows and where: the data read from the model, the fonts derived
// from the view's, and the place of each part with the text wrapped. Painting, link hits
// and the height cache are the delegate's; sizing and painting lay a row out alike here.
namespace MessageGeometry {

constexpr int BubblePaddingH = 10;
constexpr int BubblePaddingV = 6;

// The fonts of a row, all derived from the view's font.
struct Fonts
{
    explicit Fonts(const QFont &base);

    QFont text;
    QFont placeholder; // a message without text
    QFont small;
    QFont system;
    QFont separator;
    QFont name;
};

// What a row shows, read from the model once per paint or size hint.
struct Content
{
    QString text; // sanitized, possibly very long: layoutText() bounds it
    QString name;
    QString time;
    QDateTime when;
    bool placeholder = false;
    bool mine = false;
    bool system = false;
    bool startsRun = false;
    bool startsDay = false;
    QString status; // the delivery of a message written in the app (else empty)
    bool failed = false;
};

// Reads a row from the model; the names stand in when the model has no sender name.
Content contentFor(const QModelIndex &index, const QString &ownerName,
                   const QString &participantName);

// Everything that decides a row's height, for the height cache; read straight from the
// model, so a cache hit costs no time formatting. The time counts because its label's
// width narrows the bubble.
size_t heightKey(const QModelIndex &index);

// The public rects plus what painting needs.
struct Geometry
{
    MessageDelegate::RowLayout rects;
    QPointF textOrigin; // where the QTextLayout is drawn
    QString name; // elided to its rect
    int height = 0;
};

// Lays the row out in row (mirrored for right-to-left), the text wrapped in layout;
// links, when given, gets the ranges of the https links coloured in link.
Geometry compute(const QRect &row, Qt::LayoutDirection direction, const Fonts &fonts,
                 const Content &content, QTextLayout &layout, const QColor &link,
                 MessageText::Ranges *links);

} // namespace MessageGeometry
