#!/usr/bin/env bash
# The real window at 200 % text and high contrast, as a low-vision resident meets it:
# starts the release binary under Xvfb with the accessibility bus on, at 1280×800 and
# 1366×768 (common library screens), drives it by accessible names (scripts/drive.py,
# flow `feedback-200`) and checks from AT-SPI extents that a question's prompt, answers
# and "Check" are in view when it opens, that its whole feedback after a wrong answer (the
# right answer, why the choice picked is wrong, the explanation, "saved") is in view after
# "Check", and that the focus is then on "Next". Then, on the 1366×768 screen, the heavier
# screens: a quiz's summary, the idle warning, a resident's report, the pack editor, the
# attestations' controls (a workshop's PDF saved there checks VALID), a whole procedure
# on the pretend portal (in both languages), the leaders' "Library network" part, and a
# resident's "My card at other sites" on a PC on a network, and the leaders' "How each
# question goes" on a store of residents sharing answers; and the live room of a
# workshop on a real PostgreSQL. Run by .ci/run.
#
#   scripts/window-check.sh [OUT_DIR]     (needs the release binary and the packages of
#                                          scripts/screenshots.sh)
set -euo pipefail
out=${1:-$(mktemp -d)}
here=$(cd "$(dirname "$0")" && pwd)
# check SCREEN LANG FLOW [DATA_DIR]: runs one flow of scripts/drive.py in the real window
# (on DATA_DIR's store, or a new one), and stops the check when it fails.
check() {
  PASSERELLE_DATA=${4:-} SCREEN=$1 bash "$here/screenshots.sh" "$2" "$out" "$3" 2>&1 | grep -v '^dbus-daemon' || {
    echo "window check $3 failed at $1 in $2 (screenshots in $out)" >&2
    exit 1
  }
}
for screen in 1280x800 1366x768; do
  for lang in fr en; do
    echo "== $screen, $lang"
    check "$screen" "$lang" feedback-200
  done
done
# The heavier screens, on the 1366×768 screen (the shorter one): a lesson's summary, the
# idle warning (on a store whose session time is one minute, so that it shows at once), a
# resident's report and the pack editor, and the attestations' controls with a workshop's
# PDF checked by the command line.
bin=${PASSERELLE_BIN:-target/release/passerelle}
# In French only, whose words are the longer (English is checked on the same screens by
# kittest): a few minutes of CI.
for lang in fr; do
  for flow in summary-200 idle-200 leaders-200 attestations-200 sources-200 new-lessons-200 portal-200 \
    network-200 my-card-200 questions-200; do
    echo "== 1366x768, $lang, $flow"
    data=""
    if [ "$flow" = idle-200 ]; then
      data=$(mktemp -d)
      "$bin" seed --data-dir "$data" --residents 0 --answers-each 0 >/dev/null
      python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute(\"INSERT INTO setting (key, value) VALUES ('session_timeout_minutes', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value\"); db.commit()" "$data/passerelle.sqlite3"
    fi
    if [ "$flow" = my-card-200 ]; then
      # A PC on a library network (its site known; no server needed to draw the choice).
      data=$(mktemp -d)
      "$bin" seed --data-dir "$data" --residents 0 --answers-each 0 >/dev/null
      python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute(\"INSERT INTO setting (key, value) VALUES ('network.site', 'mediatheque-zola')\"); db.commit()" "$data/passerelle.sqlite3"
    fi
    if [ "$flow" = questions-200 ]; then
      # Residents who share their answers, for the counts to show.
      data=$(mktemp -d)
      "$bin" seed --data-dir "$data" --residents 20 --answers-each 10 >/dev/null
    fi
    check 1366x768 "$lang" "$flow" "$data"
    if [ -n "$data" ]; then rm -rf "$data"; fi
  done
done
# The live room, in both languages: an agent's PC on a real PostgreSQL (the tests' cluster
# when .ci/run started one, else a throw-away one here), prepared by Passerelle's own code
# (examples/live_room_data.rs): today's workshop run at another site, its members in
# lessons right now, one after three wrong answers in a row.
pg_dir=""
pg_url=${PASSERELLE_TEST_PG:-}
if [ -z "$pg_url" ] && started=$(bash "$here/test-postgres.sh"); then
  pg_url=$(tail -1 <<<"$started")
  pg_dir=$(tail -2 <<<"$started" | head -1)
fi
if [ -z "$pg_url" ]; then
  if [ -n "${CI:-}" ]; then
    echo "window check live-200: no PostgreSQL in CI" >&2
    exit 1
  fi
  echo "SKIPPED (no PostgreSQL here): window check live-200" >&2
else
  cargo build --release --quiet --locked --example live_room_data
  for lang in fr en; do
    echo "== 1366x768, $lang, live-200"
    data=$(mktemp -d)
    target/release/examples/live_room_data "$pg_url" "$data"
    check 1366x768 "$lang" live-200 "$data"
    rm -rf "$data"
  done
  if [ -n "$pg_dir" ]; then bash "$here/test-postgres.sh" stop "$pg_dir"; fi
fi
# A whole procedure on the pretend portal in English too: its words and the phone's
# place differ.
echo "== 1366x768, en, portal-200"
check 1366x768 en portal-200
echo "the real window holds at 200 % on both screens (screenshots in $out)"
