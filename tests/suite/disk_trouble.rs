//! A full disk or a folder that refuses writes: the resident gets a plain message, the
//! answer's feedback does not appear (it was not saved), and nothing saved before is lost.

use crate::common;

use common::{app, open_store};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use passerelle::app::PasserelleApp;
use passerelle::i18n::I18n;
use passerelle::model::{Avatar, DisplaySettings, Lang, Response, grade};
use passerelle::store::{AnswerRecord, Store, StoreError};

/// Records answers until the store refuses one; returns the ids of those saved, and the
/// error.
fn fill(store: &mut Store) -> (Vec<String>, StoreError) {
    let pack = store.packs().expect("packs").remove(0);
    let lesson = store
        .lesson(&pack.manifest.id, &pack.lessons[0].id)
        .expect("lesson")
        .expect("a lesson");
    let resident = store
        .create_resident("Filler", Avatar::default(), Lang::Fr, DisplaySettings::default())
        .expect("resident");
    let progress = store
        .start_lesson(resident.id, &pack.manifest.id, &lesson.id)
        .expect("start");
    store.limit_size_to_current().expect("limit");
    let mut saved = Vec::new();
    // Once a write fails, the crumbs of room left are filled with the smallest answers,
    // until 30 in a row find none (each goes where a resident's answer would).
    let mut first_error = None;
    let mut failed_in_a_row = 0;
    for i in 0..20_000 {
        let question = &lesson.questions[i % lesson.questions.len()];
        let response = if first_error.is_none() {
            Response::Text(format!("answer {i}"))
        } else {
            Response::Bool(true)
        };
        match store.record_answer(&AnswerRecord {
            resident: resident.id,
            pack: &pack.manifest.id,
            lesson: &lesson.id,
            question: &question.id,
            attempt: progress.attempt,
            response: &response,
            grade: grade(&question.kind, &response),
            lang: Lang::Fr,
        }) {
            Ok(uid) => {
                saved.push(uid);
                failed_in_a_row = 0;
            }
            Err(e) => {
                first_error.get_or_insert(e);
                failed_in_a_row += 1;
                if failed_in_a_row == 30 {
                    break;
                }
            }
        }
    }
    (saved, first_error.expect("the store filled up"))
}

#[test]
fn a_full_disk_is_named_and_loses_nothing_saved_before() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("s.sqlite3");
    let mut store = open_store(&path);
    let (saved, error) = fill(&mut store);
    let i18n = I18n::new();
    assert_eq!(
        error.message(&i18n.tr(Lang::En)),
        "The disk is full: your last action was not saved. Free some space and try again."
    );
    assert!(
        error
            .message(&i18n.tr(Lang::Fr))
            .starts_with("Le disque est plein")
    );
    drop(store);
    let store = Store::open(&path).expect("reopens");
    assert!(store.integrity_check().expect("check"));
    for uid in &saved {
        assert!(store.has_answer(uid).expect("query"), "answer {uid} kept");
    }
}

/// The app on `store`, at the mouse lesson's first question with a choice picked.
fn at_first_question(store: Store) -> Harness<'static, PasserelleApp> {
    let mut harness = app(store);
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("Open Sam's profile").click();
    harness.run();
    harness.get_by_label("Start: The mouse").click();
    harness.run();
    while harness.query_by_label("Check my answer").is_none() {
        harness.get_by_label("Next").click();
        harness.run();
    }
    harness
        .get_by_role_and_label(Role::RadioButton, "The pointer")
        .click();
    harness.run();
    harness
}

fn store_with_sam(path: &std::path::Path) -> Store {
    let mut store = open_store(path);
    store
        .create_resident("Sam", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    store
}

#[test]
fn an_answer_that_cannot_be_saved_shows_why_and_no_feedback() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = store_with_sam(&dir.path().join("s.sqlite3"));
    let _ = fill(&mut store);
    let mut harness = at_first_question(store);
    harness.get_by_label("Check my answer").click();
    harness.run();
    harness.get_by_label("The disk is full: your last action was not saved. Free some space and try again.");
    assert!(
        harness.query_by_label("That's right!").is_none(),
        "no feedback for an unsaved answer"
    );
    // The answer is still picked: once space is freed, it can be checked again.
    assert!(harness.query_by_label("Check my answer").is_some());
}

#[test]
fn a_folder_that_refuses_writes_is_named() {
    let dir = tempfile::tempdir().expect("dir");
    let store = store_with_sam(&dir.path().join("s.sqlite3"));
    let mut harness = at_first_question(store);
    harness
        .state_mut()
        .store_for_tests()
        .refuse_writes()
        .expect("read-only");
    harness.get_by_label("Check my answer").click();
    harness.run();
    harness.get_by_label(
        "Passerelle cannot write in its data folder. Ask the workshop leader to check the folder's permissions.",
    );
    assert!(harness.query_by_label("That's right!").is_none());
}

#[test]
fn io_errors_of_a_read_only_or_full_disk_have_their_message() {
    let tr = I18n::new();
    let tr = tr.tr(Lang::En);
    for kind in [
        std::io::ErrorKind::PermissionDenied,
        std::io::ErrorKind::ReadOnlyFilesystem,
    ] {
        let message = StoreError::Io(std::io::Error::from(kind)).message(&tr);
        assert!(
            message.starts_with("Passerelle cannot write in its data folder"),
            "{kind:?}"
        );
    }
    let full = StoreError::Io(std::io::Error::from(std::io::ErrorKind::StorageFull)).message(&tr);
    assert!(full.starts_with("The disk is full"));
}

#[test]
fn a_store_on_a_network_drive_uses_the_rollback_journal_and_keeps_answers() {
    use passerelle::store::Journal;
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("s.sqlite3");
    let mut store = Store::open_with(&path, Journal::Rollback).expect("opens");
    assert_eq!(store.journal_mode().expect("mode"), "delete");
    passerelle::pack_install::sync_builtin(&mut store, &passerelle::pack::builtin::packs()).expect("packs");
    let (saved, _) = fill(&mut store);
    drop(store);
    assert!(
        !dir.path().join("s.sqlite3-wal").exists(),
        "no WAL file on a network drive"
    );
    // Opened again on a local disk, it switches to WAL and keeps everything.
    let store = Store::open(&path).expect("reopens");
    assert_eq!(store.journal_mode().expect("mode"), "wal");
    assert!(saved.iter().all(|uid| store.has_answer(uid).expect("query")));
}
