//! Progress files written to take over a person: forged times, consent switched on, a
//! leader's note rewritten, garbage answers, impossible counts. The person on this PC
//! stays as they were; what cannot be trusted is left out and said so.

use passerelle::model::{Avatar, DisplaySettings, Lang};
use passerelle::store::Store;
use passerelle::store::exchange::{AnswerRecordFile, ProgressFile, ProgressRecord, Reason, Record};

use crate::common::{self, Rng};

/// This PC: the built-in packs, and Ana, who keeps her results to herself, renamed by a
/// leader, with a leader's note and one real answer.
fn pc() -> (tempfile::TempDir, Store, passerelle::model::ResidentUid) {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = common::open_store(&dir.path().join("pc.sqlite3"));
    let ana = store
        .create_resident("Ana", Avatar::default(), Lang::Fr, DisplaySettings::default())
        .expect("resident");
    let uid = store.resident_uid(ana.id).expect("uid");
    store.rename_resident(&uid, "Ana Lima").expect("rename");
    store.set_resident_note(&uid, "Needs large text").expect("note");
    (dir, store, uid)
}

fn now() -> i64 {
    passerelle::store::now()
}

/// A forged copy of this PC's export of Ana.
fn forged(store: &Store, rng: &mut Rng) -> ProgressFile {
    let mut file = store.export_progress(None).expect("export");
    let record = &mut file.residents[0];
    let day = 24 * 3600 * 1000;
    record.last_seen_at = rng.pick(&[i64::MAX, now() + 2 * day, 0, -1, i64::MIN]);
    if rng.next().is_multiple_of(2) {
        record.created_at = rng.pick(&[i64::MIN, 0, now() + 10 * day]);
    }
    record.card.shares_results = true;
    record.card.name = rng.pick(&["Mallory".to_owned(), "\u{202e}anA".to_owned(), "x".repeat(10_000)]);
    record.card.language = rng.pick(&["en".to_owned(), "xx".to_owned()]);
    record.note = "Forged note".into();
    record.note_at = i64::MAX;
    record.renamed_at = i64::MAX;
    record.answers.push(garbage_answer(rng));
    record.progress.push(ProgressRecord {
        pack: "premiers-pas".into(),
        lesson: "la-souris".into(),
        attempt: rng.pick(&[1 << 40, -3, 1]),
        phase: rng.pick(&["done".to_owned(), "dancing".to_owned()]),
        step: rng.pick(&[-5, 10_000, 0]),
        best_correct: Some(rng.pick(&[999_999, -1])),
        updated_at: rng.pick(&[now(), i64::MAX]),
    });
    file
}

fn garbage_answer(rng: &mut Rng) -> AnswerRecordFile {
    AnswerRecordFile {
        uid: format!("forged-{}", rng.next()),
        pack: "premiers-pas".into(),
        lesson: "la-souris".into(),
        question: rng.pick(&["no-such-question".to_owned(), "souris-pointeur".to_owned()]),
        attempt: rng.pick(&[1, 1 << 40]),
        response: rng.pick(&[
            "not json".to_owned(),
            r#"{"kind":"bool","value":true}"#.to_owned(),
        ]),
        correct: true,
        score: rng.pick(&[1.0, 999.0, f64::NAN]),
        language: "fr".into(),
        answered_at: rng.pick(&[now(), i64::MAX, 5]),
        site: rng.pick(&[
            None,
            Some("bibliotheque-nord".to_owned()),
            Some("Nord; DROP".to_owned()),
        ]),
    }
}

#[test]
fn forged_files_never_change_the_person_here() {
    let (_dir, mut store, uid) = pc();
    let before = store.export_progress(None).expect("export");
    let summary = |store: &Store| store.residents().expect("residents");
    let cards_before = summary(&store);
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    for round in 0..120 {
        let file = forged(&store, &mut rng);
        let report = store
            .merge_progress(&file)
            .expect("a forged file is checked, not fatal");
        assert!(
            report.left_out.iter().any(|l| l.record == Record::Person),
            "round {round}: a card with forged times is refused whole: {report:?}"
        );
        assert_eq!(summary(&store), cards_before, "round {round}: the card changed");
        assert_eq!(
            store.export_progress(None).expect("export"),
            before,
            "round {round}: the history changed"
        );
        assert_eq!(store.resident_note(&uid).expect("note"), "Needs large text");
    }
}

