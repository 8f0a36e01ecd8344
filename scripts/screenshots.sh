#!/usr/bin/env bash
# Takes the README's screenshots from the real release binary: starts it under Xvfb with
# the accessibility bus on, then drives it by accessible names (scripts/drive.py), as a
# screen reader user would, saving a screenshot at each named point.
#
#   scripts/screenshots.sh [fr|en] [OUT_DIR] [readme|activities|leaders|path|editor|huge-picture]
#   (PASSERELLE_DATA=DIR runs on that data folder instead of a new one; SCREEN=1366x768
#   another screen size than 1280x800)      (needs: xvfb at-spi2-core python3-pyatspi
#                                                   dbus-x11 imagemagick xdotool)
set -euo pipefail
lang=${1:-fr}
out=${2:-assets/screenshots}
flow=${3:-readme}
here=$(cd "$(dirname "$0")" && pwd)
bin=${PASSERELLE_BIN:-target/release/passerelle}
made=""
if [ -n "${PASSERELLE_DATA:-}" ]; then data=$PASSERELLE_DATA; else data=$(mktemp -d); made=$data; fi
mkdir -p "$out"
display=":$(( 200 + RANDOM % 300 ))"
export SCREEN=${SCREEN:-1280x800}
Xvfb "$display" -noreset -screen 0 "${SCREEN}x24" >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; if [ -n "$made" ]; then rm -rf "$made"; fi' EXIT
sleep 1
export DISPLAY=$display
# The data folder, for flows that check what the window saved with the command line.
export DRIVE_DATA=$data
export PASSERELLE_BIN=$bin
dbus-run-session -- bash -c '
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
  sleep 1
  busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status IsEnabled b true
  busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status ScreenReaderEnabled b true
  "$0" --data-dir "$1" >/dev/null 2>&1 &
  app=$!
  sleep 4
  /usr/bin/python3 "$2" "$3" "$4" "$5"
  status=$?
  kill -0 $app 2>/dev/null || { echo "passerelle is no longer running" >&2; exit 1; }
  kill $app
  exit $status
' "$bin" "$data" "$here/drive.py" "$lang" "$out" "$flow"
