#!/usr/bin/env bash
# Proves the Debian package on this machine: builds the app (Release, no tests) in its
# own build directory, makes the DEB with CPack, installs it with apt, runs the
# installed app (--version, then the demo under Xvfb for a screenshot), validates the
# installed desktop entry and AppStream metadata, checks the icons, then removes the
# package and checks that nothing of it is left. Exits non-zero on the first failure.
#
#   packaging/linux/test-deb.sh [--screenshot PATH]
#
# Environment:
#   DEB_BUILD_DIR        build directory (default: build-deb)
#   LINKUP_DEB_SCREENSHOT  where to write the screenshot of the installed demo
#                        (default: $DEB_BUILD_DIR/installed-demo.png); --screenshot wins,
#                        e.g. --screenshot docs/installed-demo.png
#   DEMO_SECONDS         how long the demo runs before the screenshot (default: 6)
#
# Debian 12 / Ubuntu 24.04, as root or with sudo (apt installs and removes the
# package). Installs what is missing of the build packages (tools/dev.sh) and of:
# dpkg-dev xvfb xauth imagemagick desktop-file-utils appstream fonts-noto-core.
# Refuses to run when linkup-inbox is already installed, so it never replaces or
# removes an installation it did not make.
set -euo pipefail

# Build packages and ensure_packages() come from the developer script.
# shellcheck source=../../tools/dev.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/tools/dev.sh"

TEST_DEB_PACKAGES=(dpkg-dev xvfb xauth imagemagick desktop-file-utils appstream fonts-noto-core)
APP_ID=io.linkup.Inbox
PACKAGE=linkup-inbox
ICON_SIZES=(16 22 24 32 48 64 128 256 512)

started=$SECONDS
step() { printf '\n==> [%3ds] %s\n' "$((SECONDS - started))" "$*" >&2; }
fail() { printf '\nFAIL: %s\n' "$*" >&2; exit 1; }

screenshot="${LINKUP_DEB_SCREENSHOT:-}"
while [ "$#" -gt 0 ]; do
    case "$1" in
        --screenshot) [ "$#" -ge 2 ] || fail "--screenshot needs a path"; screenshot="$2"; shift 2 ;;
        -h | --help) sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) fail "unknown argument: $1 (see --help)" ;;
    esac
done

