#include "accessiblenames.h"

#include <QLineEdit>
#include <QToolButton>

namespace AccessibleNames {

void nameClearButton(QLineEdit *field, const QString &name)
{
    // The clear button is the line edit's only tool button (Qt's QLineEditIconButton).
    const QList<QToolButton *> buttons = field->findChildren<QToolButton *>();
    for (QToolButton *button : buttons)
        button->setAccessibleName(name);
}

} // namespace AccessibleNames
