//! Every screen, in both languages, at 100 % and 200 % text, in both themes: `egui_kittest`'s
//! accessibility check (every control has a name), targets of at least 44×44 points, and
//! at 200 % on a 1280×800 screen nothing runs off the side or overlaps. Plus a flow done
//! with the keyboard only.

use crate::common;

use common::{app, open_store};
use egui::accesskit::Role;
use egui::{Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _, by};
use passerelle::app::PasserelleApp;
use passerelle::model::picture_code::CodePicture;
use passerelle::model::{DisplaySettings, Lang};
use passerelle::session::{
    Action, AgentAction, AgentView, AnswerDraft, CardAction, DisplayAction, EditorAction, LessonAction,
    PathAction, Place, ProfileAction, Route, WorkshopAction,
};

const INTERACTIVE: [Role; 4] = [Role::Button, Role::RadioButton, Role::CheckBox, Role::TextInput];

/// Each screen of the resident's path, reached by applying actions, with its name.
#[allow(
    clippy::too_many_lines,
    reason = "one walk through every screen, in the order a person meets them"
)]
fn visit_every_screen(
    harness: &mut Harness<'_, PasserelleApp>,
    mut check: impl FnMut(&Harness<'_, PasserelleApp>, &str),
) {
    let mut step = |harness: &mut Harness<'_, PasserelleApp>, action: Option<Action>, name: &str| {
        if let Some(action) = action {
            harness.state_mut().apply(action);
        }
        harness.run();
        check(harness, name);
    };
    step(harness, None, "profiles (empty)");
    step(
        harness,
        Some(Action::Profile(ProfileAction::NewProfile)),
        "new profile",
    );
    if let Route::NewProfile(draft) = &mut harness.state_mut().state_mut().route {
        draft.name = "Marie-Françoise".into();
        draft.shares_results = true;
    }
    step(
        harness,
        Some(Action::Profile(ProfileAction::CreateProfile)),
        "home",
    );
    // Files to tick where no dialog could open (a long folder name, two files, one ticked).
    let on_page = harness.state_mut().state_mut().screen_page();
    let mut choice = passerelle::session::FileChoice::new(
        std::path::PathBuf::from("/home/mediatheque/Documents/Passerelle"),
        vec![
            std::path::PathBuf::from(
                "/home/mediatheque/Documents/Passerelle/Marie-Françoise-2026-12-07.passerelle",
            ),
            std::path::PathBuf::from(
                "/home/mediatheque/Documents/Passerelle/Marie-Françoise-2026-12-07 (2).passerelle",
            ),
        ],
        on_page,
    );
    choice.files[0].ticked = true;
    harness.state_mut().state_mut().file_choice = Some(choice);
    step(harness, None, "files to tick");
    step(
        harness,
        Some(Action::File(passerelle::session::FileAction::CancelFileChoice)),
        "home again",
    );
    let open = Action::Lesson(LessonAction::OpenLesson {
        pack: "premiers-pas".into(),
        lesson: "le-clavier".into(),
    });
    step(harness, Some(open), "step with picture");
    step(harness, Some(Action::Lesson(LessonAction::NextStep)), "step");
    step(
        harness,
        Some(Action::Lesson(LessonAction::NextStep)),
        "step with list",
    );
    step(
        harness,
        Some(Action::Lesson(LessonAction::NextStep)),
        "step with tip",
    );
    step(
        harness,
        Some(Action::Lesson(LessonAction::NextStep)),
        "keyboard practice",
    );
    step(
        harness,
        Some(Action::Lesson(LessonAction::NextStep)),
        "single-choice question",
    );
    for index in 0..7 {
        let Some(Route::Lesson(session)) = Some(&mut harness.state_mut().state_mut().route) else {
            panic!("in a lesson");
        };
        if let Place::Question { draft, .. } = &mut session.place {
            draft.choice = Some("a".into());
            draft.ticked.insert("a".into());
            draft.truth = Some(true);
            draft.text = "curseur".into();
        }
        step(
            harness,
            Some(Action::Lesson(LessonAction::SubmitAnswer)),
            &format!("feedback {index}"),
        );
        step(
            harness,
            Some(Action::Lesson(LessonAction::NextQuestion)),
            &format!("question {}", index + 1),
        );
    }
    // Each practice activity, and the question types that need a picture or pairs.
    for (lesson, steps, name) in [
        ("la-souris", 5, "mouse practice"),
        ("les-fichiers", 4, "file explorer"),
        ("les-arnaques-par-mail", 3, "mailbox"),
        ("les-mots-de-passe", 3, "password"),
        ("les-formulaires", 3, "form"),
    ] {
        let open = Action::Lesson(LessonAction::OpenLesson {
            pack: "premiers-pas".into(),
            lesson: lesson.into(),
        });
        step(harness, Some(open), lesson);
        for _ in 0..steps {
            step(harness, Some(Action::Lesson(LessonAction::NextStep)), name);
        }
    }
    step(
        harness,
        Some(Action::Lesson(LessonAction::CheckActivity)),
        "form with its mistakes",
    );
    // Every page of a procedure on the pretend portal, each after a wrong "Continue" (its
    // problem shown), with the pretend phone.
    let open = Action::Lesson(LessonAction::OpenLesson {
        pack: "demarches-pas-a-pas".into(),
        lesson: "portail-changer-d-adresse".into(),
    });
    step(harness, Some(open), "portal lesson");
    for _ in 0..2 {
        step(
            harness,
            Some(Action::Lesson(LessonAction::NextStep)),
            "portal lesson",
        );
    }
    for page in 0..5 {
        let Route::Lesson(session) = &mut harness.state_mut().state_mut().route else {
            panic!("in a lesson");
        };
        let Some(passerelle::session::activity::ActivityRun {
            state: passerelle::session::activity::RunState::Portal(run),
            ..
        }) = &mut session.activity
        else {
            panic!("the portal practice");
        };
        run.page = page;
        run.accounts_open = true;
        run.problem = Some(passerelle::session::activity::PageProblem::NoAccount);
        step(harness, None, &format!("portal page {}", page + 1));
    }
    let open = Action::Lesson(LessonAction::OpenLesson {
        pack: "premiers-pas".into(),
        lesson: "les-fenetres".into(),
    });
    step(harness, Some(open), "windows lesson");
    for (index, name) in [(5, "zone question"), (6, "match question")] {
        let Route::Lesson(session) = &mut harness.state_mut().state_mut().route else {
            panic!("in a lesson");
        };
        session.place = Place::Question {
            index,
            draft: AnswerDraft::for_question(&session.lesson.questions[index]),
            feedback: None,
        };
        step(harness, None, name);
    }
    // The learning path: the test (answered as a beginner), its result, my progress.
    step(
        harness,
        Some(Action::Profile(ProfileAction::GoHome)),
        "home with the path's buttons",
    );
    step(
        harness,
        Some(Action::Path(PathAction::StartPositioning)),
        "positioning test",
    );
    while let Route::Positioning(session) = &mut harness.state_mut().state_mut().route {
        let (_, quiz) = session.current.as_mut().expect("a question");
        quiz.draft = common::answer_draft(&quiz.source.question, false);
        harness.state_mut().apply(Action::Path(PathAction::SubmitAnswer));
    }
    step(harness, None, "positioning result");
    step(
        harness,
        Some(Action::Profile(ProfileAction::GoHome)),
        "home with next steps",
    );
    step(
        harness,
        Some(Action::Path(PathAction::OpenMyProgress)),
        "my progress",
    );
    step(
        harness,
        Some(Action::Card(CardAction::ChooseCardCode)),
        "card code: choose",
    );
    step(
        harness,
        Some(Action::Card(CardAction::PickCodePicture(CodePicture::Sun))),
        "card code: one picked",
    );
    for picture in [CodePicture::Tree, CodePicture::Fish] {
        harness
            .state_mut()
            .apply(Action::Card(CardAction::PickCodePicture(picture)));
    }
    step(harness, None, "card code: confirm");
    for picture in [CodePicture::Sun, CodePicture::Tree, CodePicture::Fish] {
        harness
            .state_mut()
            .apply(Action::Card(CardAction::PickCodePicture(picture)));
    }
    step(harness, None, "my progress with a locked card");
    step(
        harness,
        Some(Action::Profile(ProfileAction::ChangeProfile)),
        "profiles (one locked card)",
    );
    let id = harness.state().state().route_residents()[0].id;
    step(
        harness,
        Some(Action::Card(CardAction::PickResident(id))),
        "card code: unlock",
    );
    for _ in 0..4 {
        harness
            .state_mut()
            .apply(Action::Card(CardAction::PickCodePicture(CodePicture::Moon)));
    }
    step(harness, None, "card code: wrong, waiting");
    step(
        harness,
        Some(Action::Card(CardAction::CancelCardCode)),
        "profiles (one card)",
    );
    // The workshop leader area.
    step(
        harness,
        Some(Action::Agent(AgentAction::OpenAgentArea)),
        "agent: choose a PIN",
    );
    if let Route::Agent(AgentView::ChoosePin {
        pin, confirmation, ..
    }) = &mut harness.state_mut().state_mut().route
    {
        *pin = "482915".into();
        *confirmation = "482915".into();
    }
    step(
        harness,
        Some(Action::Agent(AgentAction::ChooseAgentPin)),
        "agent: recovery code",
    );
    step(
        harness,
        Some(Action::Agent(AgentAction::RecoveryCodeNoted)),
        "agent: residents",
    );
    let Route::Agent(AgentView::Open { residents, .. }) = &harness.state().state().route else {
        panic!("in the agent area");
    };
    let uid = residents.shown().0[0].uid.clone();
    step(
        harness,
        Some(Action::Agent(AgentAction::OpenResidentReport(uid))),
        "agent: report",
    );
    step(
        harness,
        Some(Action::Agent(AgentAction::StartMergeResident)),
        "agent: report, merging",
    );
    step(
        harness,
        Some(Action::Workshop(WorkshopAction::OpenWorkshops)),
        "agent: no workshop",
    );
    step(
        harness,
        Some(Action::Workshop(WorkshopAction::NewWorkshop)),
        "agent: new workshop",
    );
    step(
        harness,
        Some(Action::Workshop(WorkshopAction::SaveWorkshop)),
        "agent: workshop with its mistakes",
    );
    if let Route::Agent(AgentView::EditWorkshop(draft)) = &mut harness.state_mut().state_mut().route {
        draft.fields.title = "Les e-mails, séance 2 : lire, répondre et envoyer une pièce jointe".into();
        draft.fields.day = "24/11/2026".into();
        draft.fields.place = "Médiathèque, salle des associations".into();
        for (_, lessons) in &mut draft.lessons {
            for lesson in lessons.iter_mut() {
                lesson.chosen = true;
            }
        }
        let everyone: Vec<passerelle::model::ResidentUid> =
            draft.residents.shown().0.iter().map(|r| r.uid.clone()).collect();
        draft.members.extend(everyone);
    }
    step(
        harness,
        Some(Action::Workshop(WorkshopAction::SaveWorkshop)),
        "agent: workshop",
    );
    assert!(matches!(
        &harness.state().state().route,
        Route::Agent(AgentView::Workshop(report)) if report.members.len() == 1
    ));
    step(
        harness,
        Some(Action::Workshop(WorkshopAction::OpenWorkshops)),
        "agent: workshops",
    );
    step(
        harness,
        Some(Action::Agent(AgentAction::BackToResidents)),
        "agent: residents again",
    );
    // The pack editor: the shelf, a copy of a built-in pack, its lessons, a preview.
    step(
        harness,
        Some(Action::Editor(EditorAction::OpenPackShelf)),
        "trainer: packs",
    );
    step(
        harness,
        Some(Action::Editor(EditorAction::CopyBuiltinPack(0))),
        "editor: the pack",
    );
    // Every lesson of the first pack: each activity type and most question types.
    for index in 0..7 {
        if let Some(editor) = &mut harness.state_mut().state_mut().pack_editor {
            editor.part = passerelle::session::EditorPart::Lesson(index);
        }
        step(harness, None, &format!("editor: lesson {}", index + 1));
    }
    step(
        harness,
        Some(Action::Editor(EditorAction::PreviewLesson(
            harness
                .state()
                .state()
                .pack_editor
                .as_ref()
                .expect("editing")
                .draft
                .lessons[2]
                .path(),
        ))),
        "editor: preview",
    );
    step(
        harness,
        Some(Action::Profile(ProfileAction::GoHome)),
        "editor: back from the preview",
    );
    step(
        harness,
        Some(Action::Editor(EditorAction::NewPackDraft)),
        "editor: new pack",
    );
    step(
        harness,
        Some(Action::Editor(EditorAction::LeavePackEditor)),
        "editor: leaving",
    );
    step(
        harness,
        Some(Action::Editor(EditorAction::OpenPackShelf)),
        "trainer: packs with drafts",
    );
    step(
        harness,
        Some(Action::Agent(AgentAction::BackToResidents)),
        "agent: residents from the packs",
    );
    step(
        harness,
        Some(Action::Agent(AgentAction::CloseAgentArea)),
        "profiles (after the agent area)",
    );
    step(
        harness,
        Some(Action::Agent(AgentAction::OpenAgentArea)),
        "agent: PIN",
    );
    step(
        harness,
        Some(Action::Agent(AgentAction::StartPinRecovery)),
        "agent: recovery",
    );
}

