#!/usr/bin/env bash
# Runs one fuzz target with the project's settings (see fuzz/README.md):
#
#   fuzz/run.sh <target> [seconds] [more libFuzzer options...]
#
#   target   fuzz_classify, fuzz_inbox_page, fuzz_conversation_page or fuzz_auth
#   seconds  how long to run (default 600)
#
# Environment: FUZZ_BUILD_DIR (default: build-fuzz), the build directory configured with
# -DLINKUP_FUZZ=ON. New inputs go to $FUZZ_BUILD_DIR/corpus/<target>/ (the seed corpus in
# fuzz/corpus/ is only read), crashes to $FUZZ_BUILD_DIR/artifacts/<target>/.
#
# Written for bash 3.2 as well, like tools/dev.sh.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FUZZ_BUILD_DIR:-$REPO_ROOT/build-fuzz}"

if [ "$#" -lt 1 ]; then
    sed -n '2,13p' "${BASH_SOURCE[0]}" >&2
    exit 2
fi
target="$1"
shift
seconds=600
if [ "$#" -gt 0 ]; then
    seconds="$1"
    shift
fi

case "$target" in
    fuzz_classify | fuzz_auth) max_len=65536 ;;
    fuzz_inbox_page | fuzz_conversation_page) max_len=262144 ;;
    *)
        printf 'error: unknown target: %s\n' "$target" >&2
        exit 2
        ;;
esac

exe="$BUILD/$target"
[ -x "$exe" ] || {
    printf 'error: %s is not built: cmake --build %s --target fuzzers\n' "$exe" "$BUILD" >&2
    exit 1
}

corpus="$BUILD/corpus/$target"
artifacts="$BUILD/artifacts/$target"
mkdir -p "$corpus" "$artifacts"

# One process, one worker: the machines this runs on are shared. UB already aborts
# (-fno-sanitize-recover); leaks are real findings too.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
exec "$exe" \
    -max_total_time="$seconds" \
    -max_len="$max_len" \
    -rss_limit_mb=2048 \
    -timeout=10 \
    -print_final_stats=1 \
    -dict="$REPO_ROOT/fuzz/linkup.dict" \
    -artifact_prefix="$artifacts/" \
    "$@" \
    "$corpus" "$REPO_ROOT/fuzz/corpus/$target"
