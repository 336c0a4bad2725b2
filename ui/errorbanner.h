#pragma once

#include <QFrame>

struct ApiError;
class QLabel;
class QPushButton;

// A strip above the list that says what went wrong in plain words, with one action
// (Retry). Not a dialog: what the list shows stays usable underneath.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // actionText names a fix the user can make ("Log in Again"); empty for none.
    void showMessage(const QString &message, const QString &actionText = {});
    // An API error in its words, with the fix the user can make for it, if any.
    void showError(const ApiError &error);
    // "Log In Again…", "Change API Key…", "Spend Anyway"; empty when only Retry helps.
    static QString fixFor(const ApiError &error);
    QString message() const;
    // A note with a single action (no Retry).
    void setRetryVisible(bool visible);
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *actionButton() const { return m_action; }

signals:
    void retryRequested();
    void actionRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_action;
    bool m_retryVisible = true;
};
