#pragma once

class QLineEdit;
class QString;

// Names for the controls Qt makes by itself, which Qt 6.4 leaves without one (a screen
// reader would say only "button").
namespace AccessibleNames {

// The clear button of a line edit with setClearButtonEnabled(true); call after that.
void nameClearButton(QLineEdit *field, const QString &name);

} // namespace AccessibleNames
