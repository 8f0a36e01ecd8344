//! A resident's report in the leaders' area: time spent, the leaders' note, renaming,
//! and merging two profiles of the same person without losing an answer, even one
//! that arrives later in a progress file from another PC.

use crate::common;

use common::{open_store, unlock_leaders_area};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use passerelle::app::PasserelleApp;
use passerelle::model::{Avatar, DisplaySettings, Lang, Resident};
use passerelle::store::Store;

type App = Harness<'static, PasserelleApp>;

fn click(h: &mut App, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// A sharing resident who answered the first `answers` questions of the first lesson
/// (right), then finished it.
fn resident_with_answers(store: &mut Store, name: &str, answers: usize) -> Resident {
    let r = store
        .create_resident(name, Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    store.set_shares_results(r.id, true).expect("consent");
    common::answer_first_questions(store, r.id, answers, Lang::En);
    if answers > 0 {
        let pack = store.packs().expect("packs").remove(0);
        store
            .finish_lesson(r.id, &pack.manifest.id, &pack.lessons[0].id, 1)
            .expect("finish");
    }
    r
}

fn memory_store() -> Store {
    let mut store = Store::open_in_memory().expect("store");
    passerelle::pack_install::sync_builtin(&mut store, &passerelle::pack::builtin::packs()).expect("packs");
    store
}

#[test]
fn merging_two_profiles_keeps_every_answer_even_those_arriving_later() {
    let mut store = memory_store();
    let ana = resident_with_answers(&mut store, "Ana", 2);
    let twin = resident_with_answers(&mut store, "Ana B", 3);
    let (ana_uid, twin_uid) = (
        store.resident_uid(ana.id).expect("uid"),
        store.resident_uid(twin.id).expect("uid"),
    );
    // The twin's history as another PC still has it, with one answer more.
    let mut elsewhere = store
        .export_progress(Some(std::slice::from_ref(&twin_uid)))
        .expect("export");
    let mut later = elsewhere.residents[0].answers[0].clone();
    later.uid = "answered-later-on-another-pc".into();
    elsewhere.residents[0].answers.push(later);
    store
        .set_resident_note(&twin_uid, "Vient le mardi")
        .expect("note");

    assert!(store.merge_residents(&ana_uid, &twin_uid).expect("merge"));
    assert!(
        !store.merge_residents(&ana_uid, &twin_uid).expect("twice"),
        "the twin is gone"
    );
    let summaries = store.resident_summaries().expect("summaries");
    assert_eq!(summaries.len(), 1);
    assert_eq!((summaries[0].name.as_str(), summaries[0].answers), ("Ana", 5));
    assert_eq!(summaries[0].lessons_done, 1);
    assert_eq!(store.resident_note(&ana_uid).expect("note"), "Vient le mardi");

    // The other PC's file names the merged profile: its answers join Ana's.
    let report = store.merge_progress(&elsewhere).expect("merge file");
    assert_eq!((report.residents_added, report.answers_added), (0, 1));
    let summaries = store.resident_summaries().expect("summaries");
    assert_eq!((summaries.len(), summaries[0].answers), (1, 6));
}

#[test]
fn a_rename_travels_and_wins_over_the_card() {
    let mut here = memory_store();
    let ana = resident_with_answers(&mut here, "Ana", 0);
    let uid = here.resident_uid(ana.id).expect("uid");
    let before = here.export_progress(None).expect("export");
    here.rename_resident(&uid, "Anaïs").expect("rename");
    let renamed = here.export_progress(None).expect("export");
    // Another PC gets the old card (used later) and the rename, in either order.
    for files in [[&before, &renamed], [&renamed, &before]] {
        let mut there = Store::open_in_memory().expect("store");
        for file in files {
            let mut file = file.clone();
            file.residents[0].last_seen_at += 1_000;
            there.merge_progress(&file).expect("merge");
        }
        let names: Vec<String> = there
            .residents()
            .expect("residents")
            .into_iter()
            .map(|r| r.name)
            .collect();
        assert_eq!(names, ["Anaïs"]);
    }
}

#[test]
fn a_leader_writes_a_note_renames_and_merges_from_the_report() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = open_store(&dir.path().join("s.sqlite3"));
    resident_with_answers(&mut store, "Ana", 2);
    resident_with_answers(&mut store, "Ana bis", 1);
    store.set_agent_pin("482915").expect("pin");
    let mut h = common::app(store);
    h.set_size(egui::vec2(1000.0, 2400.0));
    click(&mut h, "English");
    unlock_leaders_area(&mut h, "482915");
    click(&mut h, "See Ana's report");
    h.get_by_label_contains("Time spent on answers and practice: about 0 min");

    h.get_by_role_and_label(
        Role::MultilineTextInput,
        "Note for the workshop leaders: practical things only, never health, money or residence papers (the person can ask to see it)",
    )
    .focus();
    h.run();
    h.get_by_role_and_label(
        Role::MultilineTextInput,
        "Note for the workshop leaders: practical things only, never health, money or residence papers (the person can ask to see it)",
    )
    .type_text("Prefers large text");
    h.run();
    click(&mut h, "Keep the note");
    h.get_by_label("The note is kept.");

    let name = "Name shown on the profile card";
    h.get_by_role_and_label(Role::TextInput, name).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, name).type_text("Anaïs");
    h.run();
    click(&mut h, "Change the name");
    h.get_by_label("The profile is now called Anaïs.");

    click(&mut h, "This person has another profile: merge them");
    click(&mut h, "Merge Ana bis");
    h.get_by_label_contains("Merge Ana bis into Anaïs?");
    click(&mut h, "Yes, merge");
    h.get_by_label("Ana bis's profile is merged into this one. Nothing was lost.");
    h.get_by_label_contains("1 lesson finished, 0 right answers out of 3.");
    // The note stayed.
    let note = h
        .get_by_role_and_label(
            Role::MultilineTextInput,
            "Note for the workshop leaders: practical things only, never health, money or residence papers (the person can ask to see it)",
        )
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert_eq!(note, "Prefers large text");
    click(&mut h, "Back to the list");
    h.get_by_label("1 person shares their results");
    h.get_by_label("Anaïs");
}
