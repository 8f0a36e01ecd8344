//! The hands-on question types: their pack checks, and answering each one through the UI
//! by accessible names, as a screen reader or a keyboard user would.

use crate::common;

use common::{HANDS_ON_LESSON, hands_on_pack};
use egui_kittest::kittest::{NodeT as _, Queryable};
use passerelle::i18n::I18n;
use passerelle::model::{Lang, QuestionKind};
use passerelle::pack::{Problem, ProblemKind, load_files};

/// The one problem found when `from` is replaced by `to` in the hands-on lesson.
fn problem(from: &str, to: &str) -> Problem {
    assert!(HANDS_ON_LESSON.contains(from), "the lesson has {from:?}");
    let found = load_files(&hands_on_pack(&HANDS_ON_LESSON.replacen(from, to, 1)))
        .err()
        .unwrap_or_default();
    assert_eq!(found.len(), 1, "exactly one problem expected, got {found:#?}");
    found.into_iter().next().expect("one problem")
}

fn message(problem: &Problem, lang: Lang) -> String {
    problem.message(&I18n::new().tr(lang))
}

#[test]
fn every_hands_on_type_loads() {
    let pack = load_files(&hands_on_pack(HANDS_ON_LESSON)).expect("valid");
    let kinds: Vec<&str> = pack.lessons[1]
        .questions
        .iter()
        .map(|q| q.kind.type_name())
        .collect();
    assert_eq!(kinds, ["fields", "order", "match", "zone"]);
    let QuestionKind::Zone { zones, .. } = &pack.lessons[1].questions[3].kind else {
        panic!("a zone question");
    };
    assert_eq!((zones[0].x, zones[0].width), (160, 40));
}

#[test]
fn a_zone_outside_its_picture_is_refused_with_the_picture_size() {
    let p = problem("x = 160", "x = 170");
    assert_eq!(
        p.kind,
        ProblemKind::ZoneOutsidePicture {
            field: "questions[4].zones[1]".into(),
            width: 200,
            height: 100
        }
    );
    assert_eq!(p.file, "essai/lessons/02.toml");
    assert_eq!(p.line, Some(65), "the zone's [[questions.zones]] line");
    assert!(message(&p, Lang::En).contains("which is 200 × 100 pixels"));
    assert!(message(&p, Lang::Fr).contains("dépasse les bords de son image"));
}

