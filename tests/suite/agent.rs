//! The workshop leader area: a PIN chosen on first use (kept hashed), wrong tries that
//! make the next ones wait, a recovery code, and the residents' overview behind it.

use crate::common;

use common::{app, open_store};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _, by};
use passerelle::app::PasserelleApp;
use passerelle::model::{Avatar, DisplaySettings, Lang};
use passerelle::session::{AgentView, Route};

type App = Harness<'static, PasserelleApp>;

fn click(h: &mut App, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Types in the hidden field whose name starts with `label`.
fn type_secret(h: &mut App, label: &str, text: &str) {
    let field = || by().label_contains(label).role(Role::PasswordInput);
    h.get_all(field()).next().expect("a secret field").focus();
    h.run();
    h.get_all(field()).next().expect("a secret field").type_text(text);
    h.run();
}

fn start() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = open_store(&dir.path().join("s.sqlite3"));
    let ana = store
        .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    store.set_shares_results(ana.id, true).expect("consent");
    let mut h = app(store);
    click(&mut h, "English");
    (dir, h)
}

/// Chooses `pin` on first use and notes the recovery code; returns the code.
fn choose_pin(h: &mut App, pin: &str) -> String {
    click(h, "Workshop leader area");
    type_secret(h, "New PIN or passphrase", pin);
    type_secret(h, "The same again", pin);
    click(h, "Save the PIN");
    let Route::Agent(AgentView::RecoveryCode { code }) = &h.state().state().route else {
        panic!("the recovery code is shown");
    };
    let code = code.clone();
    h.get_by_label(&code);
    click(h, "I have written it down");
    code
}

#[test]
fn first_use_chooses_a_pin_then_shows_the_residents() {
    let (_dir, mut h) = start();
    click(&mut h, "Workshop leader area");
    type_secret(&mut h, "New PIN or passphrase", "123456");
    type_secret(&mut h, "The same again", "123456");
    click(&mut h, "Save the PIN");
    h.get_by_label("Too easy to guess: avoid one repeated character or digits in a row like 123456.");
    // Start again with a good one.
    let Route::Agent(view) = &mut h.state_mut().state_mut().route else {
        panic!("in the agent area");
    };
    *view = AgentView::choose_pin();
    h.run();
    choose_pin(&mut h, "482915");
    h.get_by_label("1 person shares their results");
    h.get_by_label("Ana");
    click(&mut h, "Close the area");
    h.get_by_label("Open Ana's profile");
}

#[test]
fn wrong_pins_make_the_next_try_wait_and_the_recovery_code_sets_a_new_one() {
    let (_dir, mut h) = start();
    let code = choose_pin(&mut h, "482915");
    click(&mut h, "Close the area");
    click(&mut h, "Workshop leader area");
    for _ in 0..4 {
        type_secret(&mut h, "PIN or passphrase", "000000");
        click(&mut h, "Open");
        h.get_by_label("Wrong PIN. Try again.");
    }
    type_secret(&mut h, "PIN or passphrase", "000000");
    click(&mut h, "Open");
    h.get_by_label_contains("Too many wrong tries. Wait ");
    // "Open" cannot be pressed while waiting, even with the right PIN.
    assert!(h.get_by_label("Open").accesskit_node().is_disabled());
    // The wait counts down as time passes (here: as if 28 seconds had gone by).
    if let Route::Agent(AgentView::Unlock { wait_until, .. }) = &mut h.state_mut().state_mut().route {
        *wait_until = Some(passerelle::store::now() + 1_500);
    }
    h.run();
    h.get_by_label("Too many wrong tries. Wait 2 seconds, then try again.");
    type_secret(&mut h, "PIN or passphrase", "482915");
    click(&mut h, "Open");
    assert!(h.query_by_label("1 person shares their results").is_none());
    // The recovery code opens the way to a new PIN.
    click(&mut h, "Forgot the PIN?");
    let field = h.get_by_role_and_label(Role::TextInput, "Recovery code");
    field.focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Recovery code")
        .type_text(&code.to_lowercase());
    h.run();
    type_secret(&mut h, "New PIN or passphrase", "735102");
    type_secret(&mut h, "The same again", "735102");
    click(&mut h, "Save the PIN");
    click(&mut h, "I have written it down");
    h.get_by_label("1 person shares their results");
    assert!(h.get_by_label("Change the PIN").accesskit_node().role() == Role::Button);
}

