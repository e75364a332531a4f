#!/usr/bin/env bash
# Makes every icon file from visitdesk.svg. Needs rsvg-convert (librsvg2-bin), ImageMagick's convert (imagemagick)
# and png2icns (icnsutils):  sudo apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" visitdesk.svg -o "visitdesk-$s.png"
done
# Windows: one .ico holding the sizes Explorer and the start menu use.
/usr/bin/convert visitdesk-16.png visitdesk-24.png visitdesk-32.png visitdesk-48.png visitdesk-64.png \
  visitdesk-128.png visitdesk-256.png visitdesk.ico
# macOS: png2icns takes the sizes the .icns format knows.
png2icns visitdesk.icns visitdesk-16.png visitdesk-32.png visitdesk-48.png visitdesk-128.png visitdesk-256.png \
  visitdesk-512.png >/dev/null
# Linux installers and the window icon use the 256 px picture.
cp visitdesk-256.png visitdesk.png
cp visitdesk-256.png ../../src/main/resources/org/visitdesk/ui/visitdesk.png
