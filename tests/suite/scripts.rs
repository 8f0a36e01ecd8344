//! Residents' names in every script they write: drawn with a real glyph for every
//! character on the profile cards and in the header, right-to-left names in the order a
//! reader expects, and read to screen readers as typed.

use egui::{FontId, Galley};
use egui_kittest::kittest::Queryable;
use passerelle::model::bidi::visual_line;
use passerelle::model::{Avatar, DisplaySettings, Lang};
use passerelle::ui::theme::BODY_SIZE;

use crate::common::{app, open_store};

/// Names with letters egui's own font does not have, one per script.
const NAMES: [&str; 6] = [
    "Nguyễn Thị Minh",
    "محمد علي",
    "דוד כהן",
    "Łukasz Wójcik",
    "Юлия Смирнова",
    "Ελένη Παππά",
];

/// Names in the large scripts that come from the PC's own fonts, with fontconfig's
/// language for them.
const CJK_NAMES: [(&str, &str); 3] = [("zh", "王芳"), ("ko", "김민준"), ("ja", "さくら")];

fn body() -> FontId {
    FontId::proportional(BODY_SIZE)
}

/// Does this PC have a font for `lang` (fontconfig's own answer, independent of Passerelle)?
/// `None` when fontconfig cannot be asked.
fn pc_has_font_for(lang: &str) -> Option<bool> {
    let out = std::process::Command::new("fc-list")
        .arg(format!(":lang={lang}"))
        .output()
        .ok()?;
    Some(out.status.success() && !out.stdout.is_empty())
}

#[test]
fn cards_draw_every_name_with_real_glyphs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open_store(&dir.path().join("s.sqlite3"));
    let cjk: Vec<&str> = CJK_NAMES
        .iter()
        .filter(|(lang, name)| match pc_has_font_for(lang) {
            Some(true) => true,
            _ if std::env::var_os("CI").is_some() => {
                panic!("CI installs a font for {lang} (.ci/run): none found for {name}")
            }
            _ => {
                eprintln!("no {lang} font on this PC: the card of {name} is not checked");
                false
            }
        })
        .map(|(_, name)| *name)
        .collect();
    for name in NAMES.iter().chain(&cjk) {
        store
            .create_resident(name, Avatar::default(), Lang::Fr, DisplaySettings::default())
            .expect("resident");
    }
    let mut h = app(store);
    // egui_kittest makes a missing glyph panic: this frame draws every card with real glyphs.
    h.run();

    // Drawing the cards brought in the bundled fonts (nothing else asked for them).
    let found: Vec<String> = h
        .ctx
        .fonts(|f| f.discovered_fonts().iter().map(|d| d.name.clone()).collect());
    for font in [
        "Noto Sans Arabic",
        "Noto Sans Hebrew",
        "Noto Sans (Latin, Greek, Cyrillic accents)",
    ] {
        assert!(
            found.iter().any(|f| f == font),
            "{font} not used for the cards: {found:?}"
        );
    }
    let from_pc = found.iter().filter(|f| f.starts_with("system:")).count();
    assert!(cjk.is_empty() || from_pc > 0, "no font of the PC used: {found:?}");
    h.ctx.fonts_mut(|fonts| {
        for name in NAMES.iter().chain(&cjk) {
            assert!(fonts.has_glyphs(&body(), name), "{name} is drawn with a box");
        }
    });
    // Each card is read as typed, in reading order.
    for name in NAMES.iter().chain(&cjk) {
        h.get_by_label(&format!("Ouvrir le profil de {name}"));
    }
}

/// The characters of `galley`, from left to right on the screen (egui adds glyphs of no
/// width after a right-to-left run, for the cursor: they draw nothing).
fn left_to_right(galley: &Galley) -> String {
    let mut glyphs: Vec<_> = galley
        .rows
        .iter()
        .flat_map(|r| r.glyphs.iter())
        .filter(|g| g.advance_width > 0.0)
        .collect();
    glyphs.sort_by(|a, b| a.pos.x.total_cmp(&b.pos.x));
    glyphs.iter().map(|g| g.chr).collect()
}

#[test]
fn right_to_left_names_come_out_in_visual_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let h = app(open_store(&dir.path().join("s.sqlite3")));
    let lay_out = |text: &str| {
        h.ctx
            .fonts_mut(|f| f.layout_no_wrap(visual_line(text).into_owned(), body(), egui::Color32::BLACK))
    };
    // Read from the right: the first letter of the first word is the rightmost glyph.
    for name in ["محمد علي", "דוד כהן"] {
        let reversed: String = name.chars().rev().collect();
        assert_eq!(left_to_right(&lay_out(name)), reversed, "{name}");
    }
    // A Latin part keeps its own order, to the right of the Arabic run.
    assert_eq!(left_to_right(&lay_out("محمد Ali")), "دمحم Ali");
}

#[test]
fn the_header_shows_a_right_to_left_name_and_reads_it_as_typed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = open_store(&dir.path().join("s.sqlite3"));
    store
        .create_resident(
            "محمد علي",
            Avatar::default(),
            Lang::Fr,
            DisplaySettings::default(),
        )
        .expect("resident");
    let mut h = app(store);
    h.get_by_label("Ouvrir le profil de محمد علي").click();
    h.run();
    h.get_by_label("Bonjour محمد علي\u{a0}!");
    h.get_by_label("محمد علي");
}
