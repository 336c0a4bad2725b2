#pragma once

#include <QLabel>

// One line of untrusted plain text that elides instead of widening its layout, laid out
// the way the list's rows lay out theirs (Painting::textFlags): on the leading side of the
// layout direction, in the text's own direction. So an Arabic name and an English headline
// above each other start on the same side, and the whole mirrors only in a right-to-left
// layout. When the text does not fit, its tooltip shows all of it, as plain text.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // What is painted and where, in the label's coordinates.
    QString shownText() const;
    QRect textRect() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};
