//! Workshops in the leaders' area, through the screens: creating one (with its checks),
//! choosing its lessons and residents, marking attendance, the group view with the
//! questions missed most, the table for spreadsheets (the same figures as on screen),
//! and the workshop's lessons first on a resident's home.

use crate::common;

use std::sync::Arc;

use common::{Fake, open_store, unlock_leaders_area, wait_for_file_job};
use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use passerelle::app::{PasserelleApp, Startup};
use passerelle::model::{Avatar, DisplaySettings, Lang, Response, grade};
use passerelle::store::{AnswerRecord, Store};

type App = Harness<'static, PasserelleApp>;

fn click(h: &mut App, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn type_in(h: &mut App, role: Role, label: &str, text: &str) {
    h.get_by_role_and_label(role, label).focus();
    h.run();
    h.get_by_role_and_label(role, label).type_text(text);
    h.run();
}

/// Ana and Bea share their results and got the first question of "The mouse" wrong;
/// Carl keeps his results to himself.
fn store_with_residents(path: &std::path::Path) -> Store {
    let mut store = open_store(path);
    let pack = store.packs().expect("packs").remove(0);
    let lesson = store
        .lesson(&pack.manifest.id, &pack.lessons[0].id)
        .expect("lesson")
        .expect("lesson");
    for (name, shares) in [("Ana", true), ("Bea", true), ("Carl", false)] {
        let r = store
            .create_resident(name, Avatar::default(), Lang::En, DisplaySettings::default())
            .expect("resident");
        store.set_shares_results(r.id, shares).expect("consent");
        let progress = store
            .start_lesson(r.id, &pack.manifest.id, &lesson.id)
            .expect("start");
        let question = &lesson.questions[0];
        let wrong = Response::Choice("nothing-right".into());
        store
            .record_answer(&AnswerRecord {
                resident: r.id,
                pack: &pack.manifest.id,
                lesson: &lesson.id,
                question: &question.id,
                attempt: progress.attempt,
                response: &wrong,
                grade: grade(&question.kind, &wrong),
                lang: Lang::En,
            })
            .expect("answer");
    }
    store.set_agent_pin("482915").expect("pin");
    store
}

fn leaders_area(dir: &std::path::Path, lang: &str) -> App {
    leaders_area_saving_to(dir, lang, &dir.join("table.csv"))
}

/// The leaders' area in `lang`, whose dialogs save to `file` and open it again.
fn leaders_area_saving_to(dir: &std::path::Path, lang: &str, file: &std::path::Path) -> App {
    let store = store_with_residents(&dir.join("pc.sqlite3"));
    let startup = Startup {
        file_dialog: Some(Arc::new(Fake {
            save_to: file.to_owned(),
            open: vec![file.to_owned()],
        })),
        ..Startup::default()
    };
    let mut h = common::app_with(store, startup);
    h.set_size(egui::vec2(1000.0, 3000.0));
    click(&mut h, lang);
    unlock_leaders_area(&mut h, "482915");
    h
}

/// Fills in the form of a new workshop, giving "The mouse" and "Windows and buttons" to
/// Ana and Bea, and saves it.
fn create_workshop(h: &mut App) {
    click(h, "Workshops");
    click(h, "New workshop");
    type_in(h, Role::TextInput, "Title of the workshop", "Mouse and windows");
    type_in(h, Role::TextInput, "Day (for example 24/11/2026)", "31/02/2026");
    type_in(
        h,
        Role::TextInput,
        "Starting time, if you wish (for example 14:00)",
        "14h",
    );
    type_in(h, Role::TextInput, "Place", "Library, room 2");
    click(h, "Save the workshop");
    // 31 February does not exist: the form says so and keeps what was typed.
    h.get_by_label("Type a day that exists, as day/month/year: 24/11/2026.");
    assert!(h.query_by_label("The workshop is saved.").is_none());
    h.get_by_role_and_label(Role::TextInput, "Day (for example 24/11/2026)")
        .focus();
    h.run();
    for _ in 0.."31/02/2026".len() {
        h.key_press(egui::Key::Backspace);
        h.run();
    }
    h.get_by_role_and_label(Role::TextInput, "Day (for example 24/11/2026)")
        .type_text("24/11/2026");
    h.run();
    click(h, "First steps with a computer (none chosen)");
    click(h, "The mouse");
    click(h, "Windows and buttons");
    click(h, "Ana");
    click(h, "Bea");
    // Carl does not share his results: he cannot be chosen.
    assert!(h.query_by_label("Carl").is_none());
    click(h, "Save the workshop");
    h.get_by_label("The workshop is saved.");
}

#[test]
fn a_leader_creates_a_workshop_and_marks_who_came() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = leaders_area(dir.path(), "English");
    create_workshop(&mut h);
    h.get_by_label("Mouse and windows");
    h.get_by_label("2026-11-24 at 14:00 — Library, room 2");
    h.get_by_label("• The mouse");
    h.get_by_label("• Windows and buttons");
    assert_eq!(
        h.get_by_role_and_label(Role::CheckBox, "Ana was there")
            .accesskit_node()
            .toggled(),
        Some(Toggled::False)
    );
    click(&mut h, "Ana was there");
    assert_eq!(
        h.get_by_role_and_label(Role::CheckBox, "Ana was there")
            .accesskit_node()
            .toggled(),
        Some(Toggled::True)
    );
    h.get_by_label("Ana: 0 of the 2 lessons finished.");
    // The question both got wrong comes first among the group's mistakes.
    h.get_by_label("What is the small arrow that moves with the mouse called?");
    h.get_by_label("The mouse: 2 wrong answers out of 2.");
    // The list shows the attendance.
    click(&mut h, "Back to the workshops");
    h.get_by_label("2 people, 1 present");
    // Editing keeps what was chosen.
    click(&mut h, "Open the workshop: Mouse and windows");
    click(&mut h, "Edit the workshop");
    assert_eq!(
        h.get_by_role_and_label(Role::CheckBox, "The mouse")
            .accesskit_node()
            .toggled(),
        Some(Toggled::True)
    );
    assert_eq!(
        h.get_by_role_and_label(Role::CheckBox, "The keyboard")
            .accesskit_node()
            .toggled(),
        Some(Toggled::False)
    );
}

