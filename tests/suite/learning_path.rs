//! The learning path through the screens: the positioning test taken as a beginner, its
//! result and the recommended lesson; a paused test resumed; a missed question coming
//! back in a review; "my progress".

use crate::common;

use common::{answer_draft, open_store};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use passerelle::app::PasserelleApp;
use passerelle::model::{Avatar, DisplaySettings, Lang, Resident};
use passerelle::session::Route;
use passerelle::store::Store;

type App = Harness<'static, PasserelleApp>;

fn click(h: &mut App, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn start(dir: &std::path::Path) -> (App, Resident) {
    let mut store = open_store(&dir.join("s.sqlite3"));
    let ana = store
        .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    let mut h = common::app(store);
    h.set_size(egui::vec2(1000.0, 2400.0));
    click(&mut h, "English");
    click(&mut h, "Open Ana's profile");
    (h, ana)
}

/// Answers the test's question on screen, right or wrong, and presses "Next question".
fn answer_test_question(h: &mut App, right: bool) {
    let Route::Positioning(session) = &mut h.state_mut().state_mut().route else {
        panic!("in the test");
    };
    let (_, quiz) = session.current.as_mut().expect("a question");
    quiz.draft = answer_draft(&quiz.source.question, right);
    h.run();
    click(h, "Next question");
}

#[test]
fn a_beginner_takes_the_test_sees_the_result_and_starts_the_recommended_lesson() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut h, _) = start(dir.path());
    click(&mut h, "Find out where I stand");
    h.get_by_label("Where do I stand?");
    h.get_by_label("Test done: 0%");
    // No right or wrong is told during the test.
    let mut asked = 0;
    while matches!(h.state().state().route, Route::Positioning(_)) {
        answer_test_question(&mut h, false);
        assert!(h.query_by_label("Not quite.").is_none() && h.query_by_label("That's right!").is_none());
        asked += 1;
        assert!(asked <= passerelle::model::positioning::MAX_QUESTIONS);
    }
    h.get_by_label("Your result");
    // Every subject of the built-in packs: a beginner goes over the basics.
    assert!(h.query_all_by_label("Let's go over the basics together.").count() >= 3);
    assert!(h.query_by_label("0").is_none(), "no raw score");
    // The first recommended lesson starts.
    let Route::PositioningResult(result) = &h.state().state().route else {
        panic!("the result");
    };
    let first = result.recommended.first().expect("a lesson to take").clone();
    // A beginner starts with the computer itself: the mouse, before files or the web.
    assert_eq!(first.title.get(Lang::En), "The mouse");
    click(&mut h, &format!("Start: {}", first.title.get(Lang::En)));
    let Route::Lesson(session) = &h.state().state().route else {
        panic!("in the lesson");
    };
    assert_eq!(session.lesson.id, first.id);
    // Home now lists the next steps; the test can be taken again in three days.
    click(&mut h, "Home");
    h.get_by_label("Your next steps");
    assert!(h.query_by_label("Take the test again").is_none());
    let resting = h
        .query_by_label_contains("You can take the test again from")
        .expect("when the test can be taken again");
    let again = passerelle::model::calendar::format_date(
        passerelle::store::now() + passerelle::model::positioning::RETAKE_PAUSE_MS,
        Lang::En,
    );
    assert!(
        resting
            .accesskit_node()
            .value()
            .unwrap_or_default()
            .contains(&again),
        "{resting:?}"
    );
    // A click on a stale frame's button starts nothing.
    h.state_mut().apply(passerelle::session::Action::Path(
        passerelle::session::PathAction::StartPositioning,
    ));
    h.run();
    assert!(!matches!(h.state().state().route, Route::Positioning(_)));
}

