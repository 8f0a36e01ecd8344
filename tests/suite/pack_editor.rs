//! The pack editor, through the screens: writing a lesson with a question in both
//! languages (the missing translation marked, then not), its problems leading to their
//! field, a preview that records nothing, undo, the draft kept in the store, a built-in
//! pack changed only in a copy, and the pack saved as files that `pack check` accepts.

use crate::common;

use std::sync::Arc;

use common::{Fake, open_store, unlock_leaders_area, wait_for_file_job};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use passerelle::app::{PasserelleApp, Startup};
use passerelle::session::{AgentView, EditorPart, Route};

type App = Harness<'static, PasserelleApp>;

fn click(h: &mut App, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn type_in(h: &mut App, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label).focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, label).type_text(text);
    h.run();
}

fn type_lines(h: &mut App, label: &str, text: &str) {
    h.get_by_role_and_label(Role::MultilineTextInput, label).focus();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, label)
        .type_text(text);
    h.run();
}

fn editor(h: &App) -> &passerelle::session::PackEditor {
    h.state()
        .state()
        .pack_editor
        .as_deref()
        .expect("the editor is open")
}

/// The leaders' area of a PC with the built-in packs, in English, showing the trainers'
/// shelf; files are saved to `save_to` and `open` is offered (only the kind asked).
fn trainer_with(dir: &std::path::Path, save_to: &std::path::Path, open: Vec<std::path::PathBuf>) -> App {
    let mut store = open_store(&dir.join("pc.sqlite3"));
    store.set_agent_pin("482915").expect("pin");
    let startup = Startup {
        file_dialog: Some(Arc::new(Fake {
            save_to: save_to.to_owned(),
            open,
        })),
        ..Startup::default()
    };
    let mut h = common::app_with(store, startup);
    h.set_size(egui::vec2(1400.0, 4000.0));
    click(&mut h, "English");
    unlock_leaders_area(&mut h, "482915");
    click(&mut h, "Write lessons (pack editor)");
    h
}

fn trainer(dir: &std::path::Path, save_to: &std::path::Path) -> App {
    trainer_with(dir, save_to, Vec::new())
}