/// A control on screen: its role, name and rect, and whether it sits in the lesson's
/// navigation bar (a fixed strip under the scrolling content).
#[derive(Clone, Debug)]
struct Shown {
    role: Role,
    label: String,
    rect: Rect,
    in_bar: bool,
    /// In the top bar (the banner landmark).
    in_banner: bool,
}

fn interactive_rects(harness: &Harness<'_, PasserelleApp>) -> Vec<Shown> {
    rects_of(harness, &INTERACTIVE)
}

fn rects_of(harness: &Harness<'_, PasserelleApp>, roles: &[Role]) -> Vec<Shown> {
    harness
        .query_all(by())
        .filter_map(|node| {
            let ak = node.accesskit_node();
            let role = ak.role();
            let shown = !ak.is_hidden() && ak.bounding_box().is_some();
            let mut in_bar = false;
            let mut in_banner = false;
            let mut parent = node.parent();
            while let Some(p) = parent {
                in_bar |= p.accesskit_node().role() == Role::Navigation;
                in_banner |= p.accesskit_node().role() == Role::Banner;
                parent = p.parent();
            }
            (roles.contains(&role) && shown).then(|| Shown {
                role,
                label: ak.label().unwrap_or_default(),
                rect: node.rect(),
                in_bar,
                in_banner,
            })
        })
        .collect()
}

