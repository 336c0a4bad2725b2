#include "secretstore.h"

// Out of line so the vtable lives in one object file.
SecretStore::~SecretStore() = default;
