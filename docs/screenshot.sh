#!/usr/bin/env bash
# Runs the demo in a virtual X server and saves docs/screenshot.png (light) and
# docs/screenshot-dark.png. Needs a build (tools/dev.sh build) and, on Debian/Ubuntu,
# xvfb, xdotool, imagemagick and the Noto fonts (installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
app="$BUILD_DIR/linkup-inbox"
[ -x "$app" ] || { echo "error: build first (tools/dev.sh build)" >&2; exit 1; }

needed=(xvfb xauth xdotool imagemagick fonts-noto-core fonts-noto-color-emoji)
missing=()
for p in "${needed[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

shoot() { # scheme output
    local home; home=$(mktemp -d)
    XDG_CONFIG_HOME="$home" XDG_CACHE_HOME="$home" LINKUP_COLOR_SCHEME="$1" \
        xvfb-run -a -s '-screen 0 1280x900x24' bash -c '
            "$0" --demo & pid=$!
            win=$(xdotool search --sync --onlyvisible --name "Linkup Inbox")
            sleep 2   # let the first page and the paint settle
            import -window "$win" "$1"
            kill $pid' "$app" "$2"
    rm -rf "$home"
    echo "wrote $2"
}
# First run without an account: the welcome panel, then the connect dialog over it.
shoot_first_run() {
    local home; home=$(mktemp -d)
    XDG_CONFIG_HOME="$home" XDG_CACHE_HOME="$home" LINKUP_COLOR_SCHEME=light \
        xvfb-run -a -s '-screen 0 1280x900x24' bash -c '
            "$0" & pid=$!
            win=$(xdotool search --sync --onlyvisible --name "Linkup Inbox")
            sleep 2
            import -window "$win" docs/welcome.png
            xdotool key --window "$win" Return   # the default button: Connect your account
            dialog=$(xdotool search --sync --onlyvisible --name "Connect your account")
            xdotool type --window "$dialog" "demo-key"
            sleep 1
            import -window root -crop 1100x720+90+90 docs/connect-dialog.png
            kill $pid' "$app"
    rm -rf "$home"
    echo "wrote docs/welcome.png and docs/connect-dialog.png"
}
shoot light docs/screenshot.png
shoot dark docs/screenshot-dark.png
shoot_first_run