fn check_targets(harness: &Harness<'_, PasserelleApp>, screen: &str) {
    for Shown {
        role, label, rect, ..
    } in interactive_rects(harness)
    {
        assert!(
            rect.width() >= 43.5 && rect.height() >= 43.5,
            "{screen}: {role:?} {label:?} is {:.0}×{:.0}, smaller than 44×44",
            rect.width(),
            rect.height()
        );
    }
}

fn check_fits(harness: &Harness<'_, PasserelleApp>, screen: &str) {
    let screen_rect = harness.ctx.content_rect();
    let rects = interactive_rects(harness);
    let mut with_text = rects.clone();
    with_text.extend(rects_of(harness, &[Role::Label]));
    for Shown {
        role, label, rect, ..
    } in &with_text
    {
        assert!(
            rect.max.x <= screen_rect.max.x + 0.5 && rect.min.x >= screen_rect.min.x - 0.5,
            "{screen}: {role:?} {label:?} runs off the side ({rect:?} in {screen_rect:?})"
        );
    }
    // The content scrolls between the top bar and the navigation bar and is clipped there:
    // what goes past them is not visible, so only what is visible is compared.
    let banner_bottom = rects
        .iter()
        .filter(|s| s.in_banner)
        .map(|s| s.rect.max.y)
        .fold(f32::NEG_INFINITY, f32::max);
    let bar_top = rects
        .iter()
        .filter(|s| s.in_bar)
        .map(|s| s.rect.min.y)
        .fold(f32::INFINITY, f32::min);
    let visible: Vec<&Shown> = rects
        .iter()
        .filter(|s| s.in_bar || s.in_banner || (s.rect.max.y <= bar_top && s.rect.min.y >= banner_bottom))
        .collect();
    for (i, a) in visible.iter().enumerate() {
        for b in &visible[i + 1..] {
            let overlap = a.rect.intersect(b.rect);
            let area = overlap.width().max(0.0) * overlap.height().max(0.0);
            assert!(area < 4.0, "{screen}: {:?} and {:?} overlap", a.label, b.label);
        }
    }
    // The top bar keeps to one row (unless its display settings are open).
    let bar_rows: Vec<f32> = rects
        .iter()
        .filter(|s| s.in_banner)
        .map(|s| s.rect.min.y)
        .collect();
    let settings_open = rects
        .iter()
        .any(|s| s.label == "Larger text" || s.label == "Texte plus grand");
    if !settings_open && !bar_rows.is_empty() {
        let spread = bar_rows.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b))
            - bar_rows.iter().fold(f32::INFINITY, |a, &b| a.min(b));
        assert!(spread < 20.0, "{screen}: the top bar takes more than one row");
    }
    if rects.iter().any(|s| s.in_bar) {
        // The lesson keeps most of the screen between the two bars, even at 200 %.
        let content_height = bar_top - banner_bottom;
        assert!(
            content_height >= screen_rect.height() * 0.45,
            "{screen}: the lesson has only {content_height:.0} of {:.0} points",
            screen_rect.height()
        );
    }
}