#[test]
fn a_zone_answer_must_name_a_zone() {
    let p = problem(r#"answer = "close""#, r#"answer = "open""#);
    assert_eq!(
        p.kind,
        ProblemKind::AnswerNotAZone {
            field: "questions[4].answer".into(),
            value: "open".into()
        }
    );
}

#[test]
fn zone_sizes_are_whole_pixels() {
    let p = problem("width = 40", "width = 0");
    assert_eq!(
        p.kind,
        ProblemKind::BadPixels {
            field: "questions[4].zones[1].width".into(),
            value: 0
        }
    );
    assert!(message(&p, Lang::En).contains("1 or more for width and height"));
    let p = problem("y = 0", "y = -5");
    assert!(matches!(p.kind, ProblemKind::BadPixels { value: -5, .. }));
}

#[test]
fn a_zone_picture_must_be_a_png_in_the_pack() {
    let p = problem(r#"image = "window.png""#, r#"image = "door.png""#);
    assert!(matches!(p.kind, ProblemKind::MissingImage { ref file, .. } if file == "door.png"));
    let mut files = hands_on_pack(HANDS_ON_LESSON);
    files
        .files
        .push(("media/sound.wav".into(), b"RIFF\0\0\0\0WAVEfmt ".to_vec()));
    files.files[1].1 = HANDS_ON_LESSON
        .replacen(r#"image = "window.png""#, r#"image = "sound.wav""#, 1)
        .into_bytes();
    // The trial pack's own lesson is file 1; this test's lesson is the last lesson file.
    let lesson = files
        .files
        .iter()
        .position(|(n, _)| n == "lessons/02.toml")
        .expect("lesson");
    files.files[lesson].1 = files.files[1].1.clone();
    files.files[1].1 = common::LESSON.as_bytes().to_vec();
    let found = load_files(&files).err().unwrap_or_default();
    assert!(
        found
            .iter()
            .any(|p| matches!(p.kind, ProblemKind::NotAPicture { ref file, .. } if file == "sound.wav")),
        "{found:#?}"
    );
}

#[test]
fn a_match_needs_two_pairs_and_parts_need_their_own_ids() {
    let one_pair = HANDS_ON_LESSON.replacen(
        "[[questions.pairs]]\nid = \"clavier\"\nleft = { fr = \"Clavier\", en = \"Keyboard\" }\nright = { fr = \"Écrire\", en = \"Type\" }\n",
        "",
        1,
    );
    let found = load_files(&hands_on_pack(&one_pair)).err().unwrap_or_default();
    assert_eq!(
        found.iter().map(|p| p.kind.clone()).collect::<Vec<_>>(),
        [ProblemKind::TooFew {
            field: "questions[3].pairs".into(),
            min: 2
        }]
    );
    let p = problem(r#"id = "ecrire""#, r#"id = "allumer""#);
    assert!(matches!(p.kind, ProblemKind::DuplicateId { ref value, .. } if value == "allumer"));
}

#[test]
fn a_field_needs_accepted_answers_in_both_languages() {
    let p = problem(
        r#"accepted = { fr = ["69001"], en = ["69001"] }"#,
        r#"accepted = { fr = ["69001"] }"#,
    );
    assert_eq!(
        p.kind,
        ProblemKind::MissingTranslation {
            field: "questions[1].fields[2].accepted".into(),
            lang: "en".into()
        }
    );
}

// Answering through the UI.

use egui_kittest::Harness;
use passerelle::app::PasserelleApp;

/// The app with the hands-on pack imported and a resident at its first question.
fn at_first_hands_on_question(dir: &std::path::Path) -> Harness<'static, PasserelleApp> {
    let mut harness = common::app_in_lesson(dir, &hands_on_pack(HANDS_ON_LESSON), "Practice");
    harness.get_by_label("Next").click();
    harness.run();
    harness
}

/// Focuses the text box named `label` and types `text` in it.
fn type_in(harness: &mut Harness<'static, PasserelleApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, label)
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, label)
        .type_text(text);
    harness.run();
}

fn check(harness: &mut Harness<'static, PasserelleApp>) -> bool {
    harness.get_by_label("Check my answer").click();
    harness.run();
    let right = harness.query_by_label("That's right!").is_some();
    assert!(
        right || harness.query_by_label("Not quite.").is_some(),
        "a feedback is shown"
    );
    harness.get_by_label("Next").click();
    harness.run();
    right
}

/// The first hands-on question (fields), answered right: each text box is named by its
/// label.
fn answer_the_fields(harness: &mut Harness<'static, PasserelleApp>) {
    type_in(harness, "Town", "lyon");
    type_in(harness, "Postcode", "69001");
    harness.run();
    assert!(check(harness));
}

#[test]
fn each_hands_on_type_answered_right_with_the_keyboard_and_screen_reader_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = at_first_hands_on_question(dir.path());
    answer_the_fields(&mut harness);

    // Order: "Switch off" down to the bottom, then "Switch on" up to the top.
    for button in ["Move down: Switch off", "Move up: Switch on"] {
        while !harness.get_by_label(button).accesskit_node().is_disabled() {
            harness.get_by_label(button).click();
            harness.run();
        }
    }
    assert!(check(&mut harness));

    // Match: one radio group per left-hand item, named by it.
    let group = harness.get_by_role_and_label(egui::accesskit::Role::Group, "Mouse");
    group.get_by_label("Click").click();
    harness.run();
    let group = harness.get_by_role_and_label(egui::accesskit::Role::Group, "Keyboard");
    group.get_by_label("Type").click();
    harness.run();
    assert!(check(&mut harness));

    // Zone: the zones are named buttons on the picture; the one chosen says so.
    harness.get_by_label("The cross at the top right").click();
    harness.run();
    assert_eq!(
        harness
            .get_by_label("The cross at the top right")
            .accesskit_node()
            .toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    assert!(check(&mut harness));
    assert!(harness.query_by_label("You got 4 right out of 4.").is_some());
    assert!(
        harness
            .query_by_label("You switch off at the end, once all is done.")
            .is_none(),
        "right answers bring no part's explanation"
    );
}

#[test]
fn items_to_order_can_be_dragged_to_their_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = at_first_hands_on_question(dir.path());
    type_in(&mut harness, "Town", "Lyon");
    type_in(&mut harness, "Postcode", "69001");
    check(&mut harness);
    // Drag each item onto the first place, the last one first.
    for item in ["Switch off", "Write", "Switch on"] {
        let from = harness.get_by_label(item).rect().center();
        let top_row = harness
            .get_all(egui_kittest::kittest::by().label_contains("Move up: "))
            .map(|n| n.rect().center().y)
            .fold(f32::INFINITY, f32::min);
        common::drag(&mut harness, from, egui::pos2(from.x, top_row));
    }
    assert!(check(&mut harness), "dragged into the right order");
}

#[test]
fn hands_on_answers_can_be_wrong() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = at_first_hands_on_question(dir.path());
    type_in(&mut harness, "Town", "Paris");
    type_in(&mut harness, "Postcode", "69001");
    harness.run();
    harness.get_by_label("Check my answer").click();
    harness.run();
    harness.get_by_label("The right answer: Town: Lyon ; Postcode: 69001");
    harness.get_by_label("Next").click();
    harness.run();
    // Order left shuffled: never the right order at first. The right one is said in
    // numbered sentences, each with one full stop.
    harness.get_by_label("Check my answer").click();
    harness.run();
    harness.get_by_label("The right answer: 1. Switch on. 2. Write. 3. Switch off.");
    // "Switch off" is never last at first: its own explanation says why it comes there.
    harness.get_by_label("You switch off at the end, once all is done.");
    harness.get_by_label("Next").click();
    harness.run();
    let group = harness.get_by_role_and_label(egui::accesskit::Role::Group, "Mouse");
    group.get_by_label("Type").click();
    harness.run();
    let group = harness.get_by_role_and_label(egui::accesskit::Role::Group, "Keyboard");
    group.get_by_label("Click").click();
    harness.run();
    harness.get_by_label("Check my answer").click();
    harness.run();
    harness.get_by_label("The right answer: Mouse → Click ; Keyboard → Type");
    harness.get_by_label("The keyboard is for typing.");
    harness.get_by_label("Next").click();
    harness.run();
    harness.get_by_label("The title").click();
    harness.run();
    assert!(!check(&mut harness));
}

