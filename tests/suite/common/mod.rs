//! Helpers shared by the integration tests.
#![allow(dead_code, missing_docs)]

pub mod pg_cluster;

use egui_kittest::Harness;
use passerelle::app::{PasserelleApp, Startup};
use passerelle::pack::{PackFiles, builtin};
use passerelle::pack_install;
use passerelle::session::AgentAction;
use passerelle::store::Store;

/// A small valid pack: one lesson with one step (with a picture) and one question of each type.
pub const MANIFEST: &str = r#"format = 1
id = "essai"
version = "1.0.0"
authors = ["Test"]
licence = "CC0-1.0"
title = { fr = "Essai", en = "Trial" }
description = { fr = "Un pack d'essai.", en = "A trial pack." }
"#;

pub const LESSON: &str = r#"id = "lecon-un"
competence = "5.2"
level = 1
title = { fr = "Leçon un", en = "Lesson one" }

[[steps]]
image = "image.png"
image_alt = { fr = "Une image", en = "A picture" }
text = { fr = "Bonjour.", en = "Hello." }

[[questions]]
id = "q-single"
type = "single"
answer = "b"
prompt = { fr = "Laquelle ?", en = "Which one?" }
explanation = { fr = "Parce que.", en = "Because." }
[[questions.choices]]
id = "a"
fr = "Un"
en = "One"
[[questions.choices]]
id = "b"
fr = "Deux"
en = "Two"

[[questions]]
id = "q-multiple"
type = "multiple"
answers = ["a", "b"]
prompt = { fr = "Lesquelles ?", en = "Which ones?" }
explanation = { fr = "Parce que.", en = "Because." }
[[questions.choices]]
id = "a"
fr = "Un"
en = "One"
[[questions.choices]]
id = "b"
fr = "Deux"
en = "Two"
[[questions.choices]]
id = "c"
fr = "Trois"
en = "Three"

[[questions]]
id = "q-true-false"
type = "true-false"
answer = true
prompt = { fr = "Vrai ?", en = "True?" }
explanation = { fr = "Oui.", en = "Yes." }

[[questions]]
id = "q-typed"
type = "typed"
prompt = { fr = "Le nom ?", en = "The name?" }
accepted = { fr = ["souris"], en = ["mouse"] }
explanation = { fr = "La souris.", en = "The mouse." }
"#;

/// The smallest valid PNG: a 1×1 image.
pub const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00,
    0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00,
    0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0x00, 0x05,
    0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42,
    0x60, 0x82,
];

/// The trial pack's files, with the manifest and lesson given.
pub fn pack_files(manifest: &str, lesson: &str) -> PackFiles {
    PackFiles {
        root: "essai".into(),
        files: vec![
            ("pack.toml".into(), manifest.as_bytes().to_vec()),
            ("lessons/01.toml".into(), lesson.as_bytes().to_vec()),
            ("media/image.png".into(), PNG.to_vec()),
        ],
    }
}

/// The trial pack, valid.
pub fn valid_pack() -> PackFiles {
    pack_files(MANIFEST, LESSON)
}

/// A store file with the built-in packs imported.
pub fn open_store(path: &std::path::Path) -> Store {
    let mut store = Store::open(path).expect("store opens");
    let report = pack_install::sync_builtin(&mut store, &builtin::packs()).expect("packs import");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    store
}

/// The whole app in a 1280×800 window, with `egui_kittest`'s accessibility check on.
pub fn app(store: Store) -> Harness<'static, PasserelleApp> {
    app_with(store, Startup::default())
}

/// [`app`], started with `startup` (a speaker, a notice…). Each event takes one frame of
/// 1/30 s, so that two clicks can make a double-click, as with a real mouse. A screen
/// whose words all change (a language switch) takes a few frames to settle, since egui
/// styles a new widget from its previous frame: up to 16 are allowed.
pub fn app_with(store: Store, startup: Startup) -> Harness<'static, PasserelleApp> {
    Harness::builder()
        .with_size([1280.0, 800.0])
        .with_step_dt(1.0 / 30.0)
        .with_max_steps(16)
        .build_eframe(|cc| PasserelleApp::new(&cc.egui_ctx, store, startup))
}

