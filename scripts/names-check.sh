#!/usr/bin/env bash
# Residents' names in eight scripts in the real window: puts them in a new store, starts
# the release binary under Xvfb with the accessibility bus on, and checks through AT-SPI
# that every card and the header read each name as typed (scripts/drive.py, flow `names`).
# The screenshots show how they are drawn. Run by .ci/run.
#
#   scripts/names-check.sh [OUT_DIR]    (needs the release binary, the packages of
#                                        scripts/screenshots.sh, and the PC's CJK fonts)
set -euo pipefail
out=${1:-$(mktemp -d)}
here=$(cd "$(dirname "$0")" && pwd)
bin=${PASSERELLE_BIN:-target/release/passerelle}
for lang in fr en; do
  data=$(mktemp -d)
  "$bin" seed --data-dir "$data" --residents 0 --answers-each 0 >/dev/null
  python3 - "$data/passerelle.sqlite3" "$here/names.txt" <<'PY'
import sqlite3, sys, time, uuid
names = open(sys.argv[2], encoding="utf-8").read().split("\n")[:-1]
db = sqlite3.connect(sys.argv[1])
now = int(time.time() * 1000)
for i, name in enumerate(names):
    db.execute("INSERT INTO resident (uid, name, colour, symbol, language, created_at, last_seen_at)"
               " VALUES (?, ?, 'green', 'heart', 'fr', ?, ?)", (str(uuid.uuid4()), name, now - i, now - i))
db.commit()
PY
  echo "== $lang"
  PASSERELLE_DATA=$data bash "$here/screenshots.sh" "$lang" "$out" names 2>&1 | grep -v '^dbus-daemon' || {
    echo "names check failed in $lang (screenshots in $out)" >&2
    exit 1
  }
  rm -rf "$data"
done
