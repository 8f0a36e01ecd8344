#!/usr/bin/env python3
"""Draws Passerelle's icon (a footbridge over a blue square), original, CC-BY-SA-4.0.

Run from the repository root: python3 scripts/draw_icon.py  (needs Pillow).
Writes assets/passerelle.ico (16 to 256 px) and assets/passerelle.png (256 px)."""
from PIL import Image, ImageDraw

S = 256
img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
d = ImageDraw.Draw(img)
d.rounded_rectangle([8, 8, S - 8, S - 8], radius=48, fill=(31, 78, 153, 255))
white = (255, 255, 255, 255)
# deck
d.rectangle([32, 150, S - 32, 166], fill=white)
# arch
d.arc([40, 70, S - 40, 250], start=180, end=360, fill=white, width=16)
# hangers
for x in range(72, S - 64, 28):
    top = 160 - 90 * (1 - ((x - 128) / 88) ** 2) ** 0.5
    d.line([(x, 150), (x, top)], fill=white, width=7)
# water
d.line([(48, 206), (S - 48, 206)], fill=(160, 200, 255, 255), width=8)
img.save("assets/passerelle.png")
img.save("assets/passerelle.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
