#include "colorscheme.h"
#include "conversationdelegate.h"
#include "conversationrow.h"
#include "inbox/conversationlistmodel.h"
#include "inbox/rowaccessibletext.h"
#include "support/ink.h"
#include "text/initials.h"
#include "text/timeformat.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QSet>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <memory>

namespace {

using Model = ConversationListModel;

struct RowData
{
    QString id = QStringLiteral("c1");
    QString name = QStringLiteral("Ada Lovelace");
    QString headline = QStringLiteral("Mathematician");
    QString message = QStringLiteral("Hi");
    QDateTime time;
    bool sentByMe = false;
    int unread = 0;
    QString type = QStringLiteral("normal");
    bool draft = false;
};

const QDateTime &fixedNow()
{
    static const QDateTime now(QDate(2024, 6, 15), QTime(12, 0)); // a Saturday, local time
    return now;
}

QStandardItem *itemFor(const RowData &row)
{
    auto *item = new QStandardItem;
    item->setData(row.id, Model::IdRole);
    item->setData(row.name, Model::ParticipantNameRole);
    item->setData(row.headline, Model::HeadlineRole);
    item->setData(row.message, Model::LastMessageTextRole);
    item->setData(row.time.isValid() ? row.time : fixedNow().addSecs(-3600),
                  Model::LastMessageTimeRole);
    item->setData(row.sentByMe, Model::SentByMeRole);
    item->setData(row.unread, Model::UnreadCountRole);
    item->setData(row.type, Model::TypeRole);
    item->setData(row.draft, Model::HasDraftRole);
    return item;
}

QStyleOptionViewItem baseOption(int width = 400)
{
    QStyleOptionViewItem option;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = QApplication::palette();
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    option.direction = Qt::LeftToRight;
    option.rect = QRect(0, 0, width, 0);
    return option;
}

// One row's option, as high as the delegate asks.
QStyleOptionViewItem rowOption(const ConversationDelegate &delegate, const QModelIndex &index,
                               int width = 400)
{
    QStyleOptionViewItem option = baseOption(width);
    option.rect.setHeight(delegate.sizeHint(option, index).height());
    return option;
}

QImage paintRow(const ConversationDelegate &delegate, const QStyleOptionViewItem &option,
                const QModelIndex &index, qreal dpr)
{
    QImage image(option.rect.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDevicePixelRatio(dpr);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    painter.end();
    return image;
}

} // namespace

// The row painter: constant height, every part inked where layoutFor says, plain text,
// mirroring; and the two helpers it paints with, TimeFormat and Initials.
class TestConversationDelegate : public QObject
{
    Q_OBJECT

private slots:
    // The pill says what a screen reader says for the row, from one list of types; an
    // unknown type is the server's text, bounded shorter and capitalized.
    void theMarkerSaysWhatIsSpoken_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("painted");
        QTest::newRow("ordinary") << QStringLiteral("normal") << QString();
        QTest::newRow("none") << QString() << QString();
        QTest::newRow("inmail") << QStringLiteral(" INMAIL ") << QStringLiteral("InMail");
        QTest::newRow("sponsored") << QStringLiteral("sponsored") << QStringLiteral("Sponsored");
        QTest::newRow("job") << QStringLiteral("job") << QStringLiteral("Job");
        QTest::newRow("unknown") << QStringLiteral("partner\nnote")
                                 << QStringLiteral("Partner note");
    }

    void theMarkerSaysWhatIsSpoken()
    {
        QFETCH(QString, type);
        QFETCH(QString, painted);
        QStandardItemModel model;
        RowData row;
        row.type = type;
        model.appendRow(itemFor(row));
        const ConversationRow::Content content =
                ConversationRow::contentFor(model.index(0, 0), fixedNow());
        QCOMPARE(content.marker, painted);
        const QString spoken = RowAccessibleText::markerName(row.type);
        QCOMPARE(content.marker.toLower(), spoken.toLower());
    }

