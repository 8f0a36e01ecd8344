//! Progress files: merging is idempotent and order-independent and never loses an
//! answer (property tests over generated files); a foreign, damaged or newer file is
//! refused and changes nothing; a broken record is left out and said so.

use crate::common::{self, Rng};

use std::collections::BTreeSet;

use passerelle::store::Store;
use passerelle::store::exchange::{
    ActivityRecordFile, AnswerRecordFile, Card, FORMAT_TAG, FileProblem, PositioningAnswerRecord,
    PositioningRecord, ProgressFile, ProgressRecord, Reason, Record, ResidentRecord, ReviewRecord,
    WorkshopLeftRecord, WorkshopLessonRecord, WorkshopRecord,
};

/// A number from 0 to `n - 1`, as the files' fields hold it.
fn below(rng: &mut Rng, n: u64) -> i64 {
    i64::try_from(rng.below(n)).unwrap_or(0)
}

/// 2026-01-01: the files' times lie around it (a file's times are checked against the
/// PC's clock).
const BASE: i64 = 1_767_225_600_000;

/// A file from one PC: some of 4 people (the same uids on every PC), with cards,
/// progress and answers that overlap with other PCs' (same uids, as after an earlier
/// exchange) and differ (new ones).
#[allow(
    clippy::too_many_lines,
    reason = "every part of a progress file, each drawn at random"
)]
fn random_file(rng: &mut Rng) -> ProgressFile {
    let mut residents = Vec::new();
    for person in 0..4 {
        if below(rng, 4) == 0 {
            continue;
        }
        let seen = BASE + 1_000 + below(rng, 5) * 100;
        let card = Card {
            name: ["Ana", "Anna", "Bea", "Chloé"][usize::try_from(below(rng, 4)).unwrap_or(0)].into(),
            colour: "blue".into(),
            symbol: "star".into(),
            language: if below(rng, 2) == 0 {
                "fr".into()
            } else {
                "en".into()
            },
            text_percent: 100 + below(rng, 3) * 50,
            high_contrast: below(rng, 2) == 0,
            easy_text: false,
            shares_results: below(rng, 2) == 0,
        };
        let progress = (0..below(rng, 3))
            .map(|l| ProgressRecord {
                pack: "premiers-pas".into(),
                lesson: format!("lecon-{l}"),
                attempt: 1 + below(rng, 3),
                phase: ["steps", "questions", "done"][usize::try_from(below(rng, 3)).unwrap_or(0)].into(),
                step: below(rng, 5),
                best_correct: if below(rng, 2) == 0 {
                    Some(below(rng, 6))
                } else {
                    None
                },
                updated_at: BASE + 1_000 + below(rng, 4) * 10,
            })
            .collect();
        let mut answers: Vec<AnswerRecordFile> = (0..below(rng, 6))
            .map(|_| {
                let n = below(rng, 12);
                AnswerRecordFile {
                    uid: format!("answer-{person}-{n}"),
                    pack: "premiers-pas".into(),
                    lesson: "lecon-0".into(),
                    question: format!("q{n}"),
                    attempt: 1,
                    response: r#"{"kind":"bool","value":true}"#.into(),
                    correct: n % 2 == 0,
                    score: if n % 2 == 0 { 1.0 } else { 0.0 },
                    language: "fr".into(),
                    answered_at: BASE + 1_000 + n,
                    site: None,
                }
            })
            .collect();
        answers.sort_by(|a, b| a.uid.cmp(&b.uid));
        answers.dedup_by(|a, b| a.uid == b.uid);
        let mut activities: Vec<ActivityRecordFile> = (0..below(rng, 3))
            .map(|_| {
                let n = below(rng, 5);
                ActivityRecordFile {
                    uid: format!("try-{person}-{n}"),
                    pack: "premiers-pas".into(),
                    lesson: "la-souris".into(),
                    activity: "souris-exercices".into(),
                    kind: "mouse".into(),
                    attempt: 1,
                    success: true,
                    hits: n,
                    misses: 1,
                    duration_ms: 1000 * n,
                    language: "fr".into(),
                    done_at: BASE + 1_000 + n,
                    stumbles: Vec::new(),
                }
            })
            .collect();
        activities.sort_by(|a, b| a.uid.cmp(&b.uid));
        activities.dedup_by(|a, b| a.uid == b.uid);
        let reviews = (0..below(rng, 4))
            .map(|_| ReviewRecord {
                pack: "premiers-pas".into(),
                lesson: "lecon-0".into(),
                question: format!("q{}", below(rng, 4)),
                box_number: u8::try_from(1 + below(rng, 6)).unwrap_or(1),
                reviewed_at: BASE + 1_000 + below(rng, 3) * 10,
            })
            .collect();
        let positioning = (0..below(rng, 3))
            .map(|_| {
                let started_at = BASE + 1_000;
                let answers: Vec<PositioningAnswerRecord> = (0..below(rng, 4))
                    .map(|i| PositioningAnswerRecord {
                        pack: "premiers-pas".into(),
                        lesson: "lecon-0".into(),
                        question: format!("q{i}"),
                        domain: u8::try_from(1 + below(rng, 5)).unwrap_or(1),
                        level: u8::try_from(1 + below(rng, 3)).unwrap_or(1),
                        correct: below(rng, 2) == 0,
                        answered_at: started_at + i,
                    })
                    .collect();
                let finished = below(rng, 2) == 0;
                PositioningRecord {
                    uid: format!("test-{person}-{}", below(rng, 3)),
                    started_at,
                    finished_at: finished.then_some(started_at + 100),
                    standings: finished.then(|| vec![Some(0), Some(1), None, Some(3), Some(2)]),
                    answers,
                }
            })
            .collect();
        // Places in 3 workshops known on every PC, in versions that may tie, and
        // workshops left, at times that may tie with a place.
        let pick = |rng: &mut Rng, from: &[&str]| -> String {
            from[usize::try_from(below(rng, from.len() as u64)).unwrap_or(0)].to_owned()
        };
        let chosen: Vec<i64> = (0..3).filter(|_| below(rng, 2) == 0).collect();
        let workshops = chosen
            .into_iter()
            .map(|w| WorkshopRecord {
                uid: format!("ws-{w}"),
                title: pick(rng, &["Mails", "Mails, session 2"]),
                day: pick(rng, &["2026-01-10", "2026-01-17"]),
                time: (below(rng, 2) == 0).then(|| "14:00".to_owned()),
                place: pick(rng, &["Salle 2", "Médiathèque"]),
                topic: pick(rng, &["", "Envoyer une pièce jointe"]),
                lessons: (0..below(rng, 3))
                    .map(|l| WorkshopLessonRecord {
                        pack: "premiers-pas".into(),
                        lesson: format!("lecon-{l}"),
                    })
                    .collect(),
                updated_at: BASE + below(rng, 3) * 10,
                site: Some(format!("site-{w}")),
                present: below(rng, 2) == 0,
                at: BASE + below(rng, 4) * 10,
            })
            .collect();
        let left: Vec<i64> = (0..3).filter(|_| below(rng, 4) == 0).collect();
        let workshops_left = left
            .into_iter()
            .map(|w| WorkshopLeftRecord {
                uid: format!("ws-{w}"),
                at: BASE + below(rng, 4) * 10,
            })
            .collect();
        residents.push(ResidentRecord {
            uid: format!("person-{person}"),
            card,
            created_at: BASE + 500 + below(rng, 10),
            last_seen_at: seen,
            progress,
            answers,
            activities,
            reviews,
            positioning,
            // A leader's rename or note, sometimes, at times that may tie.
            renamed_at: if below(rng, 3) == 0 {
                2_000 + below(rng, 3)
            } else {
                0
            },
            note: ["", "Vient le mardi", "Besoin de lunettes"][usize::try_from(below(rng, 3)).unwrap_or(0)]
                .into(),
            note_at: 3_000 + below(rng, 3),
            workshops,
            workshops_left,
        });
    }
    ProgressFile {
        format: FORMAT_TAG.into(),
        version: 1,
        residents,
    }
}