#[test]
fn a_resident_session_ends_when_the_agent_area_opens() {
    let (_dir, mut h) = start();
    click(&mut h, "Open Ana's profile");
    h.get_by_label("Hello Ana!");
    click(&mut h, "Change profile");
    click(&mut h, "Workshop leader area");
    assert!(h.state().state().resident.is_none());
}

#[test]
fn an_idle_session_closes_after_a_countdown_and_activity_stops_it() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = open_store(&dir.path().join("s.sqlite3"));
    store
        .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    store.set_session_timeout_minutes(5).expect("setting");
    // Half a second a frame: minutes pass in a few hundred frames.
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_step_dt(0.5)
        .with_max_steps(16)
        .build_eframe(|cc| {
            passerelle::app::PasserelleApp::new(&cc.egui_ctx, store, passerelle::app::Startup::default())
        });
    click(&mut h, "English");
    click(&mut h, "Open Ana's profile");
    assert_eq!(h.state().state().session_timeout_minutes, 5);
    // At 200 %, scrolled down the home page.
    h.state_mut().apply(passerelle::session::Action::Display(
        passerelle::session::DisplayAction::SetTextSize(200),
    ));
    h.run();
    h.set_size(egui::vec2(1024.0, 600.0));
    // The lowest thing on the page, scrolled to.
    let lowest = h
        .query_all(egui_kittest::kittest::by())
        .filter(|n| n.accesskit_node().label().is_some() && n.accesskit_node().bounding_box().is_some())
        .max_by(|a, b| a.rect().max.y.total_cmp(&b.rect().max.y))
        .and_then(|n| n.accesskit_node().label())
        .expect("a labelled node");
    h.get_by_label(&lowest).scroll_to_me();
    h.run();
    h.run();
    let screen = h.ctx.content_rect();
    assert!(
        !screen.contains_rect(h.get_by_label("Hello Ana!").rect()),
        "the test starts scrolled down"
    );
    // 4 minutes 30 of nothing: the countdown shows, read to screen readers, in view.
    h.run_steps(540);
    assert!(h.state().state().closing_in.is_some_and(|s| s <= 30));
    assert!(h.query_by_label_contains("your session closes in").is_some());
    let button = h.get_by_label("I'm still here").rect();
    assert!(
        screen.contains_rect(button),
        "the warning is in view: {button:?} in {screen:?}"
    );
    click(&mut h, "I'm still here");
    assert!(h.state().state().closing_in.is_none());
    assert!(h.state().state().resident.is_some());
    // Then 5 minutes of nothing: back to the cards, with a word for the next person.
    h.run_steps(610);
    assert!(h.state().state().resident.is_none());
    h.get_by_label("The last session was closed after 5 minutes without activity. Its progress is saved.");
    h.get_by_label("Open Ana's profile");
}

#[test]
fn agents_choose_the_time_before_an_idle_session_closes() {
    let (dir, mut h) = start();
    choose_pin(&mut h, "482915");
    click(&mut h, "15 min");
    assert_eq!(h.state().state().session_timeout_minutes, 15);
    drop(h);
    let store = passerelle::store::Store::open(&dir.path().join("s.sqlite3")).expect("store");
    assert_eq!(store.session_timeout_minutes().expect("setting"), 15);
}

#[test]
fn without_consent_the_agent_sees_only_a_count() {
    let (_dir, mut h) = start();
    // Bea makes her card and keeps her results to herself (the default).
    click(&mut h, "Make my card");
    let name = by().label_contains("Your first name").role(Role::TextInput);
    h.get(name.clone()).focus();
    h.run();
    h.get(by().label_contains("Your first name").role(Role::TextInput))
        .type_text("Bea");
    h.run();
    assert_eq!(
        h.get_by_label("No, I keep them to myself")
            .accesskit_node()
            .toggled(),
        Some(egui::accesskit::Toggled::True),
        "no unless the resident says yes"
    );
    click(&mut h, "Make my card and start");
    click(&mut h, "My progress");
    h.get_by_label("Your results are not shared: the workshop leaders only see how many people have a card.");
    click(&mut h, "Change profile");
    choose_pin(&mut h, "482915");
    h.get_by_label("1 more person keeps their results to themselves.");
    assert!(h.query_by_label("Bea").is_none());
    h.get_by_label("Ana");
    // Bea changes her mind on her home page.
    click(&mut h, "Close the area");
    click(&mut h, "Open Bea's profile");
    click(&mut h, "My progress");
    click(&mut h, "Share my results with the workshop leaders");
    h.get_by_label("Your results are shared with the workshop leaders.");
    click(&mut h, "Change profile");
    click(&mut h, "Workshop leader area");
    type_secret(&mut h, "PIN or passphrase", "482915");
    click(&mut h, "Open");
    h.get_by_label("2 people share their results");
    h.get_by_label("Bea");
}

