#include "searchfold.h"

namespace SearchFold {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Mark_SpacingCombining)
            continue; // the accent of é, the dots of ü
        if (c.isSpace() || category == QChar::Other_Control || category == QChar::Other_Format) {
            space = !folded.isEmpty();
            continue;
        }
        if (space)
            folded.append(u' ');
        space = false;
        folded.append(c);
    }
    return folded.toCaseFolded();
}

QStringList words(const QString &query)
{
    return fold(query).split(u' ', Qt::SkipEmptyParts);
}

} // namespace SearchFold