    void anUnknownMarkerIsBoundedShorterThanItsSpokenName()
    {
        QStandardItemModel model;
        RowData row;
        row.type = QString(60, u'x');
        model.appendRow(itemFor(row));
        const QString marker = ConversationRow::contentFor(model.index(0, 0), fixedNow()).marker;
        QVERIFY2(marker.size() <= 25 && marker.endsWith(u'…'),
                 qPrintable(marker)); // 24 and the ellipsis
        QVERIFY(marker.startsWith(u'X'));
        QVERIFY(RowAccessibleText::markerName(row.type).size() > marker.size());
    }

    void sizeHintIgnoresTheData()
    {
        QStandardItemModel model;
        RowData shortRow;
        RowData longRow;
        longRow.name = QString(300, u'W');
        longRow.headline = QString(1000, u'H');
        longRow.message = QString(1000, u'M');
        longRow.unread = 5000;
        longRow.type = QStringLiteral("inmail");
        longRow.sentByMe = true;
        RowData emptyRow;
        emptyRow.name.clear();
        emptyRow.headline.clear();
        emptyRow.message.clear();
        emptyRow.type.clear();
        emptyRow.time = QDateTime();
        model.appendRow(itemFor(shortRow));
        model.appendRow(itemFor(longRow));
        model.appendRow(itemFor(emptyRow));
        model.appendRow(new QStandardItem); // no roles at all

        ConversationDelegate delegate;
        const QStyleOptionViewItem option = baseOption();
        const QSize first = delegate.sizeHint(option, model.index(0, 0));
        QVERIFY(first.height()
                >= ConversationDelegate::AvatarSize + 2 * ConversationDelegate::Margin);
        // Narrower than the view: the view stretches rows, a wide hint would scroll sideways.
        QVERIFY(first.width() < option.rect.width());
        for (int row = 1; row < model.rowCount(); ++row)
            QCOMPARE(delegate.sizeHint(option, model.index(row, 0)), first);

        // A bigger font makes a taller row, never a shorter one.
        QStyleOptionViewItem bigger = option;
        bigger.font.setPointSizeF(option.font.pointSizeF() * 2);
        bigger.fontMetrics = QFontMetrics(bigger.font);
        QVERIFY(delegate.sizeHint(bigger, model.index(0, 0)).height() > first.height());
    }

    void paintsEveryPart_data()
    {
        QTest::addColumn<qreal>("dpr");
        QTest::newRow("dpr 1") << qreal(1);
        QTest::newRow("dpr 1.5") << qreal(1.5);
        QTest::newRow("dpr 2") << qreal(2);
    }

    void paintsEveryPart()
    {
        QFETCH(qreal, dpr);
        QStandardItemModel model;
        RowData unread;
        unread.unread = 3;
        unread.type = QStringLiteral("inmail");
        RowData read;
        model.appendRow(itemFor(unread));
        model.appendRow(itemFor(read));

        ConversationDelegate delegate;
        delegate.setNow(fixedNow());
        const QModelIndex unreadIndex = model.index(0, 0);
        const QStyleOptionViewItem option = rowOption(delegate, unreadIndex);
        const auto layout = ConversationDelegate::layoutFor(option, unreadIndex, fixedNow());
        const QImage image = paintRow(delegate, option, unreadIndex, dpr);
        QVERIFY(Ink::any(image, layout.avatar));
        QVERIFY(Ink::any(image, layout.name));
        QVERIFY(Ink::any(image, layout.time));
        QVERIFY(Ink::any(image, layout.badge));
        QVERIFY(Ink::any(image, layout.marker));
        QVERIFY(Ink::any(image, layout.headline));
        QVERIFY(Ink::any(image, layout.message));
        QCOMPARE(layout.avatar.size(), QSize(48, 48));
        QVERIFY(option.rect.contains(layout.badge));
        QVERIFY(!layout.name.intersects(layout.time));
        QVERIFY(!layout.marker.intersects(layout.time));
        QVERIFY(!layout.message.intersects(layout.badge));

        const QModelIndex readIndex = model.index(1, 0);
        const auto readLayout = ConversationDelegate::layoutFor(option, readIndex, fixedNow());
        QVERIFY(readLayout.badge.isNull());
        QVERIFY(readLayout.marker.isNull());
        const QImage readImage = paintRow(delegate, option, readIndex, dpr);
        QVERIFY(Ink::any(readImage, readLayout.name));
        QVERIFY(!Ink::any(readImage, layout.badge)); // where the badge would be: nothing
    }

