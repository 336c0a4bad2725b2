#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class ReplyEdit;

// The box under a thread: the text (ReplyEdit) and a Send button whose tooltip says what
// a message costs. Empty or white-space text cannot be sent; near LinkedIn's limit a
// counter says how much is left, and above it Send is disabled and the counter says
// why. While a message of this conversation is on its way, Send waits (busy). It only
// asks for sending (sendRequested); the caller sends, and clears the box.
class ReplyBox : public QWidget
{
    Q_OBJECT

public:
    // The counter shows from this many characters typed (LinkedIn takes MaxChars).
    static constexpr int CounterFrom = 7500;

    explicit ReplyBox(QWidget *parent = nullptr);

    QString text() const;
    // As the program sets it (a draft, Edit): no edited() signal.
    void setText(const QString &text);
    void setReturnSends(bool on);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    bool canSend() const;

    ReplyEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *counter() const { return m_counter; }

signals:
    void sendRequested(const QString &text); // only when canSend()
    void edited(); // the user changed the text

private:
    void requestSend();
    void updateState();

    ReplyEdit *m_edit;
    QLabel *m_counter;
    QPushButton *m_send;
    bool m_busy = false;
    bool m_settingText = false;
};
