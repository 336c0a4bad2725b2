#include "conversationdelegate.h"
#include "inbox/conversationlistmodel.h"
#include "painting.h"
#include "rowtextcache.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>
#include <QUrl>

namespace {

using Model = ConversationListModel;

QStandardItem *itemFor(const QString &id, const QString &name, const QString &message)
{
    auto *item = new QStandardItem;
    item->setData(id, Model::IdRole);
    item->setData(name, Model::ParticipantNameRole);
    item->setData(QStringLiteral("Mathematician"), Model::HeadlineRole);
    item->setData(message, Model::LastMessageTextRole);
    item->setData(QDateTime(QDate(2024, 6, 15), QTime(11, 0)), Model::LastMessageTimeRole);
    return item;
}

QStyleOptionViewItem optionFor(const ConversationDelegate &delegate, const QModelIndex &index,
                               int width)
{
    QStyleOptionViewItem option;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = QApplication::palette();
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    option.rect = QRect(0, 0, width, 0);
    option.rect.setHeight(delegate.sizeHint(option, index).height());
    return option;
}

QImage paintRow(const ConversationDelegate &delegate, const QStyleOptionViewItem &option,
                const QModelIndex &index)
{
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

} // namespace

// The delegate's cache of laid-out rows: a row painted again after its data or its width
// changed shows what a fresh delegate shows, never what the cache held; the cache stays
// within its bound.
class TestRowTextCache : public QObject
{
    Q_OBJECT

private slots:
    void changedDataOnTheSameRowIsPaintedAnew()
    {
        QStandardItemModel model;
        model.appendRow(itemFor(QStringLiteral("c1"), QStringLiteral("Ada Lovelace"),
                                QStringLiteral("Hi")));
        const QModelIndex index = model.index(0, 0);
        ConversationDelegate cached;
        cached.setNow(QDateTime(QDate(2024, 6, 15), QTime(12, 0)));
        const QStyleOptionViewItem option = optionFor(cached, index, 400);
        const QImage before = paintRow(cached, option, index);
        QCOMPARE(paintRow(cached, option, index), before); // from the cache: the same

        const QList<QPair<int, QVariant>> changes = {
                {Model::ParticipantNameRole, QStringLiteral("Grace Hopper")},
                {Model::LastMessageTextRole, QStringLiteral("See you at the meetup")},
                {Model::HeadlineRole, QStringLiteral("Rear admiral")},
                {Model::UnreadCountRole, 3},
                {Model::HasDraftRole, true},
                {Model::TypeRole, QStringLiteral("inmail")},
                {Model::LastMessageTimeRole, QDateTime(QDate(2024, 6, 14), QTime(9, 0))}};
        QImage previous = before;
        for (const auto &[role, value] : changes) {
            model.setData(index, value, role);
            const QImage after = paintRow(cached, option, index);
            QVERIFY2(after != previous, qPrintable(QString::number(role)));
            ConversationDelegate fresh;
            fresh.setNow(cached.now());
            QCOMPARE(after, paintRow(fresh, option, index));
            previous = after;
        }
    }

    void aWidthChangeElidesAgain()
    {
        QStandardItemModel model;
        model.appendRow(itemFor(QStringLiteral("c1"), QStringLiteral("Ada Lovelace"),
                                QStringLiteral("A message long enough to be elided in a narrow "
                                               "row but shown whole in a wide one")));
        const QModelIndex index = model.index(0, 0);
        ConversationDelegate cached;
        cached.setNow(QDateTime(QDate(2024, 6, 15), QTime(12, 0)));
        for (const int width : {700, 260, 700, 180}) {
            const QStyleOptionViewItem option = optionFor(cached, index, width);
            ConversationDelegate fresh;
            fresh.setNow(cached.now());
            QCOMPARE(paintRow(cached, option, index), paintRow(fresh, option, index));
        }
    }

    void theCacheStaysBounded()
    {
        RowTextCache cache(8);
        ConversationRow::Content content;
        const QFont font = QApplication::font();
        for (int row = 0; row < 100; ++row) {
            content.name = QString::number(row);
            cache.insert({QString::number(row), QSize(400, 72)}, font,
                         std::make_unique<RowText>(
                                 RowText{content, {}, {}, {}, {}, {}, {}, {}, {}, {}}));
            QVERIFY(cache.count() <= 8);
        }
        QCOMPARE(cache.count(), 8);
        // The last ones are kept, the first ones are gone.
        QVERIFY(cache.find({QStringLiteral("99"), QSize(400, 72)}, font, content));
        content.name = QStringLiteral("0");
        QVERIFY(!cache.find({QStringLiteral("0"), QSize(400, 72)}, font, content));
        // Other content, size or font on the same row: not served.
        content.name = QStringLiteral("changed");
        QVERIFY(!cache.find({QStringLiteral("99"), QSize(400, 72)}, font, content));
        content.name = QStringLiteral("99");
        QVERIFY(!cache.find({QStringLiteral("99"), QSize(401, 72)}, font, content));
        QFont bigger = font;
        bigger.setPointSizeF(font.pointSizeF() * 2);
        QVERIFY(!cache.find({QStringLiteral("99"), QSize(400, 72)}, bigger, content));
    }

    void initialsCirclesStayBoundedAndPaintAlike()
    {
        const QRect rect(0, 0, 48, 48);
        const auto paint = [&rect](const QString &name, qreal ratio) {
            QImage image(rect.size() * ratio, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            image.fill(Qt::white);
            QPainter painter(&image);
            Painting::paintAvatar(&painter, rect, nullptr, QUrl(), name, name);
            painter.end();
            return image;
        };
        const QImage first = paint(QStringLiteral("Ada Lovelace"), 2);
        QCOMPARE(paint(QStringLiteral("Ada Lovelace"), 2), first); // drawn from the cache
        // A generated inbox of many people: the circles kept stay within the bound.
        for (int i = 0; i < 2000; ++i) {
            // Initials of letters beyond A-Z too (2 000 pairs in all).
            const QString name = QChar(u'A' + i % 40) + QStringLiteral("x ") + QChar(u'A' + i / 40)
                    + QStringLiteral("y");
            paint(name, 2);
            QVERIFY(Painting::initialsCacheBytes() <= 3 * 512 * 1024);
        }
        QVERIFY(Painting::initialsCacheBytes() > 0);
        QCOMPARE(paint(QStringLiteral("Ada Lovelace"), 2), first); // drawn anew, the same
    }
};

QTEST_MAIN(TestRowTextCache)
#include "tst_rowtextcache.moc"