    void markupIsPaintedAsText()
    {
        QStandardItemModel model;
        RowData markup;
        markup.name = QStringLiteral("<b>Bold</b>");
        RowData plain;
        plain.name = QStringLiteral("Bold");
        model.appendRow(itemFor(markup));
        model.appendRow(itemFor(plain));

        ConversationDelegate delegate;
        delegate.setNow(fixedNow());
        const QStyleOptionViewItem option = rowOption(delegate, model.index(0, 0));
        const auto markupLayout = ConversationDelegate::layoutFor(option, model.index(0, 0));
        const auto plainLayout = ConversationDelegate::layoutFor(option, model.index(1, 0));
        const QImage markupImage = paintRow(delegate, option, model.index(0, 0), 1);
        const QImage plainImage = paintRow(delegate, option, model.index(1, 0), 1);
        QVERIFY(markupImage != plainImage);
        const auto markupSpan = Ink::span(markupImage, markupLayout.name);
        const auto plainSpan = Ink::span(plainImage, plainLayout.name);
        QVERIFY(markupSpan.first >= 0 && plainSpan.first >= 0);
        // "<b>" and "</b>" are on screen: far wider than "Bold" alone.
        QVERIFY2(markupSpan.second - markupSpan.first > 2 * (plainSpan.second - plainSpan.first),
                 qPrintable(QStringLiteral("%1..%2 vs %3..%4")
                                    .arg(markupSpan.first)
                                    .arg(markupSpan.second)
                                    .arg(plainSpan.first)
                                    .arg(plainSpan.second)));
    }

    void rightToLeftMirrorsTheRow()
    {
        QStandardItemModel model;
        RowData row;
        row.unread = 4;
        row.type = QStringLiteral("job");
        model.appendRow(itemFor(row));
        ConversationDelegate delegate;
        delegate.setNow(fixedNow());
        const QModelIndex index = model.index(0, 0);
        QStyleOptionViewItem option = rowOption(delegate, index);
        const auto ltr = ConversationDelegate::layoutFor(option, index, fixedNow());
        option.direction = Qt::RightToLeft;
        const auto rtl = ConversationDelegate::layoutFor(option, index, fixedNow());

        const int middle = option.rect.center().x();
        QVERIFY(ltr.avatar.center().x() < middle);
        QVERIFY(rtl.avatar.center().x() > middle);
        QCOMPARE(rtl.avatar.right(), option.rect.right() - ConversationDelegate::Margin);
        QVERIFY(rtl.time.right() < rtl.name.left());
        QVERIFY(rtl.marker.right() < rtl.name.left());
        QVERIFY(rtl.badge.right() < rtl.message.left());
        QCOMPARE(rtl.name.width(), ltr.name.width());

        const QImage image = paintRow(delegate, option, index, 2);
        QVERIFY(Ink::any(image, rtl.avatar));
        QVERIFY(Ink::any(image, rtl.name));
        QVERIFY(Ink::any(image, rtl.time));
        QVERIFY(Ink::any(image, rtl.badge));
    }