fn merged(files: &[&ProgressFile]) -> ProgressFile {
    let mut store = Store::open_in_memory().expect("store");
    for file in files {
        store.merge_progress(file).expect("merge");
    }
    store.export_progress(None).expect("export")
}

fn answer_uids(file: &ProgressFile) -> BTreeSet<String> {
    file.residents
        .iter()
        .flat_map(|r| {
            r.answers
                .iter()
                .map(|a| a.uid.clone())
                .chain(r.activities.iter().map(|t| t.uid.clone()))
        })
        .collect()
}

#[test]
fn merging_is_idempotent_order_independent_and_loses_no_answer() {
    let mut rng = Rng(0xdead_beef_1234_5678);
    for round in 0..60 {
        let (a, b, c) = (
            random_file(&mut rng),
            random_file(&mut rng),
            random_file(&mut rng),
        );
        let reference = merged(&[&a, &b, &c]);
        for order in [
            [&a, &c, &b],
            [&b, &a, &c],
            [&b, &c, &a],
            [&c, &a, &b],
            [&c, &b, &a],
        ] {
            assert_eq!(
                merged(&order),
                reference,
                "round {round}: the order changed the result"
            );
        }
        assert_eq!(
            merged(&[&a, &b, &c, &a, &b, &c]),
            reference,
            "round {round}: twice is not once"
        );
        let every_answer: BTreeSet<String> = [&a, &b, &c].iter().flat_map(|f| answer_uids(f)).collect();
        assert_eq!(
            answer_uids(&reference),
            every_answer,
            "round {round}: an answer was lost"
        );
    }
}