/// A lesson with one question of each hands-on type, for `hands_on_pack`.
pub const HANDS_ON_LESSON: &str = r#"id = "pratique"
competence = "1.1"
level = 1
title = { fr = "Pratique", en = "Practice" }

[[steps]]
text = { fr = "À vous.", en = "Your turn." }

[[questions]]
id = "q-fields"
type = "fields"
prompt = { fr = "Votre adresse ?", en = "Your address?" }
explanation = { fr = "Bien.", en = "Good." }
[[questions.fields]]
id = "ville"
label = { fr = "Ville", en = "Town" }
accepted = { fr = ["Lyon"], en = ["Lyon"] }
[[questions.fields]]
id = "code"
label = { fr = "Code postal", en = "Postcode" }
accepted = { fr = ["69001"], en = ["69001"] }

[[questions]]
id = "q-order"
type = "order"
prompt = { fr = "Dans l'ordre ?", en = "In order?" }
explanation = { fr = "D'abord allumer.", en = "Switch on first." }
[[questions.items]]
id = "allumer"
fr = "Allumer"
en = "Switch on"
[[questions.items]]
id = "ecrire"
fr = "Écrire"
en = "Write"
[[questions.items]]
id = "eteindre"
fr = "Éteindre"
en = "Switch off"
explanation = { fr = "On éteint à la fin, une fois tout fini.", en = "You switch off at the end, once all is done." }

[[questions]]
id = "q-match"
type = "match"
prompt = { fr = "Qui va avec quoi ?", en = "What goes with what?" }
explanation = { fr = "Ainsi.", en = "Like this." }
[[questions.pairs]]
id = "souris"
left = { fr = "Souris", en = "Mouse" }
right = { fr = "Cliquer", en = "Click" }
[[questions.pairs]]
id = "clavier"
left = { fr = "Clavier", en = "Keyboard" }
right = { fr = "Écrire", en = "Type" }
explanation = { fr = "Le clavier sert à écrire.", en = "The keyboard is for typing." }

[[questions]]
id = "q-zone"
type = "zone"
prompt = { fr = "Où fermer ?", en = "Where to close?" }
explanation = { fr = "La croix.", en = "The cross." }
image = "window.png"
image_alt = { fr = "Une fenêtre", en = "A window" }
answer = "close"
[[questions.zones]]
id = "close"
label = { fr = "La croix en haut à droite", en = "The cross at the top right" }
x = 160
y = 0
width = 40
height = 30
[[questions.zones]]
id = "title"
label = { fr = "Le titre", en = "The title" }
x = 0
y = 0
width = 150
height = 30
"#;

/// A real PNG picture of `width` × `height` pixels.
pub fn png_of_size(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    image::RgbaImage::from_pixel(width, height, image::Rgba([200, 200, 255, 255]))
        .write_to(&mut bytes, image::ImageFormat::Png)
        .expect("encode PNG");
    bytes.into_inner()
}

/// The trial pack with a second lesson, `lesson`, and a 200 × 100 `window.png`.
pub fn hands_on_pack(lesson: &str) -> PackFiles {
    let mut files = valid_pack();
    files
        .files
        .push(("lessons/02.toml".into(), lesson.as_bytes().to_vec()));
    files
        .files
        .push(("media/window.png".into(), png_of_size(200, 100)));
    files
}

/// The app on a store with the built-in packs and `pack`, with Ana's profile (in English)
/// open on the lesson titled `lesson` (English title), in a tall window.
pub fn app_in_lesson(
    dir: &std::path::Path,
    pack: &PackFiles,
    lesson: &str,
) -> Harness<'static, PasserelleApp> {
    use egui_kittest::kittest::Queryable as _;
    use passerelle::model::{Avatar, DisplaySettings, Lang};
    let mut store = open_store(&dir.join("store.sqlite3"));
    let pack = passerelle::pack::load_files(pack).expect("a valid pack");
    store.import_pack(&pack, "test-pack", false).expect("import");
    store
        .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
        .expect("resident");
    let mut harness = app(store);
    harness.set_size(egui::vec2(1000.0, 2400.0));
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("Open Ana's profile").click();
    harness.run();
    // Home lists every built-in lesson first: the trial pack's may be out of view, so it
    // is opened as its button would open it.
    let passerelle::session::Route::Home(home) = &harness.state().state().route else {
        panic!("home");
    };
    let found = home
        .packs
        .iter()
        .flat_map(|p| &p.lessons)
        .find(|l| l.title.get(Lang::En) == lesson)
        .expect("the lesson is on home");
    let open = passerelle::session::Action::Lesson(passerelle::session::LessonAction::OpenLesson {
        pack: found.pack.clone(),
        lesson: found.id.clone(),
    });
    harness.state_mut().apply(open);
    harness.run();
    harness
}

