//! Each practice activity, done through the UI as a screen reader or a keyboard user
//! would (by accessible names and roles): once successfully and once not, each try
//! recorded in the store before its result shows.

use crate::common;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use passerelle::app::PasserelleApp;
use passerelle::model::activity::ActivityOutcome;
use passerelle::model::{ActivityId, PackId, ResidentId};
use passerelle::pack::{ProblemKind, load_files};
use passerelle::store::Store;

/// A lesson with one step per activity, in this order.
const LESSON: &str = r#"id = "activites"
competence = "1.1"
level = 1
title = { fr = "Activités", en = "Activities" }

[[steps]]
text = { fr = "Recopiez.", en = "Copy it." }
[steps.activity]
id = "clavier"
type = "keyboard"
text = { fr = "Élise a 2 chats.", en = "Élise has 2 cats." }

[[steps]]
text = { fr = "Un mot de passe.", en = "A password." }
[steps.activity]
id = "mdp"
type = "password"

[[steps]]
text = { fr = "Vos messages.", en = "Your messages." }
[steps.activity]
id = "boite"
type = "mailbox"
[[steps.activity.messages]]
id = "banque"
from = "Banque <alerte@banque-securite-exemple.com>"
subject = { fr = "Compte bloqué !", en = "Account blocked!" }
body = { fr = "Donnez votre code.", en = "Give your code." }
scam = true
clues = [{ fr = "Une banque ne demande jamais votre code.", en = "A bank never asks for your code." }]
[[steps.activity.messages]]
id = "club"
from = "Club de marche <club@marche-exemple.fr>"
subject = { fr = "Sortie samedi", en = "Walk on Saturday" }
body = { fr = "Rendez-vous à 9 h.", en = "Meet at 9." }
clues = [{ fr = "Il ne demande rien.", en = "It asks for nothing." }]

[[steps]]
text = { fr = "Un formulaire.", en = "A form." }
[steps.activity]
id = "rdv"
type = "form"
title = { fr = "Demande de rendez-vous", en = "Appointment request" }
confirmation = { fr = "Demande reçue.", en = "Request received." }
[[steps.activity.fields]]
id = "nom"
label = { fr = "Nom", en = "Surname" }
required = true
[[steps.activity.fields]]
id = "date"
label = { fr = "Date", en = "Date" }
format = "date"
required = true
[[steps.activity.fields]]
id = "mail"
label = { fr = "E-mail", en = "Email" }
format = "email"

[[steps]]
text = { fr = "Vos fichiers.", en = "Your files." }
[steps.activity]
id = "fichiers"
type = "files"
file = { fr = "scan_0412.pdf", en = "scan_0412.pdf" }
rename_to = { fr = "Facture mars", en = "Bill March" }
folder = { fr = "Factures", en = "Bills" }
other_files = [{ fr = "photo.png", en = "photo.png" }]
recipient = "mairie@ville-exemple.fr"

[[steps]]
text = { fr = "La souris.", en = "The mouse." }
[steps.activity]
id = "souris"
type = "mouse"
targets = 3
"#;

fn pack() -> passerelle::pack::PackFiles {
    common::hands_on_pack(LESSON)
}

type App = Harness<'static, PasserelleApp>;

/// The app at step `step` (from 1) of the activities lesson.
fn at_step(dir: &std::path::Path, step: usize) -> App {
    let mut harness = common::app_in_lesson(dir, &pack(), "Activities");
    for _ in 1..step {
        harness.get_by_label("Next").click();
        harness.run();
    }
    harness
}

