//! The resident's whole path through the real app, driven as a screen reader sees it:
//! widgets are found by their accessible names and roles (`egui_kittest` with AccessKit,
//! whose accessibility check stays on).

use crate::common;

use common::{app, open_store};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable as _, by};
use passerelle::app::PasserelleApp;
use passerelle::model::Lang;
use passerelle::session::{Place, Route};

/// The steps of the mouse lesson; the last one's practice can be left for later.
const MOUSE_LESSON_STEPS: usize = 6;

/// The words of the flow in one language.
struct Words {
    lang: Lang,
    lang_name: &'static str,
    make_card: &'static str,
    hello_ana: &'static str,
    name_field: &'static str,
    heart: &'static str,
    create: &'static str,
    start_mouse: &'static str,
    next: &'static str,
    check: &'static str,
    right: &'static str,
    wrong: &'static str,
    saved: &'static str,
    pointer: &'static str,
    touch_screen: &'static str,
    finished: &'static str,
}

const FR: Words = Words {
    lang: Lang::Fr,
    lang_name: "Français",
    make_card: "Créer ma carte",
    hello_ana: "Bonjour Ana\u{a0}!",
    name_field: "Votre prénom ou un surnom",
    heart: "Cœur",
    create: "Créer ma carte et commencer",
    start_mouse: "Commencer\u{a0}: La souris",
    next: "Suivant",
    check: "Vérifier ma réponse",
    right: "Bonne réponse\u{a0}!",
    wrong: "Pas tout à fait.",
    saved: "Votre réponse est enregistrée.",
    pointer: "Le pointeur",
    touch_screen: "Je touche l'écran avec la souris.",
    finished: "Leçon finie. Bravo\u{a0}!",
};

const EN: Words = Words {
    lang: Lang::En,
    lang_name: "English",
    make_card: "Make my card",
    hello_ana: "Hello Ana!",
    name_field: "Your first name or a nickname",
    heart: "Heart",
    create: "Make my card and start",
    start_mouse: "Start: The mouse",
    next: "Next",
    check: "Check my answer",
    right: "That's right!",
    wrong: "Not quite.",
    saved: "Your answer is saved.",
    pointer: "The pointer",
    touch_screen: "I touch the screen with the mouse.",
    finished: "Lesson finished. Well done!",
};