#[test]
fn the_workshops_table_has_exactly_the_figures_on_screen() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = leaders_area(dir.path(), "Français");
    h.get_by_label("Ateliers").click();
    h.run();
    click(&mut h, "Nouvel atelier");
    type_in(&mut h, Role::TextInput, "Titre de l'atelier", "Atelier; souris");
    type_in(
        &mut h,
        Role::TextInput,
        "Jour (par exemple 24/11/2026)",
        "2026-11-24",
    );
    click(&mut h, "Premiers pas avec l'ordinateur (aucune choisie)");
    click(&mut h, "La souris");
    click(&mut h, "Ana");
    click(&mut h, "Bea");
    click(&mut h, "Enregistrer l'atelier");
    click(&mut h, "Bea était là");
    click(&mut h, "Retour aux ateliers");
    click(&mut h, "Tableau des ateliers");
    wait_for_file_job(&mut h);
    h.get_by_label_contains("Le tableau est enregistré");
    let csv = std::fs::read_to_string(dir.path().join("table.csv")).expect("csv");
    assert!(csv.starts_with('\u{feff}'), "a BOM for Excel");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines,
        [
            "Atelier;Date;Date (ISO 8601);Heure;Lieu;Sujet;Leçons données;Nom;Présent;Leçons finies",
            "\"Atelier; souris\";24/11/2026;2026-11-24;;;;La souris;Ana;non;0",
            "\"Atelier; souris\";24/11/2026;2026-11-24;;;;La souris;Bea;oui;0",
        ]
    );
    // The same figures on screen.
    click(&mut h, "Ouvrir l'atelier\u{a0}: Atelier; souris");
    h.get_by_label("24/11/2026");
    h.get_by_label("• La souris");
    h.get_by_label("Ana\u{a0}: 0 leçon finie sur 1.");
    h.get_by_label("Bea\u{a0}: 0 leçon finie sur 1.");
    assert_eq!(
        h.get_by_role_and_label(Role::CheckBox, "Bea était là")
            .accesskit_node()
            .toggled(),
        Some(Toggled::True)
    );
    assert_eq!(
        h.get_by_role_and_label(Role::CheckBox, "Ana était là")
            .accesskit_node()
            .toggled(),
        Some(Toggled::False)
    );
}

