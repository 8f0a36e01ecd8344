#!/usr/bin/env bash
# Builds passerelle.exe for 64-bit Windows from Linux (mingw-w64), installing what a
# fresh machine lacks. Prints the path of the .exe on its last line.
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu
if ! rustup target list --installed | grep -qx "$target"; then
  rustup target add "$target"
fi
if ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq gcc-mingw-w64-x86-64 >/dev/null
fi
cargo build --release --locked --target "$target" --bin passerelle >&2
echo "${CARGO_TARGET_DIR:-target}/$target/release/passerelle.exe"