/// Scrolls to the control named `label`, as a screen reader does, and clicks it.
fn click(harness: &mut Harness<'_, PasserelleApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

fn click_role(harness: &mut Harness<'_, PasserelleApp>, role: Role, label: &str) {
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run();
}

fn create_profile(harness: &mut Harness<'_, PasserelleApp>, w: &Words, name: &str) {
    if harness.state().state().lang != w.lang {
        click(harness, w.lang_name);
    }
    click(harness, w.make_card);
    harness.get_by_label(w.name_field).focus();
    harness.run();
    harness.get_by_label(w.name_field).type_text(name);
    harness.run();
    click_role(harness, Role::RadioButton, w.heart);
    click(harness, w.create);
}

/// A new store, a profile "Ana" made in `w`'s language, and the mouse lesson opened.
/// The folder is returned so that it lives as long as the test.
fn mouse_lesson(w: &Words) -> (tempfile::TempDir, Harness<'static, PasserelleApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(open_store(&dir.path().join("s.sqlite3")));
    create_profile(&mut harness, w, "Ana");
    click(&mut harness, w.start_mouse);
    (dir, harness)
}

fn place(harness: &Harness<'_, PasserelleApp>) -> Place {
    match &harness.state().state().route {
        Route::Lesson(session) => session.place.clone(),
        other => panic!("not in a lesson: {other:?}"),
    }
}

fn answer_single(harness: &mut Harness<'_, PasserelleApp>, w: &Words, choice: &str) {
    click_role(harness, Role::RadioButton, choice);
    click(harness, w.check);
}

fn whole_lesson(w: &Words, other: &Words) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("passerelle.sqlite3");
    let mut harness = app(open_store(&path));

    create_profile(&mut harness, w, "Ana");
    harness.get_by_label(w.hello_ana);
    click(&mut harness, w.start_mouse);

    // The steps, then the first question.
    for _ in 0..MOUSE_LESSON_STEPS {
        assert!(matches!(place(&harness), Place::Step(_)));
        click(&mut harness, w.next);
    }
    assert!(matches!(place(&harness), Place::Question { index: 0, .. }));

    // A right answer: feedback and "saved" appear, and the answer is in the store.
    answer_single(&mut harness, w, w.pointer);
    harness.get_by_label(w.right);
    harness.get_by_label(w.saved);
    click(&mut harness, w.next);

    // A wrong answer.
    answer_single(&mut harness, w, w.touch_screen);
    harness.get_by_label(w.wrong);
    click(&mut harness, w.next);

    // Question 3 (true/false): pick, switch language, the question shows in the other
    // language with the pick kept, then check it there.
    let (true_now, true_other) = if w.lang == Lang::Fr {
        ("Vrai", "True")
    } else {
        ("True", "Vrai")
    };
    click_role(&mut harness, Role::RadioButton, true_now);
    click(&mut harness, other.lang_name);
    assert_eq!(harness.state().state().lang, other.lang);
    let prompt_other = if other.lang == Lang::Fr {
        "Pour ouvrir un dossier sur le bureau, on fait souvent un double-clic."
    } else {
        "To open a folder on the desktop, you often double-click."
    };
    harness.get_by_label(prompt_other);
    harness.get_by_role_and_label(Role::RadioButton, true_other);
    assert!(matches!(place(&harness), Place::Question { index: 2, draft, .. } if draft.truth == Some(true)));
    click(&mut harness, other.check);
    harness.get_by_label(other.right);
    click(&mut harness, w.lang_name);
    click(&mut harness, w.next);

    // Questions 4 to 6: two choices, then a typed answer with a typo.
    let (lift, menu) = if w.lang == Lang::Fr {
        (
            "Je la soulève et je la repose au milieu.",
            "Il ouvre un menu, une petite liste de choix.",
        )
    } else {
        (
            "I lift it and put it back in the middle.",
            "It opens a menu, a short list of choices.",
        )
    };
    answer_single(&mut harness, w, lift);
    click(&mut harness, w.next);
    answer_single(&mut harness, w, menu);
    click(&mut harness, w.next);
    // The field's accessible name is its label followed by the question.
    let field = if w.lang == Lang::Fr {
        "Écrivez votre réponse\u{a0}: Comment"
    } else {
        "Type your answer: What is the device"
    };
    harness
        .get(by().role(Role::TextInput).label_contains(field))
        .focus();
    harness.run();
    // One typo is forgiven: "Sourris" for "souris", "Mous" for "mouse".
    harness
        .get_by_role(Role::TextInput)
        .type_text(if w.lang == Lang::Fr { "Sourris" } else { "Mous" });
    harness.run();
    if w.lang == Lang::Fr {
        click(&mut harness, w.check);
    } else {
        // Enter in the box checks the answer, as in any form.
        harness.key_press(egui::Key::Enter);
        harness.run();
    }
    harness.get_by_label(w.right);
    // The focus went to "Next": Tab or Enter carries on from the feedback.
    harness.run();
    assert!(
        harness.get_by_label(w.next).is_focused(),
        "focus on Next after the feedback"
    );
    click(&mut harness, w.next);

    // Summary: 5 right out of 6, the wrong one to review.
    assert_eq!(place(&harness), Place::Summary);
    harness.get_by_label(w.finished);
    let score = if w.lang == Lang::Fr {
        "Vous avez 5 bonnes réponses sur 6."
    } else {
        "You got 5 right out of 6."
    };
    harness.get_by_label(score);
}

