#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate -no-obsolete, no locations):
# new strings appear unfinished, removed ones go. Translate the new ones (Qt Linguist,
# or by hand), then run the tests: `translations_up_to_date` fails while any is left.
#
#   tools/update-translations.sh          LUPDATE=/path/to/lupdate to pick one
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

find_lupdate()
{
    local candidate
    for candidate in "${LUPDATE:-}" /usr/lib/qt6/bin/lupdate "$(command -v lupdate-qt6 || true)" \
        "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    printf 'error: lupdate not found (Debian: qt6-l10n-tools); set LUPDATE\n' >&2
    return 1
}

lupdate="$(find_lupdate)"
cmake -DLUPDATE="$lupdate" -DMODE=update -P "$REPO_ROOT/translations/lupdate.cmake"
cd "$REPO_ROOT"
for ts in translations/linkup-inbox_*.ts; do
    printf '%s: %s unfinished\n' "$ts" "$(grep -c 'type="unfinished"' "$ts" || true)"
done
