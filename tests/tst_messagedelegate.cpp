#include "colorscheme.h"
#include "messagedelegate.h"
#include "support/ink.h"
#include "text/displaytext.h"
#include "text/timeformat.h"
#include "thread/messagelistmodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTest>

#include <memory>

namespace {

using Model = MessageListModel;

struct Row
{
    QString text = QStringLiteral("Hello there");
    QDateTime time;
    QString sender = QStringLiteral("Ada Lovelace");
    bool mine = false;
    bool system = false;
    bool startsRun = false;
    bool startsDay = false;
};

const QDateTime &fixedNow()
{
    static const QDateTime now(QDate(2024, 6, 15), QTime(12, 0)); // local time
    return now;
}

QStandardItem *itemFor(const Row &message)
{
    static int serial = 0;
    auto *item = new QStandardItem;
    item->setData(message.text, Qt::DisplayRole);
    item->setData(QStringLiteral("urn:li:msg:%1").arg(++serial), Model::IdRole);
    item->setData(message.text, Model::TextRole);
    item->setData(message.time.isValid() ? message.time : fixedNow().addSecs(-3600),
                  Model::TimeRole);
    item->setData(message.sender, Model::SenderNameRole);
    item->setData(message.mine, Model::SentByMeRole);
    item->setData(message.system, Model::IsSystemRole);
    item->setData(message.startsRun, Model::StartsRunRole);
    item->setData(message.startsDay, Model::StartsDayRole);
    return item;
}

// A model, the delegate and a real list view showing them, as the thread pane has.
struct Fixture
{
    explicit Fixture(const QList<Row> &messages, int width = 600)
    {
        for (const Row &message : messages)
            model.appendRow(itemFor(message));
        delegate.setNow(fixedNow());
        delegate.setUrlOpener([this](const QUrl &url) {
            opened.append(url);
            return true;
        });
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        view.setUniformItemSizes(false);
        view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view.setResizeMode(QListView::Adjust);
        view.setWordWrap(true); // relayout on every resize, see rowsFollowTheViewWidth()
        view.resize(width, 800);
        view.show();
    }

    bool ready() { return QTest::qWaitForWindowExposed(&view); }

    QModelIndex index(int row) const { return model.index(row, 0); }

    // The option the view would give the delegate for this row, in the given direction.
    QStyleOptionViewItem option(int row, Qt::LayoutDirection direction = Qt::LeftToRight) const
    {
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.font = view.font();
        option.fontMetrics = QFontMetrics(option.font);
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        option.direction = direction;
        option.widget = &view;
        option.rect = QRect(0, 0, view.viewport()->width(), 0);
        option.rect.setHeight(delegate.sizeHint(option, index(row)).height());
        return option;
    }

    int height(int row) const { return delegate.sizeHint(option(row), index(row)).height(); }

    QStandardItemModel model;
    MessageDelegate delegate;
    QListView view; // destroyed first: it uses the delegate and the model
    QList<QUrl> opened;
};

QImage paintRow(const MessageDelegate &delegate, const QStyleOptionViewItem &option,
                const QModelIndex &index, qreal dpr)
{
    QImage image(option.rect.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDevicePixelRatio(dpr);
    QPainter painter(&image);
    painter.translate(-option.rect.topLeft());
    delegate.paint(&painter, option, index);
    painter.end();
    return image;
}

// Rows are painted at the image's origin: rects from layoutFor() move with them.
QRect inImage(const QRect &rect, const QStyleOptionViewItem &option)
{
    return rect.translated(-option.rect.topLeft());
}

// The bubble's own colour, read from its padding beside the first line.
QRgb bubbleColor(const QImage &image, const MessageDelegate::RowLayout &layout,
                 const QStyleOptionViewItem &option)
{
    const QRect bubble = inImage(layout.bubble, option);
    const qreal dpr = image.devicePixelRatio();
    return image.pixel(qRound((bubble.left() + 4) * dpr), qRound(bubble.center().y() * dpr));
}

QMouseEvent mouseEvent(QEvent::Type type, const QPoint &pos, Qt::MouseButton button)
{
    return QMouseEvent(type, QPointF(pos), QPointF(pos), button,
                       type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::MouseButtons(button),
                       Qt::NoModifier);
}

// A point on the middle of the first line, `prefix` characters into the text (LTR text).
QPoint pointAfter(const QStyleOptionViewItem &option, const MessageDelegate::RowLayout &layout,
                  const QString &prefix)
{
    const QFontMetrics metrics(option.font);
    return {layout.text.left() + metrics.horizontalAdvance(prefix),
            layout.text.top() + metrics.height() / 2};
}

QString words(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QStringLiteral("word%1").arg(i % 10));
    return list.join(u' ');
}

} // namespace

// The thread painter: heights that follow the text and the width, bounded for hostile
// text; plain text; https links alone clickable; sides, centring, separators, mirroring.
class TestMessageDelegate : public QObject
{
    Q_OBJECT

private slots:
    void rowsFillTheViewport()
    {
        QList<Row> messages;
        for (int i = 0; i < 200; ++i) {
            Row message;
            message.text = words(i % 40 + 1);
            message.mine = i % 3 == 0;
            message.startsRun = i % 5 == 0;
            messages.append(message);
        }
        Fixture fixture(messages);
        QVERIFY(fixture.ready());
        fixture.view.doItemsLayout();
        const QRect rect = fixture.view.visualRect(fixture.index(0));
        QCOMPARE(rect.width(), fixture.view.viewport()->width());
        QCOMPARE(rect.height(), fixture.height(0));
        QCOMPARE(fixture.view.visualRect(fixture.index(7)).height(), fixture.height(7));
        // The small width hint keeps the list from scrolling sideways.
        QVERIFY(fixture.view.verticalScrollBar()->maximum() > 0);
        QCOMPARE(fixture.view.horizontalScrollBar()->maximum(), 0);
    }