#[test]
fn a_resident_takes_a_whole_lesson_in_french() {
    whole_lesson(&FR, &EN);
}

#[test]
fn a_resident_takes_a_whole_lesson_in_english() {
    whole_lesson(&EN, &FR);
}

#[test]
fn closing_the_app_mid_lesson_and_reopening_resumes_at_the_same_question() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("passerelle.sqlite3");
    let w = &EN;
    {
        let mut harness = app(open_store(&path));
        create_profile(&mut harness, w, "Zoé");
        click(&mut harness, w.start_mouse);
        for _ in 0..MOUSE_LESSON_STEPS {
            click(&mut harness, w.next);
        }
        answer_single(&mut harness, w, w.pointer);
        // Closed on the feedback screen: the answer was saved before it appeared.
    }
    let mut harness = app(open_store(&path));
    assert_eq!(
        harness.state().state().lang,
        Lang::En,
        "the language chosen is remembered"
    );
    click(&mut harness, "Open Zoé's profile");
    click(&mut harness, "Continue where I left off: The mouse");
    assert!(matches!(place(&harness), Place::Question { index: 1, .. }));
    harness.get_by_label("Question 2 of 6");
}

#[test]
fn a_profile_needs_a_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app(open_store(&dir.path().join("s.sqlite3")));
    click(&mut harness, "Français");
    click(&mut harness, FR.make_card);
    click(&mut harness, FR.create);
    harness.get_by_label("Écrivez un prénom ou un surnom pour continuer.");
    assert!(matches!(harness.state().state().route, Route::NewProfile(_)));
}

#[test]
fn lesson_text_is_read_by_screen_readers_line_by_line() {
    let (_dir, mut harness) = mouse_lesson(&EN);
    harness.get_by_label("You use the mouse to point at things on the screen.");
    harness.get_by_label("Slide it gently across the table.");
    // The picture is described.
    harness.get_by_label(
        "A computer mouse seen from above. The left button is blue. Next to it, the arrow-shaped pointer.",
    );
    click(&mut harness, EN.next);
    click(&mut harness, EN.next);
    // A tip, and its title.
    harness.get_by_label("Tip");
    harness.get_by_label("Keep the mouse still while you click.");
}

/// A speaker that writes down what it was asked to read or play.
#[derive(Clone, Default)]
struct RecordingSpeaker(
    std::sync::Arc<std::sync::Mutex<Vec<(String, Lang)>>>,
    std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>>,
);

impl passerelle::speech::Speaker for RecordingSpeaker {
    fn speak(&mut self, text: &str, lang: Lang) {
        self.0.lock().expect("not poisoned").push((text.to_owned(), lang));
    }
    fn play(&mut self, recording: &[u8]) {
        self.1.lock().expect("not poisoned").push(recording.to_vec());
    }
    fn stop(&mut self) {}
    fn can_speak(&self) -> bool {
        true
    }
    fn can_play(&self) -> bool {
        true
    }
}

/// A tiny valid WAV file (8 samples of silence), tagged with `tag` to tell them apart.
fn wav(tag: u8) -> Vec<u8> {
    let samples = [tag; 8];
    let mut bytes = b"RIFF".to_vec();
    let length = u32::try_from(samples.len()).expect("8 samples");
    bytes.extend(&(36 + length).to_le_bytes());
    bytes.extend(b"WAVEfmt ");
    bytes.extend(&16u32.to_le_bytes());
    bytes.extend(&1u16.to_le_bytes()); // PCM
    bytes.extend(&1u16.to_le_bytes()); // mono
    bytes.extend(&8000u32.to_le_bytes());
    bytes.extend(&8000u32.to_le_bytes());
    bytes.extend(&1u16.to_le_bytes());
    bytes.extend(&8u16.to_le_bytes());
    bytes.extend(b"data");
    bytes.extend(&length.to_le_bytes());
    bytes.extend(samples);
    bytes
}

