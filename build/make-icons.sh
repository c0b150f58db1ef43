#!/bin/sh
# Regenerates build/icon.png (512×512) and build/icon.ico (16–256) offline.
# Needs ImageMagick 6 (`apt-get install imagemagick`) and the DejaVu fonts.
# Design: "CP" monogram in white serif on guinda (#691C32), a gold rule
# (#BC955C) and two ledger lines — the app's initials over a ledger page.
set -eu
cd "$(dirname "$0")"
CONVERT="${CONVERT:-/usr/bin/convert}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$CONVERT" -size 1024x1024 xc:none \
  -fill '#691C32' -draw "roundrectangle 48,48 975,975 190,190" \
  -font DejaVu-Serif-Bold -pointsize 440 -fill white -gravity center -annotate +0-70 'CP' \
  -fill '#BC955C' -draw "roundrectangle 232,700 792,732 16,16" \
  -fill '#B0667A' -draw "roundrectangle 232,782 792,800 9,9" -draw "roundrectangle 232,850 632,868 9,9" \
  "$tmp/big.png"
"$CONVERT" "$tmp/big.png" -resize 512x512 -strip -depth 8 PNG32:icon.png
"$CONVERT" "$tmp/big.png" -depth 8 -define icon:auto-resize=256,128,64,48,32,24,16 icon.ico
echo "build/icon.png y build/icon.ico listos"
