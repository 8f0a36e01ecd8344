#!/usr/bin/env python3
"""Drives Passerelle through AT-SPI by accessible names and takes screenshots.

Used by scripts/screenshots.sh; arguments: LANG OUT_DIR [FLOW], where FLOW is `readme`
(the default: the README's screenshots), `activities` (one per practice activity) or
`leaders` (the leaders' area: workshop form, group view, a resident's report), `path`
(home, the positioning test, my progress), `editor` (the pack editor), `sources-200` (a lesson's sources edited at 200 %), `new-lessons-200` (the online-banking lesson's messages and the files practice at 200 %), `portal-200` (a whole procedure on the pretend portal at 200 %), `feedback-200` (a question's feedback at 200 %), `attestations-200` (the leaders' names,
the keys file and a workshop's attestations at 200 %, the PDF checked with the command line), `card-lock` (a card locked with pictures) or `huge-picture`
(the mouse lesson's first picture replaced by a 20000 × 20000 one in the store, by
scripts/hostile-window.sh: the lesson must show a placeholder and go on)."""
import subprocess
import sys
import time

import os

import pyatspi

LANG, OUT = sys.argv[1], sys.argv[2]
# The screen Xvfb was started with (scripts/screenshots.sh's SCREEN).
WIDTH, HEIGHT = (int(n) for n in os.environ.get("SCREEN", "1280x800").split("x"))
FLOW = sys.argv[3] if len(sys.argv) > 3 else "readme"
WORDS = {
    "fr": dict(lang="Français", make="Créer ma carte", name="Votre prénom ou un surnom",
               heart="Cœur", green="Vert", create="Créer ma carte et commencer",
               start="Commencer : La souris", next="Suivant", pointer="Le pointeur",
               check="Vérifier ma réponse", contrast="Contraste fort", larger="Texte plus grand", display="Affichage",
               home="Accueil", mouse="La souris", files="Les fichiers et les dossiers",
               scams="Repérer une arnaque par e-mail", passwords="Un bon mot de passe",
               forms="Remplir un formulaire en ligne", keyboard="Le clavier",
               message="Service Client <securite@banque-en-ligne-verif.com> — URGENT : votre compte sera bloqué",
               downloads="Téléchargements", send="Envoyer", copy="Tapez le texte ici :",
               password="Inventez un mot de passe pour un compte d'exercice :",
               share="Oui, je partage mes résultats avec les animateurs", change="Changer de profil",
               leaders="Espace animateur", new_pin="Nouveau code ou phrase secrète", same="Le même, encore une fois",
               save_pin="Enregistrer le code", noted="Je l'ai noté", workshops="Ateliers",
               new_workshop="Nouvel atelier", title="Titre de l'atelier", day="Jour (par exemple 24/11/2026)",
               time="Heure de début, si vous voulez (par exemple 14:00)", place="Lieu",
               save_workshop="Enregistrer l'atelier", windows="Les fenêtres et les boutons",
               present="Mireille était là", back="Retour aux ateliers", to_list="Retour à la liste",
               report="Voir le bilan de Mireille", workshop_title="Les e-mails, séance 1",
               place_text="Médiathèque, salle 2"),
    "en": dict(lang="English", make="Make my card", name="Your first name or a nickname",
               heart="Heart", green="Green", create="Make my card and start",
               start="Start: The mouse", next="Next", pointer="The pointer",
               check="Check my answer", contrast="High contrast", larger="Larger text", display="Display",
               home="Home", mouse="The mouse", files="Files and folders",
               scams="Spotting an email scam", passwords="A good password",
               forms="Filling in an online form", keyboard="The keyboard",
               message="Service Client <securite@banque-en-ligne-verif.com> — URGENT: your account will be blocked",
               downloads="Downloads", send="Send", copy="Type the text here:",
               password="Make up a password for a pretend account:",
               share="Yes, I share my results with the workshop leaders", change="Change profile",
               leaders="Workshop leader area", new_pin="New PIN or passphrase", same="The same again",
               save_pin="Save the PIN", noted="I have written it down", workshops="Workshops",
               new_workshop="New workshop", title="Title of the workshop", day="Day (for example 24/11/2026)",
               time="Starting time, if you wish (for example 14:00)", place="Place",
               save_workshop="Save the workshop", windows="Windows and buttons",
               present="Helen was there", back="Back to the workshops", to_list="Back to the list",
               report="See Helen's report", workshop_title="Emails, session 1",
               place_text="Library, room 2"),
}[LANG]


def name_of(node):
    """A node's name as the scripts write it: French text on screen keeps its word with a
    no-break space before ? ! : ; (see src/model/french_spacing.rs), written here as a
    space."""
    return (node.name or "").replace("\u00a0", " ")


def app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        child = desktop.getChildAtIndex(i)
        if child and child.name == "passerelle":
            return child
    raise SystemExit("passerelle is not on the accessibility bus")


def find(node, name, role=None, prefix=False):
    """The first node named `name` (or whose name starts with it, with `prefix`)."""
    if node is None:
        return None
    named = name_of(node).startswith(name) if prefix else name_of(node) == name
    if named and (role is None or node.getRoleName() == role):
        return node
    for i in range(node.childCount):
        found = find(node.getChildAtIndex(i), name, role, prefix)
        if found:
            return found
    return None


def press(name, role=None, prefix=False):
    for _ in range(20):
        node = find(app(), name, role, prefix)
        if node:
            node.queryAction().doAction(0)
            time.sleep(0.6)
            return
        time.sleep(0.3)
    raise SystemExit(f"no control named {name!r}")