    void aDraftIsMarkedBeforeTheMessageOnEitherSide()
    {
        QStandardItemModel model;
        RowData row;
        row.draft = true;
        row.unread = 2;
        model.appendRow(itemFor(row));
        RowData none;
        model.appendRow(itemFor(none));
        ConversationDelegate delegate;
        delegate.setNow(fixedNow());
        const QModelIndex index = model.index(0, 0);
        QStyleOptionViewItem option = rowOption(delegate, index);
        const auto ltr = ConversationDelegate::layoutFor(option, index, fixedNow());
        QVERIFY(!ltr.draft.isNull());
        QVERIFY(ltr.draft.right() < ltr.message.left()); // where the line starts
        QCOMPARE(ltr.draft.left(), ltr.headline.left());
        QVERIFY(!ltr.draft.intersects(ltr.badge));
        QVERIFY(Ink::any(paintRow(delegate, option, index, 1), ltr.draft));
        QVERIFY(ConversationDelegate::layoutFor(option, model.index(1, 0), fixedNow())
                        .draft.isNull());

        option.direction = Qt::RightToLeft;
        const auto rtl = ConversationDelegate::layoutFor(option, index, fixedNow());
        QVERIFY(rtl.draft.left() > rtl.message.right());
        QCOMPARE(rtl.draft.right(), rtl.headline.right());
        QVERIFY(Ink::any(paintRow(delegate, option, index, 2), rtl.draft));

        // A row too narrow for it keeps its message instead.
        const QStyleOptionViewItem narrow = rowOption(delegate, index, 150);
        QVERIFY(ConversationDelegate::layoutFor(narrow, index, fixedNow()).draft.isNull());
    }

    void badgeIsSizedFromItsText()
    {
        QStandardItemModel model;
        RowData few;
        few.unread = 5;
        RowData many;
        many.unread = 120;
        RowData exactly;
        exactly.unread = 99;
        model.appendRow(itemFor(few));
        model.appendRow(itemFor(many));
        model.appendRow(itemFor(exactly));
        ConversationDelegate delegate;
        const QStyleOptionViewItem option = rowOption(delegate, model.index(0, 0));
        const QRect fewBadge = ConversationDelegate::layoutFor(option, model.index(0, 0)).badge;
        const QRect manyBadge = ConversationDelegate::layoutFor(option, model.index(1, 0)).badge;
        const QRect exactBadge = ConversationDelegate::layoutFor(option, model.index(2, 0)).badge;
        QVERIFY(manyBadge.width() > fewBadge.width());
        QVERIFY(manyBadge.width() > exactBadge.width()); // "99+" is wider than "99"
        QVERIFY(fewBadge.width() >= fewBadge.height()); // never narrower than a circle
        QCOMPARE(manyBadge.right(), fewBadge.right()); // right-aligned
    }

    void narrowRowsStayInside()
    {
        QStandardItemModel model;
        RowData row;
        row.name = QString(200, u'N');
        row.unread = 120;
        row.type = QStringLiteral("sponsored");
        model.appendRow(itemFor(row));
        ConversationDelegate delegate;
        for (const int width : {0, 40, 100, 160}) {
            const QStyleOptionViewItem option = rowOption(delegate, model.index(0, 0), width);
            const auto layout = ConversationDelegate::layoutFor(option, model.index(0, 0));
            QVERIFY(layout.name.width() >= 0);
            QVERIFY(layout.message.width() >= 0);
            QVERIFY(layout.marker.isNull() || !layout.marker.intersects(layout.time));
            if (width > 0)
                paintRow(delegate, option, model.index(0, 0), 1); // must not crash or assert
        }
    }

