#!/usr/bin/env bash
# Formats every C++ file under app/, ui/, tests/ and fuzz/ in place with the
# repository's .clang-format. Same file selection and clang-format binary as
# the check in `tools/dev.sh test` (CLANG_FORMAT overrides the binary).
set -euo pipefail

# shellcheck source=tools/dev.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/dev.sh"

cf="$(find_clang_format)"
major="$(clang_format_major "$cf")"
if [ "$major" != "$REFERENCE_CLANG_FORMAT_MAJOR" ]; then
    printf 'warning: this is clang-format %s; the project formats with clang-format %s,\n' \
        "${major:-unknown}" "$REFERENCE_CLANG_FORMAT_MAJOR" >&2
    printf '         other versions may change lines nobody touched.\n' >&2
fi

collect_cpp_files
if [ "${#CPP_FILES[@]}" -eq 0 ]; then
    log "no C++ files under ${SOURCE_DIRS[*]}"
    exit 0
fi

cd "$REPO_ROOT"
log "formatting ${#CPP_FILES[@]} files with $cf"
# Batches keep the command line short on big trees.
printf '%s\0' "${CPP_FILES[@]}" | xargs -0 -n 50 "$cf" --style=file -i