def text_size():
    """The text size the display bar shows, in percent (its "Text: 175%" label)."""
    def walk(node):
        if node is None:
            return None
        name = name_of(node)
        if name.startswith("Text") and name.rstrip("% \u202f").split()[-1].isdigit():
            return int(name.rstrip("% \u202f").split()[-1])
        for i in range(node.childCount):
            found = walk(node.getChildAtIndex(i))
            if found:
                return found
        return None
    return walk(app())


def text_at_200():
    """Presses "Larger text" until the display bar says 200 %: a press the app has not
    drawn yet is pressed again rather than leaving the check at 175 %."""
    for _ in range(12):
        if text_size() == 200:
            return
        press(WORDS["larger"])
    raise SystemExit(f"the text size stays at {text_size()} %, not 200 %")


def text_at_200_from_the_bar():
    """Opens the display bar, takes the text to 200 % ([text_at_200]) and closes the bar."""
    press(WORDS["display"])
    text_at_200()
    press(WORDS["display"])


def type_into(name, text):
    for _ in range(20):
        # A field is named by its label, sometimes followed by more (the text to copy).
        node = find(app(), name, "entry", True) or find(app(), name, "text", True) \
            or find(app(), name, "password text", True)
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


def focus_and_type(name, text):
    """Types into a field that may be below the fold: focused through the accessibility
    tree (egui scrolls a focused field into view), then typed into."""
    for _ in range(20):
        node = find(app(), name, "entry", True) or find(app(), name, "text", True)
        if node:
            node.queryComponent().grabFocus()
            time.sleep(0.6)
            subprocess.run(["xdotool", "search", "--name", "Passerelle", "windowfocus"], check=False)
            subprocess.run(["xdotool", "key", "End"], check=True)
            subprocess.run(["xdotool", "type", "--delay", "60", text], check=True)
            time.sleep(0.6)
            return
        time.sleep(0.3)
    raise SystemExit(f"no text field named {name!r}")


def shot(name):
    time.sleep(0.6)
    subprocess.run(["import", "-window", "root", f"{OUT}/{name}"], check=True)


def new_profile():
    press(WORDS["lang"])
    press(WORDS["make"])
    type_into(WORDS["name"], "Hélène" if LANG == "fr" else "Helen")
    press(WORDS["green"])
    press(WORDS["heart"])
    press(WORDS["create"])


def to_step(lesson, steps):
    """Opens a lesson from home and goes to its step number `steps + 1`."""
    press(WORDS[lesson])
    for _ in range(steps):
        press(WORDS["next"])


def activities():
    new_profile()
    to_step("keyboard", 4)
    type_into(WORDS["copy"], "Bonjour, je" if LANG == "fr" else "Hello, I")
    shot(f"activity-keyboard-{LANG}.png")
    press(WORDS["home"])
    to_step("files", 4)
    press(WORDS["downloads"])
    shot(f"activity-files-{LANG}.png")
    press(WORDS["home"])
    to_step("scams", 3)
    press(WORDS["message"])
    shot(f"activity-mailbox-{LANG}.png")
    press(WORDS["home"])
    to_step("passwords", 3)
    type_into(WORDS["password"], "Tramway2025")
    shot(f"activity-password-{LANG}.png")
    press(WORDS["home"])
    to_step("forms", 3)
    press(WORDS["send"])
    shot(f"activity-form-{LANG}.png")
    press(WORDS["home"])
    to_step("mouse", 5)
    shot(f"activity-mouse-{LANG}.png")
    press(WORDS["home"])
    fr = LANG == "fr"
    press("Créer son compte avec un code par SMS" if fr else "Creating your account with a code by text")
    for _ in range(2):
        press(WORDS["next"])
    for label, text in ([("Prénom", "Hélène"), ("Nom", "Martin"), ("Adresse e-mail", "helene@mail.example"),
                         ("Téléphone portable", "06 39 98 12 34")] if fr else
                        [("First name", "Helen"), ("Surname", "Martin"), ("Email address", "helen@mail.example"),
                         ("Mobile phone", "06 39 98 12 34")]):
        focus_and_type(label, text)
    press("Continuer" if fr else "Continue")
    shot(f"activity-portal-{LANG}.png")


def open_leaders_area():
    """A resident who shares their results makes their card, then the leaders choose their
    PIN and open their area; returns the resident's name (without accents: xdotool cannot
    type them on every keyboard map)."""
    name = "Mireille" if LANG == "fr" else "Helen"
    press(WORDS["lang"])
    press(WORDS["make"])
    type_into(WORDS["name"], name)
    press(WORDS["share"])
    press(WORDS["create"])
    press(WORDS["change"])
    press(WORDS["leaders"])
    type_into(WORDS["new_pin"], "482915")
    type_into(WORDS["same"], "482915")
    press(WORDS["save_pin"])
    press(WORDS["noted"])
    return name


def leaders():
    name = open_leaders_area()
    shot(f"leaders-{LANG}.png")
    press(WORDS["workshops"])
    press(WORDS["new_workshop"])
    type_into(WORDS["title"], WORDS["workshop_title"])
    type_into(WORDS["day"], "24/11/2026")
    type_into(WORDS["time"], "14:00")
    type_into(WORDS["place"], WORDS["place_text"])
    press("Premiers pas avec l'ordinateur (aucune choisie)" if LANG == "fr"
          else "First steps with a computer (none chosen)")
    press(WORDS["mouse"])
    press(WORDS["windows"])
    shot(f"workshop-form-{LANG}.png")
    press(name)
    press(WORDS["save_workshop"])
    press(WORDS["present"])
    shot(f"workshop-{LANG}.png")
    press(WORDS["back"])
    press(WORDS["to_list"])
    press(WORDS["report"])
    shot(f"report-{LANG}.png")


