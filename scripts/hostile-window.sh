#!/usr/bin/env bash
# The real window against a hostile store: the mouse lesson's first picture is replaced,
# in the store, by a 20000 × 20000 PNG (what a pack installed before pictures were
# checked could hold). The release binary must show a placeholder and go on: before,
# uploading that texture aborted the whole program. Drives the window through AT-SPI
# (scripts/drive.py, flow huge-picture) and saves screenshots in OUT_DIR.
#
#   scripts/hostile-window.sh [fr|en] [OUT_DIR]   (needs: xvfb at-spi2-core python3-pyatspi
#                                                   dbus-x11 imagemagick xdotool)
set -euo pipefail
lang=${1:-en}
out=${2:-$(mktemp -d)}
here=$(cd "$(dirname "$0")" && pwd)
bin=${PASSERELLE_BIN:-target/release/passerelle}
data=$(mktemp -d)
mkdir -p "$out"
"$bin" --data-dir "$data" seed --residents 0 --answers-each 0
python3 - "$data/passerelle.sqlite3" <<'PY'
import sqlite3, struct, sys
png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR" + struct.pack(">II", 20000, 20000) + bytes([8, 6, 0, 0, 0])
db = sqlite3.connect(sys.argv[1])
changed = db.execute("UPDATE media SET bytes = ? WHERE pack_id = 'premiers-pas' AND name = 'souris.png'", (png,)).rowcount
db.commit()
assert changed == 1, "no souris.png in the store"
PY
PASSERELLE_DATA="$data" PASSERELLE_BIN="$bin" bash "$here/screenshots.sh" "$lang" "$out" huge-picture
rm -rf "$data"
echo "screenshots in $out"