/// A mouse click at `pos`, as the pointer events a real mouse sends.
pub fn click_at(h: &mut Harness<'static, PasserelleApp>, pos: egui::Pos2) {
    h.hover_at(pos);
    h.run();
    h.drag_at(pos);
    h.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
}

/// Two quick clicks at `pos`.
pub fn double_click_at(h: &mut Harness<'static, PasserelleApp>, pos: egui::Pos2) {
    h.hover_at(pos);
    h.run();
    for _ in 0..2 {
        h.drag_at(pos);
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: egui::Modifiers::NONE,
        });
        h.step();
    }
    h.run();
}

/// Press at `from`, move to `to` in a few steps, let go.
pub fn drag(h: &mut Harness<'static, PasserelleApp>, from: egui::Pos2, to: egui::Pos2) {
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    for t in [0.25, 0.5, 0.75, 1.0] {
        h.hover_at(from + (to - from) * t);
        h.run();
    }
    h.drop_at(to);
    h.run();
}

/// A file dialog that saves where told and loads what is listed, with no desktop.
pub struct Fake {
    pub save_to: std::path::PathBuf,
    pub open: Vec<std::path::PathBuf>,
}

impl passerelle::file_dialog::FileDialog for Fake {
    fn save(&self, _name: &str) -> Option<passerelle::file_dialog::Choice> {
        Some(passerelle::file_dialog::Choice::Chosen(self.save_to.clone()))
    }

    fn open(&self, extensions: &[&str]) -> passerelle::file_dialog::Opened {
        passerelle::file_dialog::Opened::Chosen(
            self.open
                .iter()
                .filter(|p| {
                    p.extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| extensions.contains(&e))
                })
                .cloned()
                .collect(),
        )
    }
}

