#pragma once

#include <QString>

class QApplication;
class QPalette;

// Forces a light or dark look where the desktop gives none (LINKUP_COLOR_SCHEME=dark|light,
// e.g. for screenshots or a window manager without theme integration). Anything else
// keeps the platform's own palette.
namespace ColorScheme {

// Sets the app's look once, before any window exists: its style (AppStyle: the
// platform's, or Fusion for a forced scheme), for dark or light the palette, and the
// colour emoji font (preferColorEmoji()).
void apply(QApplication &app, const QString &scheme);

// Where fontconfig decides the fallback (Linux, BSD): the installed colour emoji font
// comes right after the UI font, so emoji sequences paint as one picture.
void preferColorEmoji(QApplication &app);

// The dark palette apply() uses; also what the delegates' preview images are drawn with.
QPalette darkPalette();

} // namespace ColorScheme
