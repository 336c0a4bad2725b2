#!/usr/bin/env bash
# Renders every raster copy of the Linkup Inbox icon from the two SVG sources:
#   hicolor/<N>x<N>/apps/io.linkup.Inbox.png  (Linux desktop icon and the window icon)
#   ../../windows/io.linkup.Inbox.ico           (Windows: executable and installer)
#   ../../macos/io.linkup.Inbox.icns            (macOS: the .app bundle)
# The 16 px PNG comes from io.linkup.Inbox-16.svg (drawn on a 16 px grid to stay
# sharp), all others from hicolor/scalable/apps/io.linkup.Inbox.svg. The outputs are
# committed; run this again after changing either SVG, look at the results, commit.
#
# Needs (Debian/Ubuntu): librsvg2-bin (rsvg-convert), imagemagick (convert),
# icnsutils (png2icns).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
packaging="$(cd "$here/../.." && pwd)"
id=io.linkup.Inbox
scalable="$here/hicolor/scalable/apps/$id.svg"
small="$here/$id-16.svg"

for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "error: $tool not found (apt-get install librsvg2-bin imagemagick icnsutils)" >&2
        exit 1
    }
done

png() { printf '%s/hicolor/%sx%s/apps/%s.png' "$here" "$1" "$1" "$id"; }

for size in 16 22 24 32 48 64 128 256 512; do
    source="$scalable"
    if [ "$size" -eq 16 ]; then
        source="$small"
    fi
    mkdir -p "$(dirname "$(png "$size")")"
    rsvg-convert --width "$size" --height "$size" --format png --output "$(png "$size")" "$source"
    echo "wrote $(png "$size")"
done

# -strip keeps ImageMagick's timestamps out, so an unchanged icon gives the same file.
ico_sources=()
for size in 16 24 32 48 64 128 256; do
    ico_sources+=("$(png "$size")")
done
convert "${ico_sources[@]}" -strip "$packaging/windows/$id.ico"
echo "wrote $packaging/windows/$id.ico"

icns_sources=()
for size in 16 32 48 128 256 512; do
    icns_sources+=("$(png "$size")")
done
png2icns "$packaging/macos/$id.icns" "${icns_sources[@]}" >/dev/null
echo "wrote $packaging/macos/$id.icns"