    // The wiring the thread pane needs: with word wrap on, QListView lays its rows out
    // again after any resize (without it, only after a height change: rows would keep
    // their old positions and overlap or leave gaps when the width changes).
    void rowsFollowTheViewWidth()
    {
        Row message;
        message.text = words(300);
        Fixture fixture(QList<Row>(30, message), 350);
        QVERIFY(fixture.ready());
        fixture.view.doItemsLayout();
        const int narrow = fixture.view.visualRect(fixture.index(0)).height();
        QCOMPARE(fixture.view.visualRect(fixture.index(1)).top(),
                 fixture.view.visualRect(fixture.index(0)).bottom() + 1);
        fixture.view.resize(900, 800);
        QTRY_VERIFY(fixture.view.visualRect(fixture.index(1)).top() < narrow);
        QCOMPARE(fixture.view.visualRect(fixture.index(1)).top(),
                 fixture.view.visualRect(fixture.index(0)).bottom() + 1);
        QCOMPARE(fixture.view.visualRect(fixture.index(0)).height(), fixture.height(0));
        QCOMPARE(fixture.view.visualRect(fixture.index(0)).width(),
                 fixture.view.viewport()->width());
    }

    // Thousands of rows: the view asks every row's height on each layout.
    void manyRowsLayOutQuickly()
    {
        QList<Row> messages;
        for (int i = 0; i < 5000; ++i) {
            Row message;
            message.text = words(i % 50 + 1);
            message.mine = i % 3 == 0;
            message.startsRun = i % 4 == 0;
            message.time = fixedNow().addSecs(-60LL * (5000 - i));
            messages.append(message);
        }
        Fixture fixture(messages);
        QVERIFY(fixture.ready());
        QElapsedTimer timer;
        timer.start();
        fixture.view.doItemsLayout(); // heights cached from the first layout
        const qint64 warm = timer.restart();
        QStyleOptionViewItem option = fixture.option(0);
        option.widget = nullptr; // a width of its own: every height computed again
        option.rect.setWidth(option.rect.width() + 20);
        int total = 0;
        for (int row = 0; row < fixture.model.rowCount(); ++row)
            total += fixture.delegate.sizeHint(option, fixture.index(row)).height();
        const qint64 cold = timer.elapsed();
        QVERIFY(total > 5000 * QFontMetrics(option.font).height());
        qInfo("5000 rows: layout with cached heights %lld ms, all heights at a new width %lld ms",
              warm, cold);
    }

    void heightFollowsTheText()
    {
        Row shortMessage;
        shortMessage.text = QStringLiteral("Hi");
        Row medium;
        medium.text = words(60);
        Row longMessage;
        longMessage.text = words(400);
        Fixture fixture({shortMessage, medium, longMessage});
        QVERIFY(fixture.ready());
        const int shortHeight = fixture.height(0);
        QVERIFY(shortHeight >= QFontMetrics(fixture.view.font()).height());
        QVERIFY(fixture.height(1) > shortHeight);
        QVERIFY(fixture.height(2) > fixture.height(1));
        // Cached or not, the answer is the same.
        QCOMPARE(fixture.height(2), fixture.height(2));
    }

    void heightShrinksAsTheViewWidens()
    {
        Row message;
        message.text = words(300);
        Fixture fixture({message}, 350);
        QVERIFY(fixture.ready());
        const int narrowWidth = fixture.view.viewport()->width();
        const int narrow = fixture.height(0);
        fixture.view.resize(900, 800);
        QTRY_VERIFY(fixture.view.viewport()->width() > narrowWidth);
        const int wide = fixture.height(0);
        QVERIFY2(wide < narrow, qPrintable(QStringLiteral("%1 vs %2").arg(wide).arg(narrow)));
        fixture.view.resize(350, 800);
        QTRY_COMPARE(fixture.view.viewport()->width(), narrowWidth);
        QCOMPARE(fixture.height(0), narrow); // the cache followed the width back
    }