fn trainer_opening(dir: &std::path::Path, open: Vec<std::path::PathBuf>) -> App {
    trainer_with(dir, &dir.join("unused"), open)
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one trainer's whole session, from the first field to the saved files"
)]
fn a_trainer_writes_a_bilingual_lesson_previews_it_and_saves_clean_pack_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("saved").join("my-pack");
    let mut h = trainer(dir.path(), &folder);
    click(&mut h, "Start a new pack");
    assert!(matches!(
        h.state().state().route,
        Route::Agent(AgentView::EditPack)
    ));

    // The pack's own fields.
    h.get_by_role_and_label(Role::TextInput, "Pack id (lower-case letters, digits and dashes)")
        .focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Pack id (lower-case letters, digits and dashes)")
        .type_text("my-pack");
    h.run();
    type_in(&mut h, "Licence (for example CC-BY-SA-4.0)", "CC-BY-4.0");
    type_in(&mut h, "Authors (separated by commas)", "Ana, Bea");
    type_in(&mut h, "Title (French)", "Mon pack");
    type_in(&mut h, "Title (English)", "My pack");
    type_lines(&mut h, "Description (French)", "Pour essayer.");
    type_lines(&mut h, "Description (English)", "To try.");

    // A lesson: its French title first, its translation missing until written.
    click(&mut h, "Add a lesson");
    assert_eq!(editor(&h).part, EditorPart::Lesson(0));
    type_in(&mut h, "Title (French)", "La souris");
    assert!(h.query_by_label("Translation missing.").is_some());
    assert!(h.query_by_label_contains("1 translation to check").is_some());
    type_in(&mut h, "Title (English)", "The mouse");
    assert!(h.query_by_label("Translation missing.").is_none());
    assert!(h.query_by_label_contains("translation to check").is_none());
    type_lines(&mut h, "Step 1 — Text (French)", "Posez la main sur la souris.");
    type_lines(&mut h, "Step 1 — Text (English)", "Put your hand on the mouse.");

    // A question with one right answer, in both languages.
    click(&mut h, "Add a question with one right answer");
    type_lines(
        &mut h,
        "Question 1 — What is asked (French)",
        "Où est la souris ?",
    );
    type_lines(
        &mut h,
        "Question 1 — What is asked (English)",
        "Where is the mouse?",
    );
    type_in(&mut h, "Question 1 — Choice 1 (French)", "Sur la table");
    type_in(&mut h, "Question 1 — Choice 1 (English)", "On the table");
    type_in(&mut h, "Question 1 — Choice 2 (French)", "Au plafond");
    type_in(&mut h, "Question 1 — Choice 2 (English)", "On the ceiling");
    // No right answer chosen yet: pack check says so, and the problem leads to the field.
    let problems = editor(&h).problems.clone();
    let answer = problems
        .iter()
        .find(|p| {
            p.field
                .as_ref()
                .is_some_and(|f| f.to_string() == "questions[1].answer")
        })
        .unwrap_or_else(|| panic!("no problem about the answer: {problems:#?}"));
    h.state_mut().apply(passerelle::session::Action::Editor(
        passerelle::session::EditorAction::ShowPackProblem(answer.clone()),
    ));
    h.run();
    assert_eq!(editor(&h).part, EditorPart::Lesson(0));
    click(&mut h, "Question 1, right answer: Sur la table");
    type_lines(
        &mut h,
        "Question 1 — Explanation after the answer (French)",
        "Elle est posée sur la table.",
    );
    type_lines(
        &mut h,
        "Question 1 — Explanation after the answer (English)",
        "It sits on the table.",
    );
    assert!(
        h.query_by_label("No problems: \"pack check\" accepts this pack.")
            .is_some(),
        "{:#?}",
        editor(&h).problems
    );

    // The preview shows the lesson as a resident sees it, and records nothing.
    click(&mut h, "See it as a resident");
    assert!(
        matches!(&h.state().state().route, Route::Lesson(s) if s.preview.as_deref() == Some("lessons/01-lesson.toml"))
    );
    assert!(h.query_by_label("Preview: nothing is recorded.").is_some());
    click(&mut h, "Next");
    click(&mut h, "On the table");
    click(&mut h, "Check my answer");
    assert!(h.query_by_label("That's right!").is_some());
    // Nothing is saved, so the feedback does not say it is.
    assert!(h.query_by_label("Your answer is saved.").is_none());
    assert_eq!(
        h.state_mut()
            .store_for_tests()
            .shared_answer_count()
            .expect("count"),
        0
    );
    click(&mut h, "Back to the pack editor");
    assert_eq!(editor(&h).part, EditorPart::Lesson(0));

    // Undo takes back the last change (the English explanation, typed in one go); the
    // draft in the store follows.
    click(&mut h, "Undo");
    assert!(h.query_by_label("Translation missing.").is_some());
    let uid = editor(&h).uid.clone();
    let kept = h
        .state_mut()
        .store_for_tests()
        .draft(&uid)
        .expect("read")
        .expect("kept");
    assert!(
        kept.files
            .iter()
            .any(|(name, _)| name == "lessons/01-lesson.toml")
    );
    h.key_press_modifiers(egui::Modifiers::NONE, egui::Key::Escape);
    h.run();
    // Leaving with changes not saved as files asks first.
    assert!(editor(&h).asking_to_leave);
    click(&mut h, "Stay");
    type_lines(
        &mut h,
        "Question 1 — Explanation after the answer (English)",
        "It sits on the table.",
    );

    // Saved as pack files: what pack check accepts, and the same lesson as written.
    click(&mut h, "Save as pack files (folder)");
    wait_for_file_job(&mut h);
    let pack = passerelle::pack::load_dir(&folder).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(pack.manifest.id.as_str(), "my-pack");
    assert_eq!(pack.manifest.authors, ["Ana", "Bea"]);
    let lesson = &pack.lessons[0];
    assert_eq!(lesson.title.fr, "La souris");
    assert_eq!(lesson.title.en, "The mouse");
    assert_eq!(lesson.questions[0].prompt.en, "Where is the mouse?");
    assert!(!editor(&h).unsaved);
    assert!(h.query_by_label("Saved as pack files.").is_some());
    let lesson_file = std::fs::read_to_string(folder.join("lessons/01-lesson.toml")).expect("written");
    assert!(
        lesson_file.contains("[title]\nfr = \"La souris\"\nen = \"The mouse\""),
        "{lesson_file}"
    );
    // Saved: leaving does not ask.
    click(&mut h, "Back to the packs");
    assert!(matches!(
        h.state().state().route,
        Route::Agent(AgentView::Packs(_))
    ));
    assert!(h.query_by_label("Go on with \"My pack\"").is_some());
}

