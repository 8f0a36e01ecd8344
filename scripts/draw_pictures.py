#!/usr/bin/env python3
"""Draws the pictures of the built-in "premiers-pas" pack (original, CC-BY-SA-4.0).

Run from the repository root: python3 scripts/draw_pictures.py  (needs Pillow).
The pictures carry no text, so they suit both languages.
"""
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path("lessons/01-premiers-pas/media")
INK = (30, 30, 30)
BODY = (235, 235, 240)
ACCENT = (31, 78, 153)
WARM = (168, 74, 0)
BG = (255, 255, 255)


def mouse():
    img = Image.new("RGB", (480, 360), BG)
    d = ImageDraw.Draw(img)
    # cable
    d.line([(240, 10), (240, 40), (250, 70)], fill=INK, width=6)
    # body
    d.rounded_rectangle([150, 60, 330, 340], radius=90, fill=BODY, outline=INK, width=6)
    # left button highlighted
    d.pieslice([150, 60, 330, 240], 180, 270, fill=ACCENT, outline=INK, width=6)
    d.rectangle([150 + 3, 150, 240, 150], fill=INK)
    # split line between buttons
    d.line([(240, 63), (240, 150)], fill=INK, width=6)
    d.line([(153, 150), (327, 150)], fill=INK, width=6)
    # wheel
    d.rounded_rectangle([228, 90, 252, 135], radius=10, fill=(120, 120, 120), outline=INK, width=4)
    # pointer arrow, to the side
    arrow = [(380, 120), (380, 230), (405, 205), (425, 250), (440, 243), (420, 198), (455, 198)]
    d.polygon(arrow, fill=BG, outline=INK, width=5)
    img.save(OUT / "souris.png", optimize=True)


def keyboard():
    img = Image.new("RGB", (640, 260), BG)
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([10, 10, 630, 250], radius=18, fill=BODY, outline=INK, width=5)
    key, gap, top, left = 40, 8, 30, 28
    rows = [11, 11, 10, 10]
    for r, count in enumerate(rows):
        y = top + r * (key + gap)
        x0 = left + r * 14
        for c in range(count):
            x = x0 + c * (key + gap)
            d.rounded_rectangle([x, y, x + key, y + key], radius=6, fill=BG, outline=INK, width=3)
    # Backspace (top right), arrow pointing left
    y = top
    x = left + 11 * (key + gap)
    d.rounded_rectangle([x, y, 610, y + key], radius=6, fill=WARM, outline=INK, width=3)
    d.line([(x + 12, y + 20), (600, y + 20)], fill=BG, width=5)
    d.polygon([(x + 8, y + 20), (x + 22, y + 10), (x + 22, y + 30)], fill=BG)
    # Enter (right of rows 2-3), bent arrow
    y = top + (key + gap)
    x = left + 14 + 11 * (key + gap)
    d.rounded_rectangle([x, y, 610, y + 2 * key + gap], radius=6, fill=ACCENT, outline=INK, width=3)
    d.line([(x + 40, y + 20), (x + 40, y + 60), (x + 12, y + 60)], fill=BG, width=5)
    d.polygon([(x + 6, y + 60), (x + 18, y + 50), (x + 18, y + 70)], fill=BG)
    # Shift (left of bottom row), arrow pointing up
    y = top + 3 * (key + gap)
    d.rounded_rectangle([18, y, left + 42 - gap, y + key], radius=6, fill=ACCENT, outline=INK, width=3)
    cx = (18 + left + 42 - gap) // 2
    d.polygon([(cx, y + 6), (cx - 12, y + 22), (cx - 5, y + 22), (cx - 5, y + 34), (cx + 5, y + 34), (cx + 5, y + 22), (cx + 12, y + 22)], fill=BG)
    # space bar
    y = top + 4 * (key + gap)
    d.rounded_rectangle([170, y, 470, y + 30], radius=6, fill=WARM, outline=INK, width=3)
    img.save(OUT / "clavier.png", optimize=True)


def window():
    img = Image.new("RGB", (560, 360), (200, 215, 230))
    d = ImageDraw.Draw(img)
    d.rectangle([30, 30, 530, 330], fill=BG, outline=INK, width=5)
    d.rectangle([30, 30, 530, 80], fill=BODY, outline=INK, width=5)
    # a title, drawn as a bar so the picture works in both languages
    d.rounded_rectangle([50, 48, 200, 62], radius=7, fill=(120, 120, 120))
    # minimise
    d.rectangle([380, 38, 420, 72], fill=BG, outline=INK, width=3)
    d.line([(390, 62), (410, 62)], fill=INK, width=4)
    # maximise
    d.rectangle([428, 38, 468, 72], fill=BG, outline=INK, width=3)
    d.rectangle([438, 46, 458, 64], outline=INK, width=3)
    # close
    d.rectangle([476, 38, 516, 72], fill=(163, 28, 28), outline=INK, width=3)
    d.line([(486, 45), (506, 65)], fill=BG, width=4)
    d.line([(506, 45), (486, 65)], fill=BG, width=4)
    # page content lines and a scroll bar
    for i in range(6):
        d.rounded_rectangle([60, 105 + i * 34, 440 - (i % 3) * 60, 119 + i * 34], radius=7, fill=(190, 190, 190))
    d.rectangle([500, 90, 520, 320], fill=BODY, outline=INK, width=2)
    d.rounded_rectangle([502, 95, 518, 170], radius=6, fill=ACCENT)
    img.save(OUT / "fenetre.png", optimize=True)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    mouse()
    keyboard()
    window()