def editor():
    """The pack editor: a copy of the first built-in pack, its first lesson with a French
    title changed (its English marked to check), and a new lesson half written."""
    fr = LANG == "fr"
    press(WORDS["lang"])
    press(WORDS["leaders"])
    type_into(WORDS["new_pin"], "482915")
    type_into(WORDS["same"], "482915")
    press(WORDS["save_pin"])
    press(WORDS["noted"])
    press("Écrire des leçons (éditeur de packs)" if fr else "Write lessons (pack editor)")
    shot(f"editor-shelf-{LANG}.png")
    press("Modifier une copie de « Premiers pas avec l'ordinateur »" if fr
          else 'Change a copy of "First steps with a computer"')
    shot(f"editor-pack-{LANG}.png")
    press("1. La souris" if fr else "1. The mouse")
    focus_and_type("Titre (français)" if fr else "Title (French)", " facile")
    shot(f"editor-lesson-{LANG}.png")
    press("Ajouter une leçon" if fr else "Add a lesson")
    focus_and_type("Titre (français)" if fr else "Title (French)", "Le clavier")
    shot(f"editor-new-lesson-{LANG}.png")


def path():
    new_profile()
    shot(f"home-path-{LANG}.png")
    press("Savoir où j'en suis" if LANG == "fr" else "Find out where I stand")
    shot(f"positioning-{LANG}.png")
    # "I don't know" is a button of the real window's tree, and moves the test on.
    press("Je ne sais pas" if LANG == "fr" else "I don't know")
    press("M'arrêter pour l'instant" if LANG == "fr" else "Stop for now")
    press("Mes progrès" if LANG == "fr" else "My progress")
    shot(f"my-progress-{LANG}.png")


def readme():
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
    for _ in range(6):  # the mouse lesson's steps
        press(WORDS["next"])
    press(WORDS["pointer"])
    press(WORDS["check"])
    shot(f"question-{LANG}.png")
    press(WORDS["display"])
    press(WORDS["contrast"])
    text_at_200()
    shot(f"question-200-high-contrast-{LANG}.png")


def huge_picture():
    new_profile()
    press(WORDS["start"])
    shot(f"huge-picture-{LANG}.png")
    said = {"fr": "Cette image est trop grande", "en": "This picture is too large"}[LANG]
    for _ in range(20):
        if find(app(), said, prefix=True):
            break
        time.sleep(0.3)
    else:
        raise SystemExit("no placeholder in place of the huge picture")
    press(WORDS["next"])
    press(WORDS["next"])
    shot(f"huge-picture-after-{LANG}.png")
    print("the lesson showed a placeholder and went on")


def extents(name, prefix=False):
    """Where the first node named `name` that is drawn lies on the screen (a node such as
    a group named by a question's prompt has no place of its own: it is passed over)."""
    def walk(node):
        if node is None:
            return None
        named = name_of(node).startswith(name) if prefix else name_of(node) == name
        if named:
            try:
                return node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            except NotImplementedError:
                pass
        for i in range(node.childCount):
            found = walk(node.getChildAtIndex(i))
            if found is not None:
                return found
        return None
    box = walk(app())
    if box is None:
        raise SystemExit(f"nothing named {name!r}")
    return box


def in_window(name, prefix=False, between=None):
    """Fails unless the node named `name` lies wholly inside the window (the screen) and,
    with `between=(above, below)`, below the node named `above` and above the one named
    `below`: the bars that do not scroll, which hide what scrolls under them. Looked at
    again for up to 3 seconds: egui scrolls to what it brings into view in a short
    animation, which a busy PC draws in more frames."""
    for _ in range(10):
        box = extents(name, prefix)
        top, bottom = 0, HEIGHT
        if between:
            above, below = extents(between[0]), extents(between[1])
            # The navigation bar's separator and its spacing (60 pixels at 200 %) lie
            # above its buttons: what scrolls is hidden there.
            top, bottom = above.y + above.height, below.y - 56
        if top <= box.y and box.y + box.height <= bottom and 0 <= box.x and box.x + box.width <= WIDTH:
            return
        time.sleep(0.3)
    raise SystemExit(f"{name!r} is not in view: {box.x},{box.y} {box.width}x{box.height}"
                     f" (the page shows {top} to {bottom})")


def focused():
    """The name of the control that has the keyboard focus."""
    def walk(node):
        if node is None:
            return None
        if node.getState().contains(pyatspi.STATE_FOCUSED):
            return name_of(node)
        for i in range(node.childCount):
            found = walk(node.getChildAtIndex(i))
            if found:
                return found
        return None
    return walk(app())


def mouse_question_at_200():
    """A new resident at 200 % text and high contrast, at the mouse lesson's first question."""
    new_profile()
    press(WORDS["display"])
    press(WORDS["contrast"])
    text_at_200()
    press(WORDS["display"])
    press(WORDS["start"])
    for _ in range(6):
        press(WORDS["next"])