fn every_screen(lang: Lang, display: DisplaySettings) {
    every_screen_on(lang, display, egui::vec2(1280.0, 800.0));
}

/// [`every_screen`] in a window of `size` points: the real window's on a library screen
/// (under Xvfb with no window manager, a 1366×768 screen gives a 1280×768 window).
fn every_screen_on(lang: Lang, display: DisplaySettings, size: egui::Vec2) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(open_store(&dir.path().join("s.sqlite3")));
    harness.set_size(size);
    harness
        .state_mut()
        .apply(Action::Display(DisplayAction::SetLanguage(lang)));
    harness
        .state_mut()
        .apply(Action::Display(DisplayAction::SetTextSize(display.text_percent)));
    harness
        .state_mut()
        .apply(Action::Display(DisplayAction::SetHighContrast(
            display.high_contrast,
        )));
    harness.run();
    visit_every_screen(&mut harness, |harness, screen| {
        if display.text_percent == 100 {
            check_targets(harness, screen);
        }
        check_fits(harness, screen);
        assert!(
            harness.query_by_label("•").is_none(),
            "{screen}: a bullet read on its own"
        );
        if screen == "step with list" {
            let items = harness
                .query_all(by())
                .filter(|n| n.accesskit_node().role() == Role::ListItem)
                .count();
            assert!(
                items >= 2
                    && harness
                        .query_all(by())
                        .any(|n| n.accesskit_node().role() == Role::List),
                "{screen}: the list is a list of {items} items"
            );
        }
    });
}

