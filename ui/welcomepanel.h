#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// The first screen when no account is connected: try the demo, or connect an account.
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    QPushButton *demoButton() const { return m_demo; }
    QPushButton *connectButton() const { return m_connect; }
    // Whether the built-in demo can be offered (the build has it); offered by default.
    void setDemoOffered(bool offered);

signals:
    void demoRequested();
    void connectRequested();

private:
    QPushButton *m_demo;
    QPushButton *m_connect;
    QLabel *m_text;
};
