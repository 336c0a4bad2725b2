#!/usr/bin/env bash
# Runs the benchmarks (label "benchmark") and the end-to-end measurements, and writes
# docs/performance.md from what they print.
#
#   bench/run.sh [--runs N] [--no-build] [--out FILE] [--loaded N] [--sizes "A B .."]
#
#   --runs N     runs of each whole-app measurement (default 3); the figures are the
#                median of the runs with the spread (min–max) over them
#   --no-build   use the build as it is (default: build the benchmarks, -j2)
#   --out FILE   where to write the page (default: docs/performance.md)
#   --loaded N   conversations loaded by scrolling (default 10000)
#   --sizes L    stored inbox sizes measured (default "1000 10000 100000")
#
# Environment: BUILD_DIR (default: build). Needs only what tools/dev.sh installs; runs
# headless (QT_QPA_PLATFORM=offscreen). Takes about 15 minutes on a 2-core machine.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
BUILD_DIR="${BUILD_DIR:-build}"
RUNS=3
BUILD=yes
OUT=docs/performance.md
LOADED=10000
SIZES="1000 10000 100000"
while [ "$#" -gt 0 ]; do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --no-build) BUILD=no; shift ;;
        --out) OUT="$2"; shift 2 ;;
        --loaded) LOADED="$2"; shift 2 ;;
        --sizes) SIZES="$2"; shift 2 ;;
        -h | --help) sed -n '2,16p' "$0"; exit 0 ;;
        *) printf 'error: unknown argument %s\n' "$1" >&2; exit 2 ;;
    esac
done

log() { printf '==> %s\n' "$*" >&2; }

if [ "$BUILD" = yes ]; then
    # Only what is measured, two jobs at most: the machine is shared.
    cmake --build "$BUILD_DIR" --parallel 2 --target bench_parse bench_paint bench_startup \
        bench_inbox linkup-inbox
fi
for exe in bench_parse bench_paint bench_startup bench_inbox bench_store bench_search linkup-inbox; do
    [ -x "$BUILD_DIR/$exe" ] || [ -x "$BUILD_DIR/bench/$exe" ] || [ -x "$BUILD_DIR/app/$exe" ] \
        || { printf 'error: %s is not built in %s\n' "$exe" "$BUILD_DIR" >&2; exit 1; }
done
bench() { # the path of a benchmark executable
    if [ -x "$BUILD_DIR/bench/$1" ]; then printf '%s\n' "$BUILD_DIR/bench/$1"; else printf '%s\n' "$BUILD_DIR/$1"; fi
}

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache" XDG_DATA_HOME="$WORK/data"
export XDG_RUNTIME_DIR="$WORK/runtime"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$WORK/runtime/no-session-bus"
export QT_LOGGING_RULES="linkup.*.debug=false"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
STARTED=$(date +%s)

# run RUN_TAG COMMAND...: runs a benchmark, keeps its BENCH lines tagged with the run.
FIGURES="$WORK/figures.tsv"
: >"$FIGURES"
run() {
    local tag="$1"
    shift
    log "$tag: $*"
    local output="$WORK/$tag.log"
    if ! "$@" >"$output" 2>&1; then
        tail -n 30 "$output" >&2
        printf 'error: %s failed (log above)\n' "$*" >&2
        exit 1
    fi
    # BENCH name median=.. min=.. p90=.. p99=.. max=.. unit=.. runs=..
    sed -n 's/.*BENCH \([^ ]*\) median=\([^ ]*\) min=\([^ ]*\) p90=\([^ ]*\) p99=\([^ ]*\) max=\([^ ]*\) unit=\([^ ]*\) runs=\([0-9]*\).*/\1\t\2\t\3\t\5\t\6\t\7/p' \
        "$output" >>"$FIGURES"
}