#[test]
fn a_report_shows_competences_reached_and_deleting_removes_everything() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("s.sqlite3");
    {
        let mut store = open_store(&path);
        let ana = store
            .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
            .expect("resident");
        store.set_shares_results(ana.id, true).expect("consent");
        store
            .start_lesson(ana.id, &"premiers-pas".into(), &"la-souris".into())
            .expect("start");
        store
            .finish_lesson(ana.id, &"premiers-pas".into(), &"la-souris".into(), 5)
            .expect("finish");
    }
    let mut h = app(passerelle::store::Store::open(&path).expect("store"));
    h.set_size(egui::vec2(1000.0, 2400.0));
    click(&mut h, "English");
    choose_pin(&mut h, "482915");
    click(&mut h, "See Ana's report");
    h.get_by_label_contains("5.2 ");
    assert!(h.query_by_label_contains(": level 1").is_some());
    click(&mut h, "Delete this person and all their data");
    h.get_by_label("Delete Ana and everything they did on this PC? This cannot be undone.");
    click(&mut h, "Yes, delete");
    h.get_by_label_contains("Ana and all their data were deleted from this PC and overwritten");
    h.get_by_label("0 people share their results");
    drop(h);
    let store = passerelle::store::Store::open(&path).expect("store");
    assert!(store.residents().expect("residents").is_empty());
    assert!(store.export_progress(None).expect("export").residents.is_empty());
}

#[test]
fn saving_everyones_progress_holds_only_those_who_share() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("all.passerelle");
    let mut store = open_store(&dir.path().join("s.sqlite3"));
    let ana = store
        .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    store.set_shares_results(ana.id, true).expect("consent");
    store
        .create_resident("Bea", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident keeping her results to herself");
    let startup = passerelle::app::Startup {
        file_dialog: Some(std::sync::Arc::new(crate::common::Fake {
            save_to: out.clone(),
            open: Vec::new(),
        })),
        ..passerelle::app::Startup::default()
    };
    let mut h = crate::common::app_with(store, startup);
    h.set_size(egui::vec2(1280.0, 2400.0));
    click(&mut h, "English");
    choose_pin(&mut h, "482915");
    click(&mut h, "Save everyone's progress");
    crate::common::wait_for_file_job(&mut h);
    let file = passerelle::store::exchange::ProgressFile::from_bytes(&std::fs::read(&out).expect("saved"))
        .expect("a progress file");
    let names: Vec<&str> = file.residents.iter().map(|r| r.card.name.as_str()).collect();
    assert_eq!(names, ["Ana"], "Bea keeps her results to herself");
}

#[test]
fn a_notice_goes_once_its_page_is_left() {
    let (_dir, mut h) = start();
    choose_pin(&mut h, "482915");
    h.get_by_label("Your structure's name, printed on attestations")
        .focus();
    h.run();
    h.get_by_label("Your structure's name, printed on attestations")
        .type_text("Médiathèque");
    h.run();
    click(&mut h, "Keep these names");
    h.get_by_label("The names are kept for the attestations.");
    click(&mut h, "Close the area");
    assert!(
        h.query_by_label("The names are kept for the attestations.")
            .is_none(),
        "not left on the profile cards"
    );
    click(&mut h, "Workshop leader area");
    assert!(
        h.query_by_label("The names are kept for the attestations.")
            .is_none()
    );
}