#[test]
fn listen_plays_the_step_recording_in_the_current_language_when_the_pack_has_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = passerelle::store::Store::open(&dir.path().join("s.sqlite3")).expect("store");
    let lesson = common::LESSON.replacen(
        "image = \"image.png\"",
        "image = \"image.png\"\naudio = { fr = \"voix.wav\", en = \"voice.wav\" }",
        1,
    );
    let mut files = common::pack_files(common::MANIFEST, &lesson);
    files.files.push(("media/voix.wav".into(), wav(1)));
    files.files.push(("media/voice.wav".into(), wav(2)));
    let report = passerelle::pack_install::sync_builtin(&mut store, &[files]).expect("import");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let heard = RecordingSpeaker::default();
    let speaker = heard.clone();
    let startup = passerelle::app::Startup {
        speaker: Some(Box::new(speaker)),
        ..Default::default()
    };
    let mut harness = common::app_with(store, startup);
    create_profile(&mut harness, &EN, "Ana");
    click(&mut harness, "Start: Lesson one");
    click(&mut harness, "Listen");
    click(&mut harness, FR.lang_name);
    click(&mut harness, "Écouter");
    let played = heard.1.lock().expect("not poisoned").clone();
    assert_eq!(
        played,
        vec![wav(2), wav(1)],
        "the English, then the French recording"
    );
    assert!(
        heard.0.lock().expect("not poisoned").is_empty(),
        "no computer voice"
    );
}

#[test]
fn listen_reads_the_step_aloud_in_the_current_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open_store(&dir.path().join("s.sqlite3"));
    let heard = RecordingSpeaker::default();
    let speaker = heard.clone();
    let startup = passerelle::app::Startup {
        speaker: Some(Box::new(speaker)),
        ..Default::default()
    };
    let mut harness = common::app_with(store, startup);
    create_profile(&mut harness, &FR, "Ana");
    click(&mut harness, FR.start_mouse);
    click(&mut harness, "Écouter");
    let said = heard.0.lock().expect("not poisoned").clone();
    assert_eq!(said.len(), 1);
    assert_eq!(said[0].1, Lang::Fr);
    assert!(
        said[0]
            .0
            .starts_with("La souris sert à montrer des choses à l'écran."),
        "{}",
        said[0].0
    );
    assert!(!said[0].0.contains("**"), "markers are not read");
}

#[test]
fn without_a_voice_there_is_no_listen_button() {
    let (_dir, harness) = mouse_lesson(&EN);
    assert!(harness.query_by_label("Listen").is_none());
}

#[test]
fn feedback_is_announced_to_screen_readers() {
    use egui_kittest::kittest::NodeT as _;
    let (_dir, mut harness) = mouse_lesson(&EN);
    for _ in 0..MOUSE_LESSON_STEPS {
        click(&mut harness, EN.next);
    }
    answer_single(&mut harness, &EN, EN.pointer);
    click(&mut harness, EN.next);
    answer_single(&mut harness, &EN, EN.touch_screen);
    let feedback = harness.get_by_label(EN.wrong);
    assert_eq!(feedback.accesskit_node().live(), egui::accesskit::Live::Polite);
}

#[test]
fn words_to_know_and_simpler_text() {
    let (_dir, mut harness) = mouse_lesson(&FR);
    harness.get_by_label("Mots à connaître");
    harness
        .get_by_label("souris\u{a0}: L'appareil que l'on fait glisser sur la table pour bouger le pointeur.");
    // The simpler text replaces the text, and the choice is remembered.
    click(&mut harness, "Texte plus simple");
    harness.get_by_label("Voici la souris.");
    assert!(
        harness
            .query_by_label("La souris sert à montrer des choses à l'écran.")
            .is_none()
    );
    assert!(harness.state().state().display.easy_text);
    click(&mut harness, FR.next);
    harness.get_by_label("C'est le pointeur.");
    click(&mut harness, "Texte plus simple");
    harness.get_by_label("Cette flèche s'appelle le pointeur.");
}