fn click(harness: &mut App, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// The text box (or password box) whose name starts with `label`.
fn text_box<'a>(harness: &'a App, label: &'a str) -> egui_kittest::Node<'a> {
    harness
        .get_all(egui_kittest::kittest::by().label_contains(label))
        .find(|n| matches!(n.accesskit_node().role(), Role::TextInput | Role::PasswordInput))
        .unwrap_or_else(|| panic!("a text box named {label:?}"))
}

fn type_in(harness: &mut App, label: &str, text: &str) {
    text_box(harness, label).focus();
    harness.run();
    text_box(harness, label).type_text(text);
    harness.run();
}

/// The tries of `activity` recorded in the store file.
fn tries(dir: &std::path::Path, activity: &str) -> Vec<ActivityOutcome> {
    let store = Store::open(&dir.join("store.sqlite3")).expect("store");
    let resident: ResidentId = store.residents().expect("residents")[0].id;
    store
        .activity_outcomes(resident, &PackId::from("essai"), &ActivityId::from(activity))
        .expect("outcomes")
}

fn shows(harness: &App, label: &str) -> bool {
    harness.query_by_label(label).is_some()
}

#[test]
fn the_lesson_loads_with_its_six_activities() {
    let pack = load_files(&pack()).expect("valid");
    let kinds: Vec<&str> = pack.lessons[1]
        .steps
        .iter()
        .filter_map(|s| s.activity.as_ref())
        .map(|a| a.kind.type_name())
        .collect();
    assert_eq!(
        kinds,
        ["keyboard", "password", "mailbox", "form", "files", "mouse"]
    );
}

#[test]
fn keyboard_copied_right_then_wrong() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = at_step(dir.path(), 1);
    assert!(shows(&h, "Next character: É"), "the first letter needs a hint");
    type_in(&mut h, "Type the text here:", "Élise has 2 cats.");
    click(&mut h, "Check my text");
    assert!(shows(&h, "Well done!"));
    click(&mut h, "Try again");
    type_in(&mut h, "Type the text here:", "Elise has 2 cats");
    click(&mut h, "Check my text");
    assert!(shows(&h, "Not yet. Let's look together."));
    let tries = tries(dir.path(), "clavier");
    assert_eq!(tries.len(), 2);
    assert!(tries[0].success && tries[0].misses == 0);
    assert!(!tries[1].success && tries[1].misses == 2, "{:?}", tries[1]);
}

#[test]
fn password_weak_then_strong_and_never_stored() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = at_step(dir.path(), 2);
    type_in(&mut h, "Make up a password for a pretend account:", "azerty");
    assert!(shows(&h, "Your password is weak."));
    assert!(shows(&h, "This password is one of the first ones thieves try."));
    click(&mut h, "Use this password");
    assert!(shows(&h, "Not yet. Let's look together."));
    click(&mut h, "Try again");
    // The lesson's own example is known to everyone: weak.
    type_in(
        &mut h,
        "Make up a password for a pretend account:",
        "turtle notebook storm violin monday apple string",
    );
    assert!(shows(&h, "Your password is weak."));
    // The CNIL's second rule is on the list too.
    assert!(
        h.query_by_label_contains("at least 14 characters, with capital letters, small letters and digits")
            .is_some()
    );
    click(&mut h, "Use this password");
    click(&mut h, "Try again");
    type_in(
        &mut h,
        "Make up a password for a pretend account:",
        "le chat de mamie dort sur le canapé",
    );
    assert!(shows(&h, "Your password is strong."));
    click(&mut h, "Use this password");
    assert!(shows(&h, "Well done!"));
    assert!(shows(&h, "Passerelle did not keep your password."));
    let tries = tries(dir.path(), "mdp");
    assert_eq!(
        tries.iter().map(|t| t.success).collect::<Vec<_>>(),
        [false, false, true]
    );
    let bytes = std::fs::read(dir.path().join("store.sqlite3")).expect("store file");
    let wal = std::fs::read(dir.path().join("store.sqlite3-wal")).unwrap_or_default();
    for file in [bytes, wal] {
        assert!(
            !file.windows(5).any(|w| w == b"mamie"),
            "the password is nowhere in the store"
        );
    }
}

#[test]
fn mailbox_scam_missed_then_found() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = at_step(dir.path(), 3);
    click(
        &mut h,
        "Club de marche <club@marche-exemple.fr> — Walk on Saturday",
    );
    click(&mut h, "I have finished");
    assert!(shows(&h, "Not yet. Let's look together."));
    assert!(shows(&h, "This message is a scam. Here are the clues:"));
    assert!(
        h.query_by_label_contains("A bank never asks for your code.")
            .is_some()
    );
    click(&mut h, "Try again");
    click(
        &mut h,
        "Banque <alerte@banque-securite-exemple.com> — Account blocked!",
    );
    assert!(shows(&h, "Give your code."));
    h.get_by_role_and_label(Role::CheckBox, "This message is a scam")
        .click();
    h.run();
    click(&mut h, "I have finished");
    assert!(shows(&h, "Well done!"));
    assert!(shows(&h, "Right: this message is real."));
    let tries = tries(dir.path(), "boite");
    assert_eq!(
        tries
            .iter()
            .map(|t| (t.success, t.hits, t.misses))
            .collect::<Vec<_>>(),
        [(false, 1, 1), (true, 2, 0)]
    );
}

