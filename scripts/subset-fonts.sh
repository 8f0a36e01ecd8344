#!/bin/sh
# Makes assets/fonts/*.ttf: the parts of Google's Noto fonts (OFL 1.1) that egui's own
# font (Ubuntu-Light) lacks for the scripts residents write their names in: Vietnamese and
# other stacked Latin accents, Greek and Cyrillic extensions, Arabic and Hebrew.
# Chinese, Japanese, Korean and other large scripts come from the PC's own fonts at run time
# (src/ui/script_fonts.rs). Needs Debian's apt-get and dpkg-deb, and fonttools from PyPI.
set -eu
out="$(cd "$(dirname "$0")/.." && pwd)/assets/fonts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download fonts-noto-core >/dev/null
dpkg-deb -x fonts-noto-core_*.deb noto
noto=noto/usr/share/fonts/truetype/noto
ubuntu=$(ls ~/.cargo/registry/src/*/epaint_default_fonts-*/fonts/Ubuntu-Light.ttf | tail -1)
common="--layout-features=* --no-hinting --desubroutinize --name-IDs=* --notdef-outline"

# Latin, Greek and Cyrillic: only what Ubuntu-Light lacks, with the base letters and the
# combining accents (a letter and its accents are drawn from one font).
python3 - "$ubuntu" "$noto/NotoSans-Regular.ttf" > latin.txt <<'PY'
import sys
from fontTools.ttLib import TTFont
ubuntu = set(TTFont(sys.argv[1]).getBestCmap())
noto = set(TTFont(sys.argv[2]).getBestCmap())
ranges = [(0x20, 0x7E), (0xA0, 0x2FF), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x52F),
          (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x1E00, 0x1EFF), (0x1F00, 0x1FFF),
          (0x2C60, 0x2C7F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F), (0xA720, 0xA7FF),
          (0xAB30, 0xAB6F)]
wanted = {c for a, b in ranges for c in range(a, b + 1)} & noto
keep = {c for c in wanted if c not in ubuntu or 0x20 <= c <= 0x7E or 0x300 <= c <= 0x36F}
print("\n".join("U+%04X" % c for c in sorted(keep)))
PY
# shellcheck disable=SC2086
pyftsubset "$noto/NotoSans-Regular.ttf" --unicodes-file=latin.txt $common \
    --output-file="$out/NotoSans-Scripts.ttf"
# shellcheck disable=SC2086
pyftsubset "$noto/NotoSansArabic-Regular.ttf" $common \
    --unicodes="U+0020,U+00A0,U+0600-06FF,U+0750-077F,U+0870-08FF,U+200C-200F,U+FB50-FDFF,U+FE70-FEFF" \
    --output-file="$out/NotoSansArabic-Subset.ttf"
# shellcheck disable=SC2086
pyftsubset "$noto/NotoSansHebrew-Regular.ttf" $common \
    --unicodes="U+0020,U+00A0,U+0590-05FF,U+200C-200F,U+FB1D-FB4F" \
    --output-file="$out/NotoSansHebrew-Subset.ttf"
ls -l "$out"/*.ttf
