#pragma once

#include <QFrame>

class QPushButton;

// The strip over the demo inbox: it says the people are made up and offers to connect
// a real account.
class DemoBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DemoBanner(QWidget *parent = nullptr);

    QPushButton *connectButton() const { return m_connect; }

signals:
    void connectRequested();

private:
    QPushButton *m_connect;
};