fn display(text_percent: u16, high_contrast: bool) -> DisplaySettings {
    DisplaySettings {
        text_percent,
        high_contrast,
        easy_text: false,
    }
}

#[test]
fn every_screen_in_french_at_100_percent() {
    every_screen(Lang::Fr, display(100, false));
}

#[test]
fn every_screen_in_english_at_100_percent() {
    every_screen(Lang::En, display(100, false));
}

#[test]
fn every_screen_in_french_at_200_percent_high_contrast() {
    every_screen(Lang::Fr, display(200, true));
}

#[test]
fn every_screen_in_french_at_200_percent_on_a_1366_by_768_screen() {
    every_screen_on(Lang::Fr, display(200, true), egui::vec2(1280.0, 768.0));
}

#[test]
fn every_screen_in_english_at_200_percent_on_a_1024_by_768_screen() {
    every_screen_on(Lang::En, display(200, false), egui::vec2(1024.0, 768.0));
}

#[test]
fn every_screen_in_english_at_200_percent() {
    every_screen(Lang::En, display(200, false));
}

/// Presses Tab until the control named `label` has the keyboard focus, then `key`.
fn tab_to_and_press(harness: &mut Harness<'_, PasserelleApp>, label: &str, key: Key) {
    for _ in 0..60 {
        if harness.query_by_label(label).is_some_and(|n| n.is_focused()) {
            harness.key_press(key);
            harness.run();
            return;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    panic!("Tab never reached {label:?}");
}

#[test]
fn a_whole_lesson_with_the_keyboard_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(open_store(&dir.path().join("s.sqlite3")));
    tab_to_and_press(&mut harness, "English", Key::Enter);
    tab_to_and_press(&mut harness, "Make my card", Key::Enter);
    tab_to_and_press(&mut harness, "Your first name or a nickname", Key::Tab);
    // Tab moved past the field: go back to it and type.
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::Tab);
    harness.run();
    harness.event(egui::Event::Text("Sam".into()));
    harness.run();
    tab_to_and_press(&mut harness, "Make my card and start", Key::Enter);
    harness.get_by_label("Hello Sam!");
    tab_to_and_press(&mut harness, "Start: The mouse", Key::Enter);
    // 6 steps: the last one's mouse practice is left for later.
    for _ in 0..6 {
        tab_to_and_press(&mut harness, "Next", Key::Enter);
    }
    // Questions: reach the first choice with Tab, move with the arrows, pick with Space.
    let lesson = [
        ("The text cursor", 1, true),
        ("I put the pointer on it and click the left button.", 0, true),
        ("True", 0, true),
        ("I push it further, even off the table.", 2, true),
        ("It switches off the computer.", 1, true),
    ];
    for (first, downs, _) in lesson {
        tab_to_and_press(&mut harness, first, Key::Space);
        for _ in 0..downs {
            harness.key_press(Key::ArrowDown);
            harness.run();
        }
        tab_to_and_press(&mut harness, "Check my answer", Key::Enter);
        harness.get_by_label("That's right!");
        tab_to_and_press(&mut harness, "Next", Key::Enter);
    }
    harness
        .get(by().role(Role::TextInput).label_contains("Type your answer:"))
        .focus();
    harness.run();
    harness.event(egui::Event::Text("mouse".into()));
    harness.run();
    tab_to_and_press(&mut harness, "Check my answer", Key::Enter);
    tab_to_and_press(&mut harness, "Next", Key::Enter);
    harness.get_by_label("You got 6 right out of 6.");
    // Escape leaves a lesson for home.
    tab_to_and_press(&mut harness, "Take the lesson again", Key::Enter);
    harness.key_press(Key::Escape);
    harness.run();
    assert!(matches!(harness.state().state().route, Route::Home(_)));
}