#[test]
fn form_refused_with_its_mistakes_then_corrected_and_sent() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = at_step(dir.path(), 4);
    type_in(&mut h, "Date *", "2025-03-05");
    type_in(&mut h, "Email", "marie.exemple.fr");
    click(&mut h, "Send");
    assert!(shows(
        &h,
        "3 fields need correcting. Look for the messages in red."
    ));
    assert!(shows(&h, "Fill in this field."));
    assert!(shows(
        &h,
        "Write the date as day/month/year, for example 05/03/1962."
    ));
    // The mistake is read with its field.
    let date = h.get_by_role_and_label(Role::TextInput, "Date *");
    assert!(!date.accesskit_node().data().described_by().is_empty());
    // What was typed stays, to be corrected.
    type_in(&mut h, "Surname *", "Dupont");
    h.get_by_role_and_label(Role::TextInput, "Date *").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Date *")
        .type_text("05/03/2025");
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Email").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Email")
        .type_text("marie@exemple.fr");
    h.run();
    click(&mut h, "Send");
    assert!(shows(&h, "Well done!"));
    assert!(shows(&h, "Request received."));
    let tries = tries(dir.path(), "rdv");
    assert_eq!(
        tries.iter().map(|t| (t.success, t.misses)).collect::<Vec<_>>(),
        [(false, 3), (true, 0)]
    );
}

#[test]
fn files_sent_wrong_say_what_to_fix_and_keep_what_is_done() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = at_step(dir.path(), 5);
    click(&mut h, "Write a message");
    click(&mut h, "Send the message");
    assert!(shows(&h, "Not yet. Let's look together."));
    // What is wrong is said, not only that something is.
    assert!(shows(
        &h,
        "The message was sent with no file attached. Choose the file, press \"Attach\", then send again."
    ));
    click(&mut h, "Try again");

    click(&mut h, "Downloads");
    h.get_by_role_and_label(Role::RadioButton, "scan_0412.pdf")
        .click();
    h.run();
    click(&mut h, "Rename scan_0412.pdf");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    let new_name = "New name for scan_0412.pdf:";
    // The box takes the keyboard as it opens, and Enter gives the new name.
    assert!(
        h.get_by_role_and_label(Role::TextInput, new_name)
            .accesskit_node()
            .is_focused(),
        "the new name's box has the focus"
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, new_name)
        .type_text("bill march");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_role_and_label(Role::RadioButton, "bill march.pdf")
        .click();
    h.run();
    click(&mut h, "Move bill march.pdf");
    click(&mut h, "Into \"Bills\"");
    click(&mut h, "Bills");
    h.get_by_role_and_label(Role::RadioButton, "bill march.pdf")
        .click();
    h.run();
    // The message stayed open from the first try; one letter of the address is missing.
    type_in(&mut h, "To:", "mairie@vile-exemple.fr");
    click(&mut h, "Attach bill march.pdf to the message");
    assert!(shows(&h, "Attached file: bill march.pdf"));
    click(&mut h, "Send the message");
    assert!(shows(
        &h,
        "The message went to mairie@vile-exemple.fr, but the address is mairie@ville-exemple.fr. Check each letter, then send again."
    ));
    // "Try again" keeps the renamed and moved file: only the address is typed again.
    click(&mut h, "Try again");
    assert!(shows(&h, "Done: Put it in the folder \"Bills\""));
    h.get_by_role_and_label(Role::TextInput, "To:").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "To:")
        .type_text("mairie@ville-exemple.fr");
    h.run();
    click(&mut h, "Send the message");
    assert!(shows(&h, "Well done!"), "every part done");
    let tries = tries(dir.path(), "fichiers");
    assert_eq!(
        tries.iter().map(|t| (t.success, t.hits)).collect::<Vec<_>>(),
        [(false, 0), (false, 3), (true, 4)]
    );
}

