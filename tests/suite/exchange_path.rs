//! A resident's learning path in progress files: "To review" and "Where I stand" follow
//! them to another PC; a learnt question does not come back from an older file; version 1
//! files are still read; forged reviews and tests are left out and said so.

use passerelle::model::positioning::{DOMAINS, Standing};
use passerelle::model::{Avatar, DisplaySettings, Lang, ResidentId};
use passerelle::store::Store;
use passerelle::store::exchange::{
    PositioningAnswerRecord, PositioningRecord, ProgressFile, Reason, Record, ReviewRecord,
};

use crate::common;

const DAY: i64 = 86_400_000;

fn now() -> i64 {
    passerelle::store::now()
}

/// A PC with the built-in packs and one resident: Ana on the first PC, Bea on the others.
fn pc(dir: &tempfile::TempDir, name: &str) -> (Store, ResidentId) {
    let mut store = common::open_store(&dir.path().join(name));
    let who = if name.starts_with("pc1") || name == "pc.sqlite3" {
        "Ana"
    } else {
        "Bea"
    };
    let ana = store
        .create_resident(who, Avatar::default(), Lang::Fr, DisplaySettings::default())
        .expect("resident");
    (store, ana.id)
}

/// The first question of the built-in pack's first lesson, as the test draws it.
fn a_question(store: &Store) -> passerelle::model::positioning::PackQuestion {
    store
        .all_questions()
        .expect("questions")
        .into_iter()
        .next()
        .expect("a question")
}

/// Carries everything of `from` to `to` through a file's bytes.
fn carry(from: &Store, to: &mut Store) -> passerelle::store::exchange::MergeReport {
    let bytes = from.export_progress(None).expect("export").to_bytes();
    to.merge_progress(&ProgressFile::from_bytes(&bytes).expect("reads"))
        .expect("merge")
}

#[test]
fn the_review_and_the_tests_follow_a_resident_to_another_pc() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut first, ana) = pc(&dir, "pc1.sqlite3");
    let q = a_question(&first);
    first
        .schedule_missed(ana, &q.pack, &q.lesson, &q.question.id, now())
        .expect("missed");
    // A finished test, then one paused after two answers.
    let done = first.start_positioning_run(ana).expect("run");
    first
        .record_positioning_answer(&done, &q, 5, 1, false)
        .expect("answer");
    let standings = [
        Standing::Level(1),
        Standing::Level(2),
        Standing::NotMeasured,
        Standing::Level(3),
        Standing::Level(0),
    ];
    first.finish_positioning_run(&done, &standings).expect("finish");
    let paused = first.start_positioning_run(ana).expect("run");
    first
        .record_positioning_answer(&paused, &q, 1, 1, true)
        .expect("answer");
    first
        .record_positioning_answer(&paused, &q, 2, 1, false)
        .expect("answer");

    let (mut second, _bea) = pc(&dir, "pc2.sqlite3");
    let report = carry(&first, &mut second);
    assert!(report.left_out.is_empty(), "{report:?}");
    let ana_there = second
        .residents()
        .expect("residents")
        .into_iter()
        .find(|r| r.name == "Ana")
        .expect("Ana came")
        .id;
    assert_eq!(second.due_review_count(ana_there, now()).expect("count"), 0);
    let due = second.due_reviews(ana_there, now() + DAY).expect("due");
    assert_eq!(
        due.len(),
        1,
        "the question missed comes back the next day there too"
    );
    assert_eq!(due[0].question, q.question.id);
    let results = second.positioning_results(ana_there, 5).expect("results");
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].standings, standings);
    let (uid, answers) = second
        .open_positioning_run(ana_there)
        .expect("open run")
        .expect("the paused test goes on there");
    assert_eq!(uid, paused);
    assert_eq!(
        answers.iter().map(|a| (a.domain, a.correct)).collect::<Vec<_>>(),
        [(1, true), (2, false)]
    );

    // Finished on the second PC and carried back: the first PC sees it finished.
    second
        .record_positioning_answer(&paused, &q, 3, 1, true)
        .expect("answer");
    second
        .finish_positioning_run(&paused, &[Standing::Level(1); DOMAINS])
        .expect("finish");
    carry(&second, &mut first);
    assert!(first.open_positioning_run(ana).expect("open").is_none());
    assert_eq!(first.positioning_results(ana, 5).expect("results").len(), 2);
    // And back again: nothing changes any more.
    let before = second.export_progress(None).expect("export");
    carry(&first, &mut second);
    assert_eq!(second.export_progress(None).expect("export"), before);
}

