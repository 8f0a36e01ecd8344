#!/usr/bin/env python3
"""Drives Passerelle through AT-SPI by accessible names and takes screenshots.

Used by scripts/screenshots.sh; arguments: LANG OUT_DIR."""
import subprocess
import sys
import time

import pyatspi

LANG, OUT = sys.argv[1], sys.argv[2]
WORDS = {
    "fr": dict(lang="Français", make="Créer ma carte", name="Votre prénom ou un surnom",
               heart="Cœur", green="Vert", create="Créer ma carte et commencer",
               start="Commencer : La souris", next="Suivant", pointer="Le pointeur",
               check="Vérifier ma réponse", contrast="Contraste fort", larger="Texte plus grand", display="Affichage"),
    "en": dict(lang="English", make="Make my card", name="Your first name or a nickname",
               heart="Heart", green="Green", create="Make my card and start",
               start="Start: The mouse", next="Next", pointer="The pointer",
               check="Check my answer", contrast="High contrast", larger="Larger text", display="Display"),
}[LANG]


def app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        child = desktop.getChildAtIndex(i)
        if child and child.name == "passerelle":
            return child
    raise SystemExit("passerelle is not on the accessibility bus")


def find(node, name, role=None):
    if node is None:
        return None
    if node.name == name and (role is None or node.getRoleName() == role):
        return node
    for i in range(node.childCount):
        found = find(node.getChildAtIndex(i), name, role)
        if found:
            return found
    return None


def press(name, role=None):
    for _ in range(20):
        node = find(app(), name, role)
        if node:
            node.queryAction().doAction(0)
            time.sleep(0.6)
            return
        time.sleep(0.3)
    raise SystemExit(f"no control named {name!r}")


def type_into(name, text):
    for _ in range(20):
        node = find(app(), name, "entry") or find(app(), name, "text")
        if node:
            box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            x, y = box.x + box.width // 2, box.y + box.height // 2
            subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], check=True)
            time.sleep(0.4)
            # Without a window manager, keyboard focus must be given to the window by hand.
            subprocess.run(["xdotool", "search", "--name", "Passerelle", "windowfocus"], check=False)
            subprocess.run(["xdotool", "type", "--delay", "60", text], check=True)
            time.sleep(0.4)
            return
        time.sleep(0.3)
    raise SystemExit(f"no text field named {name!r}")


def shot(name):
    time.sleep(0.6)
    subprocess.run(["import", "-window", "root", f"{OUT}/{name}"], check=True)


press(WORDS["lang"])
shot(f"profiles-{LANG}.png")
press(WORDS["make"])
type_into(WORDS["name"], "Hélène" if LANG == "fr" else "Helen")
press(WORDS["green"])
press(WORDS["heart"])
shot(f"new-profile-{LANG}.png")
press(WORDS["create"])
shot(f"home-{LANG}.png")
press(WORDS["start"])
shot(f"step-{LANG}.png")
for _ in range(5):
    press(WORDS["next"])
press(WORDS["pointer"])
press(WORDS["check"])
shot(f"question-{LANG}.png")
press(WORDS["display"])
press(WORDS["contrast"])
for _ in range(4):
    press(WORDS["larger"])
shot(f"question-200-high-contrast-{LANG}.png")
