#pragma once

#include <QString>

class QApplication;

// Forces a light or dark look where the desktop gives none (LINKUP_COLOR_SCHEME=dark|light,
// e.g. for screenshots or a window manager without theme integration). Anything else
// keeps the platform's own palette.
namespace ColorScheme {

void apply(QApplication &app, const QString &scheme);

} // namespace ColorScheme
