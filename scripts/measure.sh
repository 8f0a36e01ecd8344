#!/usr/bin/env bash
# Whole-process figures under Xvfb with Mesa's software renderer (llvmpipe), for
# Passerelle and for an empty eframe window built from this repository, in the same run:
# time until the window is on screen (Passerelle with a store of 10,000 residents and
# 1,000,000 answers) and resident memory after it settles, as medians of RUNS (default
# 7) alternating runs of each; CPU used while idle for 10 s, in the first run. Prints a
# Markdown table with ratios to the empty window.
#
#   scripts/measure.sh   (or RUNS=11 scripts/measure.sh; NAMES=1 puts names in eight
#   scripts on the profile screen; needs: xvfb xdotool libgl1-mesa-dri; builds in release)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin passerelle --example empty_window
export LIBGL_ALWAYS_SOFTWARE=1
display=":$(( 200 + RANDOM % 300 ))"
# -noreset: a resetting Xvfb refuses connections for a moment after each client leaves,
# which would make every run but the first wait on the server, not on the program.
Xvfb "$display" -screen 0 1280x800x24 -noreset >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display
ticks=$(getconf CLK_TCK)
runs=${RUNS:-7}

# measure IDLE TITLE COMMAND... -> "start_ms rss_kib idle_cpu_percent" (CPU only when
# IDLE is 1: it takes 10 s a run)
measure() {
  local idle=$1 title=$2; shift 2
  local start end pid
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 & pid=$!
  # Polled every 5 ms: `xdotool search --sync` looks only every 500 ms, coarser than
  # what is measured.
  until xdotool search --onlyvisible --name "^$title\$" >/dev/null 2>&1; do sleep 0.005; done
  end=$(date +%s%N)
  sleep 3
  local rss cpu0 cpu1 cpu=-
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  if [ "$idle" = 1 ]; then
    cpu0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    sleep 10
    cpu1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    cpu=$(awk -v d=$((cpu1 - cpu0)) -v t="$ticks" 'BEGIN {printf "%.2f", 100 * d / t / 10}')
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  sleep 1
  echo "$(( (end - start) / 1000000 )) $rss $cpu"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

data=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$data"' EXIT
# A store like a busy library PC's: the built-in packs, 10,000 residents with 100
# answers each. A first run takes the day's backup; the measured run starts like any
# later day.
target/release/passerelle seed --data-dir "$data" --residents 10000 --answers-each 100
if [ -n "${NAMES:-}" ]; then
  # NAMES=1: the most recent cards have names in eight scripts (scripts/names.txt), so
  # that the profile screen draws Vietnamese, Arabic, Hebrew, Chinese, Japanese and
  # Korean: the bundled fonts and the PC's own are loaded.
  python3 - "$data/passerelle.sqlite3" scripts/names.txt <<'PY'
import sqlite3, sys, time, uuid
names = open(sys.argv[2], encoding="utf-8").read().split("\n")[:-1]
db = sqlite3.connect(sys.argv[1])
now = int(time.time() * 1000) + 60_000
for i, name in enumerate(names):
    db.execute("INSERT INTO resident (uid, name, colour, symbol, language, created_at, last_seen_at)"
               " VALUES (?, ?, 'green', 'heart', 'fr', ?, ?)", (str(uuid.uuid4()), name, now - i, now - i))
db.commit()
PY
fi
timeout 60 target/release/passerelle --data-dir "$data" >/dev/null 2>&1 & first=$!
sleep 15; kill $first 2>/dev/null || true; wait $first 2>/dev/null || true

# The two programs take turns, and which goes first alternates, so that a slower or
# busier moment of the machine weighs on both alike; the medians are compared.
e_starts=() e_rsses=() p_starts=() p_rsses=() e_cpu=- p_cpu=-
empty=(target/release/examples/empty_window)
ours=(target/release/passerelle --data-dir "$data")
for run in $(seq 1 "$runs"); do
  idle=$([ "$run" = 1 ] && echo 1 || echo 0)
  for who in $([ $((run % 2)) = 1 ] && echo "e p" || echo "p e"); do
    if [ "$who" = e ]; then
      read -r start rss cpu < <(measure "$idle" EmptyWindow "${empty[@]}")
      e_starts+=("$start"); e_rsses+=("$rss"); [ "$idle" = 1 ] && e_cpu=$cpu
    else
      read -r start rss cpu < <(measure "$idle" Passerelle "${ours[@]}")
      p_starts+=("$start"); p_rsses+=("$rss"); [ "$idle" = 1 ] && p_cpu=$cpu
    fi
  done
done
e_start=$(printf '%s\n' "${e_starts[@]}" | median); p_start=$(printf '%s\n' "${p_starts[@]}" | median)
e_rss=$(printf '%s\n' "${e_rsses[@]}" | median); p_rss=$(printf '%s\n' "${p_rsses[@]}" | median)
echo "Runs: $runs each, alternating. Start (ms), empty window: ${e_starts[*]}; Passerelle: ${p_starts[*]}"
echo

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f×", a / b }'; }
echo "| measure | empty window | Passerelle | ratio | target |"
echo "|---|---|---|---|---|"
echo "| start to window on screen (median) | ${e_start} ms | ${p_start} ms | $(ratio "$p_start" "$e_start") | ≤ 1.2× |"
echo "| resident memory (median) | $((e_rss / 1024)) MiB | $((p_rss / 1024)) MiB | $(ratio "$p_rss" "$e_rss") | ≤ 1.3× |"
echo "| CPU while idle (10 s) | ${e_cpu} % | ${p_cpu} % | | ≤ 0.5 % |"