    void timeFormat_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("expected");

        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German);
        const QDate today = fixedNow().date();
        for (const QLocale &locale : {us, de}) {
            const QString name = locale.name();
            QTest::addRow("%s today", qPrintable(name))
                    << locale << QDateTime(today, QTime(9, 5))
                    << locale.toString(QTime(9, 5), QLocale::ShortFormat);
            QTest::addRow("%s today utc", qPrintable(name))
                    << locale << fixedNow().addSecs(-7200).toUTC()
                    << locale.toString(QTime(10, 0), QLocale::ShortFormat);
            QTest::addRow("%s yesterday", qPrintable(name))
                    << locale << QDateTime(today.addDays(-1), QTime(23, 59))
                    << QStringLiteral("Yesterday");
            QTest::addRow("%s three days ago", qPrintable(name))
                    << locale << QDateTime(today.addDays(-3), QTime(8, 0))
                    << locale.dayName(today.addDays(-3).dayOfWeek(), QLocale::ShortFormat);
            QTest::addRow("%s six days ago", qPrintable(name))
                    << locale << QDateTime(today.addDays(-6), QTime(8, 0))
                    << locale.dayName(today.addDays(-6).dayOfWeek(), QLocale::ShortFormat);
            QTest::addRow("%s last year", qPrintable(name))
                    << locale << QDateTime(QDate(2023, 3, 2), QTime(8, 0))
                    << locale.toString(QDate(2023, 3, 2), QLocale::ShortFormat);
            QTest::addRow("%s invalid", qPrintable(name)) << locale << QDateTime() << QString();
            QTest::addRow("%s later today", qPrintable(name))
                    << locale << QDateTime(today, QTime(18, 30))
                    << locale.toString(QTime(18, 30), QLocale::ShortFormat);
            QTest::addRow("%s tomorrow", qPrintable(name))
                    << locale << QDateTime(today.addDays(1), QTime(8, 0))
                    << locale.toString(today.addDays(1), QLocale::ShortFormat);
        }
        QTest::addRow("en_US same year")
                << us << QDateTime(QDate(2024, 3, 2), QTime(8, 0)) << QStringLiteral("3/2");
        QTest::addRow("de same year")
                << de << QDateTime(QDate(2024, 3, 2), QTime(8, 0)) << QStringLiteral("02.03");
        QTest::addRow("en_US a week ago")
                << us << QDateTime(today.addDays(-7), QTime(8, 0)) << QStringLiteral("6/8");
    }

    void timeFormat()
    {
        QFETCH(QLocale, locale);
        QFETCH(QDateTime, time);
        QFETCH(QString, expected);
        const QString actual = TimeFormat::conversationTime(time, fixedNow(), locale);
        QCOMPARE(actual, expected);
        if (time.isValid() && time.date().year() == 2024 && time.date() < fixedNow().date())
            QVERIFY(!actual.contains(u"24"));
        if (time.isValid() && time.date().year() == 2023)
            QVERIFY(actual.contains(u"23"));
    }

    void theLabelsZoneIsTheSystems()
    {
        // Looked up once a minute instead of at every row (TimeFormat::localZone).
        QCOMPARE(TimeFormat::localZone(), QTimeZone::systemTimeZone());
        const QDateTime utc = fixedNow().toUTC();
        QCOMPARE(utc.toTimeZone(TimeFormat::localZone()).time(), utc.toLocalTime().time());
    }

    void clockTimeHasNoSeconds()
    {
        // The C locale's short time format is "HH:mm:ss"; seconds are noise in a list.
        const QLocale c(QLocale::C);
        const QDateTime time(fixedNow().date(), QTime(9, 5, 7));
        QCOMPARE(TimeFormat::conversationTime(time, fixedNow(), c), QStringLiteral("09:05"));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QVERIFY(!TimeFormat::conversationTime(time, fixedNow(), us).contains(u"07"));
    }

    // The texts are kept for a minute of now (TimeFormat keeps what every repaint asks):
    // the same time reads anew as the day turns, a minute later, and in another locale.
    void theSameTimeReadsAnewAsNowAndTheLocaleChange()
    {
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale fr(QLocale::French, QLocale::France);
        const QDateTime time = fixedNow().addSecs(-3600);
        const QString clock = TimeFormat::conversationTime(time, fixedNow(), us);
        QCOMPARE(TimeFormat::conversationTime(time, fixedNow().addSecs(20), us), clock);
        QCOMPARE(TimeFormat::conversationTime(time, fixedNow().addDays(1), us),
                 QStringLiteral("Yesterday"));
        const QDateTime inThreeDays = fixedNow().addDays(3);
        const int weekday = time.toTimeZone(TimeFormat::localZone()).date().dayOfWeek();
        QCOMPARE(TimeFormat::conversationTime(time, inThreeDays, us),
                 us.dayName(weekday, QLocale::ShortFormat));
        QCOMPARE(TimeFormat::conversationTime(time, inThreeDays, fr),
                 fr.dayName(weekday, QLocale::ShortFormat));
        QCOMPARE(TimeFormat::conversationTime(time, fixedNow(), us), clock);
    }

    void selectedRowsAreHighlighted()
    {
        QStandardItemModel model;
        RowData row;
        row.unread = 2;
        model.appendRow(itemFor(row));
        ConversationDelegate delegate;
        delegate.setNow(fixedNow());
        QStyleOptionViewItem option = rowOption(delegate, model.index(0, 0));
        option.state |= QStyle::State_Selected;
        const QImage image = paintRow(delegate, option, model.index(0, 0), 1);
        // The whole row, not just a text rect: a corner far from any text is filled.
        const QColor corner = image.pixelColor(option.rect.right() - 1, option.rect.top() + 1);
        QCOMPARE(corner.rgb(), option.palette.color(QPalette::Active, QPalette::Highlight).rgb());
        const auto layout = ConversationDelegate::layoutFor(option, model.index(0, 0), fixedNow());
        QVERIFY(Ink::any(image, layout.badge));
    }

    void dayMonthFormatDropsTheYear_data()
    {
        QTest::addColumn<QLocale>("locale");
        for (const auto &name :
             {"en_US", "en_GB", "de_DE", "fr_FR", "sv_SE", "ja_JP", "zh_CN", "ko_KR", "hu_HU",
              "ru_RU", "ar_EG", "he_IL", "nl_NL", "pl_PL", "fa_IR", "hr_HR", "lt_LT", "bg_BG"})
            QTest::newRow(name) << QLocale(QString::fromLatin1(name));
    }

    void dayMonthFormatDropsTheYear()
    {
        QFETCH(QLocale, locale);
        const QString format = TimeFormat::dayMonthFormat(locale);
        const QString text = locale.toString(QDate(2037, 5, 8), format);
        QVERIFY2(!text.contains(u"37") && !text.contains(locale.toString(37)),
                 qPrintable(QString(format + u" → " + text)));
        QVERIFY2(text.contains(u'5') || text.contains(locale.toString(5))
                         || text.contains(locale.monthName(5, QLocale::ShortFormat)),
                 qPrintable(QString(format + u" → " + text)));
        QVERIFY(!text.trimmed().isEmpty());
    }

    void dayMonthFormatExamples()
    {
        QCOMPARE(TimeFormat::dayMonthFormat(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("M/d"));
        QCOMPARE(TimeFormat::dayMonthFormat(QLocale(QLocale::German)), QStringLiteral("dd.MM"));
        QCOMPARE(TimeFormat::dayMonthFormat(QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("dd/MM"));
        QCOMPARE(TimeFormat::dayMonthFormat(QLocale(QLocale::Swedish, QLocale::Sweden)),
                 QStringLiteral("MM-dd"));
    }

    void initials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two words") << QStringLiteral("Ada Lovelace") << QStringLiteral("AL");
        QTest::newRow("emoji word") << QStringLiteral("Sam 🚀 Rivera") << QStringLiteral("SR");
        QTest::newRow("arabic") << QStringLiteral("ليلى حداد") << QStringLiteral("لح");
        QTest::newRow("one word") << QStringLiteral("madonna") << QStringLiteral("M");
        QTest::newRow("only emoji") << QStringLiteral("🚀") << QStringLiteral("?");
        QTest::newRow("empty") << QString() << QStringLiteral("?");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("?");
        QTest::newRow("combining mark")
                << QStringLiteral("  s\u0307am  o'brien") << QStringLiteral("S\u0307O");
        QTest::newRow("precomposed") << QStringLiteral("ṡam o'brien") << QStringLiteral("ṠO");
        QTest::newRow("three words") << QStringLiteral("Jean Luc Picard") << QStringLiteral("JP");
        QTest::newRow("punctuation")
                << QStringLiteral("(CEO) ada ~ lovelace ☺") << QStringLiteral("AL");
        QTest::newRow("astral letter") << QStringLiteral("𝒜da byron") << QStringLiteral("𝒜B");
        QTest::newRow("cjk") << QStringLiteral("山田 太郎") << QStringLiteral("山太");
        QTest::newRow("digits") << QStringLiteral("42 7") << QStringLiteral("?");
    }

    void initials()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(Initials::of(name), expected);
    }

    void colorsAreStable()
    {
        QCOMPARE(Initials::colorFor(QStringLiteral("Ada Lovelace")),
                 Initials::colorFor(QStringLiteral("Ada Lovelace")));
        // Pinned: the colour must not change between runs, platforms or Qt versions.
        QCOMPARE(Initials::colorFor(QStringLiteral("Ada Lovelace")).name(),
                 QStringLiteral("#53a376"));

        const QStringList names = {
                QStringLiteral("Ada Lovelace"),      QStringLiteral("Alan Turing"),
                QStringLiteral("Grace Hopper"),      QStringLiteral("Linus Torvalds"),
                QStringLiteral("Margaret Hamilton"), QStringLiteral("Dennis Ritchie"),
                QStringLiteral("Barbara Liskov"),    QStringLiteral("Ken Thompson"),
                QStringLiteral("Frances Allen"),     QStringLiteral("Donald Knuth"),
                QStringLiteral("Edsger Dijkstra"),   QStringLiteral("Radia Perlman"),
                QStringLiteral("Tim Berners-Lee"),   QStringLiteral("Hedy Lamarr"),
                QStringLiteral("John McCarthy"),     QStringLiteral("Sophie Wilson"),
                QStringLiteral("ليلى حداد"),         QStringLiteral("山田 太郎"),
                QStringLiteral("Sam 🚀 Rivera"),      QString()};
        QSet<QRgb> colors;
        for (const QString &name : names) {
            const QColor color = Initials::colorFor(name);
            colors.insert(color.rgb());
            QVERIFY(color.hsvSaturationF() >= 0.44f && color.hsvSaturationF() <= 0.56f);
            QVERIFY(color.valueF() <= 0.79f);
            // White initials stay readable: relative luminance low enough for 3:1.
            const auto linear = [](float c) {
                return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
            };
            const float luminance = 0.2126f * linear(color.redF())
                    + 0.7152f * linear(color.greenF()) + 0.0722f * linear(color.blueF());
            QVERIFY2(1.05f / (luminance + 0.05f) >= 2.99f, qPrintable(name));
        }
        QVERIFY(colors.size() > 10);
    }

    // LINKUP_DELEGATE_PREVIEW=<directory> writes light, dark and right-to-left PNGs of
    // varied rows at DPR 2, to look at by eye; without it this does nothing.
    void preview()
    {
        const QString directory = qEnvironmentVariable("LINKUP_DELEGATE_PREVIEW");
        // Not QSKIP: with one argument it trips clang's -Wpedantic, an error under -Werror.
        if (directory.isEmpty())
            return;
        QVERIFY(QDir().mkpath(directory));

        const QDate today = fixedNow().date();
        QList<RowData> rows;
        RowData ada;
        ada.name = QStringLiteral("Ada Lovelace");
        ada.headline = QStringLiteral("Mathematician · Analytical Engine · London");
        ada.message = QStringLiteral("Did you see my notes on the Bernoulli numbers?");
        ada.time = QDateTime(today, QTime(9, 41));
        ada.unread = 2;
        rows << ada;
        RowData layla;
        layla.name = QStringLiteral("ليلى حداد");
        layla.headline = QStringLiteral("مهندسة برمجيات في دبي");
        layla.message = QStringLiteral("شكراً لك، سأرسل لك التفاصيل غداً");
        layla.time = QDateTime(today.addDays(-1), QTime(20, 0));
        rows << layla;
        RowData sam;
        sam.name = QStringLiteral("Sam 🚀 Rivera");
        sam.headline = QStringLiteral("Founder @ Rocketship 🚀");
        sam.message = QStringLiteral("Sounds great 👍 let's talk next week");
        sam.time = QDateTime(today.addDays(-3), QTime(14, 0));
        rows << sam;
        RowData priya;
        priya.name = QStringLiteral("Priya Natarajan-Venkataraman Subramanian");
        priya.headline = QStringLiteral(
                "Head of Talent Acquisition, EMEA & APAC | Building world-class engineering "
                "teams | Speaker | Mentor | Opinions my own");
        priya.message = QStringLiteral(
                "Hello! I came across your profile and was really impressed by your experience "
                "with distributed systems and desktop applications.");
        priya.time = QDateTime(QDate(2024, 3, 2), QTime(10, 0));
        rows << priya;
        RowData jordan;
        jordan.name = QStringLiteral("Jordan Blake");
        jordan.headline = QStringLiteral("Recruiter at Initech");
        jordan.message = QStringLiteral("An exciting opportunity for you");
        jordan.type = QStringLiteral("inmail");
        jordan.unread = 1;
        jordan.time = QDateTime(today, QTime(11, 2));
        rows << jordan;
        RowData growth;
        growth.name = QStringLiteral("Growth Team");
        growth.headline = QStringLiteral("Sponsored");
        growth.message = QStringLiteral("Grow your network 10× faster with Premium");
        growth.type = QStringLiteral("sponsored");
        growth.unread = 120;
        growth.time = QDateTime(today.addDays(-2), QTime(7, 0));
        rows << growth;
        RowData chen;
        chen.name = QStringLiteral("Chen Wei 陈伟");
        chen.headline = QStringLiteral("Product Designer");
        chen.message = QStringLiteral("Thanks, talk soon!");
        chen.sentByMe = true;
        chen.time = QDateTime(QDate(2023, 11, 20), QTime(9, 0));
        rows << chen;
        RowData zoe;
        zoe.name = QStringLiteral("Zoë Ångström");
        zoe.headline = QStringLiteral("Engineering Manager");
        zoe.message = QStringLiteral("See you at the meetup");
        zoe.unread = 7;
        zoe.type = QStringLiteral("job");
        zoe.time = QDateTime(today, QTime(8, 15));
        rows << zoe; // drawn selected
        RowData markup;
        markup.name = QStringLiteral("<b>Bold</b> & <i>co</i>");
        markup.headline = QString();
        markup.message = QStringLiteral("<a href='x'>not a link</a>");
        markup.type = QStringLiteral("partner");
        markup.time = QDateTime(today, QTime(11, 30));
        rows << markup; // drawn hovered

        QStandardItemModel model;
        for (const RowData &row : std::as_const(rows))
            model.appendRow(itemFor(row));

        struct Variant
        {
            const char *file;
            QPalette palette;
            Qt::LayoutDirection direction;
        };
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(fusion);
        const QList<Variant> variants = {
                {"conversationdelegate-light.png", fusion->standardPalette(), Qt::LeftToRight},
                {"conversationdelegate-dark.png", ColorScheme::darkPalette(), Qt::LeftToRight},
                {"conversationdelegate-rtl.png", fusion->standardPalette(), Qt::RightToLeft}};
        ConversationDelegate delegate;
        delegate.setNow(fixedNow());
        constexpr int width = 420;
        constexpr qreal dpr = 2;
        for (const Variant &variant : variants) {
            QListView view; // gives the delegate a widget with a style, as in the app
            view.setStyle(fusion.get());
            view.setPalette(variant.palette);
            QStyleOptionViewItem option = baseOption(width);
            option.palette = variant.palette;
            option.widget = &view;
            option.direction = variant.direction;
            const int rowHeight = delegate.sizeHint(option, model.index(0, 0)).height();
            QImage image(QSize(width, rowHeight * model.rowCount()) * dpr,
                         QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
            image.fill(variant.palette.color(QPalette::Base));
            QPainter painter(&image);
            for (int row = 0; row < model.rowCount(); ++row) {
                option.rect = QRect(0, row * rowHeight, width, rowHeight);
                option.state = QStyle::State_Enabled | QStyle::State_Active;
                if (row == 7)
                    option.state |= QStyle::State_Selected | QStyle::State_HasFocus;
                if (row == 8)
                    option.state |= QStyle::State_MouseOver;
                delegate.paint(&painter, option, model.index(row, 0));
            }
            painter.end();
            const QString path = QDir(directory).filePath(QString::fromLatin1(variant.file));
            QVERIFY(image.save(path));
            qInfo("wrote %s", qPrintable(path));
        }
    }
};

QTEST_MAIN(TestConversationDelegate)
#include "tst_conversationdelegate.moc"
