#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip that says something once and goes when dismissed: news the user should hear
// but need not act on (the keychain could not keep the secrets). Unlike a status bar
// message it hides nothing and does not vanish before it is read.
class NoticeBanner : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    // Plain text: it may quote what a backend said.
    void showMessage(const QString &message);
    QString message() const;
    QPushButton *dismissButton() const { return m_dismiss; }

private:
    QLabel *m_text;
    QPushButton *m_dismiss;
};