#[test]
fn a_progress_file_round_trips_through_its_bytes() {
    let mut rng = Rng(99);
    let file = random_file(&mut rng);
    let exported = merged(&[&file]);
    assert_eq!(
        ProgressFile::from_bytes(&exported.to_bytes()).expect("reads back"),
        exported
    );
}

#[test]
fn foreign_damaged_or_newer_files_are_refused_and_change_nothing() {
    assert!(matches!(
        ProgressFile::from_bytes(b"{\"format\": \"other\", \"version\": 1}"),
        Err(FileProblem::NotProgress(..))
    ));
    assert!(matches!(
        ProgressFile::from_bytes(b"\x89PNG garbage"),
        Err(FileProblem::NotProgress(..))
    ));
    let newer = format!("{{\"format\": \"{FORMAT_TAG}\", \"version\": 9, \"residents\": []}}");
    assert!(matches!(
        ProgressFile::from_bytes(newer.as_bytes()),
        Err(FileProblem::Newer(9))
    ));
    // A file whose second resident has a broken lesson: that lesson is left out and
    // said so; everything else merges.
    let mut rng = Rng(5);
    let mut file = random_file(&mut rng);
    while file.residents.len() < 2 {
        file = random_file(&mut rng);
    }
    file.residents[1].progress.push(ProgressRecord {
        pack: "p".into(),
        lesson: "l".into(),
        attempt: 1,
        phase: "dancing".into(),
        step: 0,
        best_correct: None,
        updated_at: BASE,
    });
    let mut store = Store::open_in_memory().expect("store");
    let report = store.merge_progress(&file).expect("merges the rest");
    assert_eq!(
        report.residents_added,
        u32::try_from(file.residents.len()).unwrap_or(0)
    );
    assert_eq!(report.left_out.len(), 1, "{report:?}");
    assert_eq!(report.left_out[0].record, Record::Lesson);
    assert_eq!(report.left_out[0].reason, Reason::UnknownValue);
    let exported = store.export_progress(None).expect("export");
    assert!(
        exported
            .residents
            .iter()
            .all(|r| r.progress.iter().all(|p| p.phase != "dancing"))
    );
}

