//! Progress lives in the store file: it survives closing the app and pack updates.

use crate::common;

use std::collections::BTreeSet;

use passerelle::model::{Avatar, DisplaySettings, Lang, LessonPhase, Response, grade};
use passerelle::pack::{PackFiles, load_files};
use passerelle::pack_install;
use passerelle::store::{AnswerRecord, Store, StoreError};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

#[allow(
    clippy::needless_pass_by_value,
    reason = "callers make the response in the call"
)]
fn answer(
    store: &mut Store,
    resident: passerelle::model::ResidentId,
    question: &str,
    response: Response,
) -> Result<bool> {
    let pack = "essai".into();
    let lesson = "lecon-un".into();
    let content = store.lesson(&pack, &lesson)?.ok_or("lesson missing")?;
    let q = content
        .questions
        .iter()
        .find(|q| q.id.as_str() == question)
        .ok_or("question missing")?;
    let g = grade(&q.kind, &response);
    store.record_answer(&AnswerRecord {
        resident,
        pack: &pack,
        lesson: &lesson,
        question: &q.id,
        attempt: 1,
        response: &response,
        grade: g,
        lang: Lang::Fr,
    })?;
    Ok(g.correct)
}

#[test]
fn answers_and_place_survive_reopening_the_store_file() -> Result {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("passerelle.sqlite3");
    let resident = {
        let mut store = Store::open(&path)?;
        let report = pack_install::sync_builtin(&mut store, &[common::valid_pack()])?;
        assert_eq!(report.imported, vec!["essai".to_owned()]);
        let resident =
            store.create_resident("Aïcha", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
        let progress = store.start_lesson(resident.id, &"essai".into(), &"lecon-un".into())?;
        assert_eq!(progress.attempt, 1);
        assert!(answer(
            &mut store,
            resident.id,
            "q-single",
            Response::Choice("b".into())
        )?);
        assert!(!answer(
            &mut store,
            resident.id,
            "q-typed",
            Response::Text("clavier".into())
        )?);
        resident.id
    };

    let store = Store::open(&path)?;
    let residents = store.residents()?;
    assert_eq!(residents.len(), 1);
    assert_eq!(residents[0].name, "Aïcha");
    let progress = store
        .lesson_progress(resident, &"essai".into(), &"lecon-un".into())?
        .ok_or("progress missing")?;
    assert_eq!(progress.phase, LessonPhase::Questions);
    let answers = store.answers(resident, &"essai".into(), &"lecon-un".into(), 1)?;
    let summary: Vec<(&str, bool)> = answers.iter().map(|a| (a.question.as_str(), a.correct)).collect();
    assert_eq!(summary, vec![("q-single", true), ("q-typed", false)]);
    assert_eq!(answers[1].response, Response::Text("clavier".into()));
    Ok(())
}

#[test]
fn lessons_are_read_from_the_store_not_the_files() -> Result {
    let mut store = Store::open_in_memory()?;
    pack_install::sync_builtin(&mut store, &[common::valid_pack()])?;
    let packs = store.packs()?;
    assert_eq!(packs.len(), 1);
    assert_eq!(packs[0].lessons[0].title.en, "Lesson one");
    assert_eq!(packs[0].lessons[0].question_count, 4);
    let lesson = store
        .lesson(&"essai".into(), &"lecon-un".into())?
        .ok_or("lesson missing")?;
    let from_files = load_files(&common::valid_pack()).map_err(|p| format!("{p:?}"))?;
    assert_eq!(lesson, from_files.lessons[0]);
    assert_eq!(
        store.media(&"essai".into(), "image.png")?.as_deref(),
        Some(common::PNG)
    );
    Ok(())
}

#[test]
fn an_unchanged_pack_is_not_imported_again() -> Result {
    let mut store = Store::open_in_memory()?;
    pack_install::sync_builtin(&mut store, &[common::valid_pack()])?;
    let again = pack_install::sync_builtin(&mut store, &[common::valid_pack()])?;
    assert!(again.imported.is_empty());
    Ok(())
}

#[test]
fn a_new_pack_version_keeps_progress_for_ids_that_remain() -> Result {
    let mut store = Store::open_in_memory()?;
    pack_install::sync_builtin(&mut store, &[common::valid_pack()])?;
    let resident = store.create_resident("Marc", Avatar::default(), Lang::En, DisplaySettings::default())?;
    store.start_lesson(resident.id, &"essai".into(), &"lecon-un".into())?;
    answer(&mut store, resident.id, "q-true-false", Response::Bool(true))?;
    store.finish_lesson(resident.id, &"essai".into(), &"lecon-un".into(), 1)?;

    // Version 1.1.0: a new title, and the typed question removed.
    let manifest = common::MANIFEST.replace("1.0.0", "1.1.0");
    let lesson = common::LESSON
        .replace("Lesson one", "Lesson 1")
        .split("[[questions]]\nid = \"q-typed\"")
        .next()
        .ok_or("split")?
        .to_owned();
    let v2: PackFiles = common::pack_files(&manifest, &lesson);
    let report = pack_install::sync_builtin(&mut store, &[v2])?;
    assert_eq!(report.imported, vec!["essai".to_owned()]);
    assert!(report.problems.is_empty(), "{:?}", report.problems);

    let packs = store.packs()?;
    assert_eq!(packs[0].manifest.version, "1.1.0");
    assert_eq!(packs[0].lessons[0].title.en, "Lesson 1");
    assert_eq!(packs[0].lessons[0].question_count, 3);
    let progress = store
        .lesson_progress(resident.id, &"essai".into(), &"lecon-un".into())?
        .ok_or("progress lost")?;
    assert_eq!(progress.best_correct, Some(1));
    assert_eq!(
        store
            .answers(resident.id, &"essai".into(), &"lecon-un".into(), 1)?
            .len(),
        1
    );
    Ok(())
}

#[test]
fn a_broken_pack_update_keeps_the_old_copy_and_reports_the_problem() -> Result {
    let mut store = Store::open_in_memory()?;
    pack_install::sync_builtin(&mut store, &[common::valid_pack()])?;
    let broken = common::pack_files(&common::MANIFEST.replace("1.0.0", "2.0.0"), "id = ");
    let report = pack_install::sync_builtin(&mut store, &[broken])?;
    assert!(report.imported.is_empty());
    assert_eq!(report.problems.len(), 1);
    assert_eq!(store.packs()?[0].manifest.version, "1.0.0");
    Ok(())
}

#[test]
fn retaking_a_lesson_starts_a_new_attempt_and_keeps_the_best_result() -> Result {
    let mut store = Store::open_in_memory()?;
    pack_install::sync_builtin(&mut store, &[common::valid_pack()])?;
    let r = store.create_resident("Lou", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
    let (pack, lesson) = ("essai".into(), "lecon-un".into());
    store.start_lesson(r.id, &pack, &lesson)?;
    store.finish_lesson(r.id, &pack, &lesson, 3)?;
    let second = store.start_lesson(r.id, &pack, &lesson)?;
    assert_eq!(second.attempt, 2);
    assert_eq!(second.phase, LessonPhase::Steps);
    store.finish_lesson(r.id, &pack, &lesson, 2)?;
    let p = store.lesson_progress(r.id, &pack, &lesson)?.ok_or("missing")?;
    assert_eq!(p.best_correct, Some(3));
    Ok(())
}

#[test]
fn a_store_from_a_newer_version_is_refused_untouched() -> Result {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("passerelle.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path)?;
        conn.pragma_update(None, "user_version", 999)?;
    }
    let before = std::fs::read(&path)?;
    let opened = Store::open(&path);
    assert!(matches!(opened, Err(StoreError::TooNew { found: 999, .. })));
    assert_eq!(std::fs::read(&path)?, before);
    Ok(())
}

#[test]
fn multiple_choice_responses_round_trip() -> Result {
    let mut store = Store::open_in_memory()?;
    pack_install::sync_builtin(&mut store, &[common::valid_pack()])?;
    let r = store.create_resident("Eva", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
    store.start_lesson(r.id, &"essai".into(), &"lecon-un".into())?;
    let ticked: BTreeSet<_> = ["a".into(), "b".into()].into();
    assert!(answer(
        &mut store,
        r.id,
        "q-multiple",
        Response::Choices(ticked.clone())
    )?);
    let answers = store.answers(r.id, &"essai".into(), &"lecon-un".into(), 1)?;
    assert_eq!(answers[0].response, Response::Choices(ticked));
    Ok(())
}