#[test]
fn a_resident_sees_the_workshop_lessons_first() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = leaders_area(dir.path(), "English");
    create_workshop(&mut h);
    click(&mut h, "Back to the workshops");
    click(&mut h, "Back to the list");
    click(&mut h, "Close the area");
    click(&mut h, "Open Ana's profile");
    h.get_by_label("Given by your workshop: Mouse and windows");
    // "The mouse" is begun: the big button offers to go on with it; once it is done the
    // workshop's next lesson, "Windows and buttons", comes before "The keyboard".
    h.get_by_label("Continue where I left off: The mouse");
    let home = &h.state().state().route;
    let passerelle::session::Route::Home(home) = home else {
        panic!("home");
    };
    let (_, lessons) = home.given.as_ref().expect("the workshop's lessons");
    assert_eq!(
        lessons
            .iter()
            .map(|l| l.title.get(Lang::En).as_str())
            .collect::<Vec<_>>(),
        ["The mouse", "Windows and buttons"]
    );
}

#[test]
fn a_leader_saves_every_attestation_of_a_workshop_in_one_pdf_to_print() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("attestations.pdf");
    let mut h = leaders_area_saving_to(dir.path(), "English", &file);
    create_workshop(&mut h);
    click(&mut h, "Save everyone's attestation (PDF)");
    wait_for_file_job(&mut h);
    h.get_by_label_contains("2 pages, one for each person. Open the file to print them.");
    assert!(
        h.query_by_label_contains("keeps their results to themselves")
            .is_none(),
        "everyone in this workshop shares"
    );

    let pdf = std::fs::read(&file).expect("the PDF");
    let doc = lopdf::Document::load_mem(&pdf).expect("a PDF");
    assert_eq!(doc.get_pages().len(), 2, "one page for each person who shares");
    // Each page carries its own person's facts, signed, in its QR code.
    let store = Store::open(&dir.path().join("pc.sqlite3")).expect("store");
    for (page, name) in [(1, "Ana"), (2, "Bea")] {
        let scanned = common::pdf_qr_text(&pdf, page).expect("a QR code on the page");
        let passerelle::signing::Verdict::Signed(facts) = passerelle::signing::check(&scanned) else {
            panic!("page {page} not as signed");
        };
        assert_eq!(facts.name, name);
        assert_eq!(
            store.signer(&facts.key).expect("signer"),
            passerelle::model::attestation_check::Signer::Own
        );
    }
    assert!(
        !pdf.windows(4).any(|w| w == b"Carl"),
        "Carl keeps his results to himself: not a word of him in the file"
    );

    // Checked from the leaders' area, the file shows the first and lists the second.
    click(&mut h, "Back to the workshops");
    click(&mut h, "Back to the list");
    click(&mut h, "Check an attestation (PDF)");
    wait_for_file_job(&mut h);
    h.get_by_label_contains("Valid: signed by this structure");
    h.get_by_label("Name: Ana");
    h.get_by_label_contains("This file holds 2 attestations");
    h.get_by_label("Page 2: valid, Bea");
}

#[test]
fn a_workshop_gives_a_draft_of_the_coops_activity_report() {
    let dir = tempfile::tempdir().expect("dir");
    let mut h = leaders_area(dir.path(), "English");
    create_workshop(&mut h);
    click(&mut h, "Ana was there");
    click(&mut h, "Back to the workshops");
    // The list says it: 2 people, 1 present.
    h.get_by_label("2 people, 1 present");
    click(&mut h, "Activity reports for the Coop (drafts)");
    wait_for_file_job(&mut h);
    h.get_by_label_contains("The table is saved in");
    let csv = std::fs::read_to_string(dir.path().join("table.csv")).expect("csv");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines,
        [
            "Date (ISO 8601),Type of activity,Workshop title,Duration in minutes (to fill in),Place,\
             \"Place, as typed\",Themes,Themes (Coop API),Workshop level,Level (Coop API),Equipment,\
             Participants (present),Notes",
            // Both lessons are CRCN 5.2 at level 1: the Coop's "taking equipment in hand",
            // for beginners; one person of two came.
            "2026-11-24,Atelier collectif,Mouse and windows,,Lieu d’activité,\"Library, room 2\",\
             Prendre en main du matériel,prendre_en_main_du_materiel,Débutant,debutant,Ordinateur,1,\
             \"Passerelle lessons: The mouse, Windows and buttons. Finished: 0 of 4 by the 2 people \
             who share their results.\"",
        ]
    );
}