#[test]
fn a_resident_exported_from_one_pc_continues_on_another() {
    let dir = tempfile::tempdir().expect("dir");
    let mut first = common::open_store(&dir.path().join("pc1.sqlite3"));
    let ana = first
        .create_resident(
            "Ana",
            passerelle::model::Avatar::default(),
            passerelle::model::Lang::Fr,
            passerelle::model::DisplaySettings::default(),
        )
        .expect("resident");
    first
        .start_lesson(ana.id, &"premiers-pas".into(), &"la-souris".into())
        .expect("start");
    let file = first.export_progress(None).expect("export");
    let mut second = common::open_store(&dir.path().join("pc2.sqlite3"));
    let report = second
        .merge_progress(&ProgressFile::from_bytes(&file.to_bytes()).expect("read"))
        .expect("merge");
    assert_eq!(report.residents_added, 1);
    let residents = second.residents().expect("residents");
    assert_eq!(residents[0].name, "Ana");
    assert!(
        second
            .lesson_progress(residents[0].id, &"premiers-pas".into(), &"la-souris".into())
            .expect("progress")
            .is_some()
    );
}

/// Borrowed arguments for a command.
fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn the_command_line_exports_and_imports_and_names_refused_files() {
    use std::process::Command;
    let bin = env!("CARGO_BIN_EXE_passerelle");
    let (one, two) = (
        tempfile::tempdir().expect("dir"),
        tempfile::tempdir().expect("dir"),
    );
    let file = one.path().join("progress.json");
    let run = |args: &[&str]| Command::new(bin).args(args).output().expect("runs");
    let with_pin = |args: &[&str]| {
        let mut args = args.to_vec();
        args.push("--pin-stdin");
        common::passerelle_with_input(&args, &format!("{}\n", common::CLI_PIN))
    };
    let seeded = run(&[
        "--data-dir",
        &one.path().display().to_string(),
        "seed",
        "--residents",
        "2",
        "--answers-each",
        "3",
    ]);
    assert!(seeded.status.success());
    common::choose_leaders_pin(one.path());
    common::choose_leaders_pin(two.path());
    let (one_dir, two_dir, file_arg) = (
        one.path().display().to_string(),
        two.path().display().to_string(),
        file.display().to_string(),
    );
    // `passerelle --data-dir DIR --lang en progress …`
    let progress = |dir: &str, rest: &[&str]| -> Vec<String> {
        ["--data-dir", dir, "--lang", "en", "progress"]
            .iter()
            .chain(rest)
            .map(|s| (*s).to_owned())
            .collect()
    };
    let export_one = progress(&one_dir, &["export", "-o", &file_arg]);
    let exported = with_pin(&strs(&export_one));
    assert!(String::from_utf8_lossy(&exported.stdout).starts_with("2 people's progress saved in"));
    let foreign = two.path().join("notes.txt");
    std::fs::write(&foreign, "hello").expect("write");
    let foreign_arg = foreign.display().to_string();
    let imported = with_pin(&strs(&progress(&two_dir, &["import", &file_arg, &foreign_arg])));
    let said = String::from_utf8_lossy(&imported.stdout);
    assert!(said.contains("loaded (2 new people, 6 new answers)"), "{said}");
    assert!(
        said.contains("notes.txt: not loaded. This is not a Passerelle progress file"),
        "{said}"
    );
    assert_eq!(imported.status.code(), Some(1));
    // Without the PIN, or with a wrong one, nothing is read or written.
    let without = run(&strs(&export_one));
    assert!(!without.status.success());
    assert!(String::from_utf8_lossy(&without.stderr).contains("needs the workshop leaders' PIN"));
    let wrong = common::passerelle_with_input(
        &strs(&progress(&one_dir, &["import", &file_arg, "--pin-stdin"])),
        "000000\n",
    );
    assert!(!wrong.status.success());
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("Wrong PIN"));
}