#[test]
fn a_builtin_pack_is_changed_in_a_copy_and_a_french_change_marks_its_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = trainer(dir.path(), &dir.path().join("copy"));
    click(&mut h, "Change a copy of \"First steps with a computer\"");
    assert!(editor(&h).problems.is_empty(), "{:#?}", editor(&h).problems);
    click(&mut h, "1. The mouse");
    h.get_by_role_and_label(Role::TextInput, "Title (French)").focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Title (French)")
        .type_text(" d'ordinateur");
    h.run();
    assert!(
        h.query_by_label("The French changed since this was written: check it.")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("1. The mouse — 1 translation to check")
            .is_some()
    );
    click(&mut h, "It is still right");
    assert!(
        h.query_by_label("The French changed since this was written: check it.")
            .is_none()
    );
    // The built-in pack itself is unchanged: residents still see the original.
    let store = h.state_mut().store_for_tests();
    let packs = store.packs().expect("packs");
    let lesson = store
        .lesson(&packs[0].manifest.id, &packs[0].lessons[0].id)
        .expect("read")
        .expect("lesson");
    assert_eq!(lesson.title.fr, "La souris");
    assert_eq!(store.drafts().expect("drafts").len(), 1);
}

#[test]
fn pictures_and_gift_questions_come_in_through_the_file_dialog() {
    let dir = tempfile::tempdir().expect("temp dir");
    let picture = dir.path().join("Ma souris.png");
    std::fs::write(&picture, common::PNG).expect("write");
    let not_a_picture = dir.path().join("notes.png");
    std::fs::write(&not_a_picture, b"not a picture").expect("write");
    let gift = dir.path().join("quiz-souris.gift");
    std::fs::write(
        &gift,
        "::q1:: La souris sert à pointer. {T}\n\n::q2:: Combien de boutons ? {=2 ~3 ~5}\n\n::q3:: Racontez. {}\n",
    )
    .expect("write");
    let mut h = trainer_opening(dir.path(), vec![picture, gift]);
    click(&mut h, "Start a new pack");
    click(&mut h, "Add a lesson");
    click(&mut h, "Step 1: choose a picture (PNG)");
    wait_for_file_job(&mut h);
    let draft = &editor(&h).draft;
    assert_eq!(draft.media.len(), 1);
    assert_eq!(draft.media[0].0, "ma-souris.png");
    assert_eq!(
        draft.lessons[0].lesson.steps[0].image.as_deref(),
        Some("ma-souris.png")
    );
    assert!(h.query_by_label("Picture: ma-souris.png").is_some());
    // The picture needs words for those who cannot see it, in both languages.
    assert!(
        h.query_by_role_and_label(
            Role::TextInput,
            "Step 1 — What the picture shows (for those who cannot see it) (French)"
        )
        .is_some()
    );

    click(&mut h, "Add questions from a French GIFT file (Moodle)");
    wait_for_file_job(&mut h);
    let shown = editor(&h);
    assert_eq!(shown.part, EditorPart::Lesson(1));
    let lesson = &shown.draft.lessons[1].lesson;
    assert_eq!(lesson.questions.len(), 2, "the essay is not imported");
    let prompt = lesson.questions[1].prompt.as_ref().expect("prompt");
    // French punctuation keeps its word on the line (a no-break space before "?").
    assert_eq!(prompt.fr.as_deref(), Some("Combien de boutons\u{a0}?"));
    // The English is missing: marked on the lesson, field by field.
    assert!(shown.to_translate[1] >= 2, "{:?}", shown.to_translate);
    assert!(h.query_by_label_contains("could not be imported").is_some());
    assert!(h.query_by_label_contains("translations to check").is_some());

    // A file that is no picture is refused with its reason, and changes nothing.
    let mut h = trainer_opening(dir.path(), vec![not_a_picture]);
    click(&mut h, "Start a new pack");
    click(&mut h, "Add a lesson");
    click(&mut h, "Step 1: choose a picture (PNG)");
    wait_for_file_job(&mut h);
    assert!(editor(&h).draft.media.is_empty());
    assert!(
        h.query_by_label_contains("This picture is not a PNG file")
            .is_some()
    );
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one arm per question type and practice activity"
)]
fn every_question_type_and_activity_can_be_added_and_completed() {
    use passerelle::pack::draft_texts;
    let dir = tempfile::tempdir().expect("temp dir");
    let picture = dir.path().join("fenetre.png");
    std::fs::write(&picture, common::PNG).expect("write");
    let mut h = trainer_opening(dir.path(), vec![picture]);
    // Tall enough for every part to be on screen, where clicks land.
    h.set_size(egui::vec2(1400.0, 16000.0));
    click(&mut h, "Start a new pack");
    click(&mut h, "Add a lesson");
    for label in [
        "Add a question with one right answer",
        "Add a question with several right answers",
        "Add a true-or-false question",
        "Add a question to answer by typing",
        "Add a question answered with a number",
        "Add a question with boxes to fill in",
        "Add a question to put in order",
        "Add a question to match pairs",
        "Add a question to click on a picture",
    ] {
        click(&mut h, label);
    }
    let kinds: Vec<String> = editor(&h).draft.lessons[0]
        .lesson
        .questions
        .iter()
        .filter_map(|q| q.kind.clone())
        .collect();
    assert_eq!(
        kinds,
        [
            "single",
            "multiple",
            "true-false",
            "typed",
            "number",
            "fields",
            "order",
            "match",
            "zone"
        ]
    );
    // Each new question has the parts its type needs: only texts and answers are missing.
    let structural = editor(&h)
        .problems
        .iter()
        .filter(|p| matches!(p.kind, passerelle::pack::ProblemKind::TooFew { .. }))
        .count();
    assert_eq!(structural, 0, "{:#?}", editor(&h).problems);

    // The step gets a mailbox activity, with a third message.
    h.get_by_label("Step 1: add a practice activity").click();
    h.run();
    click(&mut h, "mailbox (spot the scams)");
    click(&mut h, "Step 1: add a message");
    let activity = editor(&h).draft.lessons[0].lesson.steps[0]
        .activity
        .clone()
        .expect("an activity");
    assert_eq!(activity.kind.as_deref(), Some("mailbox"));
    assert_eq!(activity.messages.len(), 3);

    // Right answers and numbers through the screen; the typed answer and the first box
    // need their exact spelling.
    click(&mut h, "Question 3: true");
    click(
        &mut h,
        "Question 4: exact spelling (every letter and accent counts, as in an address or an e-mail address)",
    );
    h.get_by_label_contains("Box 1: exact spelling").click();
    h.run();
    let questions = &editor(&h).draft.lessons[0].lesson.questions;
    assert_eq!(questions[3].spelling.as_deref(), Some("exact"));
    assert_eq!(questions[5].fields[0].spelling.as_deref(), Some("exact"));
    type_in(&mut h, "Question 5: right value 1", "3,5");
    click(&mut h, "Question 9: choose a picture (PNG)");
    wait_for_file_job(&mut h);
    type_in(&mut h, "Question 9 — Zone 1: width (pixels)", "0");
    click(&mut h, "Right answer: Question 9 — Zone 1");
    // The 1×1 picture is smaller than the zone: pack check says so, on the zone's field.
    assert!(
        editor(&h).problems.iter().any(|p| p
            .field
            .as_ref()
            .is_some_and(|f| f.to_string().starts_with("questions[9].zones[1]"))),
        "{:#?}",
        editor(&h).problems
    );

    // Every text written and every answer chosen: the pack is clean.
    let editor_state = h
        .state_mut()
        .state_mut()
        .pack_editor
        .as_deref_mut()
        .expect("editor");
    let before = editor_state.draft.clone();
    let draft = &mut editor_state.draft;
    draft.manifest.licence = Some("CC-BY-4.0".into());
    draft.manifest.authors = Some(vec!["Ana".into()]);
    draft_texts::manifest_texts(&mut draft.manifest, &mut |_, fr, en| {
        *fr = Some("Texte".into());
        *en = Some("Text".into());
    });
    let lesson = &mut draft.lessons[0].lesson;
    draft_texts::lesson_texts(lesson, &mut |_, fr, en| {
        *fr = Some("Texte".into());
        *en = Some("Text".into());
    });
    let questions = &mut lesson.questions;
    questions[0].answer = Some(toml::Value::String("a".into()));
    questions[1].answers = Some(vec!["a".into(), "b".into()]);
    questions[3].accepted = Some(passerelle::pack::format::RawTextList {
        fr: Some(vec!["souris".into()]),
        en: Some(vec!["mouse".into()]),
    });
    questions[5].fields[0].accepted = questions[3].accepted.clone();
    let zone = &mut questions[8].zones[0];
    (zone.width, zone.height) = (Some(1), Some(1));
    let step = &mut lesson.steps[0];
    let mailbox = step.activity.as_mut().expect("activity");
    for message in &mut mailbox.messages {
        message.from = Some("a@b.fr".into());
    }
    editor_state.edited(before, u64::MAX);
    assert!(editor(&h).problems.is_empty(), "{:#?}", editor(&h).problems);
}