cd "$REPO_ROOT"
build="${DEB_BUILD_DIR:-build-deb}"
case "$build" in /*) ;; *) build="$REPO_ROOT/$build" ;; esac
screenshot="${screenshot:-$build/installed-demo.png}"
case "$screenshot" in /*) ;; *) screenshot="$REPO_ROOT/$screenshot" ;; esac

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || fail "not root and no sudo: apt must install the package"
    sudo=(sudo)
fi
apt_get() { ${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get "$@"; }

if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "ok installed"; then
    fail "$PACKAGE is already installed; remove it first (sudo apt-get remove $PACKAGE)"
fi
[ ! -e /usr/bin/linkup-inbox ] || fail "/usr/bin/linkup-inbox exists but belongs to no $PACKAGE package"

step "packages"
ensure_packages "${BASE_PACKAGES[@]}" "${TEST_DEB_PACKAGES[@]}"

step "build (Release, tests off) in $build"
args=(-S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLINKUP_BUILD_TESTS=OFF)
if command -v ccache >/dev/null 2>&1; then
    args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake "${args[@]}" || fail "cmake configure failed"
cmake --build "$build" --parallel || fail "build failed"
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"
echo "version $version"

step "cpack -G DEB"
rm -f "$build/${PACKAGE}_"*.deb
(cd "$build" && cpack -G DEB) || fail "cpack -G DEB failed"
debs=("$build/${PACKAGE}_${version}_"*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no ${PACKAGE}_${version}_*.deb in $build"
deb="${debs[0]}"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
if dpkg-deb --contents "$deb" | grep -E 'tst_|bench_|demo-server'; then
    fail "the package holds test or developer executables (above)"
fi

# From here on, a failure must not leave the package installed.
installed=no
cleanup()
{
    if [ "$installed" = yes ]; then
        printf '==> removing %s after a failure\n' "$PACKAGE" >&2
        apt_get remove -y "$PACKAGE" >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

step "apt-get install $deb"
installed=yes
# Recommends (qt6-wayland) stay out: what must work is what Depends brings.
apt_get install -y --no-install-recommends "$deb" || fail "apt-get install of the DEB failed"
[ "$(dpkg-query -W -f='${Version}' "$PACKAGE")" = "$version" ] \
    || fail "installed version is not $version"
files="$(dpkg -L "$PACKAGE")"

step "installed files"
[ -x /usr/bin/linkup-inbox ] || fail "/usr/bin/linkup-inbox is not installed"
desktop=/usr/share/applications/$APP_ID.desktop
metainfo=/usr/share/metainfo/$APP_ID.metainfo.xml
[ -f "$desktop" ] || fail "$desktop is not installed"
[ -f "$metainfo" ] || fail "$metainfo is not installed"
for size in "${ICON_SIZES[@]}"; do
    icon=/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png
    [ -f "$icon" ] || fail "$icon is not installed"
    geometry="$(identify -format '%wx%h' "$icon")"
    [ "$geometry" = "${size}x${size}" ] || fail "$icon is $geometry, not ${size}x${size}"
done
[ -f /usr/share/icons/hicolor/scalable/apps/$APP_ID.svg ] || fail "the scalable icon is not installed"
echo "binary, desktop entry, metainfo, ${#ICON_SIZES[@]} PNG icons and the SVG are in place"

step "desktop-file-validate and appstreamcli validate --no-net (installed files)"
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net $metainfo"
grep -q "<release version=\"$version\"" "$metainfo" \
    || fail "$metainfo has no <release version=\"$version\">"

# The app must never see the user's settings, caches or keychain.
home="$(mktemp -d)"
trap 'rm -rf "$home"; cleanup' EXIT
mkdir -p "$home/config" "$home/cache" "$home/data" "$home/runtime"
chmod 700 "$home/runtime"
run_isolated()
{
    env XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
        XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/runtime" \
        DBUS_SESSION_BUS_ADDRESS="unix:path=$home/runtime/no-session-bus" "$@"
}

step "/usr/bin/linkup-inbox --version"
# offscreen: the app creates its QApplication before it reads the command line, so
# even --version needs a platform plugin.
out="$(run_isolated QT_QPA_PLATFORM=offscreen /usr/bin/linkup-inbox --version)" \
    || fail "linkup-inbox --version exited with an error"
echo "$out"
case "$out" in *"$version"*) ;; *) fail "--version printed \"$out\", not the version $version" ;; esac

step "installed demo under Xvfb, screenshot after ${DEMO_SECONDS:-6} s"
mkdir -p "$(dirname "$screenshot")"
rm -f "$screenshot"
# shellcheck disable=SC2016 # the inner script expands its own arguments
run_isolated xvfb-run -a -s '-screen 0 1280x900x24' bash -c '
    /usr/bin/linkup-inbox --demo >"$2/demo.log" 2>&1 & pid=$!
    sleep "$1"
    kill -0 "$pid" 2>/dev/null || { echo "the demo exited early:" >&2; cat "$2/demo.log" >&2; exit 1; }
    import -window root "$3" || exit 1
    kill "$pid"
    wait "$pid" 2>/dev/null || true' _ "${DEMO_SECONDS:-6}" "$home" "$screenshot" \
    || fail "the installed demo did not run (see above)"
[ -s "$screenshot" ] || fail "no screenshot written to $screenshot"
spread="$(convert "$screenshot" -colorspace Gray -format '%[fx:standard_deviation]' info:)"
awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' \
    || fail "the screenshot $screenshot is blank (standard deviation $spread)"
echo "wrote $screenshot"

step "apt-get remove $PACKAGE"
apt_get remove -y "$PACKAGE" || fail "apt-get remove $PACKAGE failed"
installed=no
if dpkg -L "$PACKAGE" >/dev/null 2>&1; then
    fail "dpkg -L $PACKAGE still lists the package after removal"
fi
[ ! -e /usr/bin/linkup-inbox ] || fail "/usr/bin/linkup-inbox is still there after removal"
left=()
while IFS= read -r f; do
    if [ -n "$f" ] && [ -f "$f" ]; then
        left+=("$f")
    fi
done <<<"$files"
[ "${#left[@]}" -eq 0 ] || fail "files of the package left after removal: ${left[*]}"
echo "nothing of $PACKAGE is left"

step "all checks passed in $((SECONDS - started)) s ($deb)"