#[test]
fn a_question_learnt_in_a_review_does_not_come_back_from_an_older_file() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut store, ana) = pc(&dir, "pc.sqlite3");
    let q = a_question(&store);
    let start = now() - 200 * DAY;
    store
        .schedule_missed(ana, &q.pack, &q.lesson, &q.question.id, start)
        .expect("missed");
    let older = store.export_progress(None).expect("export").to_bytes();
    // Right in every box: learnt.
    let mut at = start + DAY;
    while let Some(card) = store.due_reviews(ana, at).expect("due").first().cloned() {
        store.record_review(ana, &card, true, at).expect("review");
        at += 20 * DAY;
    }
    assert!(at > start + 90 * DAY, "it went through every box");
    store
        .merge_progress(&ProgressFile::from_bytes(&older).expect("reads"))
        .expect("merge");
    assert_eq!(
        store.due_review_count(ana, now() + 100 * DAY).expect("count"),
        0,
        "the older file's box 1 does not bring it back"
    );
    // Missed again in its lesson later, it comes back as it should.
    store
        .schedule_missed(ana, &q.pack, &q.lesson, &q.question.id, now())
        .expect("missed");
    assert_eq!(store.due_review_count(ana, now() + DAY).expect("count"), 1);
}

#[test]
fn a_version_1_file_without_review_or_tests_is_still_read() {
    let dir = tempfile::tempdir().expect("dir");
    let (store, _) = pc(&dir, "pc1.sqlite3");
    let mut json: serde_json::Value =
        serde_json::from_slice(&store.export_progress(None).expect("export").to_bytes()).expect("json");
    json["version"] = 1.into();
    for person in json["residents"].as_array_mut().expect("residents") {
        let person = person.as_object_mut().expect("object");
        person.remove("reviews");
        person.remove("positioning");
    }
    let file =
        ProgressFile::from_bytes(&serde_json::to_vec(&json).expect("bytes")).expect("a version 1 file reads");
    let (mut other, _) = pc(&dir, "pc2.sqlite3");
    let report = other.merge_progress(&file).expect("merge");
    assert_eq!(report.residents_added, 1);
}

fn review(question: &str, box_number: u8, reviewed_at: i64) -> ReviewRecord {
    ReviewRecord {
        pack: "premiers-pas".into(),
        lesson: "la-souris".into(),
        question: question.into(),
        box_number,
        reviewed_at,
    }
}

fn test_run(
    uid: &str,
    answers: usize,
    domain: u8,
    level: u8,
    standings: Option<Vec<Option<u8>>>,
) -> PositioningRecord {
    let started_at = now() - DAY;
    PositioningRecord {
        uid: uid.into(),
        started_at,
        finished_at: standings.as_ref().map(|_| now() - 1000),
        standings,
        answers: (0..answers)
            .map(|i| PositioningAnswerRecord {
                pack: "premiers-pas".into(),
                lesson: "la-souris".into(),
                question: "souris-pointeur".into(),
                domain,
                level,
                correct: true,
                answered_at: started_at + i64::try_from(i).unwrap_or(0),
            })
            .collect(),
    }
}