def feedback_200():
    """At 200 % and high contrast, a question's feedback is in view after "Check", and the
    focus is on "Next"."""
    mouse_question_at_200()
    # The question as it opens: its prompt, its answers and "Check" in view together.
    prompt = ("Comment s'appelle la petite flèche" if LANG == "fr" else "What is the small arrow")
    shot(f"question-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    # What scrolls shows between the top bar (its "Home") and the navigation bar.
    page = (WORDS["home"], WORDS["check"])
    in_window(prompt, prefix=True, between=page)
    for answer in (["Le curseur de texte", "Le pointeur", "L'icône"] if LANG == "fr"
                   else ["The text cursor", "The pointer", "The icon"]):
        in_window(answer, between=page)
    in_window(WORDS["check"])
    # A wrong answer: the longest feedback (its title, the right answer, why the choice
    # picked is wrong, the question's explanation, "saved").
    press("Le curseur de texte" if LANG == "fr" else "The text cursor")
    press(WORDS["check"])
    shot(f"feedback-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    wrong = "Pas tout à fait." if LANG == "fr" else "Not quite."
    why = ("Le curseur de texte est un petit trait qui clignote" if LANG == "fr"
           else "The text cursor is a small blinking line")
    # The whole feedback: its title to its last line.
    saved = "Votre réponse est enregistrée." if LANG == "fr" else "Your answer is saved."
    for line in (wrong, saved):
        in_window(line, between=(WORDS["home"], WORDS["next"]))
    in_window(why, prefix=True, between=(WORDS["home"], WORDS["next"]))
    in_window(WORDS["next"])
    if focused() != WORDS["next"]:
        raise SystemExit(f"the focus is on {focused()!r}, not on {WORDS['next']!r}")
    print("the feedback is in view at 200 % and the focus is on Next")


def retake_200():
    """At 200 %: a test answered "I don't know" throughout, its result, then home says
    when the test can be taken again, in view."""
    new_profile()
    press(WORDS["display"])
    press(WORDS["contrast"])
    text_at_200()
    press(WORDS["display"])
    press("Savoir où j'en suis" if LANG == "fr" else "Find out where I stand")
    dont_know = "Je ne sais pas" if LANG == "fr" else "I don't know"
    for _ in range(40):
        if find(app(), dont_know) is None:
            break
        press(dont_know)
    shot(f"result-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    press(WORDS["home"])
    resting = ("Vous pourrez refaire le test" if LANG == "fr"
               else "You can take the test again from")
    node = find(app(), resting, prefix=True)
    if node is None:
        raise SystemExit("home does not say when the test can be taken again")
    shot(f"home-resting-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    print("home says when the test can be taken again:", name_of(node))


def card_lock():
    """A resident locks their card with 3 pictures, opens it with them, then a wrong code
    three times: the pictures wait."""
    new_profile()
    fr = LANG == "fr"
    press("Mes progrès" if fr else "My progress")
    press("Fermer ma carte avec des images" if fr else "Lock my card with pictures")
    pictures = ["Soleil", "Arbre", "Poisson"] if fr else ["Sun", "Tree", "Fish"]
    for name in pictures:
        press(name)
    shot(f"card-code-confirm-{LANG}.png")
    for name in pictures:
        press(name)
    press(WORDS["change"])
    shot(f"card-locked-profiles-{LANG}.png")
    # xdotool may drop the accents typed in the name: the card is found by its start.
    locked = "Ouvrir le profil d'H" if fr else "Open Helen's profile, locked with pictures"
    press(locked, prefix=True)
    shot(f"card-code-unlock-{LANG}.png")
    for name in pictures:
        press(name)
    press(WORDS["change"])
    press(locked, prefix=True)
    moon = "Lune" if fr else "Moon"
    for _ in range(9):
        press(moon)
    shot(f"card-code-waiting-{LANG}.png")
    node = find(app(), pictures[0], "push button")
    if node is None or node.getState().contains(pyatspi.STATE_SENSITIVE):
        raise SystemExit("the pictures can still be touched while waiting")
    print("the card locked, opened with its pictures, and waits after wrong codes")


# The names scripts/names-check.sh puts in the store, one per script.
NAMES = open(os.path.join(os.path.dirname(__file__), "names.txt"), encoding="utf-8").read().split("\n")[:-1]


def names():
    """Residents who write their names in other scripts: each card is read as typed, and the
    header of the Arabic one too (how they look is in the screenshots)."""
    fr = LANG == "fr"
    press(WORDS["lang"])
    shot(f"names-profiles-{LANG}.png")
    for name in NAMES:
        label = f"Ouvrir le profil de {name}" if fr else f"Open {name}'s profile"
        if find(app(), label, "push button") is None:
            raise SystemExit(f"no card read as {label!r}")
    press("Ouvrir le profil de محمد علي" if fr else "Open محمد علي's profile")
    time.sleep(1)
    if find(app(), "محمد علي", "label") is None:
        raise SystemExit("the header does not read the name as typed")
    shot(f"names-home-{LANG}.png")
    print("every card and the header read the names as typed")


def leaders_area_at_200():
    """[open_leaders_area], then the text at 200 %; returns the resident's name."""
    name = open_leaders_area()
    text_at_200_from_the_bar()
    return name


def attestations_200():
    """At 200 % text: the leaders give the names printed on attestations, save the
    structures' keys file and a workshop's attestations; none of these controls is cut
    off at the window's right edge, and the PDF saved from the real window checks VALID
    with the real command line (`passerelle attestation verify`)."""
    fr = LANG == "fr"
    name = leaders_area_at_200()
    structure = ("Le nom de votre structure, imprimé sur les attestations" if fr
                 else "Your structure's name, printed on attestations")
    leader = ("Le nom de la personne qui signe les attestations" if fr
              else "The name of the person who signs the attestations")
    focus_and_type(structure, "Mediatheque du Centre")
    focus_and_type(leader, "Elodie Martin")
    keep = "Garder ces noms" if fr else "Keep these names"
    save_keys = "Enregistrer notre fichier de clés" if fr else "Save our keys file"
    trust_keys = "Ajouter un fichier de clés" if fr else "Trust a keys file"
    for control in (structure, leader, keep, save_keys, trust_keys):
        not_cut_off(control)
    press(keep)
    press(save_keys)
    saved = saved_path(".passerelle-keys")
    if "passerelle-keys 1" not in open(saved).read():
        raise SystemExit(f"no keys file at {saved!r}")
    shot(f"attestation-names-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    # No file dialog opens under Xvfb: loading lists the folder's files to tick.
    press(trust_keys)
    title = "Choisissez les fichiers à ouvrir" if fr else "Choose the files to load"
    for _ in range(20):
        if find(app(), title):
            break
        time.sleep(0.3)
    not_cut_off("Passerelle les cherche dans ce dossier" if fr else "Passerelle looks for them in this folder")
    press(os.path.basename(saved))
    shot(f"files-to-tick-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    press("Ouvrir le fichier coché" if fr else "Load the file ticked")
    known = ("ce PC connaissait déjà toutes les clés de ce fichier" if fr
             else "this PC knew every key of this file already")
    for _ in range(20):
        if any(known in n for n, _, _ in named_nodes(app())):
            break
        time.sleep(0.3)
    else:
        raise SystemExit("the keys file ticked was not read")
    press(WORDS["workshops"])
    press(WORDS["new_workshop"])
    type_into(WORDS["title"], WORDS["workshop_title"])
    type_into(WORDS["day"], "24/11/2026")
    type_into(WORDS["place"], WORDS["place_text"])
    press(name)
    press(WORDS["save_workshop"])
    label = "Enregistrer l'attestation de chacun (PDF)" if fr else "Save everyone's attestation (PDF)"
    not_cut_off(label)
    press(label, prefix=True)
    pdf = saved_path(".pdf")
    shot(f"workshop-attestations-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    checked = subprocess.run(
        [os.environ.get("PASSERELLE_BIN", "target/release/passerelle"), "--lang", LANG,
         "--data-dir", os.environ["DRIVE_DATA"], "attestation", "verify", pdf],
        capture_output=True, text=True)
    said = checked.stdout + checked.stderr
    if checked.returncode != 0 or name not in said or "Elodie Martin" not in said:
        raise SystemExit(f"the workshop's PDF does not check: {said}")
    print(f"a workshop's attestations saved at 200 % check VALID: {said.splitlines()[0]}")


def not_cut_off(name):
    """Fails unless the control named `name` (or starting so) lies between the window's
    left and right edges (the window, not the screen: without a window manager a window
    may be narrower than the screen)."""
    left, width = window_columns()
    box = extents(name, prefix=True)
    if box.x < left or box.x + box.width > min(left + width, WIDTH):
        raise SystemExit(f"{name!r} is cut off: {box.x}..{box.x + box.width}, the window"
                         f" {left}..{left + width} on a screen {WIDTH} wide")


def named_nodes(node, found=None):
    """Every shown node with a name, as (name, x, width), for checks across a screen."""
    found = [] if found is None else found
    try:
        if name_of(node) and node.getState().contains(pyatspi.STATE_SHOWING):
            box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            if box.width > 0:
                found.append((name_of(node), box.x, box.width))
    except NotImplementedError:
        pass
    for i in range(node.childCount):
        named_nodes(node.getChildAtIndex(i), found)
    return found


def window_columns():
    """The window's left edge and width on the screen (X11's view: the accessibility tree
    gives the frame no extents)."""
    out = subprocess.run(["xdotool", "search", "--name", "Passerelle", "getwindowgeometry", "--shell"],
                         capture_output=True, text=True, check=True).stdout
    values = dict(line.split("=", 1) for line in out.split() if "=" in line)
    return int(values["X"]), int(values["WIDTH"])


def saved_path(extension):
    """The newest file ending in `extension` in the folder files go to when no dialog can
    open (under Xvfb: the data folder's `exchange`, or Documents/Passerelle), once a
    notice names it."""
    import glob
    folders = [os.path.join(os.environ["DRIVE_DATA"], "exchange"),
               os.path.expanduser("~/Documents/Passerelle")]
    for _ in range(20):
        files = [f for d in folders for f in glob.glob(os.path.join(d, "*" + extension))]
        if files:
            newest = max(files, key=os.path.getmtime)
            if find(app(), newest, prefix=False) or any(newest in n for n, _, _ in named_nodes(app())):
                return newest
        time.sleep(0.3)
    raise SystemExit(f"no notice names a {extension} file saved")


def in_view_or_fail(names, page):
    """Each of `names` (or a name starting so) lies in the part of the page the bars leave
    visible, and between the window's sides."""
    for name in names:
        in_window(name, prefix=True, between=page)
        not_cut_off(name)


def summary_200():
    """At 200 % and high contrast, the mouse lesson's quiz answered to its end: its summary
    ("Well done" and the score) is in view, and nothing is cut off at the sides. Its last
    question is typed: the box exposes editable text, takes the answer, and Enter checks it.
    Then a matching question as it opens: prompt, first item and "Check" in view."""
    fr = LANG == "fr"
    mouse_question_at_200()
    answers = (["Le pointeur", "Je mets le pointeur dessus et je clique avec le bouton de gauche.",
                "Vrai", "Je la soulève et je la repose au milieu.",
                "Il ouvre un menu, une petite liste de choix."] if fr else
               ["The pointer", "I put the pointer on it and click the left button.", "True",
                "I lift it and put it back in the middle.", "It opens a menu, a short list of choices."])
    for answer in answers:
        press(answer)
        press(WORDS["check"])
        press(WORDS["next"])
    prompt = ("Comment s'appelle l'appareil que l'on fait glisser" if fr
              else "What is the device you slide on the table")
    in_view_or_fail([prompt], (WORDS["home"], WORDS["check"]))
    typed = "Écrivez votre réponse" if fr else "Type your answer"
    box = find(app(), typed, "entry", True) or find(app(), typed, "text", True)
    if box is None:
        def boxes(node, found):
            if node.getRoleName() in ("entry", "text", "password text"):
                found.append((node.getRoleName(), name_of(node)))
            for i in range(node.childCount):
                boxes(node.getChildAtIndex(i), found)
            return found
        raise SystemExit(f"the typed answer's box is not a text box: {boxes(app(), [])}")
    try:
        box.queryEditableText()
    except NotImplementedError:
        raise SystemExit("the typed answer's box does not expose editable text")
    focus_and_type(typed, "souris" if fr else "mouse")
    # Enter in the box checks the answer, as a person expects.
    subprocess.run(["xdotool", "key", "Return"], check=True)
    time.sleep(0.8)
    shot(f"typed-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    press(WORDS["next"])
    time.sleep(0.8)
    shot(f"summary-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    done = "Leçon finie. Bravo !" if fr else "Lesson finished. Well done!"
    score = "Vous avez 6 bonnes réponses sur 6" if fr else "You got 6 right out of 6"
    in_window(done, prefix=True)
    in_window(score, prefix=True)
    not_cut_off(score)
    # A matching question as it opens (the password lesson's first): its prompt, its first
    # item and "Check" in view together.
    press("Retour à l'accueil" if fr else "Back to home")
    press(WORDS["passwords"])
    for _ in range(4):
        press(WORDS["next"])
    time.sleep(0.8)
    shot(f"match-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    page = (WORDS["home"], WORDS["check"])
    in_view_or_fail(["Qu'en pensez-vous ? Associez" if fr else "What do you think? Match"], page)
    in_window(WORDS["check"])
    first = "azerty" if fr else "qwerty"
    if not any(name.startswith(first) for name, _, _ in named_nodes(app())):
        raise SystemExit(f"the first item {first!r} is not shown")
    in_view_or_fail([first], page)
    print("the summary's title and score, and a matching question as it opens, are in view at 200 %")


def idle_200():
    """At 200 %, the idle warning and its "I'm still here" are in view (the store's session
    time is set to one minute by scripts/window-check.sh, so the countdown starts at once)."""
    new_profile()
    text_at_200_from_the_bar()
    still = "Je suis toujours là" if LANG == "fr" else "I'm still here"
    for _ in range(30):
        if find(app(), still, "push button"):
            break
        time.sleep(0.5)
    shot(f"idle-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    in_window(still)
    not_cut_off(still)
    press(still)
    print("the idle warning and its button are in view at 200 %")


def leaders_200():
    """At 200 %, a resident's report and the pack editor: their first controls in view and
    nothing cut off at the sides."""
    fr = LANG == "fr"
    name = leaders_area_at_200()
    press(WORDS["report"])
    shot(f"report-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    attestation = ("Enregistrer une attestation à imprimer (PDF)" if fr
                   else "Save an attestation to print (PDF)")
    for control in (WORDS["to_list"], attestation):
        not_cut_off(control)
    in_window(WORDS["to_list"])
    press(WORDS["to_list"])
    press("Écrire des leçons (éditeur de packs)" if fr else "Write lessons (pack editor)")
    press("Commencer un nouveau pack" if fr else "Start a new pack")
    time.sleep(1)
    shot(f"editor-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    nothing_cut_at_the_sides("the pack editor")
    print("a resident's report and the pack editor fit at 200 %")


def nothing_cut_at_the_sides(where):
    """Fails when a named node of the window sticks out of its column at either side."""
    left, width = window_columns()
    cut = [n for n in named_nodes(app()) if n[1] < left - 1 or n[1] + n[2] > min(left + width, WIDTH) + 1]
    if cut:
        raise SystemExit(f"cut off at the sides in {where}: {cut[:5]}")


def wheel_into_view(name, prefix=False):
    """Turns the mouse wheel down over the window until the node named `name` (or
    starting so) is wholly on the screen, then checks it is (and not cut off)."""
    for _ in range(40):
        box = extents(name, prefix)
        if 0 <= box.y and box.y + box.height <= HEIGHT - 8:
            break
        # Low on the screen: a notice at the top does not scroll with the page.
        subprocess.run(["xdotool", "mousemove", str(WIDTH // 2), str(HEIGHT * 3 // 4), "click", "5"],
                       check=True)
        time.sleep(0.3)
    in_window(name, prefix)
    not_cut_off(name)


def network_200():
    """At 200 %, the leaders' area's "Library network" part of a PC not on a network:
    turned to with the wheel, its words and its join button in view, not cut off."""
    fr = LANG == "fr"
    leaders_area_at_200()
    wheel_into_view("Rejoindre le réseau avec un fichier d'adhésion" if fr
                    else "Join the network with a join file")
    in_window("Réseau des bibliothèques" if fr else "Library network")
    shot(f"network-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    print("the leaders' network part is in view at 200 %")


def questions_200():
    """At 200 %, the leaders' "How each question goes" on a store whose residents share
    answers: its title, where the counts come from, and the first question's share of
    right answers in view, nothing cut off at the sides."""
    fr = LANG == "fr"
    leaders_area_at_200()
    press("Comment se passe chaque question" if fr else "How each question goes")
    time.sleep(1)
    in_window("Comment se passe chaque question" if fr else "How each question goes")
    in_window("Compté sur cet ordinateur." if fr else "Counted on this computer.")
    wheel_into_view("Réponses justes" if fr else "Right answers", prefix=True)
    shot(f"questions-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    nothing_cut_at_the_sides("the question counts")
    print("the question counts fit at 200 %")


def my_card_200():
    """At 200 %, on a PC on a library network, a resident's "My card at other sites":
    first the advice to lock the card, then, locked, "Let my card follow me" pressed and
    what it now says, in view and not cut off."""
    fr = LANG == "fr"
    new_profile()
    text_at_200_from_the_bar()
    press("Mes progrès" if fr else "My progress")
    wheel_into_view("Pour que votre carte vous suive" if fr else "To let your card follow you", True)
    shot(f"my-card-open-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    press("Fermer ma carte avec des images" if fr else "Lock my card with pictures")
    for name in (["Soleil", "Arbre", "Poisson"] if fr else ["Sun", "Tree", "Fish"]) * 2:
        press(name)
    follow = "Ma carte me suit" if fr else "Let my card follow me"
    wheel_into_view(follow)
    press(follow)
    wheel_into_view("Garder ma carte sur ce PC seulement" if fr else "Keep my card on this PC only")
    shot(f"my-card-follows-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    print("a resident's card follows them, said in view at 200 %")


def sources_200():
    """At 200 %, the pack editor's sources of a lesson: a source added to "The mouse",
    its three fields in view and not cut off, and an address that is no web address
    reported with its field."""
    fr = LANG == "fr"
    leaders_area_at_200()
    press("Écrire des leçons (éditeur de packs)" if fr else "Write lessons (pack editor)")
    press("Modifier une copie de « Premiers pas avec l'ordinateur »" if fr
          else 'Change a copy of "First steps with a computer"')
    press("1. La souris" if fr else "1. The mouse")
    press("Ajouter une source" if fr else "Add a source")
    title = "Source 2 : titre de la page" if fr else "Source 2: the page's title"
    address = "Source 2 : adresse de la page" if fr else "Source 2: the page's address"
    focus_and_type(title, "CNIL")
    focus_and_type(address, "www.cnil.fr")
    # Each box keeps the keyboard while the problems above it are mended (the missing
    # title's problem goes at the first letter): every letter is in.
    typed = find(app(), title, "entry", True) or find(app(), title, "text", True)
    if typed.queryText().getText(0, -1) != "CNIL":
        raise SystemExit(f"the title reads {typed.queryText().getText(0, -1)!r}, not 'CNIL'")
    for field in (title, address):
        not_cut_off(field)
    in_window(address, prefix=True)
    shot(f"sources-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    problem = "« www.cnil.fr » (dans « sources[2].address »)" if fr \
        else '"www.cnil.fr" (in "sources[2].address")'
    if not any(problem in n for n, _, _ in named_nodes(app())):
        raise SystemExit(f"no problem names {problem!r}")
    print("a lesson's sources are edited at 200 %, and a bad address is named with its field")


def new_lessons_200():
    """At 200 % and high contrast on a library screen: the online-banking lesson's
    pretend messages (a new lesson of the 2026 review) opened and judged, and the files
    practice of "Files and folders", which no longer ends with a message: its check
    button in view, and its result said."""
    fr = LANG == "fr"
    new_profile()
    press(WORDS["display"])
    press(WORDS["contrast"])
    text_at_200()
    press(WORDS["display"])
    press("La banque en ligne sans risque" if fr else "Online banking safely")
    for _ in range(4):
        press(WORDS["next"])
    scam = ("Service Sécurité Banque <securite@banque-alerte-client.com> — Paiement suspect de 890 € : annulez-le"
            if fr else "Service Sécurité Banque <securite@banque-alerte-client.com> — Suspicious payment of £890: cancel it")
    press(scam)
    # The message opened is brought into view to be read, below the bar that stays.
    subject = "Objet : Paiement suspect" if fr else "Subject: Suspicious payment"
    in_view_or_fail([subject], (WORDS["home"], WORDS["next"]))
    flag = "Ce message est une arnaque" if fr else "This message is a scam"
    press(flag)
    shot(f"bank-mailbox-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    press(WORDS["home"])
    press(WORDS["files"])
    for _ in range(4):
        press(WORDS["next"])
    press(WORDS["downloads"])
    check = "Vérifier mon rangement" if fr else "Check how I put it away"
    if find(app(), "Écrire un message" if fr else "Write a message") is not None:
        raise SystemExit("the files practice of pack 01 still asks for a message")
    press(check)
    not_yet = "Pas encore. Regardons ensemble." if fr else "Not yet. Let's look together."
    in_view_or_fail([not_yet], (WORDS["home"], WORDS["next"]))
    shot(f"files-check-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    print("the new lessons' practice holds at 200 %: messages judged, a file put away without a message")


def scroll_to(name, page):
    """Turns the mouse wheel over the page, as a resident would, until the node named
    `name` (or a name starting so) is in the part of the page the bars leave visible."""
    for _ in range(30):
        box = extents(name, True)
        top = extents(page[0])
        bottom = extents(page[1])
        if top.y + top.height <= box.y and box.y + box.height <= bottom.y - 56:
            return
        subprocess.run(["xdotool", "mousemove", str(WIDTH // 2), str(HEIGHT // 2),
                        "click", "5" if box.y > top.y else "4"], check=True)
        time.sleep(0.3)
    raise SystemExit(f"{name!r} never came into view by scrolling")


def live_200():
    """At 200 %, on an agent's PC of a library network (prepared by `examples/
    live_room_data.rs` on a real PostgreSQL): today's workshop run at another site, opened
    in the leaders' area, with its live room: who is on which lesson right now and who
    may need help, each line turned to with the wheel, in view and not cut off."""
    fr = LANG == "fr"
    press(WORDS["lang"])
    press(WORDS["leaders"])
    type_into("Code ou phrase secrète" if fr else "PIN or passphrase", "482915")
    press("Ouvrir" if fr else "Open")
    time.sleep(1)
    text_at_200_from_the_bar()
    press(WORDS["workshops"])
    press("Ouvrir l'atelier" if fr else "Open the workshop", prefix=True)
    time.sleep(4)
    shot(f"live-top-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    wheel_into_view("En ce moment, sur les PC du réseau de bibliothèques" if fr else "Right now, on the PCs of the library network")
    shot(f"live-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    wheel_into_view("Atelier d'un autre site" if fr else "Run at another site", prefix=True)
    shot(f"live-runat-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    wheel_into_view("Mohammed a peut-être" if fr else "Mohammed may", prefix=True)
    shot(f"live-stuck-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    nothing_cut_at_the_sides("the live room")
    print("the live room fits at 200 %")


def portal_200():
    """At 200 % and high contrast on a library screen, a whole procedure on the pretend
    portal (creating an account with a code by text): the address bar and the page's
    title in view as it opens; "Continue" on an empty form says what to do, in view; the
    form typed; the caller who asks for the code hung up on, the text message read on
    the pretend phone, the code typed; the result in view."""
    fr = LANG == "fr"
    new_profile()
    press(WORDS["display"])
    press(WORDS["contrast"])
    text_at_200()
    press(WORDS["display"])
    press("Créer son compte avec un code par SMS" if fr else "Creating your account with a code by text")
    for _ in range(2):
        press(WORDS["next"])
    page = (WORDS["home"], WORDS["next"])
    address = ("Adresse du site : https://www.mes-demarches.example" if fr
               else "Site address: https://www.mes-demarches.example")
    title = "Page 1 sur 2 : Créer votre compte" if fr else "Page 1 of 2: Create your account"
    # The step opens at its top, with what to do; the portal is below, a few turns of the
    # wheel away.
    scroll_to(title, page)
    shot(f"portal-form-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    in_view_or_fail([address, title], page)
    go_on = "Continuer" if fr else "Continue"
    press(go_on)
    in_view_or_fail(["Corrigez les cases en rouge" if fr else "Correct the boxes in red"], page)
    for label, text in ([("Prénom", "Hélène"), ("Nom", "Martin"), ("Adresse e-mail", "helene@mail.example"),
                         ("Téléphone portable", "06 39 98 12 34")] if fr else
                        [("First name", "Helen"), ("Surname", "Martin"), ("Email address", "helen@mail.example"),
                         ("Mobile phone", "06 39 98 12 34")]):
        focus_and_type(label, text)
    press(go_on)
    # The code page opens at its top, the pretend phone first: a call comes in and asks
    # for the code.
    hang_up = "Raccrocher" if fr else "Hang up"
    in_view_or_fail(["Appel entrant" if fr else "Incoming call"], page)
    shot(f"portal-call-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    # What the caller says, then the answers, a turn of the wheel below.
    scroll_to(hang_up, page)
    press(hang_up)
    in_view_or_fail(["Vous avez raccroché" if fr else "You hung up"], page)
    sms = "Votre code Mes Démarches" if fr else "Your My Procedures code"
    in_view_or_fail([sms], page)
    shot(f"portal-sms-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    # Below the phone, the page where the code is typed.
    title = "Page 2 sur 2 : Confirmer votre numéro" if fr else "Page 2 of 2: Confirm your number"
    scroll_to(title, page)
    focus_and_type("Code reçu par SMS" if fr else "Code received by text", "482913")
    press("Terminer" if fr else "Finish")
    done = "Démarche terminée sur" if fr else "Procedure finished on"
    in_view_or_fail([done], page)
    shot(f"portal-done-200-{LANG}-{WIDTH}x{HEIGHT}.png")
    print("a whole procedure on the pretend portal holds at 200 %: address, problems, call, text message, result")


{"live-200": live_200, "portal-200": portal_200, "new-lessons-200": new_lessons_200, "sources-200": sources_200, "network-200": network_200, "my-card-200": my_card_200, "questions-200": questions_200, "summary-200": summary_200, "idle-200": idle_200, "leaders-200": leaders_200, "attestations-200": attestations_200, "retake-200": retake_200, "names": names, "feedback-200": feedback_200, "card-lock": card_lock, "huge-picture": huge_picture, "readme": readme, "activities": activities, "leaders": leaders, "path": path, "editor": editor}[FLOW]()
