#!/usr/bin/env bash
# Developer entry point for Linkup Inbox.
#
#   tools/dev.sh demo [ARGS...]  install what is missing, build, run the app on the demo inbox
#   tools/dev.sh test            install what is missing, check formatting, build, run every test
#   tools/dev.sh sanitize        the same tests built with ASan, LSan and UBSan, in build-asan/
#   tools/dev.sh nodemo          the app alone built without the demo server, in build-nodemo/
#   tools/dev.sh build           install what is missing, build
#   tools/dev.sh deps            only install what is missing (all packages of the above)
#
# Environment:
#   BUILD_DIR     build directory (default: build)
#   SANITIZE_BUILD_DIR  build directory of `sanitize` (default: build-asan)
#   NODEMO_BUILD_DIR    build directory of `nodemo` (default: build-nodemo)
#   CI            when non-empty, warnings are errors (-DLINKUP_WERROR=ON)
#   CLANG_FORMAT  clang-format binary to use (default: clang-format-14, else clang-format)
#
# Works on Debian 12 and Ubuntu 24.04 (packages through apt). Elsewhere it skips
# the package step; see README.md for macOS and Windows.
#
# Written for bash 3.2 as well (macOS /bin/bash): no mapfile, no associative
# arrays, empty arrays expanded with ${a[@]+"${a[@]}"}.
set -euo pipefail

# ---------------------------------------------------------------------------
# Packages (Debian/Ubuntu names). Edit here.
# ---------------------------------------------------------------------------
BASE_PACKAGES=(
    build-essential
    cmake
    ninja-build
    ccache
    pkg-config
    qt6-base-dev
    qt6-base-dev-tools
    libqt6sql6-sqlite
    qt6-tools-dev
    qt6-tools-dev-tools
    qt6-l10n-tools
    qt6-translations-l10n
    qt6-svg-dev
    qtkeychain-qt6-dev
    libgl-dev
    clang-format
)
DEMO_PACKAGES=(
    fonts-noto-core
    fonts-noto-color-emoji
)
# Tests run with QT_QPA_PLATFORM=offscreen; xvfb/xauth are for screenshot scripts.
TEST_PACKAGES=(
    xvfb
    xauth
    fonts-noto-core
)

# The version whose output defines "formatted" (what Debian 12 ships).
REFERENCE_CLANG_FORMAT_MAJOR=14

# Directories whose C++ sources are formatted and checked.
SOURCE_DIRS=(app ui tests fuzz)

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

