#pragma once

#include "csvexport.h"

class ConversationStore;
class QAbstractItemModel;

// The rows a view shows (after its search and filters, in its order), read from the
// store for an export: the model gives the keys, the store the whole conversation.
namespace ExportRows {

QList<CsvExport::Row> of(const QAbstractItemModel *shown, const ConversationStore *store);

} // namespace ExportRows