    void hostileTextIsBounded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        const QString word(100000, u'x');
        QTest::newRow("one 100k word") << word << 600;
        QTest::newRow("one 100k word, narrow") << word << 150;
        QTest::newRow("100k words") << words(20000) << 600;
        QString lines;
        for (int i = 0; i < 20000; ++i)
            lines += QStringLiteral("line\n");
        QTest::newRow("20k lines") << lines << 600;
        QString wide;
        for (int i = 0; i < 20000; ++i)
            wide += QStringLiteral("😀\u0301");
        QTest::newRow("20k emoji with marks") << wide << 600;
    }

    void hostileTextIsBounded()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        Row message;
        message.text = text;
        message.startsRun = true;
        message.startsDay = true;
        Fixture fixture({message}, width);
        QVERIFY(fixture.ready());
        const QStyleOptionViewItem option = fixture.option(0); // sized when the view laid out
        QStyleOptionViewItem uncached = option;
        uncached.widget = nullptr;
        uncached.rect.setWidth(option.rect.width() - 1);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(fixture.delegate.sizeHint(uncached, fixture.index(0)).height() < 5000);
        const qint64 sized = timer.restart();
        QVERIFY2(option.rect.height() > 100 && option.rect.height() < 5000,
                 qPrintable(QString::number(option.rect.height())));
        const QImage image = paintRow(fixture.delegate, option, fixture.index(0), 1);
        const MessageDelegate::RowLayout layout =
                fixture.delegate.layoutFor(option, fixture.index(0));
        QVERIFY(option.rect.contains(layout.bubble));
        QVERIFY(Ink::any(image, inImage(layout.text, option), bubbleColor(image, layout, option)));
        // A click anywhere in it is answered quickly and finds no link.
        QVERIFY(!fixture.delegate.linkAt(option, fixture.index(0), layout.text.center()).isValid());
        qInfo("sized in %lld ms, painted and hit-tested in %lld ms, %d px high", sized,
              timer.elapsed(), option.rect.height());
    }

    void markupIsPaintedAsText()
    {
        Row markup;
        markup.text = QStringLiteral("<b>Bold</b>");
        Row plain;
        plain.text = QStringLiteral("Bold");
        Fixture fixture({markup, plain});
        QVERIFY(fixture.ready());
        const QStyleOptionViewItem markupOption = fixture.option(0);
        const QStyleOptionViewItem plainOption = fixture.option(1);
        const auto markupLayout = fixture.delegate.layoutFor(markupOption, fixture.index(0));
        const auto plainLayout = fixture.delegate.layoutFor(plainOption, fixture.index(1));
        const QImage markupImage = paintRow(fixture.delegate, markupOption, fixture.index(0), 1);
        const QImage plainImage = paintRow(fixture.delegate, plainOption, fixture.index(1), 1);
        const auto markupSpan = Ink::span(markupImage, inImage(markupLayout.text, markupOption),
                                          bubbleColor(markupImage, markupLayout, markupOption));
        const auto plainSpan = Ink::span(plainImage, inImage(plainLayout.text, plainOption),
                                         bubbleColor(plainImage, plainLayout, plainOption));
        QVERIFY(markupSpan.first >= 0 && plainSpan.first >= 0);
        // "<b>" and "</b>" are on screen: far wider than "Bold" alone.
        QVERIFY2(markupSpan.second - markupSpan.first > 2 * (plainSpan.second - plainSpan.first),
                 qPrintable(QStringLiteral("%1..%2 vs %3..%4")
                                    .arg(markupSpan.first)
                                    .arg(markupSpan.second)
                                    .arg(plainSpan.first)
                                    .arg(plainSpan.second)));
    }

    void httpsLinksOpen_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<bool>("mine");
        QTest::newRow("ltr, theirs") << Qt::LeftToRight << false;
        QTest::newRow("ltr, mine") << Qt::LeftToRight << true;
        QTest::newRow("rtl, theirs") << Qt::RightToLeft << false;
        QTest::newRow("rtl, mine") << Qt::RightToLeft << true;
    }

    void httpsLinksOpen()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, mine);
        Row message;
        message.text = QStringLiteral("see https://example.com/x now");
        message.mine = mine;
        message.startsRun = true;
        Fixture fixture({message});
        QVERIFY(fixture.ready());
        const QStyleOptionViewItem option = fixture.option(0, direction);
        const QModelIndex index = fixture.index(0);
        const auto layout = fixture.delegate.layoutFor(option, index);
        const QPoint onLink = pointAfter(option, layout, QStringLiteral("see https://exa"));
        const QUrl expected(QStringLiteral("https://example.com/x"));
        QCOMPARE(fixture.delegate.linkAt(option, index, onLink), expected);
        QVERIFY(!fixture.delegate
                         .linkAt(option, index, pointAfter(option, layout, {}) + QPoint(2, 0))
                         .isValid());
        QVERIFY(!fixture.delegate
                         .linkAt(option, index,
                                 pointAfter(option, layout,
                                            QStringLiteral("see https://example.com/x no")))
                         .isValid());
        QVERIFY(!fixture.delegate.linkAt(option, index, layout.bubble.topLeft()).isValid());

        QMouseEvent right = mouseEvent(QEvent::MouseButtonRelease, onLink, Qt::RightButton);
        QVERIFY(!fixture.delegate.editorEvent(&right, &fixture.model, option, index));
        QMouseEvent press = mouseEvent(QEvent::MouseButtonPress, onLink, Qt::LeftButton);
        fixture.delegate.editorEvent(&press, &fixture.model, option, index);
        QVERIFY(fixture.opened.isEmpty()); // a press alone opens nothing
        QMouseEvent release = mouseEvent(QEvent::MouseButtonRelease, onLink, Qt::LeftButton);
        QVERIFY(fixture.delegate.editorEvent(&release, &fixture.model, option, index));
        QCOMPARE(fixture.opened, QList<QUrl>{expected});

        // The link is drawn in the link colour: it differs from the words around it.
        const QImage image = paintRow(fixture.delegate, option, index, 1);
        const QColor link = option.palette.color(QPalette::Active, QPalette::Link);
        bool linkInk = false;
        const QRect area = inImage(layout.text, option);
        for (int y = area.top(); y <= area.bottom() && !linkInk; ++y) {
            for (int x = area.left(); x <= area.right() && !linkInk; ++x)
                linkInk = image.pixel(x, y) == link.rgb();
        }
        QVERIFY(linkInk);
    }

    void otherSchemesAreNotLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("prefix"); // where to click
        QTest::newRow("javascript")
                << QStringLiteral("javascript:alert(1)") << QStringLiteral("javascript:al");
        QTest::newRow("javascript wrapping https")
                << QStringLiteral("javascript:https://example.com/")
                << QStringLiteral("javascript:https://exa");
        QTest::newRow("http") << QStringLiteral("see http://example.com/x now")
                              << QStringLiteral("see http://exa");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd")
                              << QStringLiteral("file:///et");
        QTest::newRow("data") << QStringLiteral("data:text/html,hi") << QStringLiteral("data:te");
    }

    void otherSchemesAreNotLinks()
    {
        QFETCH(QString, text);
        QFETCH(QString, prefix);
        Row message;
        message.text = text;
        Fixture fixture({message});
        QVERIFY(fixture.ready());
        const QStyleOptionViewItem option = fixture.option(0);
        const QModelIndex index = fixture.index(0);
        const auto layout = fixture.delegate.layoutFor(option, index);
        const QPoint pos = pointAfter(option, layout, prefix);
        QVERIFY(layout.text.contains(pos));
        for (int x = layout.text.left(); x <= layout.text.right(); ++x) {
            QVERIFY(!fixture.delegate.linkAt(option, index, QPoint(x, pos.y())).isValid());
        }
        QMouseEvent release = mouseEvent(QEvent::MouseButtonRelease, pos, Qt::LeftButton);
        QVERIFY(!fixture.delegate.editorEvent(&release, &fixture.model, option, index));
        QVERIFY(fixture.opened.isEmpty());
    }

    void clickInTheViewOpensOnlyHttps()
    {
        Row javascript;
        javascript.text = QStringLiteral("javascript:alert(1)");
        javascript.startsRun = true;
        Row https;
        https.text = QStringLiteral("see https://example.com/x now");
        Fixture fixture({javascript, https});
        QVERIFY(fixture.ready());
        fixture.view.doItemsLayout();
        const auto click = [&fixture](int row, const QString &prefix) {
            QStyleOptionViewItem option = fixture.option(row);
            option.rect = fixture.view.visualRect(fixture.index(row));
            const auto layout = fixture.delegate.layoutFor(option, fixture.index(row));
            QTest::mouseClick(fixture.view.viewport(), Qt::LeftButton, {},
                              pointAfter(option, layout, prefix));
        };
        click(0, QStringLiteral("javascript:al"));
        QVERIFY(fixture.opened.isEmpty());
        click(1, QStringLiteral("see https://exa"));
        QCOMPARE(fixture.opened, QList<QUrl>{QUrl(QStringLiteral("https://example.com/x"))});
    }

    void httpsLinkRanges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("links");
        QTest::newRow("alone") << QStringLiteral("https://example.com")
                               << QStringList{QStringLiteral("https://example.com")};
        QTest::newRow("in words") << QStringLiteral("see https://example.com/x now")
                                  << QStringList{QStringLiteral("https://example.com/x")};
        QTest::newRow("sentence end")
                << QStringLiteral("Agenda: https://example.com/path?q=1&r=2#top.")
                << QStringList{QStringLiteral("https://example.com/path?q=1&r=2#top")};
        QTest::newRow("in brackets")
                << QStringLiteral("(https://en.wikipedia.org/wiki/Foo_(bar)), ok")
                << QStringList{QStringLiteral("https://en.wikipedia.org/wiki/Foo_(bar)")};
        QTest::newRow("two") << QStringLiteral("https://a.example/1, https://b.example/2!")
                             << QStringList{QStringLiteral("https://a.example/1"),
                                            QStringLiteral("https://b.example/2")};
        QTest::newRow("upper case") << QStringLiteral("HTTPS://EXAMPLE.COM/A")
                                    << QStringList{QStringLiteral("HTTPS://EXAMPLE.COM/A")};
        QTest::newRow("next line") << QStringLiteral("https://a.example/x\nnext")
                                   << QStringList{QStringLiteral("https://a.example/x")};
        QTest::newRow("in markup") << QStringLiteral("<a href=\"https://a.example\">x</a>")
                                   << QStringList{QStringLiteral("https://a.example")};
        QTest::newRow("international") << QStringLiteral("https://例え.jp/パス。")
                                       << QStringList{QStringLiteral("https://例え.jp/パス")};
        QTest::newRow("http") << QStringLiteral("http://example.com") << QStringList();
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << QStringList();
        QTest::newRow("javascript wrapping https")
                << QStringLiteral("javascript:https://example.com") << QStringList();
        QTest::newRow("mid-word") << QStringLiteral("xhttps://example.com") << QStringList();
        QTest::newRow("no host") << QStringLiteral("https:///etc/passwd") << QStringList();
        QTest::newRow("nothing after") << QStringLiteral("https://") << QStringList();
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringList();
        QTest::newRow("mailto then https")
                << QStringLiteral("mailto:a@b.example https://ok.example")
                << QStringList{QStringLiteral("https://ok.example")};
    }

    void httpsLinkRanges()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, links);
        QStringList found;
        for (const auto &range : MessageDelegate::httpsLinkRanges(text))
            found.append(text.mid(range.first, range.second));
        QCOMPARE(found, links);
    }

    void ownMessagesSitAtTheEnd_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("ltr") << Qt::LeftToRight;
        QTest::newRow("rtl") << Qt::RightToLeft;
    }

    void ownMessagesSitAtTheEnd()
    {
        QFETCH(Qt::LayoutDirection, direction);
        Row mine;
        mine.text = QStringLiteral("Sounds good");
        mine.mine = true;
        mine.startsRun = true;
        Row theirs;
        theirs.text = QStringLiteral("Great, see you then");
        theirs.startsRun = true;
        Row longMine;
        longMine.text = words(200);
        longMine.mine = true;
        Fixture fixture({mine, theirs, longMine});
        QVERIFY(fixture.ready());
        const bool ltr = direction == Qt::LeftToRight;
        const auto endSide = [&](const QRect &rect, const QStyleOptionViewItem &option) {
            return ltr ? rect.center().x() > option.rect.center().x()
                       : rect.center().x() < option.rect.center().x();
        };

        const QStyleOptionViewItem mineOption = fixture.option(0, direction);
        const auto mineLayout = fixture.delegate.layoutFor(mineOption, fixture.index(0));
        QVERIFY(endSide(mineLayout.bubble, mineOption));
        QVERIFY(endSide(mineLayout.avatar, mineOption));
        QVERIFY(endSide(mineLayout.name, mineOption));
        // The time is on the inner side of the bubble.
        QVERIFY(ltr ? mineLayout.time.right() < mineLayout.bubble.left()
                    : mineLayout.time.left() > mineLayout.bubble.right());
        QCOMPARE(mineLayout.avatar.size(),
                 QSize(MessageDelegate::AvatarSize, MessageDelegate::AvatarSize));

        const QStyleOptionViewItem theirOption = fixture.option(1, direction);
        const auto theirLayout = fixture.delegate.layoutFor(theirOption, fixture.index(1));
        QVERIFY(!endSide(theirLayout.bubble, theirOption));
        QVERIFY(!endSide(theirLayout.avatar, theirOption));
        QVERIFY(ltr ? theirLayout.time.left() > theirLayout.bubble.right()
                    : theirLayout.time.right() < theirLayout.bubble.left());

        // A long message wraps within about 70% of the row.
        const QStyleOptionViewItem longOption = fixture.option(2, direction);
        const auto longLayout = fixture.delegate.layoutFor(longOption, fixture.index(2));
        QVERIFY(longLayout.bubble.width() <= qRound(longOption.rect.width() * 0.7) + 1);
        QVERIFY(longLayout.bubble.width() > longOption.rect.width() / 2);
        QVERIFY(longLayout.avatar.isNull()); // not the start of a run
        QVERIFY(longLayout.name.isNull());
        QVERIFY(longOption.rect.contains(longLayout.bubble));

        // The tints differ, and both differ from the row's background.
        const QImage mineImage = paintRow(fixture.delegate, mineOption, fixture.index(0), 1);
        const QImage theirImage = paintRow(fixture.delegate, theirOption, fixture.index(1), 1);
        const QRgb mineTint = bubbleColor(mineImage, mineLayout, mineOption);
        const QRgb theirTint = bubbleColor(theirImage, theirLayout, theirOption);
        QVERIFY(mineTint != theirTint);
        QVERIFY(mineTint != qRgb(255, 255, 255));
        QVERIFY(theirTint != qRgb(255, 255, 255));
    }

    void systemMessagesAreCentred_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("ltr") << Qt::LeftToRight;
        QTest::newRow("rtl") << Qt::RightToLeft;
    }

    void systemMessagesAreCentred()
    {
        QFETCH(Qt::LayoutDirection, direction);
        Row system;
        system.text = QStringLiteral("Ada Lovelace accepted your invitation");
        system.system = true;
        system.startsRun = true;
        Row normal;
        normal.text = system.text;
        Fixture fixture({system, normal});
        QVERIFY(fixture.ready());
        const QStyleOptionViewItem option = fixture.option(0, direction);
        const auto layout = fixture.delegate.layoutFor(option, fixture.index(0));
        QVERIFY(layout.bubble.isNull());
        QVERIFY(layout.avatar.isNull());
        QVERIFY(layout.name.isNull());
        QVERIFY(qAbs(layout.text.center().x() - option.rect.center().x()) <= 1);
        const QImage image = paintRow(fixture.delegate, option, fixture.index(0), 1);
        const auto span = Ink::span(image, inImage(option.rect, option));
        QVERIFY(span.first >= 0);
        // The ink itself is centred, and nothing else is drawn.
        QVERIFY2(qAbs((span.first + span.second) / 2 - option.rect.width() / 2) <= 3,
                 qPrintable(QStringLiteral("%1..%2").arg(span.first).arg(span.second)));
        // Smaller than a normal message's text.
        const auto normalLayout = fixture.delegate.layoutFor(fixture.option(1), fixture.index(1));
        QVERIFY(layout.text.width() < normalLayout.text.width());
    }

    void daySeparatorMakesTheRowTaller()
    {
        Row plain;
        plain.startsRun = true;
        Row withDay = plain;
        withDay.startsDay = true;
        withDay.time = QDateTime(fixedNow().date().addDays(-1), QTime(9, 30));
        Fixture fixture({plain, withDay});
        QVERIFY(fixture.ready());
        QVERIFY(fixture.height(1) > fixture.height(0) + QFontMetrics(fixture.view.font()).height());
        const QStyleOptionViewItem option = fixture.option(1);
        const auto layout = fixture.delegate.layoutFor(option, fixture.index(1));
        QVERIFY(!layout.separator.isNull());
        QCOMPARE(layout.separator.width(), option.rect.width());
        QVERIFY(layout.separator.bottom() < layout.avatar.top());
        QVERIFY(fixture.delegate.layoutFor(fixture.option(0), fixture.index(0)).separator.isNull());
        const QImage image = paintRow(fixture.delegate, option, fixture.index(1), 1);
        QVERIFY(Ink::any(image, inImage(layout.separator, option)));
    }

    void dayLabels()
    {
        const QDate today = fixedNow().date();
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(TimeFormat::dayLabel(today, today, us), QStringLiteral("Today"));
        QCOMPARE(TimeFormat::dayLabel(today.addDays(-1), today, us), QStringLiteral("Yesterday"));
        QCOMPARE(TimeFormat::dayLabel(QDate(2024, 6, 3), today, us),
                 QStringLiteral("June 3, 2024"));
        QCOMPARE(TimeFormat::dayLabel(QDate(2024, 6, 3), today, QLocale(QLocale::German)),
                 QStringLiteral("3. Juni 2024"));
        QCOMPARE(TimeFormat::dayLabel(QDate(2024, 6, 3), today, QLocale(QLocale::Japanese)),
                 QStringLiteral("2024年6月3日"));
        QVERIFY(TimeFormat::dayLabel(QDate(), today, us).isEmpty());
    }

    void dayLabelsHaveNoWeekday_data()
    {
        QTest::addColumn<QLocale>("locale");
        for (const auto &name : {"en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "ja_JP", "zh_CN",
                                 "ko_KR", "ru_RU", "ar_EG", "he_IL", "fa_IR", "hu_HU", "pl_PL"})
            QTest::newRow(name) << QLocale(QString::fromLatin1(name));
    }

    void dayLabelsHaveNoWeekday()
    {
        QFETCH(QLocale, locale);
        const QDate day(2024, 6, 3); // a Monday
        const QString label = TimeFormat::dayLabel(day, fixedNow().date(), locale);
        const QString why = QString(locale.dateFormat(QLocale::LongFormat) + u" → " + label);
        QVERIFY2(!label.contains(locale.dayName(day.dayOfWeek(), QLocale::LongFormat)),
                 qPrintable(why));
        QVERIFY2(label.contains(locale.toString(day, QStringLiteral("yyyy"))), qPrintable(why));
        QVERIFY2(label == label.trimmed() && !label.startsWith(u',') && !label.endsWith(u','),
                 qPrintable(why));
    }

    void paintsEveryPart_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::addColumn<bool>("mine");
        for (const qreal dpr : {1.0, 1.5, 2.0}) {
            QTest::addRow("dpr %g, theirs", dpr) << dpr << false;
            QTest::addRow("dpr %g, mine", dpr) << dpr << true;
        }
    }

    void paintsEveryPart()
    {
        QFETCH(qreal, dpr);
        QFETCH(bool, mine);
        Row message;
        message.text = QStringLiteral("Are you free on Wednesday?");
        message.mine = mine;
        message.startsRun = true;
        message.startsDay = true;
        Fixture fixture({message});
        QVERIFY(fixture.ready());
        const QStyleOptionViewItem option = fixture.option(0);
        const auto layout = fixture.delegate.layoutFor(option, fixture.index(0));
        const QImage image = paintRow(fixture.delegate, option, fixture.index(0), dpr);
        QVERIFY(Ink::any(image, inImage(layout.separator, option)));
        QVERIFY(Ink::any(image, inImage(layout.avatar, option)));
        QVERIFY(Ink::any(image, inImage(layout.name, option)));
        QVERIFY(Ink::any(image, inImage(layout.bubble, option)));
        QVERIFY(Ink::any(image, inImage(layout.time, option)));
        QVERIFY(Ink::any(image, inImage(layout.text, option), bubbleColor(image, layout, option)));
        QVERIFY(!layout.time.intersects(layout.bubble));
        QVERIFY(!layout.name.intersects(layout.bubble));
        QVERIFY(!layout.avatar.intersects(layout.bubble));
        QVERIFY(layout.bubble.contains(layout.text));
    }

    void aMessageWrittenHereSaysWhereItIs_data()
    {
        QTest::addColumn<int>("delivery");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        using D = MessageRow::Delivery;
        QTest::newRow("sending") << int(D::Sending) << Qt::LeftToRight;
        QTest::newRow("sent") << int(D::Sent) << Qt::LeftToRight;
        QTest::newRow("not sent") << int(D::NotSent) << Qt::LeftToRight;
        QTest::newRow("not sent, rtl") << int(D::NotSent) << Qt::RightToLeft;
    }

    void aMessageWrittenHereSaysWhereItIs()
    {
        QFETCH(int, delivery);
        QFETCH(Qt::LayoutDirection, direction);
        Row message;
        message.mine = true;
        Fixture fixture({message, message});
        fixture.model.item(0)->setData(delivery, Model::DeliveryRole);
        QVERIFY(fixture.ready());
        const QStyleOptionViewItem option = fixture.option(0, direction);
        const auto layout = fixture.delegate.layoutFor(option, fixture.index(0));
        QVERIFY(!layout.status.isNull());
        QVERIFY(layout.status.top() > layout.bubble.bottom()); // under its bubble
        QVERIFY(option.rect.contains(layout.status));
        // On the bubble's inner side: its end, as the owner's bubbles sit at the end.
        if (direction == Qt::LeftToRight)
            QCOMPARE(layout.status.right(), layout.bubble.right());
        else
            QCOMPARE(layout.status.left(), layout.bubble.left());
        QVERIFY(Ink::any(paintRow(fixture.delegate, option, fixture.index(0), 1),
                         inImage(layout.status, option)));
        // The server's copy has no status line, and is that much lower.
        QVERIFY(fixture.delegate.layoutFor(fixture.option(1), fixture.index(1)).status.isNull());
        QVERIFY(fixture.height(0) > fixture.height(1));
    }

    void emptyTextStillShowsABubble()
    {
        Row empty;
        empty.text.clear();
        Fixture fixture({empty});
        QVERIFY(fixture.ready());
        const QStyleOptionViewItem option = fixture.option(0);
        const auto layout = fixture.delegate.layoutFor(option, fixture.index(0));
        QVERIFY(!layout.bubble.isEmpty());
        const QImage image = paintRow(fixture.delegate, option, fixture.index(0), 1);
        QVERIFY(Ink::any(image, inImage(layout.text, option), bubbleColor(image, layout, option)));
    }

    void selectionTintsOnlyTheBubble_data()
    {
        QTest::addColumn<bool>("mine");
        QTest::newRow("theirs") << false;
        QTest::newRow("mine") << true;
    }

    void selectionTintsOnlyTheBubble()
    {
        QFETCH(bool, mine);
        Row message;
        message.mine = mine;
        message.startsRun = true;
        Fixture fixture({message});
        QVERIFY(fixture.ready());
        QStyleOptionViewItem option = fixture.option(0);
        const auto layout = fixture.delegate.layoutFor(option, fixture.index(0));
        // Beside the bubble, on the side away from the avatar: nothing is drawn there.
        const QPoint beside(mine ? 2 : option.rect.width() - 2, layout.bubble.center().y());
        option.state |= QStyle::State_MouseOver;
        const QImage hovered = paintRow(fixture.delegate, option, fixture.index(0), 1);
        QCOMPARE(hovered.pixel(beside), qRgb(255, 255, 255));
        const QColor plain = bubbleColor(hovered, layout, option);
        option.state &= ~QStyle::State_MouseOver;
        option.state |= QStyle::State_Selected | QStyle::State_HasFocus;
        const QImage selected = paintRow(fixture.delegate, option, fixture.index(0), 1);
        // No bar across the thread: the row stays the view's background beside the bubble.
        QCOMPARE(selected.pixel(beside), qRgb(255, 255, 255));
        QCOMPARE(selected.pixel(QPoint(option.rect.width() / 2, 1)), qRgb(255, 255, 255));
        // The bubble itself is tinted toward the highlight, subtly: nearer its own colour.
        const QColor tinted = bubbleColor(selected, layout, option);
        const QColor highlight = option.palette.color(QPalette::Active, QPalette::Highlight);
        const auto distance = [](const QColor &a, const QColor &b) {
            return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green())
                    + qAbs(a.blue() - b.blue());
        };
        QVERIFY(tinted != plain);
        QVERIFY2(distance(tinted, plain) < distance(tinted, highlight),
                 qPrintable(tinted.name() + u' ' + plain.name() + u' ' + highlight.name()));
        // The text stays the text colour: readable, not HighlightedText on a tint.
        QVERIFY(Ink::any(selected, inImage(layout.text, option), tinted.rgb()));
    }

    void aSelectedSystemMessageGetsABubbleShape()
    {
        Row message;
        message.system = true;
        message.text = QStringLiteral("Ada joined the conversation");
        Fixture fixture({message});
        QVERIFY(fixture.ready());
        QStyleOptionViewItem option = fixture.option(0);
        const auto layout = fixture.delegate.layoutFor(option, fixture.index(0));
        option.state |= QStyle::State_Selected;
        const QImage selected = paintRow(fixture.delegate, option, fixture.index(0), 1);
        const QRect text = inImage(layout.text, option);
        const QPoint padding(text.left() - 4, text.center().y());
        QVERIFY(selected.pixel(padding) != qRgb(255, 255, 255)); // tinted around the text
        QCOMPARE(selected.pixel(QPoint(2, text.center().y())), qRgb(255, 255, 255));
    }

    void rightToLeftTextReadsRightToLeft()
    {
        Row arabic;
        arabic.text = QStringLiteral("شكراً لك، أراك يوم الأربعاء إن شاء الله. ") + words(40);
        Fixture fixture({arabic});
        QVERIFY(fixture.ready());
        const QStyleOptionViewItem option = fixture.option(0);
        const auto layout = fixture.delegate.layoutFor(option, fixture.index(0));
        const QImage image = paintRow(fixture.delegate, option, fixture.index(0), 1);
        const QRgb bubble = bubbleColor(image, layout, option);
        const QRect text = inImage(layout.text, option);
        // The first line starts at the right: ink up to the text's right edge.
        const QFontMetrics metrics(option.font);
        const auto firstLine = Ink::span(
                image, QRect(text.left(), text.top(), text.width(), metrics.height()), bubble);
        QVERIFY(firstLine.first >= 0);
        QVERIFY2(firstLine.second >= text.right() - 3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(firstLine.second).arg(text.right())));
    }

    // LINKUP_MESSAGE_PREVIEW=<directory> writes light, dark and right-to-left PNGs of a
    // realistic thread at DPR 2, to look at by eye; without it this does nothing.
    void preview()
    {
        const QString directory = qEnvironmentVariable("LINKUP_MESSAGE_PREVIEW");
        // Not QSKIP: with one argument it trips clang's -Wpedantic, an error under -Werror.
        if (directory.isEmpty())
            return;
        QVERIFY(QDir().mkpath(directory));

        const QDate today = fixedNow().date();
        const QString ada = QStringLiteral("Ada Lovelace");
        const QString sam = QStringLiteral("Sam Rivera");
        struct Line
        {
            QDateTime time;
            QString text;
            bool mine = false;
            bool system = false;
        };
        const QList<Line> lines = {
                {QDateTime(QDate(2024, 6, 3), QTime(9, 12)),
                 QStringLiteral("Ada Lovelace accepted your invitation to connect"), false, true},
                {QDateTime(QDate(2024, 6, 3), QTime(9, 14)),
                 QStringLiteral("Hi Sam! Thanks for connecting. I saw your post about the "
                                "Analytical Engine meetup and would love to hear more."),
                 false, false},
                {QDateTime(QDate(2024, 6, 3), QTime(9, 15)),
                 QStringLiteral("Would you be up for a quick call this week?"), false, false},
                {QDateTime(QDate(2024, 6, 3), QTime(10, 2)),
                 QStringLiteral("Hi Ada, great to hear from you!"), true, false},
                {QDateTime(QDate(2024, 6, 3), QTime(10, 4)),
                 QStringLiteral("Sure. Here is what works for me:\n\n- Tuesday 10:00–11:00\n"
                                "- Wednesday after 15:00\n- Thursday any time\n\nLet me know "
                                "which one suits you best and I'll send an invite."),
                 true, false},
                {QDateTime(today.addDays(-1), QTime(18, 40)),
                 QStringLiteral("Wednesday 15:30 is perfect. Agenda: "
                                "https://example.com/agenda/2024-06-19 (draft)"),
                 false, false},
                {QDateTime(today.addDays(-1), QTime(18, 41)),
                 QStringLiteral("Also, someone sent me this: javascript:alert(document.cookie) "
                                "— please don't click anything like that 😅"),
                 false, false},
                {QDateTime(today.addDays(-1), QTime(19, 5)),
                 QStringLiteral("Ha, noted. The old page http://example.com/old is gone anyway."),
                 true, false},
                {QDateTime(today.addDays(-1), QTime(19, 6)),
                 QStringLiteral("Slides are here: https://example.com/slides"), true, false},
                {QDateTime(today, QTime(8, 0)),
                 QStringLiteral("Ada Lovelace changed the meeting time"), false, true},
                {QDateTime(today, QTime(8, 1)), QStringLiteral("شكراً! أراك يوم الأربعاء"), false,
                 false},
                {QDateTime(today, QTime(8, 2)), QStringLiteral("<b>See you there!</b> 👋"), false,
                 false},
        };
        QStandardItemModel model;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Line &line = lines.at(i);
            Row message;
            message.time = line.time;
            message.text = line.text;
            message.mine = line.mine;
            message.system = line.system;
            message.sender = line.system ? QString() : line.mine ? sam : ada;
            const Line *previous = i > 0 ? &lines.at(i - 1) : nullptr;
            message.startsDay = !previous || previous->time.date() != line.time.date();
            message.startsRun =
                    !previous || line.system || previous->system || previous->mine != line.mine;
            model.appendRow(itemFor(message));
        }

        // Hostile text as the model would hand it over: sanitized, then bounded here.
        QStandardItemModel hostile;
        const QStringList hostileTexts = {
                QStringLiteral("<script>alert(1)</script><img src=x onerror=alert(2)>"),
                QStringLiteral("Invoice for you: evil\u202Egnp.exe and a NUL here:") + QChar(0)
                        + QStringLiteral("(gone)"),
                QStringLiteral("javascript:alert(document.cookie) http://example.com "
                               "https://example.com/ok"),
                QString(100000, u'W'),
        };
        for (qsizetype i = 0; i < hostileTexts.size(); ++i) {
            Row message;
            message.text = DisplayText::multiLine(hostileTexts.at(i));
            message.startsRun = i == 0;
            message.startsDay = i == 0;
            message.time = QDateTime(today, QTime(9, int(i)));
            hostile.appendRow(itemFor(message));
        }

        struct Variant
        {
            const char *file;
            QPalette palette;
            Qt::LayoutDirection direction;
            QStandardItemModel *model;
        };
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(fusion);
        const QList<Variant> variants = {
                {"messagedelegate-light.png", fusion->standardPalette(), Qt::LeftToRight, &model},
                {"messagedelegate-dark.png", ColorScheme::darkPalette(), Qt::LeftToRight, &model},
                {"messagedelegate-rtl.png", fusion->standardPalette(), Qt::RightToLeft, &model},
                {"messagedelegate-hostile.png", fusion->standardPalette(), Qt::LeftToRight,
                 &hostile}};
        MessageDelegate delegate;
        delegate.setNow(fixedNow());
        delegate.setOwnerName(sam);
        delegate.setParticipantAvatar({}, ada);
        constexpr int width = 560;
        constexpr qreal dpr = 2;
        for (const Variant &variant : variants) {
            QListView view; // gives the delegate a widget with a style and a viewport width
            view.setStyle(fusion.get());
            view.setPalette(variant.palette);
            view.resize(width, 800);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QStyleOptionViewItem option;
            option.font = view.font();
            option.fontMetrics = QFontMetrics(option.font);
            option.palette = variant.palette;
            option.widget = &view;
            option.direction = variant.direction;
            const int rowWidth = view.viewport()->width();
            const QStandardItemModel &rows = *variant.model;
            QList<int> heights;
            int total = 0;
            for (int row = 0; row < rows.rowCount(); ++row) {
                heights.append(delegate.sizeHint(option, rows.index(row, 0)).height());
                total += heights.constLast();
            }
            QImage image(QSize(rowWidth, total) * dpr, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
            image.fill(variant.palette.color(QPalette::Base));
            QPainter painter(&image);
            int y = 0;
            for (int row = 0; row < rows.rowCount(); ++row) {
                option.rect = QRect(0, y, rowWidth, heights.at(row));
                option.state = QStyle::State_Enabled | QStyle::State_Active;
                if (variant.model == &model && row == rows.rowCount() - 1)
                    option.state |= QStyle::State_Selected | QStyle::State_HasFocus;
                delegate.paint(&painter, option, rows.index(row, 0));
                y += heights.at(row);
            }
            painter.end();
            const QString path = QDir(directory).filePath(QString::fromLatin1(variant.file));
            QVERIFY(image.save(path));
            qInfo("wrote %s", qPrintable(path));
        }
    }
};

QTEST_MAIN(TestMessageDelegate)
#include "tst_messagedelegate.moc"