#[test]
fn ctrl_plus_and_minus_change_the_text_size_and_it_is_remembered_per_profile() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("s.sqlite3");
    {
        let mut harness = app(open_store(&path));
        harness
            .state_mut()
            .apply(Action::Profile(ProfileAction::NewProfile));
        if let Route::NewProfile(draft) = &mut harness.state_mut().state_mut().route {
            draft.name = "Lou".into();
        }
        harness
            .state_mut()
            .apply(Action::Profile(ProfileAction::CreateProfile));
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Plus);
        harness.run();
        let grown = harness.state().state().display.text_percent;
        assert!(grown > 100, "Ctrl + made the text larger ({grown} %)");
        for _ in 0..20 {
            harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Plus);
            harness.run();
        }
        assert_eq!(
            harness.state().state().display.text_percent,
            200,
            "never more than 200 %"
        );
        assert!((harness.ctx.zoom_factor() - 2.0).abs() < 0.01);
        harness
            .state_mut()
            .apply(Action::Profile(ProfileAction::ChangeProfile));
        harness.run();
        assert_eq!(
            harness.state().state().display.text_percent,
            100,
            "the shared screen keeps the PC's size"
        );
    }
    let mut harness = app(open_store(&path));
    let lou = harness.state().state().route_residents()[0].id;
    harness
        .state_mut()
        .apply(Action::Card(CardAction::PickResident(lou)));
    harness.run();
    assert_eq!(
        harness.state().state().display.text_percent,
        200,
        "Lou's size comes back with Lou"
    );
    assert!((harness.ctx.zoom_factor() - 2.0).abs() < 0.01);
}

