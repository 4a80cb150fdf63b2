#!/usr/bin/env bash
# Renders the app icon from assets/icons/kanbao.svg: PNGs 16-512, kanbao.ico (Windows), kanbao.icns (macOS).
# Needs Debian packages librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/.."
src=assets/icons/kanbao.svg
out=assets/icons
for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" "$src" -o "$out/kanbao-$s.png"
done
convert "$out"/kanbao-{16,24,32,48,64,128,256}.png "$out/kanbao.ico"
png2icns "$out/kanbao.icns" "$out"/kanbao-{16,32,48,128,256,512}.png >/dev/null
ls -l "$out"