#[test]
fn forged_reviews_and_tests_are_left_out_and_said_so() {
    let dir = tempfile::tempdir().expect("dir");
    let (source, _) = pc(&dir, "pc1.sqlite3");
    let mut file = source.export_progress(None).expect("export");
    let real = "souris-pointeur";
    let five = Some(vec![Some(1); DOMAINS]);
    file.residents[0].reviews = vec![
        review(real, 2, now() - DAY),
        review(real, 0, now() - DAY),
        review(real, 7, now() - DAY),
        review(real, 3, i64::MAX),
        review("no-such-question", 1, now() - DAY),
    ];
    file.residents[0].positioning = vec![
        test_run("good", 3, 5, 1, five.clone()),
        test_run("paused", 2, 1, 1, None),
        test_run("too-long", 200, 5, 1, five.clone()),
        test_run("domain-9", 1, 9, 1, five.clone()),
        test_run("level-0", 1, 5, 0, five.clone()),
        test_run("four-domains", 1, 5, 1, Some(vec![Some(1); 4])),
        test_run("level-7", 1, 5, 1, Some(vec![Some(7); DOMAINS])),
        PositioningRecord {
            finished_at: Some(now() - 1000),
            standings: None,
            ..test_run("no-result", 1, 5, 1, None)
        },
    ];
    let (mut store, _) = pc(&dir, "pc2.sqlite3");
    let report = store
        .merge_progress(&file)
        .expect("a forged file is checked, not fatal");
    let left = |record: Record, reason: Reason| {
        report
            .left_out
            .iter()
            .filter(|l| l.record == record && l.reason == reason)
            .map(|l| l.count)
            .sum::<u32>()
    };
    assert_eq!(left(Record::Review, Reason::OutOfBounds), 2, "{report:?}");
    assert_eq!(left(Record::Review, Reason::FromTheFuture), 1, "{report:?}");
    assert_eq!(left(Record::Review, Reason::UnknownInPack), 1, "{report:?}");
    assert_eq!(left(Record::Test, Reason::OutOfBounds), 6, "{report:?}");
    let i18n = passerelle::i18n::I18n::new();
    let said = report.message("ana.passerelle", &i18n.tr(Lang::En));
    assert!(said.contains("6 positioning tests were left out"), "{said}");
    assert!(said.contains("questions to review were left out"), "{said}");
    let said = report.message("ana.passerelle", &i18n.tr(Lang::Fr));
    assert!(
        said.contains("6 tests de positionnement ont été laissés de côté"),
        "{said}"
    );
    let merged = store.export_progress(None).expect("export");
    let ana = merged
        .residents
        .iter()
        .find(|r| r.uid == file.residents[0].uid)
        .expect("Ana merged");
    assert_eq!(ana.reviews, [file.residents[0].reviews[0].clone()]);
    let uids: Vec<&str> = ana.positioning.iter().map(|t| t.uid.as_str()).collect();
    assert_eq!(uids, ["good", "paused"]);
}

#[test]
fn a_test_held_here_by_another_person_is_left_alone() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut store, ana) = pc(&dir, "pc.sqlite3");
    let run = store.start_positioning_run(ana).expect("run");
    let mut file = store.export_progress(None).expect("export");
    // Another person's file claims Ana's test, finished at level 3 everywhere.
    let mut mallory = file.residents[0].clone();
    mallory.uid = "mallory".into();
    mallory.card.name = "Mallory".into();
    mallory.positioning = vec![PositioningRecord {
        uid: run.clone(),
        ..test_run("x", 1, 5, 1, Some(vec![Some(3); DOMAINS]))
    }];
    file.residents = vec![mallory];
    store.merge_progress(&file).expect("merge");
    let (uid, answers) = store
        .open_positioning_run(ana)
        .expect("open")
        .expect("still open");
    assert_eq!((uid, answers.len()), (run, 0));
    assert!(store.positioning_results(ana, 5).expect("results").is_empty());
}

#[test]
fn a_review_or_test_of_the_wrong_type_refuses_the_whole_file_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let (store, _) = pc(&dir, "pc.sqlite3");
    let before = store.export_progress(None).expect("export");
    let json = String::from_utf8(before.to_bytes()).expect("utf-8");
    for (what, bad) in [
        (
            "a box in words",
            r#"[{"pack":"p","lesson":"l","question":"q","box":"x","reviewed_at":1}]"#,
        ),
        (
            "a box over 255",
            r#"[{"pack":"p","lesson":"l","question":"q","box":300,"reviewed_at":1}]"#,
        ),
        (
            "a time in words",
            r#"[{"pack":"p","lesson":"l","question":"q","box":1,"reviewed_at":"now"}]"#,
        ),
    ] {
        let forged = json.replacen("\"reviews\": []", &format!("\"reviews\": {bad}"), 1);
        assert_ne!(forged, json, "the file has a review list to forge");
        let refused = ProgressFile::from_bytes(forged.as_bytes());
        assert!(
            matches!(
                refused,
                Err(passerelle::store::exchange::FileProblem::NotProgress(..))
            ),
            "{what}: {refused:?}"
        );
    }
    let forged = json.replacen("\"positioning\": []", r#""positioning": [{"uid":"t","started_at":1,"finished_at":null,"standings":null,"answers":[{"pack":"p"}]}]"#, 1);
    assert!(
        ProgressFile::from_bytes(forged.as_bytes()).is_err(),
        "an answer without its fields"
    );
    assert_eq!(store.export_progress(None).expect("export"), before);
}
