#include "replyedit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QtMath>

ReplyEdit::ReplyEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("replyEdit"));
    setAccessibleName(tr("Reply"));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // see followLines()
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QPlainTextEdit::textChanged, this, &ReplyEdit::followLines);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ReplyEdit::followLines);
}

int ReplyEdit::shownLines() const
{
    return m_lines;
}

int ReplyEdit::heightFor(int lines) const
{
    const QMargins margins = contentsMargins();
    return lines * fontMetrics().lineSpacing() + qCeil(2 * document()->documentMargin())
            + 2 * frameWidth() + margins.top() + margins.bottom();
}

QSize ReplyEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), heightFor(m_lines)};
}

QSize ReplyEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightFor(1)};
}

void ReplyEdit::followLines()
{
    // The laid-out lines, wrapped ones included (the plain-text layout counts them per
    // block; a block it has not laid out yet counts one, and is then off screen anyway).
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid() && lines <= MaxLines;
         block = block.next())
        lines += qMax(1, block.lineCount());
    // Up to MaxLines the box grows instead of scrolling; QPlainTextEdit's own test of
    // whether the lines fit can be a pixel off for some fonts, so it does not decide.
    setVerticalScrollBarPolicy(lines > MaxLines ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    lines = qBound(1, lines, MaxLines);
    if (lines == m_lines)
        return;
    m_lines = lines;
    updateGeometry();
}

void ReplyEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    followLines(); // another width wraps the text into another number of lines
}

void ReplyEdit::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::ControlModifier || (m_returnSends && modifiers == Qt::NoModifier)) {
            emit sendRequested();
            event->accept();
            return;
        }
        if (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier) {
            // A new line of its own, not the line separator Shift+Return would insert.
            insertPlainText(QStringLiteral("\n"));
            ensureCursorVisible();
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool ReplyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText();
}

void ReplyEdit::insertFromMimeData(const QMimeData *source)
{
    // A paste or a drop from a web page or a word processor brings its text only.
    if (source->hasText())
        insertPlainText(source->text());
}
