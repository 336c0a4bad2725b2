#pragma once

#include <QString>

class QApplication;
class QPalette;

// Forces a light or dark look where the desktop gives none (LINKUP_COLOR_SCHEME=dark|light,
// e.g. for screenshots or a window manager without theme integration). Anything else
// keeps the platform's own palette.
namespace ColorScheme {

// Sets the app's style (AppStyle: the platform's, or Fusion for a forced scheme) and,
// for dark or light, the palette. Called once, before any window exists.
void apply(QApplication &app, const QString &scheme);

// The dark palette apply() uses; also what the delegates' preview images are drawn with.
QPalette darkPalette();

} // namespace ColorScheme
