#!/usr/bin/env bash
# Makes the Windows distributable: dist/passerelle-windows.zip with passerelle.exe, a
# bilingual read-me, and a "portable" folder variant (the marker file that keeps all data
# beside the program, for a USB key or a PC wiped every night). Prints the zip's size.
set -euo pipefail
cd "$(dirname "$0")/.."
exe=$(scripts/windows-build.sh | tail -n 1)
command -v zip >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq zip >/dev/null; }
out=dist/passerelle-windows
rm -rf "$out" "$out.zip"
mkdir -p "$out/portable"
cp "$exe" "$out/passerelle.exe"
cp "$exe" "$out/portable/passerelle.exe"
# Windows line endings, so that every version of Notepad shows the lines.
sed 's/$/\r/' scripts/windows/LISEZ-MOI.txt > "$out/LISEZ-MOI.txt"
: > "$out/portable/passerelle-portable.txt"
(cd dist && zip -qr9 passerelle-windows.zip passerelle-windows)
size=$(stat -c %s "$out.zip")
echo "dist/passerelle-windows.zip: $((size / 1024 / 1024)) MiB ($size bytes; target under 30 MB)"
