#!/usr/bin/env bash
# The real window at 200 % text and high contrast, as a low-vision resident meets it:
# starts the release binary under Xvfb with the accessibility bus on, at 1280×800 and
# 1366×768 (common library screens), drives it by accessible names (scripts/drive.py,
# flow `feedback-200`) and checks from AT-SPI extents that a question's prompt, answers
# and "Check" are in view when it opens, that its whole feedback after a wrong answer (the
# right answer, why the choice picked is wrong, the explanation, "saved") is in view after
# "Check", and that the focus is then on "Next". Run by .ci/run.
#
#   scripts/window-check.sh [OUT_DIR]     (needs the release binary and the packages of
#                                          scripts/screenshots.sh)
set -euo pipefail
out=${1:-$(mktemp -d)}
here=$(cd "$(dirname "$0")" && pwd)
for screen in 1280x800 1366x768; do
  for lang in fr en; do
    echo "== $screen, $lang"
    SCREEN=$screen bash "$here/screenshots.sh" "$lang" "$out" feedback-200 2>&1 | grep -v '^dbus-daemon' || {
      echo "window check failed at $screen in $lang (screenshots in $out)" >&2
      exit 1
    }
  done
done
echo "the real window holds at 200 % on both screens (screenshots in $out)"