#[test]
fn every_control_of_the_editor_has_a_name_of_its_own() {
    use egui_kittest::kittest::NodeT as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = trainer(dir.path(), &dir.path().join("unused"));
    h.set_size(egui::vec2(1400.0, 30000.0));
    click(&mut h, "Change a copy of \"First steps with a computer\"");
    for part in 0..=7 {
        if part > 0 {
            if let Some(editor) = &mut h.state_mut().state_mut().pack_editor {
                editor.part = EditorPart::Lesson(part - 1);
            }
            h.run();
        }
        let mut seen = std::collections::BTreeSet::new();
        for node in h.query_all(egui_kittest::kittest::by()) {
            let role = node.accesskit_node().role();
            if !matches!(
                role,
                Role::Button
                    | Role::TextInput
                    | Role::MultilineTextInput
                    | Role::ComboBox
                    | Role::CheckBox
                    | Role::RadioButton
            ) {
                continue;
            }
            let name = node.accesskit_node().label().unwrap_or_default();
            assert!(
                seen.insert(name.clone()),
                "part {part}: two controls are named {name:?}"
            );
        }
    }
}

#[test]
fn a_pack_file_opens_as_a_copy_and_a_draft_can_be_deleted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = passerelle::pack::builtin::packs().remove(1);
    let bytes = passerelle::pack::archive::build(&files).expect("archive");
    let file = dir.path().join("internet.passerelle-pack");
    std::fs::write(&file, bytes).expect("write");
    let mut h = trainer_opening(dir.path(), vec![file]);
    click(&mut h, "Open a pack file to change a copy");
    wait_for_file_job(&mut h);
    let original = passerelle::pack::load_files(&files).expect("clean");
    assert_eq!(
        editor(&h).draft.manifest.id.as_deref(),
        Some(original.manifest.id.as_str())
    );
    assert!(editor(&h).problems.is_empty(), "{:#?}", editor(&h).problems);
    let title = original.manifest.title.en.clone();
    // Unchanged: leaving does not ask; the draft waits on the shelf.
    click(&mut h, "Back to the packs");
    let go_on = format!("Go on with \"{title}\"");
    assert!(h.query_by_label(&go_on).is_some());
    click(&mut h, &format!("Delete the draft \"{title}\""));
    click(&mut h, "Keep it");
    assert!(h.query_by_label(&go_on).is_some());
    click(&mut h, &format!("Delete the draft \"{title}\""));
    click(&mut h, "Delete the draft");
    assert!(h.query_by_label(&go_on).is_none());
    assert!(
        h.state_mut()
            .store_for_tests()
            .drafts()
            .expect("drafts")
            .is_empty()
    );
}