#[test]
fn tab_to_a_control_out_of_view_scrolls_it_into_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(open_store(&dir.path().join("s.sqlite3")));
    harness
        .state_mut()
        .apply(Action::Display(DisplayAction::SetLanguage(Lang::En)));
    harness
        .state_mut()
        .apply(Action::Display(DisplayAction::SetTextSize(200)));
    harness.run();
    harness
        .state_mut()
        .apply(Action::Profile(ProfileAction::NewProfile));
    harness.run();
    let screen = harness.ctx.content_rect();
    let below =
        |h: &Harness<'_, PasserelleApp>| h.get_by_label("Make my card and start").rect().max.y > screen.max.y;
    assert!(below(&harness), "the test starts with the button below the fold");
    for _ in 0..40 {
        if harness.get_by_label("Make my card and start").is_focused() {
            break;
        }
        harness.key_press(Key::Tab);
        harness.run();
    }
    harness.run();
    let rect = harness.get_by_label("Make my card and start").rect();
    assert!(
        screen.contains_rect(rect),
        "the focused button is in view: {rect:?} in {screen:?}"
    );
}

#[test]
fn each_new_page_starts_the_keyboard_on_its_main_control() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(open_store(&dir.path().join("s.sqlite3")));
    harness
        .state_mut()
        .apply(Action::Display(DisplayAction::SetLanguage(Lang::En)));
    harness.run();
    tab_to_and_press(&mut harness, "Make my card", Key::Enter);
    harness.run();
    // The name field: type at once, no Tab through the top bar.
    assert!(harness.get_by_label("Your first name or a nickname").is_focused());
    harness.event(egui::Event::Text("Sam".into()));
    harness.run();
    tab_to_and_press(&mut harness, "Make my card and start", Key::Enter);
    tab_to_and_press(&mut harness, "Start: The mouse", Key::Enter);
    // A step: "Next".
    harness.run();
    assert!(harness.get_by_label("Next").is_focused(), "Next on a step");
    for _ in 0..6 {
        harness.key_press(Key::Enter);
        harness.run();
        harness.run();
    }
    // The first question: its first answer.
    assert!(
        harness.get_by_label("The text cursor").is_focused(),
        "the first answer"
    );
}