/// A files practice that teaches only putting a file away (no message to send yet): the
/// checklist has three parts and "Check how I put it away" saves the try.
#[test]
fn files_without_a_message_end_once_the_file_is_put_away() {
    const PUT_AWAY: &str = r#"id = "ranger"
competence = "1.2"
level = 1
title = { fr = "Ranger", en = "Putting away" }

[[steps]]
text = { fr = "Vos fichiers.", en = "Your files." }
[steps.activity]
id = "ranger"
type = "files"
file = { fr = "scan_0412.pdf", en = "scan_0412.pdf" }
rename_to = { fr = "Facture mars", en = "Bill March" }
folder = { fr = "Factures", en = "Bills" }
"#;
    let dir = tempfile::tempdir().expect("dir");
    let mut h = common::app_in_lesson(dir.path(), &common::hands_on_pack(PUT_AWAY), "Putting away");
    assert!(h.query_by_label("Write a message").is_none(), "nothing to send");
    assert!(
        h.query_by_label_contains("Attach it to a message").is_none(),
        "no message in the checklist"
    );
    click(&mut h, "Check how I put it away");
    assert!(shows(&h, "Not yet. Let's look together."));
    click(&mut h, "Try again");
    click(&mut h, "Downloads");
    h.get_by_role_and_label(Role::RadioButton, "scan_0412.pdf")
        .click();
    h.run();
    click(&mut h, "Rename scan_0412.pdf");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "New name for scan_0412.pdf:")
        .type_text("bill march");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_role_and_label(Role::RadioButton, "bill march.pdf")
        .click();
    h.run();
    click(&mut h, "Move bill march.pdf");
    click(&mut h, "Into \"Bills\"");
    click(&mut h, "Check how I put it away");
    assert!(shows(&h, "Well done!"), "found, renamed and put away");
    let tries = tries(dir.path(), "ranger");
    assert_eq!(
        tries
            .iter()
            .map(|t| (t.success, t.hits, t.misses))
            .collect::<Vec<_>>(),
        [(false, 0, 3), (true, 3, 0)]
    );
}

#[test]
fn mouse_practice_done_with_misses_counted() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = at_step(dir.path(), 6);
    // A click beside the target is a miss, with a word of encouragement.
    let area = h.get_by_label("Mouse practice area").rect();
    common::click_at(&mut h, area.left_top() + egui::vec2(5.0, 5.0));
    assert!(shows(
        &h,
        "Almost! Put the arrow on the round target itself, then click."
    ));
    for n in 1..=3 {
        click(&mut h, &format!("Target {n} of 3"));
    }
    // Double-click.
    let folder = h.get_by_label("Holiday photos").rect().center();
    common::double_click_at(&mut h, folder);

    // Right-click, then the menu.
    h.get_by_label("Letter to the council").click_secondary();
    h.run();
    click(&mut h, "Delete");
    assert!(
        shows(
            &h,
            "That was another choice. Open the menu again with the right button, then choose \"Rename\"."
        ),
        "the wrong menu item is a miss"
    );
    // The left button on the document: a miss that says which button.
    h.get_by_label("Letter to the council").click();
    h.run();
    assert!(shows(
        &h,
        "That was the left button. Press the button on the right of the mouse."
    ));
    h.get_by_label("Letter to the council").click_secondary();
    h.run();
    click(&mut h, "Rename");
    // Drag three letters into the folder: the folder and its count are in the tree.
    assert_eq!(h.get_by_label("Post").accesskit_node().role(), Role::Group);
    h.get_by_label("0 of 3 in the folder");
    let post = h.get_by_label("Mouse practice area").rect().right_top() + egui::vec2(-140.0, 160.0);
    // Dropped beside the folder: a miss, and the letter goes back to its place.
    let letter = h.get_by_label("Letter 1").rect().center();
    common::drag(&mut h, letter, letter + egui::vec2(250.0, 0.0));
    assert!(shows(&h, "Letter 1"));
    assert!(shows(
        &h,
        "The letter went back. Keep the button pressed until the letter is on the folder, then let go."
    ));
    for placed in 1..=3 {
        if placed == 2 {
            h.get_by_label("1 of 3 in the folder");
        }
        let letter = h
            .get_all(
                egui_kittest::kittest::by()
                    .label_contains("Letter ")
                    .role(Role::Button),
            )
            .next()
            .expect("a letter to drag")
            .rect()
            .center();
        common::drag(&mut h, letter, post);
    }
    // At 200 % on a 1366×768 screen (text made larger during the task: the list is brought
    // into view again), the list to scroll shows seven lines at once, and its scroll bar
    // (as tall as the part of the list shown) is in view.
    h.state_mut().apply(passerelle::session::Action::Display(
        passerelle::session::DisplayAction::SetTextSize(200),
    ));
    h.set_size(egui::vec2(1280.0, 768.0));
    for _ in 0..3 {
        h.run();
    }
    let screen = h.ctx.content_rect();
    let step = h.get_by_label("Line 2").rect().top() - h.get_by_label("Line 1").rect().top();
    let bars: Vec<egui::Rect> = h
        .get_all(egui_kittest::kittest::by().role(Role::ScrollBar))
        .map(|n| n.rect())
        .collect();
    let list = bars
        .iter()
        .find(|bar| bar.right() < screen.right() - 40.0)
        .unwrap_or_else(|| panic!("the list's scroll bar among {bars:?}"));
    assert!(
        list.height() >= 6.9 * step,
        "the list shows {:.1} lines",
        list.height() / step
    );
    assert!(
        screen.contains_rect(*list),
        "the list at {list:?}, the window {screen:?}"
    );
    // Scroll to the star.
    h.get_by_label("The star: click here").scroll_to_me();
    h.run();
    click(&mut h, "The star: click here");
    h.run();
    assert!(shows(&h, "Well done!"));
    let tries = tries(dir.path(), "souris");
    assert_eq!(tries.len(), 1);
    assert!(tries[0].success);
    assert_eq!((tries[0].hits, tries[0].misses), (3 + 1 + 1 + 3 + 1, 4)); // beside, menu item, left button, dropped beside
}