/// A lesson with one number question, for the tests below.
const NUMBER_LESSON: &str = r#"id = "nombres"
competence = "1.3"
level = 1
title = { fr = "Nombres", en = "Numbers" }

[[steps]]
text = { fr = "Un nombre.", en = "A number." }

[[questions]]
id = "annee"
type = "number"
prompt = { fr = "En quelle année ?", en = "In which year?" }
explanation = { fr = "En 1822.", en = "In 1822." }
[[questions.numbers]]
value = 1822
tolerance = 2
"#;

#[test]
fn a_number_question_loads_and_a_value_that_is_no_number_is_located() {
    let pack = load_files(&hands_on_pack(NUMBER_LESSON)).expect("valid");
    let lesson = pack
        .lessons
        .iter()
        .find(|l| l.id.as_str() == "nombres")
        .expect("lesson");
    assert!(
        matches!(&lesson.questions[0].kind, QuestionKind::Number { answers } if (answers[0].tolerance - 2.0).abs() < f64::EPSILON)
    );
    let bad = NUMBER_LESSON.replace("tolerance = 2", "tolerance = \"deux\"");
    let found = load_files(&hands_on_pack(&bad)).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].line, Some(16));
    assert_eq!(
        message(&found[0], Lang::En),
        format!(
            "{}:16: (question \"annee\") \"questions[1].numbers[1].tolerance\" must be a number, written without quotes (a tolerance is 0 or more), for example 3.5.",
            found[0].file
        )
    );
}

#[test]
fn a_number_is_typed_as_people_write_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = common::app_in_lesson(dir.path(), &hands_on_pack(NUMBER_LESSON), "Numbers");
    harness.get_by_label("Next").click();
    harness.run();
    // The box is named by its label and the question.
    type_in(&mut harness, "Type your answer: In which year?", "1 823");
    assert!(check(&mut harness), "within the tolerance");
}

#[test]
fn moving_an_item_with_the_keyboard_keeps_the_focus_on_it_and_says_its_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = at_first_hands_on_question(dir.path());
    answer_the_fields(&mut harness);
    // The items start shuffled: move "Switch off" until it is last, by the keyboard.
    loop {
        let button = harness.get_by_label("Move down: Switch off");
        if button.accesskit_node().is_disabled() {
            break;
        }
        button.focus();
        harness.run();
        harness.key_press(egui::Key::Enter);
        harness.run();
        harness.run();
        // The focus followed "Switch off" (to its up button once it is last).
        let focused = harness
            .query_all(egui_kittest::kittest::by())
            .find(egui_kittest::Node::is_focused)
            .and_then(|n| n.accesskit_node().label())
            .unwrap_or_default();
        assert!(focused.ends_with("Switch off"), "focus on {focused:?}");
        harness.get_by_label_contains("Switch off: now in place");
    }
    harness.get_by_label("Switch off: now in place 3 of 3.");
}

