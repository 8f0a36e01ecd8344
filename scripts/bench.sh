#!/usr/bin/env bash
# `passerelle bench` with the library network's figures: builds in release, starts a
# throw-away PostgreSQL on this PC (scripts/test-postgres.sh, which installs Debian's
# postgresql when it is missing), runs every measure and prints the table, then stops
# the server. Without PostgreSQL (PASSERELLE_PG_NO_INSTALL=1 and none installed) it
# says so and measures the rest.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin passerelle
if out=$(bash scripts/test-postgres.sh); then
  dir=$(tail -2 <<<"$out" | head -1)
  url=$(tail -1 <<<"$out")
  trap 'bash scripts/test-postgres.sh stop "$dir"' EXIT
  target/release/passerelle bench --network "$url"
else
  echo "NETWORK NOT MEASURED: no PostgreSQL here" >&2
  target/release/passerelle bench
fi
