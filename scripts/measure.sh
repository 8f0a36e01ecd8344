#!/usr/bin/env bash
# Whole-process figures under Xvfb with Mesa's software renderer (llvmpipe), for
# Passerelle and for an empty eframe window built from this repository, in the same run:
# time until the window is on screen (Passerelle with a store of 10,000 residents and
# 1,000,000 answers), resident memory after it settles, and CPU used while idle for 10 s. Prints a Markdown table with ratios to the empty window.
#
#   scripts/measure.sh        (needs: xvfb xdotool libgl1-mesa-dri; builds in release)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin passerelle --example empty_window
export LIBGL_ALWAYS_SOFTWARE=1
display=":$(( 200 + RANDOM % 300 ))"
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display
ticks=$(getconf CLK_TCK)

# measure NAME TITLE COMMAND... -> "start_ms rss_kib idle_cpu_percent"
measure() {
  local title=$1; shift
  local start end pid
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 & pid=$!
  xdotool search --sync --onlyvisible --name "^$title\$" >/dev/null
  end=$(date +%s%N)
  sleep 3
  local rss cpu0 cpu1
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  cpu0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  sleep 10
  cpu1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $rss $(awk -v d=$((cpu1 - cpu0)) -v t="$ticks" 'BEGIN {printf "%.2f", 100 * d / t / 10}')"
}

data=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$data"' EXIT
# A store like a busy library PC's: the built-in packs, 10,000 residents with 100
# answers each. A first run takes the day's backup; the measured run starts like any
# later day.
target/release/passerelle seed --data-dir "$data" --residents 10000 --answers-each 100
timeout 60 target/release/passerelle --data-dir "$data" >/dev/null 2>&1 & first=$!
sleep 15; kill $first 2>/dev/null || true; wait $first 2>/dev/null || true

read -r e_start e_rss e_cpu < <(measure EmptyWindow target/release/examples/empty_window)
read -r p_start p_rss p_cpu < <(measure Passerelle target/release/passerelle --data-dir "$data")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f×", a / b }'; }
echo "| measure | empty window | Passerelle | ratio | target |"
echo "|---|---|---|---|---|"
echo "| start to window on screen | ${e_start} ms | ${p_start} ms | $(ratio "$p_start" "$e_start") | ≤ 1.2× |"
echo "| resident memory | $((e_rss / 1024)) MiB | $((p_rss / 1024)) MiB | $(ratio "$p_rss" "$e_rss") | ≤ 1.3× |"
echo "| CPU while idle (10 s) | ${e_cpu} % | ${p_cpu} % | | ≤ 0.5 % |"