run parse "$(bench bench_parse)"
for i in $(seq "$RUNS"); do run "paint-$i" "$(bench bench_paint)"; done
# A whole viewport at pixel ratio 2 needs a view at 2 (the rows it lays out ahead are kept
# by pixel ratio).
for i in $(seq "$RUNS"); do
    run "paint-scaled-$i" env QT_SCALE_FACTOR=2 "$(bench bench_paint)" "fullViewport:dpr 2"
done
STARTUP_TESTS=(firstRunToBusyIndicator appMemory:first_run)
for size in $SIZES; do
    STARTUP_TESTS+=("toFirstStoredRow:stored_$size")
    [ "$size" = 1000 ] || STARTUP_TESTS+=("appMemory:stored_$size")
done
run startup "$(bench bench_startup)" "${STARTUP_TESTS[@]}"
for i in $(seq "$RUNS"); do run "search-$i" "$(bench bench_search)"; done
for i in $(seq "$RUNS"); do run "search-100000-$i" "$(bench bench_search)" 100000; done
for i in $(seq "$RUNS"); do run "loaded-$i" "$(bench bench_inbox)" loaded "$LOADED"; done
for size in $SIZES; do
    for i in $(seq "$RUNS"); do run "stored-$size-$i" "$(bench bench_inbox)" stored "$size"; done
done
ELAPSED=$(($(date +%s) - STARTED))

# --- the page ---------------------------------------------------------------------------

# fig NAME [FIELD]: "median (min–max)" over the runs of figure NAME. FIELD picks what
# each run contributes: median (default), max (the worst frame) or p99.
fig() {
    awk -F'\t' -v name="$1" -v field="${2:-median}" '
        $1 == name {
            v = (field == "max") ? $5 : (field == "p99") ? $4 : $2
            values[n++] = v + 0
            lo = (lo == "" || $3 + 0 < lo) ? $3 + 0 : lo
            hi = (hi == "" || $5 + 0 > hi) ? $5 + 0 : hi
            unit = $6
        }
        END {
            if (n == 0) { print "n/a"; exit }
            for (i = 0; i < n; i++) for (j = i + 1; j < n; j++)
                if (values[j] < values[i]) { t = values[i]; values[i] = values[j]; values[j] = t }
            median = values[int(n / 2)]
            if (field != "median") { lo = values[0]; hi = values[n - 1] }
            printf "%s (%s–%s) %s", fmt(median), fmt(lo), fmt(hi), unit
        }
        function fmt(x) { return (x >= 100 || x == int(x)) ? sprintf("%.0f", x) : sprintf("%.2f", x) }
    ' "$FIGURES"
}
# value NAME [FIELD]: the bare median, for comparing with a target.
value() { fig "$@" | awk '{ print $1 }'; }
# verdict NAME FIELD OP TARGET [SCALE]: "met" or "missed by X" (the figure divided by
# SCALE first: KiB to MiB).
verdict() {
    awk -v v="$(value "$1" "$2")" -v op="$3" -v t="$4" -v s="${5:-1}" 'BEGIN {
        if (v == "n/a") { print "not measured"; exit }
        v = v / s
        ok = (op == "<") ? v < t : v <= t
        if (ok) print "met"; else printf "missed by %.0f%%\n", (v / t - 1) * 100
    }'
}
mib() { awk -v v="$(value "$1" "${2:-median}")" 'BEGIN { if (v == "n/a") print "n/a"; else printf "%.1f MiB", v / 1024 }'; }
mibfig() {
    fig "$1" | awk '$1 == "n/a" { print; next } { gsub(/[()]/, "", $2); split($2, r, "–"); printf "%.1f MiB (%.1f–%.1f)", $1 / 1024, r[1] / 1024, r[2] / 1024 }'
}

CPU="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
QT="$(qtpaths6 --qt-version 2>/dev/null || dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo unknown)"
COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
B="$BUILD_DIR"

