#include "colorscheme.h"

#include "appstyle.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPalette>
#include <QStyle>

namespace ColorScheme {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x20, 0x22, 0x26);
    const QColor base(0x17, 0x19, 0x1c);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x84, 0x8a);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Highlight, QColor(0x3b, 0x8e, 0xea));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x70, 0xb5, 0xff));
    palette.setColor(QPalette::Light, QColor(0x35, 0x38, 0x3d));
    palette.setColor(QPalette::Midlight, QColor(0x2c, 0x2f, 0x33));
    palette.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2c));
    palette.setColor(QPalette::Dark, QColor(0x10, 0x11, 0x13));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

void preferColorEmoji(QApplication &app)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Qt 6.4 on fontconfig falls back character by character, in fontconfig's order, where
    // Noto Sans Symbols2 (a black laptop, a black coffee cup) comes before Noto Color
    // Emoji: "👩🏽‍💻" then paints as a brown woman beside a black laptop. A colour emoji
    // font right after the UI font takes every emoji the UI font lacks, so a sequence stays
    // in one font and ligates. (macOS and Windows already fall back to their colour fonts.)
    const QStringList installed = QFontDatabase::families();
    for (const QString &emoji : {QStringLiteral("Noto Color Emoji"), QStringLiteral("Twemoji"),
                                 QStringLiteral("JoyPixels")}) {
        if (!installed.contains(emoji))
            continue;
        QFont font = QApplication::font();
        // The resolved family: an alias like "Sans Serif" is no font of its own, and the
        // emoji font would become the UI font.
        font.setFamilies({QFontInfo(font).family(), emoji});
        app.setFont(font);
        return;
    }
#else
    Q_UNUSED(app);
#endif
}

void apply(QApplication &app, const QString &scheme)
{
    preferColorEmoji(app);
    const QString wanted = scheme.trimmed().toLower();
    const bool forced = wanted == u"dark" || wanted == u"light";
    // Fusion draws with the palette everywhere; native styles may ignore parts of it.
    // Either way through AppStyle, which every dialog of the app follows.
    app.setStyle(new AppStyle(forced ? QStringLiteral("Fusion") : QString()));
    if (forced)
        app.setPalette(wanted == u"dark" ? darkPalette()
                                         : QApplication::style()->standardPalette());
}

} // namespace ColorScheme
