#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above the list that says what went wrong in plain words, with one action
// (Retry). Not a dialog: what the list shows stays usable underneath.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message);
    QString message() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
};