/// Runs frames until the background file job has reported.
pub fn wait_for_file_job(h: &mut Harness<'static, PasserelleApp>) {
    for _ in 0..200 {
        h.run();
        if !h.state().state().file_busy {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the file job never ended");
}

/// Opens the leaders' area of `h` with `pin` (already set in its store), as typed.
pub fn unlock_leaders_area(h: &mut Harness<'static, PasserelleApp>, pin: &str) {
    use passerelle::session::{Action, AgentView, Route};
    h.state_mut().apply(Action::Agent(AgentAction::OpenAgentArea));
    if let Route::Agent(AgentView::Unlock { pin: typed, .. }) = &mut h.state_mut().state_mut().route {
        *typed = pin.into();
    }
    h.state_mut().apply(Action::Agent(AgentAction::UnlockAgentArea));
    h.run();
}

/// A draft answering `question` right or wrong, as a resident would (checked with the
/// app's own grading).
pub fn answer_draft(question: &passerelle::model::Question, right: bool) -> passerelle::session::AnswerDraft {
    use passerelle::model::{Lang, QuestionKind, grade};
    let mut draft = passerelle::session::AnswerDraft::for_question(question);
    let wrong_text = "zzzz qqqq".to_owned();
    match &question.kind {
        QuestionKind::Single { choices, answer } => {
            draft.choice = choices
                .iter()
                .map(|c| c.id.clone())
                .find(|id| (id == answer) == right);
        }
        QuestionKind::Multiple { choices, answers } => {
            draft.ticked = if right {
                answers.iter().cloned().collect()
            } else {
                choices
                    .iter()
                    .map(|c| c.id.clone())
                    .filter(|id| !answers.contains(id))
                    .take(1)
                    .collect()
            };
        }
        QuestionKind::TrueFalse { answer } => draft.truth = Some(*answer == right),
        QuestionKind::Typed { accepted, .. } => {
            draft.text = if right {
                accepted.get(Lang::En)[0].clone()
            } else {
                wrong_text
            };
        }
        QuestionKind::Number { answers } => {
            draft.text = if right {
                answers[0].value.to_string()
            } else {
                wrong_text
            };
        }
        QuestionKind::Fields { fields } => {
            for field in fields {
                let text = if right {
                    field.accepted.get(Lang::En)[0].clone()
                } else {
                    wrong_text.clone()
                };
                draft.fields.insert(field.id.clone(), text);
            }
        }
        QuestionKind::Order { items } => {
            if right {
                draft.order = items.iter().map(|i| i.id.clone()).collect();
            }
        }
        QuestionKind::Match { pairs } => {
            for (i, pair) in pairs.iter().enumerate() {
                let picked = if right {
                    pair
                } else {
                    &pairs[(i + 1) % pairs.len()]
                };
                draft.pairs.insert(pair.id.clone(), picked.id.clone());
            }
        }
        QuestionKind::Zone { zones, answer, .. } => {
            draft.point = zones
                .iter()
                .find(|z| (&z.id == answer) == right)
                .map(passerelle::model::Zone::centre);
        }
    }
    let response = draft.response(&question.kind).expect("a response");
    assert_eq!(
        grade(&question.kind, &response).correct,
        right,
        "{:?}",
        question.id
    );
    draft
}

/// Starts the first lesson of the first pack for `resident` and answers its first
/// `count` questions with "true" (right or wrong depending on the question), in `lang`.
pub fn answer_first_questions(
    store: &mut Store,
    resident: passerelle::model::ResidentId,
    count: usize,
    lang: passerelle::model::Lang,
) {
    use passerelle::model::{Response, grade};
    let pack = store.packs().expect("packs").remove(0);
    let lesson = store
        .lesson(&pack.manifest.id, &pack.lessons[0].id)
        .expect("lesson")
        .expect("lesson");
    let progress = store
        .start_lesson(resident, &pack.manifest.id, &lesson.id)
        .expect("start");
    for q in lesson.questions.iter().take(count) {
        let response = Response::Bool(true);
        store
            .record_answer(&passerelle::store::AnswerRecord {
                resident,
                pack: &pack.manifest.id,
                lesson: &lesson.id,
                question: &q.id,
                attempt: progress.attempt,
                response: &response,
                grade: grade(&q.kind, &response),
                lang,
            })
            .expect("answer");
    }
}

/// xorshift64: a small deterministic source of "random" choices for property tests.
pub struct Rng(pub u64);

impl Rng {
    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number from 0 to `n - 1` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// One of `from`, which must not be empty.
    pub fn pick<T: Clone>(&mut self, from: &[T]) -> T {
        from[usize::try_from(self.below(from.len() as u64)).unwrap_or(0)].clone()
    }
}

/// The leaders' PIN the command-line tests choose.
pub const CLI_PIN: &str = "482915";

/// Chooses [`CLI_PIN`] as the leaders' PIN of the store in `data` (made if needed).
pub fn choose_leaders_pin(data: &std::path::Path) {
    std::fs::create_dir_all(data).expect("data folder");
    let mut store = Store::open(&data.join(passerelle::store::FILE_NAME)).expect("store");
    store.set_agent_pin(CLI_PIN).expect("pin");
}

/// Runs the real `passerelle` with `args`, `input` on its standard input.
pub fn passerelle_with_input(args: &[&str], input: &str) -> std::process::Output {
    use std::io::Write as _;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    child.wait_with_output().expect("ends")
}

/// Clicks the control named `label`, scrolled into view first as a person would.
pub fn click_in_view(h: &mut Harness<'static, PasserelleApp>, label: &str) {
    use egui_kittest::kittest::Queryable as _;
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// The whole app on `store`, whose file dialogs save to `save_to` (and open nothing).
pub fn app_saving_to(store: Store, save_to: &std::path::Path) -> Harness<'static, PasserelleApp> {
    let startup = Startup {
        file_dialog: Some(std::sync::Arc::new(Fake {
            save_to: save_to.to_path_buf(),
            open: vec![],
        })),
        ..Startup::default()
    };
    app_with(store, startup)
}

/// Records `response` to `question` of `lesson` (pack `pack`, try `attempt`) for
/// `resident`, graded by the app's own rules, in French; returns the answer's id.
pub fn record(
    store: &mut Store,
    resident: passerelle::model::ResidentId,
    (pack, lesson, attempt): (&passerelle::model::PackId, &passerelle::model::Lesson, u32),
    question: &passerelle::model::Question,
    response: &passerelle::model::Response,
) -> String {
    store
        .record_answer(&passerelle::store::AnswerRecord {
            resident,
            pack,
            lesson: &lesson.id,
            question: &question.id,
            attempt,
            response,
            grade: passerelle::model::grade(&question.kind, response),
            lang: passerelle::model::Lang::Fr,
        })
        .expect("answer recorded")
}

/// Every Rust source file under `src/`: its path from the crate's root (with `/`), and
/// its text, in path order.
pub fn rust_sources() -> Vec<(String, String)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let relative = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let source = std::fs::read_to_string(&path).expect("a source file is text");
            (relative, source)
        })
        .collect()
}

