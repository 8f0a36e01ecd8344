//! Carrying progress to another PC through the screens: the file dialog is behind a
//! trait, so these tests need no desktop; it runs on a thread of its own.

use crate::common;

use std::path::PathBuf;
use std::sync::Arc;

use common::{Fake, open_store, wait_for_file_job};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use passerelle::app::{PasserelleApp, Startup};
use passerelle::model::{Avatar, DisplaySettings, Lang};

type App = Harness<'static, PasserelleApp>;

fn pc(store_path: &std::path::Path, dialog: Fake) -> App {
    let store = open_store(store_path);
    let startup = Startup {
        file_dialog: Some(Arc::new(dialog)),
        ..Startup::default()
    };
    let mut h = common::app_with(store, startup);
    h.set_size(egui::vec2(1000.0, 2400.0));
    h.get_by_label("English").click();
    h.run();
    h
}

fn click(h: &mut App, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

#[test]
fn a_resident_saves_her_progress_and_carries_on_on_another_pc() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ana.passerelle");
    {
        let mut store = open_store(&dir.path().join("pc1.sqlite3"));
        store
            .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
            .expect("resident");
    }
    let mut first = pc(
        &dir.path().join("pc1.sqlite3"),
        Fake {
            save_to: file.clone(),
            open: vec![],
        },
    );
    click(&mut first, "Open Ana's profile");
    click(&mut first, "My progress");
    click(&mut first, "Save my progress to a file");
    wait_for_file_job(&mut first);
    assert!(
        first
            .query_by_label_contains("Your progress is saved in")
            .is_some()
    );
    assert!(file.exists());

    let foreign = dir.path().join("notes.passerelle");
    std::fs::write(&foreign, "not progress").expect("write");
    let mut second = pc(
        &dir.path().join("pc2.sqlite3"),
        Fake {
            save_to: dir.path().join("unused"),
            open: vec![file, foreign],
        },
    );
    assert!(second.query_by_label("Open Ana's profile").is_none());
    click(&mut second, "Load my progress from a file");
    wait_for_file_job(&mut second);
    assert!(
        second
            .query_by_label_contains("ana.passerelle: loaded (1 new person")
            .is_some()
    );
    assert!(
        second
            .query_by_label_contains("notes.passerelle: not loaded. This is not a Passerelle progress file")
            .is_some()
    );
    click(&mut second, "Open Ana's profile");
    second.get_by_label("Hello Ana!");
}

/// The leaders' area open on a PC with Ana (who shares, with 2 answers and the first
/// lesson finished) and Bea (who does not, with 1 answer), in `lang`, saving to `save_to`.
fn leaders_area(dir: &std::path::Path, save_to: PathBuf, lang: &str) -> App {
    let path = dir.join("pc.sqlite3");
    {
        let mut store = open_store(&path);
        let pack = store.packs().expect("packs").remove(0);
        let lesson = store
            .lesson(&pack.manifest.id, &pack.lessons[0].id)
            .expect("lesson")
            .expect("lesson");
        for (name, shares, answers) in [("Ana; \"Nana\"", true, 2), ("Bea", false, 1)] {
            let r = store
                .create_resident(name, Avatar::default(), Lang::Fr, DisplaySettings::default())
                .expect("resident");
            store.set_shares_results(r.id, shares).expect("consent");
            common::answer_first_questions(&mut store, r.id, answers, Lang::Fr);
            if shares {
                store
                    .finish_lesson(r.id, &pack.manifest.id, &lesson.id, 2)
                    .expect("finish");
            }
        }
        store.set_agent_pin("482915").expect("pin");
    }
    let mut h = pc(
        &path,
        Fake {
            save_to,
            open: vec![],
        },
    );
    click(&mut h, lang);
    common::unlock_leaders_area(&mut h, "482915");
    h
}