usage()
{
    cat >&2 <<'EOF'
usage: tools/dev.sh <command> [args]

commands:
  demo [ARGS...]  install missing packages, build, start the app on the built-in
                  demo inbox (ARGS go to linkup-inbox after --demo)
  test            install missing packages, check formatting, build with warnings
                  as errors, run all tests headless (exit status is ctest's)
  sanitize        like test, without the format check, built with AddressSanitizer,
                  LeakSanitizer and UndefinedBehaviorSanitizer (Debug, in build-asan/)
  nodemo          build the app without the demo server (LINKUP_WITH_DEMO=OFF, in
                  build-nodemo/, warnings as errors) and check that it starts
  build           install missing packages, build
  deps            only install missing packages

environment: BUILD_DIR (default: build), SANITIZE_BUILD_DIR (default: build-asan),
             CI (non-empty: warnings are errors), CLANG_FORMAT (clang-format binary)
EOF
}

# ---------------------------------------------------------------------------
# Packages
# ---------------------------------------------------------------------------

# Prints the packages among "$@" that are not installed, one per line.
missing_packages()
{
    local pkg status
    for pkg in "$@"; do
        status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
        if [ "$status" != "install ok installed" ]; then
            printf '%s\n' "$pkg"
        fi
    done
}

# Installs the packages among "$@" that are missing; does nothing (and needs no
# network) when all are there.
ensure_packages()
{
    if ! command -v dpkg-query >/dev/null 2>&1; then
        log "not a Debian/Ubuntu system: skipping package installation."
        log "install Qt 6.4+, CMake, Ninja and"
        log "QtKeychain yourself; see \"Building on macOS\" / \"Building on Windows\" in README.md."
        return 0
    fi

    local wanted=() seen=" " pkg
    for pkg in "$@"; do
        case "$seen" in *" $pkg "*) continue ;; esac
        seen="$seen$pkg "
        wanted+=("$pkg")
    done

    local missing=()
    while IFS= read -r pkg; do
        if [ -n "$pkg" ]; then
            missing+=("$pkg")
        fi
    done < <(missing_packages ${wanted[@]+"${wanted[@]}"})

    if [ "${#missing[@]}" -eq 0 ]; then
        log "all ${#wanted[@]} required packages are installed."
        return 0
    fi

    log "installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "${EUID:-$(id -u)}" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 \
            || die "not root and no sudo; install as root: apt-get install ${missing[*]}"
        sudo=(sudo)
    fi
    ${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update
    ${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

# ---------------------------------------------------------------------------
# Formatting (also used by tools/format.sh, which sources this file)
# ---------------------------------------------------------------------------

# Prints the clang-format binary to use.
find_clang_format()
{
    if [ -n "${CLANG_FORMAT:-}" ]; then
        command -v "$CLANG_FORMAT" >/dev/null 2>&1 || die "CLANG_FORMAT=$CLANG_FORMAT not found"
        printf '%s\n' "$CLANG_FORMAT"
    elif command -v "clang-format-$REFERENCE_CLANG_FORMAT_MAJOR" >/dev/null 2>&1; then
        printf '%s\n' "clang-format-$REFERENCE_CLANG_FORMAT_MAJOR"
    elif command -v clang-format >/dev/null 2>&1; then
        printf '%s\n' clang-format
    else
        die "clang-format not found (apt-get install clang-format)"
    fi
}

# Prints the major version of clang-format binary "$1".
clang_format_major()
{
    "$1" --version 2>/dev/null | sed -n 's/.*clang-format version \([0-9][0-9]*\).*/\1/p' | head -n 1
}

# Prints the C++ files under SOURCE_DIRS, NUL-separated, relative to REPO_ROOT.
# In a git checkout: tracked files plus new files that are not ignored.
list_cpp_files()
{
    cd "$REPO_ROOT"
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        local specs=() dir f
        for dir in "${SOURCE_DIRS[@]}"; do
            specs+=("$dir/*.h" "$dir/*.cpp")
        done
        git ls-files -z --cached --others --exclude-standard -- "${specs[@]}" \
            | while IFS= read -r -d '' f; do
                # Skip files deleted in the work tree but still in the index.
                if [ -f "$f" ]; then
                    printf '%s\0' "$f"
                fi
            done
    else
        local existing=() dir
        for dir in "${SOURCE_DIRS[@]}"; do
            if [ -d "$dir" ]; then
                existing+=("$dir")
            fi
        done
        if [ "${#existing[@]}" -eq 0 ]; then
            return 0
        fi
        find "${existing[@]}" -type f \( -name '*.h' -o -name '*.cpp' \) -print0
    fi
}

# Reads list_cpp_files into the global array CPP_FILES.
collect_cpp_files()
{
    CPP_FILES=()
    local f
    while IFS= read -r -d '' f; do
        CPP_FILES+=("$f")
    done < <(list_cpp_files)
}

check_format()
{
    local cf major
    cf="$(find_clang_format)"
    major="$(clang_format_major "$cf")"
    collect_cpp_files
    if [ "${#CPP_FILES[@]}" -eq 0 ]; then
        log "format check: no C++ files under ${SOURCE_DIRS[*]}"
        return 0
    fi
    log "format check: ${#CPP_FILES[@]} files with $cf (version ${major:-unknown})"

    local bad=() f
    cd "$REPO_ROOT"
    for f in "${CPP_FILES[@]}"; do
        if ! "$cf" --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then
            bad+=("$f")
        fi
    done
    if [ "${#bad[@]}" -eq 0 ]; then
        return 0
    fi

    # Show what differs for the first few, so a CI log says enough on its own.
    local shown=0
    for f in "${bad[@]}"; do
        if [ "$shown" -ge 3 ]; then
            break
        fi
        "$cf" --style=file --dry-run "$f" 2>&1 | head -n 20 >&2 || true
        shown=$((shown + 1))
    done
    printf '\nerror: %d file(s) are not formatted:\n' "${#bad[@]}" >&2
    printf '  %s\n' "${bad[@]}" >&2

    if [ "$major" != "$REFERENCE_CLANG_FORMAT_MAJOR" ] && [ -z "${LINKUP_FORMAT_STRICT:-}" ]; then
        # Different clang-format majors format some constructs differently; the
        # project's formatting is defined by version 14, so do not fail a local
        # test run (e.g. Ubuntu 24.04 ships 18) on those differences.
        printf 'warning: this is clang-format %s, the project formats with %s;\n' \
            "${major:-unknown}" "$REFERENCE_CLANG_FORMAT_MAJOR" >&2
        printf '         not failing (set LINKUP_FORMAT_STRICT=1 to fail anyway).\n' >&2
        printf '         Install clang-format-%s and run tools/format.sh.\n\n' \
            "$REFERENCE_CLANG_FORMAT_MAJOR" >&2
        return 0
    fi
    return 1
}

# ---------------------------------------------------------------------------
# Configure and build
# ---------------------------------------------------------------------------

BUILD_DIR="${BUILD_DIR:-build}"

# configure_and_build WERROR [CMAKE_ARGS...]: WERROR is yes or no; the CMake arguments
# come last, so they win over the defaults here.
configure_and_build()
{
    local werror="$1"
    shift
    cd "$REPO_ROOT"
    local args=(-S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
    if command -v ccache >/dev/null 2>&1; then
        args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    # Only ever switched on here: a tree configured with it keeps it, so that
    # going back and forth between test and demo does not rebuild everything.
    if [ -n "${CI:-}" ] || [ "$werror" = yes ]; then
        args+=(-DLINKUP_WERROR=ON)
    fi
    if [ "$#" -gt 0 ]; then
        args+=("$@")
    fi
    log "cmake ${args[*]}"
    cmake "${args[@]}"
    log "cmake --build $BUILD_DIR --parallel"
    cmake --build "$BUILD_DIR" --parallel
}

# ---------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------

cmd_deps()
{
    ensure_packages "${BASE_PACKAGES[@]}" "${DEMO_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
}

cmd_build()
{
    ensure_packages "${BASE_PACKAGES[@]}"
    configure_and_build no
}

# Exports the environment the tests run in: offscreen, with XDG dirs of their own
# under $BUILD_DIR/test-home (emptied first) and no session bus. Tests must never see
# the user's settings, caches or keychain.
prepare_test_environment()
{
    cd "$REPO_ROOT"
    TEST_HOME="$BUILD_DIR/test-home"
    rm -rf "$TEST_HOME"
    mkdir -p "$TEST_HOME/config" "$TEST_HOME/cache" "$TEST_HOME/data" "$TEST_HOME/runtime"
    chmod 700 "$TEST_HOME/runtime"
    TEST_HOME="$(cd "$TEST_HOME" && pwd)"
    export QT_QPA_PLATFORM=offscreen
    export XDG_CONFIG_HOME="$TEST_HOME/config"
    export XDG_CACHE_HOME="$TEST_HOME/cache"
    export XDG_DATA_HOME="$TEST_HOME/data"
    export XDG_RUNTIME_DIR="$TEST_HOME/runtime"
    # No session bus: a test that reaches for the real keychain fails fast
    # instead of reading or writing the user's secrets.
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$TEST_HOME/runtime/no-session-bus"
}

# Runs every test but the benchmarks in $BUILD_DIR, in that environment; exits with
# ctest's status.
run_tests()
{
    prepare_test_environment
    log "ctest (offscreen, isolated XDG dirs under $TEST_HOME)"
    local status=0
    ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 300 -LE benchmark \
        --no-tests=error || status=$?
    if [ "$status" -ne 0 ]; then
        log "tests failed (ctest exit status $status)"
    fi
    exit "$status"
}

cmd_test()
{
    ensure_packages "${BASE_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    check_format || die "formatting check failed: run tools/format.sh (then review and commit)"
    configure_and_build yes
    run_tests
}

# The same suite built with AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer
# (LINKUP_SANITIZE=ON) in a build directory of its own; the sanitizer options and leak
# suppressions come with the tests (tests/CMakeLists.txt).
cmd_sanitize()
{
    ensure_packages "${BASE_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    BUILD_DIR="${SANITIZE_BUILD_DIR:-build-asan}"
    configure_and_build yes -DCMAKE_BUILD_TYPE=Debug -DLINKUP_SANITIZE=ON
    run_tests
}

# README's "Without the built-in server": the app alone, with no demo server linked. It
# must build, answer --version, and not offer --demo. Nothing else builds that way, so
# code the demo needs but the app must not is only caught here.
cmd_nodemo()
{
    ensure_packages "${BASE_PACKAGES[@]}"
    BUILD_DIR="${NODEMO_BUILD_DIR:-build-nodemo}"
    configure_and_build yes -DLINKUP_WITH_DEMO=OFF -DLINKUP_BUILD_TESTS=OFF
    cd "$REPO_ROOT"
    local app help
    app="$(find_app_binary)" || die "built, but found no linkup-inbox executable under $BUILD_DIR"
    QT_QPA_PLATFORM=offscreen "$app" --version >/dev/null || die "$app --version failed"
    help="$(QT_QPA_PLATFORM=offscreen "$app" --help)" || die "$app --help failed"
    case "$help" in
        *--demo*) die "$app was built without the demo server but offers --demo" ;;
    esac
    log "the app without the demo server builds, starts and offers no --demo"
}

cmd_demo()
{
    ensure_packages "${BASE_PACKAGES[@]}" "${DEMO_PACKAGES[@]}"
    if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        # Checked before building so the message is not lost in build output.
        printf 'error: no DISPLAY or WAYLAND_DISPLAY: the demo needs a desktop session.\n' >&2
        printf '       Run it from a graphical terminal, or without a screen:\n' >&2
        printf '         xvfb-run -a tools/dev.sh demo    (xvfb-run is in package xvfb)\n' >&2
        exit 1
    fi
    configure_and_build no
    cd "$REPO_ROOT"
    local app
    app="$(find_app_binary)" || die "built, but found no linkup-inbox executable under $BUILD_DIR"
    exec "$app" --demo "$@"
}

# Prints the path of the built app. The top of the build dir is where README
# says it is; the others cover a CMake tree that leaves it in its subdirectory
# or makes a macOS bundle.
find_app_binary()
{
    local candidate
    for candidate in \
        "$BUILD_DIR/linkup-inbox" \
        "$BUILD_DIR/app/linkup-inbox" \
        "$BUILD_DIR/linkup-inbox.app/Contents/MacOS/linkup-inbox" \
        "$BUILD_DIR/app/linkup-inbox.app/Contents/MacOS/linkup-inbox"; do
        if [ -f "$candidate" ] && [ -x "$candidate" ]; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 1
}

main()
{
    if [ "$#" -eq 0 ]; then
        usage
        exit 2
    fi
    local cmd="$1"
    shift
    case "$cmd" in
        demo) cmd_demo "$@" ;;
        test) cmd_test ;;
        sanitize) cmd_sanitize ;;
        nodemo) cmd_nodemo ;;
        build) cmd_build ;;
        deps) cmd_deps ;;
        -h | --help | help) usage ;;
        *)
            printf 'error: unknown command: %s\n\n' "$cmd" >&2
            usage
            exit 2
            ;;
    esac
}

# Run only when executed, not when sourced (tools/format.sh sources it).
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    main "$@"
fi
