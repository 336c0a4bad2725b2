#pragma once

#include <QPlainTextEdit>

// Where a reply is typed: plain text only (a paste of rich text arrives as its text), as
// tall as its lines up to MaxLines, then it scrolls. Ctrl+Return asks to send; with
// "Return sends" on, Return does too and Shift+Return starts a new line; otherwise
// Return starts a new line. Tab leaves the box (a reply has no use for tab characters);
// Esc is left to the pane, which goes back to the list and keeps the text.
class ReplyEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int MaxLines = 6;

    explicit ReplyEdit(QWidget *parent = nullptr);

    void setReturnSends(bool on) { m_returnSends = on; }
    bool returnSends() const { return m_returnSends; }
    // The lines the box shows without scrolling now (1..MaxLines).
    int shownLines() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void sendRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int heightFor(int lines) const;
    void followLines();

    bool m_returnSends = false;
    int m_lines = 1;
};