#[test]
fn the_residents_table_has_exactly_the_figures_on_screen() {
    let dir = tempfile::tempdir().expect("dir");
    let csv_path = dir.path().join("personnes.csv");
    let mut h = leaders_area(dir.path(), csv_path.clone(), "Français");
    click(&mut h, "Tableau des personnes");
    wait_for_file_job(&mut h);
    let csv = std::fs::read_to_string(&csv_path).expect("csv");
    assert!(csv.starts_with('\u{feff}'), "a BOM for Excel");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "Nom;Dernière visite;Dernière visite (ISO 8601);Leçons finies;Bonnes réponses;Réponses;\
         Temps passé (minutes);Compétences atteintes (CRCN)"
    );
    assert_eq!(lines.len(), 2, "only the resident who shares: {lines:?}");
    // `"Ana; ""Nana"""`: quoted, since the name holds the separator and quotes.
    let (name, rest) = lines[1]
        .rsplit_once("\";")
        .map(|(n, r)| (n.trim_start_matches('"').replace("\"\"", "\""), r))
        .expect("a quoted name");
    let fields: Vec<&str> = rest.split(';').collect();
    h.get_by_label(&name);
    // French counts 0 and 1 in the singular.
    let plural = |n: &str, one: &str, many: &str| {
        if n == "0" || n == "1" {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let on_screen = format!(
        "{}, {} sur {}. Dernière visite\u{a0}: {}.",
        plural(fields[2], "leçon finie", "leçons finies"),
        plural(fields[3], "bonne réponse", "bonnes réponses"),
        fields[4],
        fields[0]
    );
    h.get_by_label(&on_screen);
    // The ISO date is the same day, in the order every spreadsheet reads.
    let (day, month, year) = (&fields[0][0..2], &fields[0][3..5], &fields[0][6..10]);
    assert_eq!(fields[1], format!("{year}-{month}-{day}"));
    // The time spent and the competences, as her report shows them.
    h.get_by_label(&format!("Voir le bilan d'{name}")).click();
    h.run();
    h.get_by_label(&format!(
        "Temps passé sur les réponses et les exercices\u{a0}: environ {} min.",
        fields[5]
    ));
    for competence in fields[6].split(" / ") {
        h.get_by_label(competence);
    }
    assert!(
        fields[6].contains("niveau 1"),
        "Ana finished the first lesson: {}",
        fields[6]
    );
}

#[test]
fn the_answers_table_holds_only_shared_answers() {
    let dir = tempfile::tempdir().expect("dir");
    let csv_path = dir.path().join("answers.csv");
    let mut h = leaders_area(dir.path(), csv_path.clone(), "English");
    click(&mut h, "Table of answers");
    wait_for_file_job(&mut h);
    h.get_by_label_contains("The table is saved in");
    let csv = std::fs::read_to_string(&csv_path).expect("csv");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "Name,Date,Time,Date and time (ISO 8601),Pack,Lesson,Question,Right,Language"
    );
    assert_eq!(lines.len(), 3, "Ana's 2 answers, not Bea's: {lines:?}");
    assert!(lines[1].starts_with("\"Ana; \"\"Nana\"\"\","));
    // Titles and questions as the screens show them, in English, not ids.
    let fields: Vec<&str> = lines[1].rsplitn(9, ',').collect();
    let (date, time, iso) = (fields[7], fields[6], fields[5]);
    assert!(
        iso.starts_with(&format!("{date}T{time}")) && (iso.ends_with(":00") || iso.ends_with(":30")),
        "the ISO instant agrees with the date and time shown: {}",
        lines[1]
    );
    assert_eq!(fields[4], "First steps with a computer");
    assert_eq!(fields[3], "The mouse");
    assert_eq!(
        fields[2],
        "What is the small arrow that moves with the mouse called?"
    );
}

#[test]
fn an_attestation_pdf_carries_the_structure_the_name_and_the_lessons() {
    let dir = tempfile::tempdir().expect("dir");
    let pdf_path = dir.path().join("attestation.pdf");
    let mut h = leaders_area(dir.path(), pdf_path.clone(), "Français");
    let structure = "Médiathèque du Centre";
    if let passerelle::session::Route::Agent(passerelle::session::AgentView::Open {
        structure: typed, ..
    }) = &mut h.state_mut().state_mut().route
    {
        *typed = structure.into();
    }
    // The leader's name, typed as a leader would.
    let leader_field =
        "Le nom de la personne qui signe les attestations (laisser vide pour l'écrire à la main)";
    h.get_by_label(leader_field).focus();
    h.run();
    h.get_by_label(leader_field).type_text("Élodie Martin");
    h.run();
    click(&mut h, "Garder ces noms");
    h.get_by_label("Les noms sont gardés pour les attestations.");
    h.get_by_label("Voir le bilan d'Ana; \"Nana\"").click();
    h.run();
    click(&mut h, "Enregistrer une attestation à imprimer (PDF)");
    wait_for_file_job(&mut h);
    assert!(
        h.query_by_label_contains("L'attestation est enregistrée dans")
            .is_some()
    );
    let pdf = std::fs::read(&pdf_path).expect("pdf");
    let (text, _) = crate::common::pdf_text(&pdf);
    assert!(text.contains("Médiathèque du Centre"), "the structure: {text}");
    assert!(text.contains("Ana; \"Nana\""), "the name: {text}");
    assert!(
        text.contains("Attestation de parcours"),
        "in the resident's language: {text}"
    );
    // Ana answered 2 questions of 6 right: the lesson is followed, its competence not reached.
    assert!(text.contains("Aucune compétence atteinte"), "{text}");
    assert!(
        text.contains("- La souris, finie le"),
        "the lesson followed: {text}"
    );
    assert!(text.contains("2 bonnes réponses sur 6"), "{text}");
    // Signed with the key the leaders' PIN opened, as this PC knows it.
    let signed = passerelle::signing::find_in_pdf(&pdf).expect("a signed attestation");
    let passerelle::signing::Verdict::Signed(facts) = passerelle::signing::check(&signed) else {
        panic!("not as signed: {signed}");
    };
    assert_eq!(facts.name, "Ana; \"Nana\"");
    assert_eq!(facts.leader, "Élodie Martin", "the leader's name is signed");
    assert!(
        text.contains("Signature d'Élodie Martin, qui signe pour la structure"),
        "and printed: {text}"
    );
    assert!(text.contains("Signée par la structure avec sa clé"), "{text}");
    let store = passerelle::store::Store::open(&dir.path().join("pc.sqlite3")).expect("store");
    assert_eq!(
        store.signer(&facts.key).expect("signer"),
        passerelle::model::attestation_check::Signer::Own
    );
}

