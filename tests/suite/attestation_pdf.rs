//! The attestation's PDF read back by a PDF library (lopdf), as a reader or a copy and
//! paste would: every name and structure comes out exactly, in any script, and the fonts
//! that print them are embedded in the file.

use passerelle::attestation::Attestation;
use passerelle::i18n::I18n;
use passerelle::model::progress::FinishedLesson;
use passerelle::model::{Competence, Lang, Level, Text};

use crate::common::pdf_text;

fn lessons() -> Vec<FinishedLesson> {
    vec![FinishedLesson {
        title: Text::new("La souris", "The mouse"),
        competence: Competence::parse("5.2").expect("code"),
        level: Level::new(1).expect("level"),
        finished_at: 1_763_800_000_000,
        best_correct: 6,
        questions: 6,
    }]
}

/// The names of the fonts embedded in the PDF (with a font file).
fn embedded_fonts(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).expect("a PDF lopdf reads");
    doc.objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").ok().and_then(|t| t.as_name().ok()) == Some(b"FontDescriptor"))
        .filter(|d| d.has(b"FontFile2") || d.has(b"FontFile3"))
        .filter_map(|d| {
            d.get(b"FontName")
                .ok()?
                .as_name()
                .ok()
                .map(|n| String::from_utf8_lossy(n).into_owned())
        })
        .collect()
}

#[test]
fn every_name_prints_exactly_and_can_be_copied_back() {
    let i18n = I18n::new();
    let lessons = lessons();
    for name in [
        "Nguyễn Thị Minh",
        "Łukasz Wójcik",
        "Юлия Смирнова",
        "محمد علي",
        "דוד כהן",
        "Hélène (Lyon)",
    ] {
        let attestation = Attestation {
            name,
            structure: "Médiathèque Łódź",
            leader: "",
            lessons: &lessons,
            issued_at: 1_763_900_000_000,
        };
        let page = attestation.pdf(&i18n.tr(Lang::Fr), None);
        assert!(page.missing.is_empty(), "{name}: {:?}", page.missing);
        let (text, spans) = pdf_text(&page.pdf);
        let right_to_left = passerelle::model::bidi::visual_line(name) != name;
        if right_to_left {
            // The glyphs are drawn from left to right; the line says how it reads.
            let drawn: String = name.chars().rev().collect();
            assert!(text.contains(&drawn), "{name} not drawn in visual order:\n{text}");
            assert!(spans.iter().any(|s| s.contains(name)), "{name} not in {spans:?}");
        } else {
            assert!(text.contains(name), "{name} not in the text read back:\n{text}");
        }
        assert!(text.contains("Médiathèque Łódź"), "{text}");
        assert!(text.contains("La souris"), "{text}");
        let fonts = embedded_fonts(&page.pdf);
        assert!(!fonts.is_empty(), "no font embedded");
    }
}

#[test]
fn a_name_in_arabic_embeds_the_arabic_font() {
    let i18n = I18n::new();
    let lessons = lessons();
    let attestation = Attestation {
        name: "محمد",
        structure: "",
        leader: "",
        lessons: &lessons,
        issued_at: 1_763_900_000_000,
    };
    let fonts = embedded_fonts(&attestation.pdf(&i18n.tr(Lang::En), None).pdf);
    assert!(fonts.iter().any(|f| f.contains("NotoSansArabic")), "{fonts:?}");
    assert!(fonts.iter().any(|f| f.contains("Ubuntu")), "{fonts:?}");
}