{
cat <<EOF
# Linkup Inbox: performance

Written by \`bench/run.sh\` (do not edit by hand; the notes at the end come from
\`bench/performance-notes.md\`). Each figure is the median with the spread (min–max) over
runs; frame figures give the worst frame of each run (or its 99th percentile). The
machine is shared and noisy: compare medians, and never turn these into timed tests.

| machine | |
|---|---|
| processors (\`nproc\`) | $(nproc) |
| CPU | $CPU |
| Qt | $QT |
| kernel | $(uname -r) |
| commit, date | $COMMIT, $(date -u +%Y-%m-%d) |
| whole-app runs | $RUNS each; \`bench/run.sh\` took $((ELAPSED / 60)) min $((ELAPSED % 60)) s |

Reproduce everything with \`bench/run.sh\`, or one figure with the command beside it
(headless: \`QT_QPA_PLATFORM=offscreen\`). Memory is PSS from \`/proc/PID/smaps_rollup\`
of the process and its children, read 3 s after the last page; "inside" figures are
the app wired as \`main.cpp\` does in the benchmark's own process (\`bench_inbox\`), the
"outside" ones are the real \`linkup-inbox --demo\` process. The inbox is the demo's
generated one (\`LINKUP_DEMO_SIZE=N\`). MB in the targets are MiB here.

## Memory

| figure | measured | target | verdict | command |
|---|---|---|---|---|
| memory per conversation (growth of the process's own PSS, first page → $LOADED loaded, avatars left out) | $(fig memory.bytes_per_conversation) | ≤ 1 KiB | $(verdict memory.bytes_per_conversation median '<=' 1024) | \`$B/bench_inbox loaded $LOADED\` |
| the same from the whole PSS (libraries' share included: moves with other programs) | $(fig memory.bytes_per_conversation_pss) | ≤ 1 KiB | $(verdict memory.bytes_per_conversation_pss median '<=' 1024) | same |
| PSS, first page loaded (inside) | $(mibfig memory.pss_kib.loaded_first_page) | | | same |
| PSS, $LOADED loaded (inside) | $(mibfig memory.pss_kib.loaded_$LOADED) | ≤ 53 MB | $(verdict memory.pss_kib.loaded_$LOADED median '<=' 53 1024) | same |
| avatar cache at $LOADED loaded (in the PSS above): the app's pixmaps and the built-in server's PNGs | $(mibfig memory.avatar_cache_kib.loaded_$LOADED) | | | same |
| the process's own PSS (anonymous), first page → $LOADED loaded | $(mibfig memory.pss_anon_kib.loaded_first_page) → $(mibfig memory.pss_anon_kib.loaded_$LOADED) | | | same |
| C heap in use / held free at $LOADED loaded (glibc) | $(mibfig memory.heap_used_kib.loaded_$LOADED) / $(mibfig memory.heap_free_kib.loaded_$LOADED) | | | same |
| PSS, real app, first run, first page (outside) | $(mibfig memory.app_pss_kib.first_run) | | | \`$B/bench_startup appMemory\` |
| PSS, real app, 10 000 stored (outside) | $(mibfig memory.app_pss_kib.stored_10000) | ≤ 53 MB | $(verdict memory.app_pss_kib.stored_10000 median '<=' 53 1024) | same |

## 100 000 conversations

| figure | measured | target | verdict | command |
|---|---|---|---|---|
| worst frame, Page Down through all 100 000 | $(fig frames.keyboard_ms.stored_100000 max) | ≤ 16 ms | $(verdict frames.keyboard_ms.stored_100000 max '<=' 16) | \`$B/bench_inbox stored 100000\` |
| 99th percentile frame, Page Down | $(fig frames.keyboard_ms.stored_100000 p99) | | | same |
| — in each run's worst frame (medians over the runs): the GUI thread's CPU time / its wait for a core / time the host took from the virtual CPU (steal) | $(value frames.keyboard_worst_cpu_ms.stored_100000) / $(value frames.keyboard_worst_wait_ms.stored_100000) / $(value frames.keyboard_worst_stolen_ms.stored_100000) ms | | | same |
| — worst frame with the time the host took left out | $(fig frames.keyboard_own_ms.stored_100000 max) | ≤ 16 ms | $(verdict frames.keyboard_own_ms.stored_100000 max '<=' 16) | same |
| — the most CPU time the GUI thread spent in one frame | $(fig frames.keyboard_cpu_ms.stored_100000 max) | | | same |
| worst frame, wheel (3 × 1 000 notches) | $(fig frames.wheel_ms.stored_100000 max) | ≤ 16 ms | $(verdict frames.wheel_ms.stored_100000 max '<=' 16) | same |
| 99th percentile frame, wheel | $(fig frames.wheel_ms.stored_100000 p99) | | | same |
| — the most CPU time the GUI thread spent in one frame | $(fig frames.wheel_cpu_ms.stored_100000 max) | | | same |
| worst search keystroke, this list | $(fig search.keystroke_list_ms.stored_100000 max) | < 16 ms (issue 12, at 10 000) | $(verdict search.keystroke_list_ms.stored_100000 max '<' 16) | same |
| — the GUI thread's own CPU time in its worst keystroke | $(fig search.keystroke_list_cpu_ms.stored_100000 max) | | | same |
| worst search keystroke, all conversations | $(fig search.keystroke_everything_ms.stored_100000 max) | < 50 ms (issue 12, at 10 000) | $(verdict search.keystroke_everything_ms.stored_100000 max '<' 50) | same |
| PSS after scrolling through them (inside) | $(mibfig memory.pss_kib.stored_100000_after_scrolling) | < 106 MB | $(verdict memory.pss_kib.stored_100000_after_scrolling median '<' 106 1024) | same |
| PSS, real app, 100 000 stored (outside) | $(mibfig memory.app_pss_kib.stored_100000) | < 106 MB | $(verdict memory.app_pss_kib.stored_100000 median '<' 106 1024) | \`$B/bench_startup appMemory\` |

## Start-up

| figure | measured | target | verdict | command |
|---|---|---|---|---|
| process start → first stored row painted, 10 000 stored (app's trace) | $(fig startup.first_stored_row_ms.stored_10000) | < 150 ms | $(verdict startup.first_stored_row_ms.stored_10000 median '<' 150) | \`$B/bench_startup toFirstStoredRow\` |
| the same, from outside (spawn → trace line read) | $(fig startup.first_stored_row_ms.stored_10000_outside) | | | same |
| process start → window with busy indicator painted, first run | $(fig startup.busy_indicator_ms.first_run) | < 100 ms | $(verdict startup.busy_indicator_ms.first_run median '<' 100) | \`$B/bench_startup firstRunToBusyIndicator\` |
| the same, from outside | $(fig startup.busy_indicator_ms.first_run_outside) | | | same |

## Painting

| figure | measured | target | verdict | command |
|---|---|---|---|---|
| one row, DPR 1 | $(fig paint.one_row_us.dpr1) | < 50 µs | $(verdict paint.one_row_us.dpr1 median '<' 50) | \`$B/bench_paint oneRow\` |
| one row, DPR 2 | $(fig paint.one_row_us.dpr2) | < 50 µs | $(verdict paint.one_row_us.dpr2 median '<' 50) | same |
| one row never painted before (each of 10 000 once), DPR 1 | $(fig paint.one_row_cold_us.dpr1) | < 50 µs | $(verdict paint.one_row_cold_us.dpr1 median '<' 50) | \`$B/bench_paint oneRowCold\` |
| the same, DPR 2 | $(fig paint.one_row_cold_us.dpr2) | < 50 µs | $(verdict paint.one_row_cold_us.dpr2 median '<' 50) | same |
| full viewport (420 × 720), DPR 1, its rows laid out ahead (Page Down after a pause of 10 ms) | $(fig paint.viewport_ms.dpr1) | < 2 ms | $(verdict paint.viewport_ms.dpr1 median '<' 2) | \`$B/bench_paint fullViewport\` |
| full viewport, DPR 2, laid out ahead | $(fig paint.viewport_ms.dpr2) | < 2 ms | $(verdict paint.viewport_ms.dpr2 median '<' 2) | \`QT_SCALE_FACTOR=2 $B/bench_paint "fullViewport:dpr 2"\` |
| full viewport, DPR 1, painted at once (its rows laid out by their first paint) | $(fig paint.viewport_unprepared_ms.dpr1) | | | \`$B/bench_paint fullViewport\` |
| the same, DPR 2 | $(fig paint.viewport_unprepared_ms.dpr2) | | | \`QT_SCALE_FACTOR=2 $B/bench_paint "fullViewport:dpr 2"\` |
| QListView over 10 000 stored, Page Down: worst frame | $(fig paint.scroll_keyboard_frame_ms max) | ≤ 16 ms | $(verdict paint.scroll_keyboard_frame_ms max '<=' 16) | \`$B/bench_paint scrollingTenThousand\` |
| the same, 99th percentile | $(fig paint.scroll_keyboard_frame_ms p99) | | | same |
| QListView, wheel to the end: worst frame | $(fig paint.scroll_wheel_frame_ms max) | ≤ 16 ms | $(verdict paint.scroll_wheel_frame_ms max '<=' 16) | same |
| the same, 99th percentile | $(fig paint.scroll_wheel_frame_ms p99) | | | same |
| whole window, $LOADED loaded, Page Down: worst frame | $(fig frames.keyboard_ms.loaded_$LOADED max) | ≤ 16 ms | $(verdict frames.keyboard_ms.loaded_$LOADED max '<=' 16) | \`$B/bench_inbox loaded $LOADED\` |
| the same, 99th percentile | $(fig frames.keyboard_ms.loaded_$LOADED p99) | | | same |
| whole window, $LOADED loaded, wheel: worst frame | $(fig frames.wheel_ms.loaded_$LOADED max) | ≤ 16 ms | $(verdict frames.wheel_ms.loaded_$LOADED max '<=' 16) | same |

## Search

The search issue's targets, on a real SQLite store in a temporary folder: a keystroke in
the list's search over 10 000 stored conversations (\`ListSearch::setQuery\` and the
filter, as the view sees it; a key at a time of four queries, 250 keystrokes a run), and
a search of everything over 10 000 conversations and 100 000 stored messages (FTS5).

| figure | measured | target | verdict | command |
|---|---|---|---|---|
| a keystroke, 10 000 conversations | $(fig search.keystroke_10000_conversations) | < 16 ms | $(verdict search.keystroke_10000_conversations median '<' 16) | \`$B/bench_search\` |
| — the worst of a run | $(fig search.keystroke_10000_conversations max) | | | same |
| — of which the store's query | $(fig search.keystroke_store_part) | | | same |
| everything: a rare word | $(fig search.everything_rare_word_10000_conv_100000_messages) | < 50 ms | $(verdict search.everything_rare_word_10000_conv_100000_messages median '<' 50) | same |
| everything: two common words (500 hits) | $(fig search.everything_common_words_10000_conv_100000_messages) | < 50 ms | $(verdict search.everything_common_words_10000_conv_100000_messages median '<' 50) | same |
| — the worst of a run | $(fig search.everything_common_words_10000_conv_100000_messages max) | | | same |
| everything: no match | $(fig search.everything_no_match_10000_conv_100000_messages) | < 50 ms | $(verdict search.everything_no_match_10000_conv_100000_messages median '<' 50) | same |
| a keystroke, 100 000 conversations (issue 15) | $(fig search.keystroke_100000_conversations) | < 16 ms | $(verdict search.keystroke_100000_conversations median '<' 16) | \`$B/bench_search 100000\` |
| — the worst of a run | $(fig search.keystroke_100000_conversations max) | | | same |
| — a search only a scan answers, once typing rests (250 ms after the last key) | $(fig search.at_rest_100000_conversations) | | | same |
| — of which the store's query | $(fig search.keystroke_store_part_100000) | | | same |
| everything, 100 000 conversations: a rare word | $(fig search.everything_rare_word_100000_conv_100000_messages) | < 50 ms | $(verdict search.everything_rare_word_100000_conv_100000_messages median '<' 50) | same |
| — two common words (500 hits) | $(fig search.everything_common_words_100000_conv_100000_messages) | < 50 ms | $(verdict search.everything_common_words_100000_conv_100000_messages median '<' 50) | same |
| — no match | $(fig search.everything_no_match_100000_conv_100000_messages) | < 50 ms | $(verdict search.everything_no_match_100000_conv_100000_messages median '<' 50) | same |

## Parsing

The app's decoding (\`classifyReply\`, then \`InboxParser::parsePage\` of 25) over
\`QJsonDocument::fromJson\` alone on the same bytes, pair by pair.

| figure | measured | target | verdict | command |
|---|---|---|---|---|
| a page of 25 ($(value parse.bytes.page_of_25) bytes): ratio | $(fig parse.ratio.page_of_25) | ≤ 1.5× | $(verdict parse.ratio.page_of_25 median '<=' 1.5) | \`$B/bench_parse\` |
| — its fromJson alone | $(fig parse.fromjson_ms.page_of_25) | | | same |
| 25 conversations with texts up to the 4 MiB cap ($(value parse.bytes.largest_long_texts) bytes): ratio | $(fig parse.ratio.largest_long_texts) | ≤ 1.5× | $(verdict parse.ratio.largest_long_texts median '<=' 1.5) | same |
| — its fromJson alone | $(fig parse.fromjson_ms.largest_long_texts) | | | same |
| as many conversations as fit in 4 MiB, 25 taken ($(value parse.bytes.largest_many_entries) bytes): ratio | $(fig parse.ratio.largest_many_entries) | ≤ 1.5× | $(verdict parse.ratio.largest_many_entries median '<=' 1.5) | same |
| — its fromJson alone | $(fig parse.fromjson_ms.largest_many_entries) | | | same |

## Network

A steady scroll (End each time a page lands, pages of 20) from the first page to
conversation 1 000 over the built-in server; the server's share is the same pages asked
for by a bare HTTP client on the same loopback, the app's is the rest (client, decoding,
store writes, merging, painting).

| figure | measured | command |
|---|---|---|
| first page → 1 000 conversations | $(fig network.steady_scroll_to_1000_ms) | \`$B/bench_inbox loaded $LOADED\` |
| of which the server (and loopback HTTP) | $(fig network.server_ms) | same |
| of which the app | $(fig network.app_ms) | same |
| pages | $(fig network.pages_to_1000) | same |

## Growth: 1 000 → 100 000 conversations

Stored conversations, the app opened on them (\`$B/bench_inbox stored N\`, \`$B/bench_startup\`).

| conversations | PSS open (inside) | PSS after scrolling all (inside) | start-up to first row | worst keystroke, this list | worst keystroke, all conversations | worst frame, Page Down |
|---|---|---|---|---|---|---|
EOF
for size in $SIZES; do
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$size" \
        "$(mibfig memory.pss_kib.stored_$size)" \
        "$(mibfig memory.pss_kib.stored_${size}_after_scrolling)" \
        "$(fig startup.first_stored_row_ms.stored_$size)" \
        "$(fig search.keystroke_list_ms.stored_$size max)" \
        "$(fig search.keystroke_everything_ms.stored_$size max)" \
        "$(fig frames.keyboard_ms.stored_$size max)"
done
if [ -f bench/performance-notes.md ]; then
    printf '\n'
    cat bench/performance-notes.md
fi
} >"$OUT"
log "wrote $OUT in $((ELAPSED / 60)) min $((ELAPSED % 60)) s"