/// Ana shares her results and missed the mouse question twice with the same wrong
/// choice: "How each question goes" names the question first, counted on this PC, with
/// her right answers out of all and the wrong answer given most, in words; another
/// pack is a press away.
#[test]
fn the_leaders_see_how_each_question_goes_the_most_missed_first() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("s.sqlite3");
    let (prompt, wrong_label) = {
        let mut store = open_store(&path);
        let ana = store
            .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
            .expect("resident");
        store.set_shares_results(ana.id, true).expect("consent");
        let pack = store.packs().expect("packs").remove(0);
        let lesson = store
            .lesson(&pack.manifest.id, &pack.lessons[0].id)
            .expect("lesson")
            .expect("lesson");
        let question = lesson.questions[0].clone();
        let passerelle::model::QuestionKind::Single { choices, answer } = &question.kind else {
            panic!("a single choice");
        };
        let wrong = choices.iter().find(|c| &c.id != answer).expect("a wrong choice");
        let right = passerelle::model::Response::Choice(answer.clone());
        let attempt = store
            .start_lesson(ana.id, &pack.manifest.id, &lesson.id)
            .expect("start")
            .attempt;
        // Three answers of another kind, as a question whose type changed since leaves:
        // counted, never named as the wrong answer.
        for _ in 0..3 {
            common::record(
                &mut store,
                ana.id,
                (&pack.manifest.id, &lesson, attempt),
                &question,
                &passerelle::model::Response::Bool(true),
            );
        }
        for response in [
            passerelle::model::Response::Choice(wrong.id.clone()),
            right.clone(),
        ] {
            for _ in 0..2 {
                common::record(
                    &mut store,
                    ana.id,
                    (&pack.manifest.id, &lesson, attempt),
                    &question,
                    &response,
                );
            }
        }
        common::record(
            &mut store,
            ana.id,
            (&pack.manifest.id, &lesson, attempt),
            &lesson.questions[1],
            &right,
        );
        (question.prompt.en.clone(), wrong.label.en.clone())
    };
    let mut h = app(passerelle::store::Store::open(&path).expect("store"));
    h.set_size(egui::vec2(1000.0, 2400.0));
    click(&mut h, "English");
    choose_pin(&mut h, "482915");
    click(&mut h, "How each question goes");
    h.get_by_label("Counted on this computer.");
    h.get_by_label(&prompt);
    h.get_by_label("Right answers: 2 out of 7 answers (28 %)");
    h.get_by_label(&format!("Wrong answer given most: “{wrong_label}” (2 times)"));
    let Route::Agent(AgentView::QuestionStats(stats)) = &h.state().state().route else {
        panic!("the question counts are shown");
    };
    assert_eq!(stats.items.len(), 2, "{:?}", stats.items);
    let other = stats.packs[1].1.en.clone();
    click(&mut h, &other);
    h.get_by_label("No answers to this pack's questions yet.");
}

/// The question counts follow consent: a resident who stops sharing takes their answers
/// out of them, and puts them back when they share again; answers merged from another
/// computer are counted where they were given, not here.
#[test]
fn the_question_counts_follow_sharing() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = open_store(&dir.path().join("s.sqlite3"));
    let ana = store
        .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    store.set_shares_results(ana.id, true).expect("consent");
    let pack = store.packs().expect("packs").remove(0);
    let lesson = store
        .lesson(&pack.manifest.id, &pack.lessons[0].id)
        .expect("lesson")
        .expect("lesson");
    let attempt = store
        .start_lesson(ana.id, &pack.manifest.id, &lesson.id)
        .expect("start")
        .attempt;
    let typed = passerelle::model::Response::Text("my own words".into());
    for _ in 0..3 {
        common::record(
            &mut store,
            ana.id,
            (&pack.manifest.id, &lesson, attempt),
            &lesson.questions[0],
            &typed,
        );
    }
    let counted = |store: &passerelle::store::Store| -> u32 {
        store
            .item_tally_here()
            .expect("counts")
            .iter()
            .map(|t| t.answers)
            .sum()
    };
    assert_eq!(counted(&store), 3);
    // Typed text is never among the wrong answers counted.
    assert!(
        store
            .item_tally_here()
            .expect("counts")
            .iter()
            .all(|t| t.wrong.is_empty())
    );
    store.set_shares_results(ana.id, false).expect("consent");
    assert_eq!(counted(&store), 0);
    store.set_shares_results(ana.id, true).expect("consent");
    assert_eq!(counted(&store), 3);
    // Her answers given elsewhere, merged here, are not this computer's.
    let mut file = store.export_progress(None).expect("export");
    for (n, a) in file.residents[0].answers.iter_mut().enumerate() {
        a.uid = format!("elsewhere-{n}");
        a.site = Some("bibliotheque-nord".into());
    }
    store.merge_progress(&file).expect("merge");
    assert_eq!(counted(&store), 3);
}