/// The text of a PDF's first page as a PDF reader copies it: lopdf's text, read through
/// each font's map back to Unicode, with every span that gives its text in reading order
/// (`ActualText`, for right-to-left lines) read that way instead. Also gives the spans'
/// texts alone.
pub fn pdf_text(pdf: &[u8]) -> (String, Vec<String>) {
    let doc = lopdf::Document::load_mem(pdf).expect("a PDF lopdf reads");
    let glyphs = doc.extract_text(&[1]).expect("its text");
    let page = *doc.get_pages().get(&1).expect("a first page");
    let content = lopdf::content::Content::decode(&doc.get_page_content(page)).expect("its content");
    let actual: Vec<String> = content
        .operations
        .iter()
        .filter(|op| op.operator == "BDC")
        .filter_map(|op| {
            op.operands
                .get(1)?
                .as_dict()
                .ok()?
                .get(b"ActualText")
                .ok()
                .cloned()
        })
        .filter_map(|text| lopdf::decode_text_string(&text).ok())
        .collect();
    (glyphs, actual)
}

/// The text of the QR code drawn on the PDF's page `number` (from 1), read as a phone
/// would: the page's filled rectangles painted onto a grey picture at 4 pixels a point,
/// then found and decoded by a QR reader (rqrr). `None` when no QR code can be read there.
pub fn pdf_qr_text(pdf: &[u8], number: u32) -> Option<String> {
    let doc = lopdf::Document::load_mem(pdf).expect("a PDF lopdf reads");
    let page = *doc.get_pages().get(&number)?;
    let content = lopdf::content::Content::decode(&doc.get_page_content(page)).ok()?;
    let number = |o: &lopdf::Object| o.as_float().ok().or_else(|| o.as_i64().ok().map(|i| i as f32));
    let rects: Vec<[f32; 4]> = content
        .operations
        .iter()
        .filter(|op| op.operator == "re")
        .filter_map(|op| {
            let n: Vec<f32> = op.operands.iter().filter_map(number).collect();
            <[f32; 4]>::try_from(n).ok()
        })
        .collect();
    let (width, height) = (595 * 4, 842 * 4);
    let mut dark = vec![false; width * height];
    for [x, y, w, h] in rects {
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a point on an A4 page, made positive"
        )]
        let px = |v: f32| (v * 4.0).round().max(0.0) as usize;
        let (x0, x1) = (px(x), px(x + w).min(width));
        // PDF's y goes up from the bottom; a picture's rows go down from the top.
        let (y0, y1) = (px(842.0 - (y + h)), px(842.0 - y).min(height));
        for row in y0..y1 {
            dark[row * width + x0..row * width + x1].fill(true);
        }
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(
            width,
            height,
            |x, y| if dark[y * width + x] { 0 } else { 255 },
        );
    let grids = image.detect_grids();
    let (_, text) = grids.first()?.decode().ok()?;
    Some(text)
}