#[test]
fn a_file_with_sound_times_may_update_the_card_but_never_switches_sharing_on_or_the_note() {
    let (_dir, mut store, uid) = pc();
    let mut rng = Rng(42);
    for round in 0..60 {
        let mut file = forged(&store, &mut rng);
        let record = &mut file.residents[0];
        // Used a moment later on the other PC (its clock a little ahead is allowed).
        record.last_seen_at = now() + 60_000;
        record.created_at = now() - 1000;
        record.card.language = "en".into();
        record.card.colour = "green".into();
        let report = store.merge_progress(&file).expect("merge");
        let ana = &store.residents().expect("residents")[0];
        assert_eq!(ana.name, "Ana Lima", "round {round}: a leader's rename stays");
        assert_eq!(
            ana.lang,
            Lang::En,
            "round {round}: the newer card's language wins"
        );
        assert!(!ana.shares_results, "round {round}: consent never switched on");
        assert_eq!(store.resident_note(&uid).expect("note"), "Needs large text");
        // Whatever merged can be read back: no unreadable answer, no impossible figure.
        let exported = store.export_progress(None).expect("export");
        for answer in &exported.residents[0].answers {
            assert!(
                serde_json::from_str::<passerelle::model::Response>(&answer.response).is_ok(),
                "round {round}: {answer:?}"
            );
            assert!((0.0..=1.0).contains(&answer.score) && answer.attempt < 1 << 20);
            assert_ne!(answer.question, "no-such-question");
        }
        for lesson in &exported.residents[0].progress {
            assert!(lesson.step >= 0 && lesson.best_correct.is_none_or(|n| (0..=50).contains(&n)));
            assert!(lesson.attempt > 0 && lesson.attempt < 1 << 20);
        }
        if round == 0 {
            assert!(report.changed.iter().any(|c| c.name == "Ana Lima"), "{report:?}");
        }
    }
}

#[test]
fn a_partly_refused_file_says_what_was_left_out_and_why() {
    let (_dir, mut store, _uid) = pc();
    let mut file = store.export_progress(None).expect("export");
    let record = &mut file.residents[0];
    record.last_seen_at = now();
    let mut rng = Rng(7);
    let mut bad = garbage_answer(&mut rng);
    bad.response = "not json".into();
    bad.answered_at = now();
    bad.attempt = 1;
    bad.score = 1.0;
    record.answers.push(bad);
    let mut future = garbage_answer(&mut rng);
    future.answered_at = now() + 3 * 24 * 3600 * 1000;
    record.answers.push(future);
    let report = store.merge_progress(&file).expect("merge");
    let reasons: Vec<Reason> = report.left_out.iter().map(|l| l.reason).collect();
    assert!(reasons.contains(&Reason::UnreadableResponse), "{reasons:?}");
    assert!(reasons.contains(&Reason::FromTheFuture), "{reasons:?}");
    let i18n = passerelle::i18n::I18n::new();
    let said = report.message("ana.passerelle", &i18n.tr(Lang::En));
    assert!(
        said.contains("1 answer was left out, because the answer given cannot be read"),
        "{said}"
    );
    assert!(said.contains("its date is in the future for this PC"), "{said}");
    let said = report.message("ana.passerelle", &i18n.tr(Lang::Fr));
    assert!(said.contains("laissée de côté"), "{said}");
}

/// An answer claiming to come from a site whose name no site can have (spaces, quotes,
/// 300 letters) is left out and said; one from a real site name or none comes in.
#[test]
fn an_answer_from_a_site_no_site_can_be_named_is_left_out() {
    let (_dir, mut store, _uid) = pc();
    let mut file = store.export_progress(None).expect("export");
    let record = &mut file.residents[0];
    let question = |n: usize| {
        let mut a = garbage_answer(&mut Rng(1));
        a.uid = format!("site-test-{n}");
        a.question = "souris-pointeur".into();
        a.response = r#"{"kind":"bool","value":true}"#.into();
        a.attempt = 1;
        a.score = 1.0;
        a.answered_at = now();
        a
    };
    for (n, site) in [
        Some("bibliotheque-nord".to_owned()),
        None,
        Some(String::new()),
        Some("Nord'; DROP TABLE answer; --".to_owned()),
        Some("a".repeat(300)),
        Some("bibliothèque nord".to_owned()),
    ]
    .into_iter()
    .enumerate()
    {
        let mut a = question(n);
        a.site = site;
        record.answers.push(a);
    }
    let report = store.merge_progress(&file).expect("merge");
    assert_eq!(report.answers_added, 3);
    let left: u32 = report
        .left_out
        .iter()
        .filter(|l| l.reason == Reason::UnknownValue)
        .map(|l| l.count)
        .sum();
    assert_eq!(left, 3);
}