#[test]
fn the_editor_saves_the_questions_for_moodle_and_they_come_back_the_same() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("first-steps-en.gift");
    let mut h = trainer(dir.path(), &out);
    click(&mut h, "Change a copy of \"First steps with a computer\"");
    click(&mut h, "Save the questions in English for Moodle (GIFT)");
    common::wait_for_file_job(&mut h);
    assert!(
        h.query_by_label_contains("ready to import into Moodle").is_some(),
        "the editor says where the file went"
    );
    let text = std::fs::read_to_string(&out).expect("the GIFT file");
    let bank = passerelle::pack::gift::parse(&text);
    assert_eq!(bank.not_imported, []);
    let pack = passerelle::pack::load_files(&passerelle::pack::builtin::packs()[0]).expect("clean");
    let gift_kinds = ["single", "multiple", "true-false", "typed", "number", "match"];
    let expected = pack
        .lessons
        .iter()
        .flat_map(|l| &l.questions)
        .filter(|q| gift_kinds.contains(&q.kind.type_name()))
        .count();
    assert_eq!(bank.questions.len(), expected);
    assert!(text.contains("$CATEGORY: The mouse"), "each lesson a category");
}

#[test]
fn a_procedure_of_the_pretend_portal_is_changed_in_a_copy_and_checked_as_it_is_typed() {
    use egui_kittest::kittest::NodeT as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = trainer(dir.path(), &dir.path().join("copy"));
    h.set_size(egui::vec2(1400.0, 30000.0));
    click(&mut h, "Change a copy of \"Procedures step by step (practice)\"");
    assert!(editor(&h).problems.is_empty(), "{:#?}", editor(&h).problems);
    click(&mut h, "1. Creating your account with a code by text");
    // The procedure's texts are edited with the lesson's, in both languages.
    let site = "Step 3 — Practice — Name of the pretend site (English)";
    assert_eq!(
        h.get_by_role_and_label(Role::MultilineTextInput, site)
            .value()
            .as_deref(),
        Some("My Procedures (practice site)")
    );
    assert!(
        h.query_by_label("Step 3 — Practice — Page 2 — Text message on the pretend phone (French)")
            .is_some()
    );
    // A code that is not the one in the text message is refused at once, on its page.
    let code = "Step 3 — Practice — Page 2: the code sent by text message";
    assert_eq!(
        h.get_by_role_and_label(Role::TextInput, code).value().as_deref(),
        Some("482913")
    );
    type_in(&mut h, code, "7");
    assert!(
        editor(&h).problems.iter().any(|p| p
            .field
            .as_ref()
            .is_some_and(|f| f.to_string() == "steps[3].activity.pages[2].sms")),
        "{:#?}",
        editor(&h).problems
    );
    click(&mut h, "Undo");
    assert!(editor(&h).problems.is_empty(), "{:#?}", editor(&h).problems);
    // A page of each type can be added, with the parts its type needs.
    for kind in [
        "signing in",
        "attaching a document",
        "choosing a slot",
        "downloading a document",
    ] {
        h.get_by_label("Step 3: add a page").click();
        h.run();
        click(&mut h, kind);
    }
    let pages: Vec<String> = editor(&h).draft.lessons[0].lesson.steps[2]
        .activity
        .as_ref()
        .expect("the portal")
        .pages
        .iter()
        .filter_map(|p| p.kind.clone())
        .collect();
    assert_eq!(pages, ["form", "code", "sign-in", "attach", "slots", "download"]);
    click(&mut h, "Step 3 — Practice — Page 5 — Slot 2 is already taken");
    let slots = &editor(&h).draft.lessons[0].lesson.steps[2]
        .activity
        .as_ref()
        .expect("the portal")
        .pages[4]
        .slots;
    assert!(!slots[0].taken && slots[1].taken);
    // Only texts are missing on the new pages: no part their type needs.
    let structural: Vec<_> = editor(&h)
        .problems
        .iter()
        .filter(|p| {
            !matches!(
                p.kind,
                passerelle::pack::ProblemKind::MissingField { .. }
                    | passerelle::pack::ProblemKind::MissingTranslation { .. }
            )
        })
        .collect();
    assert!(structural.is_empty(), "{structural:#?}");
    // Every control has a name of its own.
    let mut seen = std::collections::BTreeSet::new();
    for node in h.query_all(egui_kittest::kittest::by()) {
        let role = node.accesskit_node().role();
        if matches!(
            role,
            Role::Button | Role::TextInput | Role::ComboBox | Role::CheckBox
        ) {
            let name = node.accesskit_node().label().unwrap_or_default();
            assert!(seen.insert(name.clone()), "two controls are named {name:?}");
        }
    }
}