/// The same as a PC whose system has no file dialog: saves go to the known folder (never
/// over an earlier file), and loading lists that folder's progress files, named, for the
/// person to tick; nothing is loaded that was not ticked.
#[test]
fn where_no_dialog_opens_the_files_to_load_are_ticked_in_the_folder_named() {
    let dir = tempfile::tempdir().expect("dir");
    let known = dir.path().join("Passerelle");
    {
        let mut store = open_store(&dir.path().join("pc1.sqlite3"));
        store
            .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
            .expect("resident");
    }
    let startup = |store_path: &std::path::Path| {
        let store = open_store(store_path);
        let startup = Startup {
            file_dialog: Some(Arc::new(passerelle::file_dialog::KnownFolder(known.clone()))),
            ..Startup::default()
        };
        let mut h = common::app_with(store, startup);
        h.set_size(egui::vec2(1000.0, 2400.0));
        h.get_by_label("English").click();
        h.run();
        h
    };
    let mut first = startup(&dir.path().join("pc1.sqlite3"));
    click(&mut first, "Open Ana's profile");
    click(&mut first, "My progress");
    for _ in 0..2 {
        click(&mut first, "Save my progress to a file");
        wait_for_file_job(&mut first);
    }
    let mut saved: Vec<String> = std::fs::read_dir(&known)
        .expect("the known folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    saved.sort();
    assert_eq!(
        saved.len(),
        2,
        "the second save did not replace the first: {saved:?}"
    );
    let (again, once): (Vec<String>, Vec<String>) = saved.into_iter().partition(|n| n.contains(" (2)"));
    assert_eq!((again.len(), once.len()), (1, 1), "{again:?} {once:?}");
    first.get_by_label_contains(&format!(
        "Your progress is saved in {}",
        known.join(&again[0]).display()
    ));
    drop(first);

    std::fs::write(known.join("notes.passerelle"), "not progress").expect("write");
    std::fs::write(known.join("photo.png"), "png").expect("write");
    let mut second = startup(&dir.path().join("pc2.sqlite3"));
    click(&mut second, "Load my progress from a file");
    wait_for_file_job(&mut second);
    second.get_by_label("Choose the files to load");
    second.get_by_label(&format!(
        "Passerelle looks for them in this folder: {}",
        known.display()
    ));
    assert!(
        second.query_by_label("photo.png").is_none(),
        "only progress files"
    );
    assert!(
        second
            .get_by_label("Load the files ticked")
            .accesskit_node()
            .is_disabled(),
        "nothing ticked yet"
    );
    // Cancel: nothing loaded, the screen is back.
    click(&mut second, "Cancel");
    assert!(second.query_by_label("Choose the files to load").is_none());
    assert!(second.query_by_label("Open Ana's profile").is_none());
    // Again, ticking Ana's first file only.
    click(&mut second, "Load my progress from a file");
    wait_for_file_job(&mut second);
    click(&mut second, &once[0]);
    click(&mut second, "Load the file ticked");
    wait_for_file_job(&mut second);
    second.get_by_label_contains(&format!("{}: loaded (1 new person", once[0]));
    assert!(
        second.query_by_label_contains("notes.passerelle").is_none(),
        "a file not ticked is not loaded"
    );
    click(&mut second, "Open Ana's profile");
    second.get_by_label("Hello Ana!");
}