/// Ana's store, with a test she finished `ago` ms ago (brought by a progress file, as
/// from another PC), and a workshop today if `in_workshop`.
fn finished_a_while_ago(dir: &std::path::Path, ago: i64, in_workshop: bool) -> App {
    let path = dir.join("s.sqlite3");
    let mut store = open_store(&path);
    let ana = store
        .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    let uid = store.resident_uid(ana.id).expect("uid");
    let mut file = store.export_progress(None).expect("export");
    let now = passerelle::store::now();
    file.residents[0].positioning = vec![passerelle::store::exchange::PositioningRecord {
        uid: "test-from-another-pc".into(),
        started_at: now - ago - 600_000,
        finished_at: Some(now - ago),
        standings: Some(vec![Some(1); passerelle::model::positioning::DOMAINS]),
        answers: Vec::new(),
    }];
    let report = store.merge_progress(&file).expect("merge");
    assert!(report.left_out.is_empty(), "{report:?}");
    if in_workshop {
        store
            .save_workshop(&passerelle::model::workshop::Workshop {
                uid: passerelle::model::WorkshopUid::new_random(),
                title: "Emails".into(),
                day: passerelle::model::calendar::Day::local(now),
                time: None,
                place: "Library".into(),
                topic: String::new(),
                lessons: Vec::new(),
                members: vec![uid],
            })
            .expect("workshop");
    }
    let mut h = common::app(store);
    h.set_size(egui::vec2(1000.0, 2400.0));
    click(&mut h, "English");
    click(&mut h, "Open Ana's profile");
    h
}

#[test]
fn the_test_can_be_taken_again_after_three_days_or_an_hour_in_a_workshop() {
    let hour = 3_600_000;
    for (ago, in_workshop, open) in [
        (2 * hour, false, false),
        (2 * hour, true, true),
        (hour / 2, true, false),
        (4 * 24 * hour, false, true),
    ] {
        let dir = tempfile::tempdir().expect("dir");
        let mut h = finished_a_while_ago(dir.path(), ago, in_workshop);
        assert_eq!(
            h.query_by_label("Take the test again").is_some(),
            open,
            "{ago} ms ago, in a workshop: {in_workshop}"
        );
        click(&mut h, "My progress");
        assert_eq!(
            h.query_by_label("Take the test again").is_some(),
            open,
            "my progress, {ago} ms ago"
        );
        if open {
            click(&mut h, "Take the test again");
            assert!(matches!(h.state().state().route, Route::Positioning(_)));
        }
    }
}

#[test]
fn home_starts_the_first_recommended_lesson() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut h, _) = start(dir.path());
    click(&mut h, "Find out where I stand");
    // At ease with the computer, a beginner everywhere else.
    while let Route::Positioning(session) = &h.state().state().route {
        let (_, quiz) = session.current.as_ref().expect("a question");
        let computer =
            quiz.source.question.competence.domain() == passerelle::model::positioning::COMPUTER_BASICS;
        answer_test_question(&mut h, computer);
    }
    let Route::PositioningResult(result) = &h.state().state().route else {
        panic!("the result");
    };
    let first = result.recommended.first().expect("a lesson to take").clone();
    assert_ne!(first.title.get(Lang::En), "The mouse", "the mouse is known");
    click(&mut h, "Home");
    // The big button and "Your next steps" agree.
    h.get_by_label(&format!("Start: {}", first.title.get(Lang::En)));
    assert!(h.query_by_label("Start: The mouse").is_none());
}

/// The id of the test's question on screen.
fn shown_question(h: &App) -> String {
    let Route::Positioning(session) = &h.state().state().route else {
        panic!("in the test");
    };
    let (_, quiz) = session.current.as_ref().expect("a question");
    quiz.source.question.id.to_string()
}

#[test]
fn a_paused_test_resumes_where_it_stopped() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut h, ana) = start(dir.path());
    click(&mut h, "Find out where I stand");
    answer_test_question(&mut h, true);
    answer_test_question(&mut h, false);
    let asked_before = shown_question(&h);
    click(&mut h, "Stop for now");
    click(&mut h, "Change profile");
    click(&mut h, "Open Ana's profile");
    click(&mut h, "Continue my test where I stopped");
    // The same question as when it stopped, after the 2 answers kept.
    assert_eq!(shown_question(&h), asked_before);
    drop(h);
    let store = Store::open(&dir.path().join("s.sqlite3")).expect("store");
    let (_, answers) = store
        .open_positioning_run(ana.id)
        .expect("run")
        .expect("a paused run");
    assert_eq!(answers.len(), 2);
}

