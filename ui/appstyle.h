#pragma once

#include <QProxyStyle>

#include <memory>

class FocusFrameCache;

// The app's style: the platform's own (or the one named), with the few hints changed that
// make dialogs look dated. The push buttons of dialogs carry no clip-art icons (the
// generic Unix and KDE themes add a check mark to OK and a cross to Cancel), as on
// Windows, macOS and GNOME. What is painted at every scroll step never waits for Qt's
// painting threads (see BandedPainting): Fusion's scroll bars come from cached pixmaps
// (ScrollBarPainting), and focus frames from the last one drawn (FocusFrameCache). Set
// once on the application, so every window and dialog follows.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // key: a QStyleFactory key ("Fusion"); empty for the platform's default style.
    explicit AppStyle(const QString &key = {});
    ~AppStyle() override;

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;

private:
    std::unique_ptr<FocusFrameCache> m_focusFrames; // drawing is const; a cache is not state
};