const CITY_LESSON: &str = r#"id = "ville"
competence = "1.3"
level = 1
title = { fr = "Ville", en = "City" }

[[steps]]
text = { fr = "Une ville.", en = "A city." }

[[questions]]
id = "ville"
type = "typed"
accepted = { fr = ["Lyon"], en = ["Lyon"] }
prompt = { fr = "Dans quelle ville ?", en = "In which city?" }
explanation = { fr = "À Lyon.", en = "In Lyon." }
"#;

/// Answers the city question with `typed` and tells whether "We write it: Lyon" shows.
fn city_answer_shows_spelling(typed: &str) -> bool {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = common::app_in_lesson(dir.path(), &hands_on_pack(CITY_LESSON), "City");
    harness.get_by_label("Next").click();
    harness.run();
    type_in(&mut harness, "Type your answer: In which city?", typed);
    harness.get_by_label("Check my answer").click();
    harness.run();
    harness.get_by_label("That's right!");
    harness.query_by_label("We write it: Lyon").is_some()
}

#[test]
fn an_answer_accepted_with_a_typo_shows_how_it_is_spelt() {
    assert!(
        city_answer_shows_spelling("Lion"),
        "a typo: the right spelling is shown"
    );
    assert!(
        !city_answer_shows_spelling("lyon."),
        "spelt right: nothing more to learn"
    );
}

/// Answers the city question, its spelling exact, with `typed`; what the feedback says.
fn exact_city_answer(typed: &str) -> (bool, Option<String>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let lesson = CITY_LESSON.replace(
        "accepted = { fr = [\"Lyon\"], en = [\"Lyon\"] }",
        "accepted = { fr = [\"Lyon\"], en = [\"Lyon\"] }\nspelling = \"exact\"",
    );
    let mut harness = common::app_in_lesson(dir.path(), &hands_on_pack(&lesson), "City");
    harness.get_by_label("Next").click();
    harness.run();
    type_in(&mut harness, "Type your answer: In which city?", typed);
    harness.get_by_label("Check my answer").click();
    harness.run();
    let right = harness.query_by_label("That's right!").is_some();
    let said = harness
        .query_by_label_contains("Here every letter counts")
        .and_then(|n| n.accesskit_node().value());
    (right, said)
}

#[test]
fn an_exact_spelling_refuses_a_typo_and_says_which_letters_differ() {
    assert_eq!(
        exact_city_answer("Lion"),
        (
            false,
            Some("Here every letter counts, as on an official form: we write it Lyon. Check letter 2: “y”, not “i”.".to_owned())
        )
    );
    let (right, said) = exact_city_answer("Lyonn");
    assert!(!right);
    assert!(said.is_some_and(|s| s.contains("“n” is one letter too many (letter 5 of your answer)")));
    assert_eq!(
        exact_city_answer("lyon."),
        (true, None),
        "capitals and a final stop do not count"
    );
    assert_eq!(
        exact_city_answer("Marseille"),
        (false, None),
        "another town: no letters to check"
    );
}

#[test]
fn an_unknown_spelling_rule_is_named_with_its_line() {
    let lesson = CITY_LESSON.replace(
        "accepted = { fr = [\"Lyon\"], en = [\"Lyon\"] }",
        "accepted = { fr = [\"Lyon\"], en = [\"Lyon\"] }\nspelling = \"exat\"",
    );
    let found = load_files(&hands_on_pack(&lesson)).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].line, Some(13));
    assert!(
        message(&found[0], Lang::En)
            .contains("\"exat\" (in \"questions[1].spelling\") is not a spelling rule"),
        "{}",
        message(&found[0], Lang::En)
    );
    assert!(message(&found[0], Lang::Fr).contains("n'est pas une règle d'orthographe"));
}

#[test]
fn stars_in_a_prompt_or_a_choice_are_refused_where_they_would_show() {
    let prompt = CITY_LESSON.replace("Dans quelle ville ?", "Dans quelle **ville** ?");
    let found = load_files(&hands_on_pack(&prompt)).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].line, Some(13));
    assert_eq!(
        message(&found[0], Lang::En),
        format!(
            "{}:13: (question \"ville\") \"questions[1].prompt\" would show ** as two stars: they mark a word only in lesson text. Remove them.",
            found[0].file
        )
    );
    // In lesson text, the same stars mark a word: nothing to say.
    let step = CITY_LESSON.replace("Une ville.", "Une **ville**.");
    assert!(load_files(&hands_on_pack(&step)).is_ok());
}