#[test]
fn a_missed_question_comes_back_in_a_review() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut h, ana) = start(dir.path());
    // Miss the first question of "The mouse".
    h.state_mut().apply(passerelle::session::Action::Lesson(
        passerelle::session::LessonAction::OpenLesson {
            pack: "premiers-pas".into(),
            lesson: "la-souris".into(),
        },
    ));
    loop {
        let Route::Lesson(session) = &mut h.state_mut().state_mut().route else {
            panic!("in the lesson");
        };
        if let passerelle::session::Place::Question { index, draft, .. } = &mut session.place {
            *draft = answer_draft(&session.lesson.questions[*index], false);
            break;
        }
        h.state_mut().apply(passerelle::session::Action::Lesson(
            passerelle::session::LessonAction::NextStep,
        ));
    }
    h.run();
    click(&mut h, "Check my answer");
    click(&mut h, "Home");
    // Not today: tomorrow.
    assert!(h.query_by_label("Review 1 question").is_none());
    drop(h);
    let mut store = Store::open(&dir.path().join("s.sqlite3")).expect("store");
    let tomorrow = passerelle::store::now() + 86_400_000;
    let due = store.due_reviews(ana.id, tomorrow).expect("due");
    assert_eq!(due.len(), 1);
    // Make it due now, as it will be tomorrow.
    store
        .schedule_missed(
            ana.id,
            &due[0].pack,
            &due[0].lesson,
            &due[0].question,
            passerelle::store::now() - 86_400_000,
        )
        .expect("due now");
    let mut h = common::app(store);
    h.set_size(egui::vec2(1000.0, 2400.0));
    click(&mut h, "English");
    click(&mut h, "Open Ana's profile");
    click(&mut h, "Review 1 question");
    h.get_by_label("Question 1 of 1");
    let Route::Review(session) = &mut h.state_mut().state_mut().route else {
        panic!("in the review");
    };
    let quiz = &mut session.cards[0].1;
    quiz.draft = answer_draft(&quiz.source.question, true);
    h.run();
    click(&mut h, "Check my answer");
    h.get_by_label("That's right!");
    click(&mut h, "Next");
    h.get_by_label("Review finished: 1 right answer out of 1.");
    click(&mut h, "Home");
    assert!(h.query_by_label("Review 1 question").is_none());
    // "My progress" says what was done, in words.
    click(&mut h, "My progress");
    let total: usize = Store::open(&dir.path().join("s.sqlite3"))
        .expect("store")
        .packs()
        .expect("packs")
        .iter()
        .map(|p| p.lessons.len())
        .sum();
    h.get_by_label(&format!("0 of {total} lessons finished"));
    h.get_by_label("Take the test to see where you stand, subject by subject.");
}

#[test]
fn a_resident_who_does_not_know_says_so_and_is_not_made_to_guess() {
    let dir = tempfile::tempdir().expect("dir");
    let (mut h, _) = start(dir.path());
    click(&mut h, "Find out where I stand");
    let (mut asked, mut hinted) = (0, false);
    while matches!(h.state().state().route, Route::Positioning(_)) {
        // Nothing to check in the test: the hint (shown while no answer is drafted; an
        // order question has one from the start) says what to do, never "check it".
        hinted |= h.query_by_label_contains("press \"I don't know\"").is_some();
        assert!(
            h.query_by_label("Choose or type an answer, then check it.")
                .is_none()
        );
        click(&mut h, "I don't know");
        asked += 1;
        assert!(asked <= passerelle::model::positioning::MAX_QUESTIONS);
    }
    assert!(hinted, "the test's hint was shown");
    h.get_by_label("Your result");
    let Route::PositioningResult(result) = &h.state().state().route else {
        panic!("the result");
    };
    assert!(
        result.standings.iter().all(|s| matches!(
            s,
            passerelle::model::positioning::Standing::Level(0)
                | passerelle::model::positioning::Standing::NotMeasured
        )),
        "nothing known: {:?}",
        result.standings
    );
    let first = result.recommended.first().expect("a lesson to take");
    assert_eq!(first.title.get(Lang::En), "The mouse");
}