#[test]
fn on_a_pc_with_many_profiles_a_search_finds_your_card() {
    use passerelle::model::{Avatar, DisplaySettings};
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open_store(&dir.path().join("s.sqlite3"));
    store
        .create_resident("Hélène", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    for i in 0..30 {
        store
            .create_resident(
                &format!("Person {i}"),
                Avatar::default(),
                Lang::En,
                DisplaySettings::default(),
            )
            .expect("resident");
    }
    let mut harness = app(store);
    click(&mut harness, EN.lang_name);
    // The 24 most recent cards; Hélène, the oldest, is found by searching.
    assert!(harness.query_by_label("Open Hélène's profile").is_none());
    harness.get_by_label("7 more cards. Type your first name above to find yours.");
    // Only the cards shown were read from the store; the search reads the others.
    let read = |h: &Harness<'_, PasserelleApp>| match &h.state().state().route {
        Route::Profiles(cards) => cards.residents.len(),
        _ => panic!("on the profile cards"),
    };
    assert_eq!(read(&harness), passerelle::session::MAX_CARDS);
    let search = "Find your card: type your first name";
    harness.get_by_role_and_label(Role::TextInput, search).focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, search)
        .type_text("helene");
    harness.run();
    assert_eq!(read(&harness), 31);
    click(&mut harness, "Open Hélène's profile");
    harness.get_by_label("Hello Hélène!");
}

#[test]
fn two_cards_of_the_same_name_have_names_of_their_own_for_screen_readers() {
    use passerelle::model::{Avatar, AvatarColour, AvatarSymbol, DisplaySettings, Lang};
    let dir = tempfile::tempdir().expect("dir");
    let mut store = open_store(&dir.path().join("s.sqlite3"));
    for (colour, symbol) in [
        (AvatarColour::ALL[0], AvatarSymbol::ALL[0]),
        (AvatarColour::ALL[1], AvatarSymbol::ALL[1]),
    ] {
        store
            .create_resident(
                "Ana",
                Avatar { colour, symbol },
                Lang::En,
                DisplaySettings::default(),
            )
            .expect("resident");
    }
    store
        .create_resident("Bea", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    let mut h = app(store);
    h.get_by_label("English").click();
    h.run();
    assert!(
        h.query_by_label("Open Ana's profile").is_none(),
        "never the same name twice"
    );
    h.get_by_label("Open Ana's profile (Blue, Star)");
    h.get_by_label("Open Ana's profile (Green, Heart)");
    h.get_by_label("Open Bea's profile");
}

#[test]
fn a_search_the_store_cannot_answer_is_said_and_not_retried_at_every_frame() {
    use passerelle::model::{Avatar, DisplaySettings};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("s.sqlite3");
    let mut store = open_store(&path);
    for i in 0..30 {
        store
            .create_resident(
                &format!("Person {i}"),
                Avatar::default(),
                Lang::En,
                DisplaySettings::default(),
            )
            .expect("resident");
    }
    let mut harness = app(store);
    click(&mut harness, EN.lang_name);
    // The store loses the residents' table behind the window's back.
    let raw = rusqlite::Connection::open(&path).expect("raw");
    raw.execute_batch("ALTER TABLE resident RENAME TO gone")
        .expect("renamed");
    let search = "Find your card: type your first name";
    harness.get_by_role_and_label(Role::TextInput, search).focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, search)
        .type_text("helene");
    harness.run();
    // Told once, the search cleared; the search box is still there to try again.
    let Route::Profiles(cards) = &harness.state().state().route else {
        panic!("on the profile cards");
    };
    assert!(cards.search.is_empty());
    assert_eq!(cards.residents.len(), passerelle::session::MAX_CARDS);
    let notice = harness.state().state().notice.as_ref().expect("a notice");
    assert!(notice.is_error);
    harness.get_by_role_and_label(Role::TextInput, search);
}