#[test]
fn leaving_the_mouse_practice_unfinished_records_no_try() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = at_step(dir.path(), 6);
    click(&mut h, "Target 1 of 3");
    click(&mut h, "Next");
    assert!(tries(dir.path(), "souris").is_empty());
}

#[test]
fn a_mailbox_without_a_scam_is_refused() {
    let lesson = LESSON.replacen("scam = true\n", "", 1);
    let found = load_files(&common::hands_on_pack(&lesson))
        .err()
        .unwrap_or_default();
    assert_eq!(
        found.iter().map(|p| p.kind.clone()).collect::<Vec<_>>(),
        [ProblemKind::NoScam {
            field: "steps[3].activity".into()
        }]
    );
}

#[test]
fn unknown_form_formats_and_mouse_tasks_are_named() {
    let lesson = LESSON
        .replacen(r#"format = "date""#, r#"format = "birthday""#, 1)
        .replacen("targets = 3", "targets = 3\ntasks = [\"click\", \"wiggle\"]", 1)
        .replacen(r#"type = "password""#, r#"type = "quiz""#, 1);
    let found = load_files(&common::hands_on_pack(&lesson))
        .err()
        .unwrap_or_default();
    let kinds: Vec<ProblemKind> = found.iter().map(|p| p.kind.clone()).collect();
    assert!(kinds.contains(&ProblemKind::UnknownFieldFormat {
        field: "steps[4].activity.fields[2].format".into(),
        value: "birthday".into()
    }));
    assert!(kinds.contains(&ProblemKind::UnknownMouseTask {
        field: "steps[6].activity.tasks[2]".into(),
        value: "wiggle".into()
    }));
    assert!(kinds.contains(&ProblemKind::UnknownActivityType {
        field: "steps[2].activity.type".into(),
        value: "quiz".into()
    }));
    assert_eq!(kinds.len(), 3, "{found:#?}");
    let line = found
        .iter()
        .find(|p| matches!(p.kind, ProblemKind::UnknownFieldFormat { .. }))
        .and_then(|p| p.line);
    assert_eq!(
        line,
        Some(
            lesson
                .lines()
                .position(|l| l.contains("birthday"))
                .map(|i| i + 1)
                .expect("line")
        )
    );
}