#[test]
fn a_stored_answer_that_cannot_be_read_never_blocks_its_lesson() {
    let (dir, store, _uid) = pc();
    drop(store);
    // A row written by hand (or by an older bug) with a response that is no answer.
    let conn = rusqlite::Connection::open(dir.path().join("pc.sqlite3")).expect("open");
    conn.execute(
        "INSERT INTO lesson_progress (resident_id, pack_id, lesson_id, attempt, phase, step, updated_at)
         VALUES (1, 'premiers-pas', 'la-souris', 1, 'questions', 0, 1)",
        [],
    )
    .expect("progress");
    conn.execute(
        "INSERT INTO answer (uid, resident_id, pack_id, lesson_id, question_id, attempt, response_json,
                             correct, score, language, answered_at)
         VALUES ('x', 1, 'premiers-pas', 'la-souris', 'souris-pointeur', 1, 'garbage', 1, 1.0, 'fr', 1)",
        [],
    )
    .expect("answer");
    drop(conn);
    let store = common::open_store(&dir.path().join("pc.sqlite3"));
    let answers = store
        .answers(
            passerelle::model::ResidentId(1),
            &"premiers-pas".into(),
            &"la-souris".into(),
            1,
        )
        .expect("the lesson opens");
    assert!(answers.is_empty());
}

#[test]
fn a_card_changed_in_its_first_session_carries_a_later_time_than_its_making() {
    let (_dir, mut store, _uid) = pc();
    let ben = store
        .create_resident("Ben", Avatar::default(), Lang::Fr, DisplaySettings::default())
        .expect("resident");
    store.set_shares_results(ben.id, true).expect("consent");
    let file = store.export_progress(None).expect("export");
    let ben = file.residents.iter().find(|r| r.card.name == "Ben").expect("Ben");
    assert!(ben.last_seen_at > ben.created_at, "{ben:?}");
}

/// Workshop places forged in a file: a day or time that does not exist, a site no site
/// can be named, no title, a lesson list to fill the disk, a date from the future. Each
/// is left out and said so; a sound one joins Ana to it with its texts cleaned, and an
/// older "left" cannot take her out again.
#[test]
fn forged_workshop_places_are_left_out_and_a_sound_one_is_cleaned() {
    use passerelle::store::exchange::{WorkshopLeftRecord, WorkshopLessonRecord, WorkshopRecord};
    let (_dir, mut store, uid) = pc();
    let mut file = store.export_progress(None).expect("export");
    let sound = WorkshopRecord {
        uid: "ws-sound".into(),
        title: "Emails\u{202e} \n session 2".into(),
        day: "2026-11-24".into(),
        time: Some("14:00".into()),
        place: "Salle\u{0007} 2".into(),
        topic: "Sending a photo".into(),
        lessons: vec![
            WorkshopLessonRecord {
                pack: "premiers-pas".into(),
                lesson: "la-souris".into(),
            };
            2
        ],
        updated_at: now() - 1000,
        site: Some("mediatheque-zola".into()),
        present: true,
        at: now() - 1000,
    };
    let forged = |uid: &str, change: &dyn Fn(&mut WorkshopRecord)| {
        let mut w = sound.clone();
        w.uid = uid.into();
        change(&mut w);
        w
    };
    let record = &mut file.residents[0];
    record.workshops = vec![
        sound.clone(),
        forged("ws-day", &|w| w.day = "2026-02-30".into()),
        forged("ws-day-text", &|w| w.day = "24/11/2026".into()),
        forged("ws-time", &|w| w.time = Some("25:99".into())),
        forged("ws-site", &|w| {
            w.site = Some("Nord'; DROP TABLE workshop; --".into());
        }),
        forged("ws-title", &|w| w.title = " \u{202e} ".into()),
        forged("ws-future", &|w| w.at = now() + 3 * 24 * 3600 * 1000),
        forged("ws lessons", &|_| ()),
        forged("ws-many", &|w| {
            w.lessons = (0..10_000)
                .map(|n| WorkshopLessonRecord {
                    pack: "p".into(),
                    lesson: format!("l{n}"),
                })
                .collect();
        }),
    ];
    record.workshops_left = vec![
        WorkshopLeftRecord {
            uid: "ws-sound".into(),
            at: now() - 2000,
        },
        WorkshopLeftRecord {
            uid: "ws-sound".into(),
            at: i64::MAX,
        },
    ];
    let report = store.merge_progress(&file).expect("merge");
    let left: u32 = report
        .left_out
        .iter()
        .filter(|l| l.record == Record::Workshop)
        .map(|l| l.count)
        .sum();
    assert_eq!(left, 9, "{report:?}");
    let i18n = passerelle::i18n::I18n::new();
    let said = report.message("forged.passerelle", &i18n.tr(Lang::En));
    assert!(said.contains("workshop places were left out"), "{said}");
    let workshops = store.workshops().expect("workshops");
    assert_eq!(workshops.len(), 1, "only the sound one: {workshops:?}");
    let kept = store
        .workshop(&passerelle::model::WorkshopUid("ws-sound".into()))
        .expect("store")
        .expect("kept");
    assert!(
        !kept.title.contains('\u{202e}') && !kept.title.contains('\n'),
        "{:?}",
        kept.title
    );
    assert!(!kept.place.contains('\u{0007}'));
    assert_eq!(kept.lessons.len(), 1, "a lesson is given once");
    assert_eq!(kept.members, vec![uid]);
}
