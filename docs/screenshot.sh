#!/usr/bin/env bash
# Runs the app in a virtual X server (no window manager) and writes the README's
# screenshots into docs/:
#   screenshot.png, screenshot-dark.png  the demo inbox with a conversation open
#   narrow.png, narrow-thread.png        a narrow window: the list, then a thread in its place
#   welcome.png, connect-dialog.png      the first run, and the connect dialog's first step
#   settings.png, shortcuts.png          File › Settings and Help › Keyboard Shortcuts
#   reply.png                            a thread with a reply sent, one not sent, a draft
#   search.png                           a search as typed, with what it searched
#   waiting-on-me.png, waiting-on-them.png  the two views of who is waiting, with how long
#   tray.png                             the tray icon's menu (a tray from trayer)
# Needs a build (tools/dev.sh build) and, on Debian/Ubuntu, xvfb, xdotool, imagemagick
# and the Noto fonts (installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
app="$BUILD_DIR/linkup-inbox"
server="$BUILD_DIR/linkup-demo-server"
[ -x "$app" ] && [ -x "$server" ] || { echo "error: build first (tools/dev.sh build)" >&2; exit 1; }

needed=(xvfb xauth xdotool imagemagick fonts-noto-core fonts-noto-color-emoji trayer)
missing=()
for p in "${needed[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Shared by every session below (run inside the virtual X server).
helpers='
set -euo pipefail
# start ARGS...: starts the app; $pid and $win (the main window) are set.
start() {
    "$APP" "$@" & pid=$!
    win=$(xdotool search --sync --onlyvisible --name "^Linkup Inbox" | head -n 1)
    sleep 2 # the first page, the pictures and the paint settle
}
# window TITLE: the id of the window whose title starts with TITLE, once it shows.
window() { xdotool search --sync --onlyvisible --name "^$1" | head -n 1; }
# keys WIN KEY...: types into WIN. Focus first, then real (XTEST) key presses: Qt ignores
# the modifiers of keys sent to a window with XSendEvent (xdotool key --window).
keys() { xdotool windowfocus --sync "$1"; shift; xdotool key "$@"; }
shot() { import -window "$1" "$2"; echo "wrote $2"; }
finish() { kill "$pid"; wait "$pid" 2>/dev/null || true; }
'

# session SCHEME SCRIPT: runs SCRIPT with a fresh home (no settings, cache or store) and a
# 1280×900 screen; the color scheme is light or dark. A session that hangs (a window that
# never shows) ends after two minutes.
session() {
    local home status=0; home=$(mktemp -d)
    XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" XDG_DATA_HOME="$home/data" \
        LINKUP_COLOR_SCHEME="$1" \
        APP="$app" SERVER="$server" timeout 120 xvfb-run -a -s '-screen 0 1280x900x24' bash -c "$helpers$2" \
        || status=$?
    rm -rf "$home"
    return "$status"
}

# The demo inbox with a conversation open beside the list: a thread loads only for a row
# the user picks, so the arrow keys pick the first row (down and back up).
shoot_inbox() {
    local scheme
    for scheme in light dark; do
        local file=docs/screenshot.png
        [ "$scheme" = light ] || file=docs/screenshot-$scheme.png
        session "$scheme" 'start --demo; keys "$win" Down Up; sleep 2; shot "$win" '"$file"'; finish'
    done
}

# A narrow window shows the list, and the thread in its place (Right arrow; Left goes back).
shoot_narrow() {
    session light '
start --demo
xdotool windowsize "$win" 560 760; sleep 1
shot "$win" docs/narrow.png
keys "$win" Down Right; sleep 2
shot "$win" docs/narrow-thread.png
finish'
}

# Settings and the shortcuts sheet, over the demo.
shoot_dialogs() {
    session light '
start --demo
keys "$win" ctrl+comma
settings=$(window Settings); sleep 1
shot "$settings" docs/settings.png
keys "$settings" Escape; sleep 1
keys "$win" F1
sheet=$(window "Keyboard Shortcuts"); sleep 1
shot "$sheet" docs/shortcuts.png
finish'
}

# First run without an account: the welcome panel, then the connect dialog.
shoot_first_run() {
    session light '
start
shot "$win" docs/welcome.png
keys "$win" Return # the default button: Connect your account
dialog=$(window "Connect your account")
xdotool windowfocus --sync "$dialog"; xdotool type "demo-key"; sleep 1
shot "$dialog" docs/connect-dialog.png
finish'
}

# Replying: the stand-alone server refuses the second message (--refuse-send 2), so the
# thread shows one reply sent and one not sent (with Retry and Edit), and the box a draft.
shoot_reply() {
    session light '
out=$(mktemp)
"$SERVER" --refuse-send 2 >"$out" & server_pid=$!
for _ in $(seq 50); do grep -q "server on" "$out" && break; sleep 0.1; done
base=$(sed -n "s/.*server on \(http[^ ]*\).*/\1/p" "$out" | head -n 1)
export LINKUP_API_KEY=demo-key LINKUP_LOGIN_TOKEN=demo-token
start --api-base "$base"
keys "$win" Down Up; sleep 2
keys "$win" ctrl+r
xdotool type --delay 15 "Sounds good, see you Thursday at 10!"
keys "$win" ctrl+Return; sleep 2
xdotool type --delay 15 "Could you send the deck before the call?"
keys "$win" ctrl+Return; sleep 2
xdotool type --delay 15 "I will bring the pilot plan too"
sleep 2
shot "$win" docs/reply.png
finish
kill "$server_pid"'
}

# Searching as the user types: "/" from the list, then a few letters.
shoot_search() {
    session light '
start --demo
keys "$win" Down Up slash; sleep 1
xdotool type --delay 40 "ma"; sleep 2
shot "$win" docs/search.png
finish'
}

# Who is waiting: Ctrl+5 and Ctrl+6, each with how long, ageing in colour.
shoot_views() {
    session light '
start --demo
keys "$win" ctrl+5; sleep 2
shot "$win" docs/waiting-on-me.png
keys "$win" ctrl+6; sleep 2
shot "$win" docs/waiting-on-them.png
finish'
}

# The tray: trayer gives the virtual screen a system tray; a right click on the icon opens
# its menu, shot with the whole screen.
shoot_tray() {
    session light '
trayer --edge top --align right --widthtype request --height 32 --transparent false & tray_pid=$!
sleep 1
start --demo
tray=$(xdotool search --sync --onlyvisible --class trayer | head -n 1)
eval "$(xdotool getwindowgeometry --shell "$tray")"
xdotool mousemove $((X + 16)) $((Y + 16)) click 3; sleep 1
import -window root -crop 520x240+760+0 docs/tray.png; echo "wrote docs/tray.png"
finish
kill "$tray_pid"'
}

# docs/screenshot.sh [inbox|narrow|dialogs|first_run|reply|search|views|tray]...: all of
# them by default.
[ "$#" -gt 0 ] || set -- inbox narrow dialogs first_run reply search views tray
for name in "$@"; do
    "shoot_$name"
done
