//! `pack check`: each problem has its own message, with the file and the line.

use crate::common;

use common::{LESSON, MANIFEST, pack_files, valid_pack};
use passerelle::i18n::I18n;
use passerelle::model::Lang;
use passerelle::pack::{Problem, ProblemKind, load_files};

fn problems(manifest: &str, lesson: &str) -> Vec<Problem> {
    load_files(&pack_files(manifest, lesson))
        .err()
        .unwrap_or_default()
}

/// The one problem found when `from` is replaced by `to` in the lesson.
fn lesson_problem(from: &str, to: &str) -> Problem {
    assert!(LESSON.contains(from), "the test lesson has {from:?}");
    let found = problems(MANIFEST, &LESSON.replacen(from, to, 1));
    assert_eq!(found.len(), 1, "exactly one problem expected, got {found:#?}");
    found.into_iter().next().expect("one problem")
}

fn message(problem: &Problem, lang: Lang) -> String {
    problem.message(&I18n::new().tr(lang))
}

#[test]
fn the_trial_pack_is_valid() {
    let pack = load_files(&valid_pack()).expect("valid");
    assert_eq!(pack.lessons.len(), 1);
    assert_eq!(pack.lessons[0].questions.len(), 4);
}

#[test]
fn missing_translation_names_the_field_the_language_and_the_line() {
    let p = lesson_problem(
        r#"prompt = { fr = "Vrai ?", en = "True?" }"#,
        r#"prompt = { fr = "Vrai ?" }"#,
    );
    assert_eq!(
        p.kind,
        ProblemKind::MissingTranslation {
            field: "questions[3].prompt".into(),
            lang: "en".into()
        }
    );
    assert_eq!(p.file, "essai/lessons/01.toml");
    assert_eq!(p.line, Some(49));
    assert_eq!(
        message(&p, Lang::En),
        "essai/lessons/01.toml:49: (question \"q-true-false\") the \"en\" text of \"questions[3].prompt\" is missing. \
         Add questions[3].prompt.en = \"…\" (every text exists in French and in English)."
    );
    assert!(
        message(&p, Lang::Fr)
            .contains("il manque le texte «\u{a0}en\u{a0}» de «\u{a0}questions[3].prompt\u{a0}»")
    );
}

#[test]
fn an_empty_text_counts_as_missing() {
    let p = lesson_problem(
        r#"text = { fr = "Bonjour.", en = "Hello." }"#,
        r#"text = { fr = "  ", en = "Hello." }"#,
    );
    assert!(matches!(p.kind, ProblemKind::MissingTranslation { ref lang, .. } if lang == "fr"));
}

#[test]
fn unknown_competence_code() {
    let p = lesson_problem(r#"competence = "5.2""#, r#"competence = "6.1""#);
    assert_eq!(
        p.kind,
        ProblemKind::UnknownCompetence {
            field: "competence".into(),
            value: "6.1".into()
        }
    );
    assert_eq!(p.line, Some(2));
    assert!(
        message(&p, Lang::En)
            .contains("\"6.1\" (in \"competence\") is not a competence of the CRCN framework")
    );
}

#[test]
fn level_outside_one_to_eight() {
    let p = lesson_problem("level = 1", "level = 9");
    assert_eq!(
        p.kind,
        ProblemKind::BadLevel {
            field: "level".into(),
            value: 9
        }
    );
    assert!(message(&p, Lang::Fr).contains("le niveau 9"));
}

#[test]
fn duplicate_question_id_says_where_it_was_first_used() {
    let p = lesson_problem(r#"id = "q-typed""#, r#"id = "q-single""#);
    assert_eq!(
        p.kind,
        ProblemKind::DuplicateId {
            field: "questions[4].id".into(),
            value: "q-single".into(),
            first: "essai/lessons/01.toml:12".into()
        }
    );
    assert!(message(&p, Lang::En).contains("is already used at essai/lessons/01.toml:12"));
}

#[test]
fn duplicate_lesson_id_across_files() {
    let mut files = valid_pack();
    let second = LESSON.replace(r#"id = "q-"#, r#"id = "r-"#);
    files.files.push(("lessons/02.toml".into(), second.into_bytes()));
    let found = load_files(&files).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].file, "essai/lessons/02.toml");
    assert!(matches!(&found[0].kind, ProblemKind::DuplicateId { value, .. } if value == "lecon-un"));
}

#[test]
fn unknown_question_type() {
    let p = lesson_problem(r#"type = "true-false""#, r#"type = "essay""#);
    assert_eq!(
        p.kind,
        ProblemKind::UnknownQuestionType {
            field: "questions[3].type".into(),
            value: "essay".into()
        }
    );
    assert_eq!(p.line, Some(47));
    assert!(
        message(&p, Lang::En)
            .contains("Use single, multiple, true-false, typed, fields, order, match or zone")
    );
}

#[test]
fn right_answer_not_among_the_choices() {
    let p = lesson_problem(r#"answer = "b""#, r#"answer = "z""#);
    assert_eq!(
        p.kind,
        ProblemKind::AnswerNotAChoice {
            field: "questions[1].answer".into(),
            value: "z".into()
        }
    );
    assert_eq!(p.line, Some(14));
    let p = lesson_problem(r#"answers = ["a", "b"]"#, r#"answers = ["a", "x"]"#);
    assert!(
        matches!(p.kind, ProblemKind::AnswerNotAChoice { ref field, .. } if field == "questions[2].answers[2]")
    );
}

#[test]
fn missing_image() {
    let p = lesson_problem(r#"image = "image.png""#, r#"image = "photo.png""#);
    assert_eq!(
        p.kind,
        ProblemKind::MissingImage {
            field: "steps[1].image".into(),
            file: "photo.png".into()
        }
    );
    assert_eq!(p.line, Some(7));
    assert!(message(&p, Lang::Fr).contains("l'image «\u{a0}photo.png\u{a0}»"));
}

#[test]
fn a_media_file_that_is_not_png() {
    let mut files = valid_pack();
    files.files.push(("media/notes.txt".into(), b"hello".to_vec()));
    let found = load_files(&files).err().unwrap_or_default();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, ProblemKind::UnsupportedMedia);
    assert_eq!(found[0].file, "essai/media/notes.txt");
}

#[test]
fn missing_field() {
    let p = lesson_problem(r#"explanation = { fr = "Oui.", en = "Yes." }"#, "");
    assert_eq!(
        p.kind,
        ProblemKind::MissingField {
            field: "questions[3].explanation".into()
        }
    );
}

#[test]
fn true_false_answer_must_be_a_boolean() {
    let p = lesson_problem("answer = true", r#"answer = "true""#);
    assert_eq!(
        p.kind,
        ProblemKind::AnswerNotBoolean {
            field: "questions[3].answer".into()
        }
    );
}

#[test]
fn bad_id_characters() {
    let p = lesson_problem(r#"id = "lecon-un""#, r#"id = "Leçon un""#);
    assert!(matches!(p.kind, ProblemKind::BadId { ref value, .. } if value == "Leçon un"));
}

#[test]
fn a_choice_question_needs_two_choices() {
    let one_choice = LESSON.replacen(
        "[[questions.choices]]\nid = \"a\"\nfr = \"Un\"\nen = \"One\"\n",
        "",
        1,
    );
    let found = problems(MANIFEST, &one_choice);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].kind,
        ProblemKind::TooFew {
            field: "questions[1].choices".into(),
            min: 2
        }
    );
    assert!(message(&found[0], Lang::En).contains("\"questions[1].choices\" must have at least 2 entries"));
}

#[test]
fn newer_format_is_refused() {
    let found = problems(&MANIFEST.replace("format = 1", "format = 2"), LESSON);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, ProblemKind::UnsupportedFormat { found: 2 });
    assert_eq!(found[0].line, Some(1));
}

#[test]
fn syntax_error_has_a_line() {
    let found = problems(MANIFEST, &LESSON.replacen("level = 1", "level = = 1", 1));
    assert_eq!(found.len(), 1);
    assert!(matches!(found[0].kind, ProblemKind::Syntax { .. }));
    assert_eq!(found[0].line, Some(3));
}

#[test]
fn not_utf8() {
    let mut files = valid_pack();
    files.files[1].1 = vec![0xff, 0xfe, 0x00];
    let found = load_files(&files).err().unwrap_or_default();
    assert_eq!(found[0].kind, ProblemKind::NotUtf8);
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let broken = LESSON
        .replacen(r#"competence = "5.2""#, r#"competence = "9.9""#, 1)
        .replacen(r#"answer = "b""#, r#"answer = "z""#, 1)
        .replacen(r#"image = "image.png""#, r#"image = "nope.png""#, 1)
        .replacen(r#"type = "true-false""#, r#"type = "essay""#, 1);
    let found = problems(&MANIFEST.replace("licence = \"CC0-1.0\"\n", ""), &broken);
    assert_eq!(found.len(), 5, "{found:#?}");
}

#[test]
fn no_manifest_and_no_lessons() {
    let files = passerelle::pack::PackFiles {
        root: "vide".into(),
        files: vec![],
    };
    let found = load_files(&files).err().unwrap_or_default();
    let kinds: Vec<_> = found.iter().map(|p| p.kind.clone()).collect();
    assert_eq!(kinds, vec![ProblemKind::NoManifest, ProblemKind::NoLessons]);
}

#[test]
fn arbitrary_bytes_never_panic() {
    // A cheap deterministic fuzz: every prefix of the lesson, and the lesson with each
    // byte replaced, must give a result (clean or problems), never a panic.
    let lesson = LESSON.as_bytes();
    for cut in (0..lesson.len()).step_by(7) {
        let mut files = valid_pack();
        files.files[1].1 = lesson[..cut].to_vec();
        let _ = load_files(&files);
    }
    for i in (0..lesson.len()).step_by(13) {
        let mut files = valid_pack();
        let mut bytes = lesson.to_vec();
        bytes[i] = b"\"[]={}\n\x00"[i % 8];
        files.files[1].1 = bytes;
        let _ = load_files(&files);
    }
}

#[test]
fn glossary_terms_need_both_languages() {
    let mut files = valid_pack();
    files.files.push((
        "glossary.toml".into(),
        b"[[terms]]\nword = { fr = \"souris\", en = \"mouse\" }\ndefinition = { fr = \"Un appareil.\" }\n"
            .to_vec(),
    ));
    let found = load_files(&files).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].file, "essai/glossary.toml");
    assert_eq!(found[0].line, Some(3));
    assert_eq!(
        found[0].kind,
        ProblemKind::MissingTranslation {
            field: "terms[1].definition".into(),
            lang: "en".into()
        }
    );
}

#[test]
fn an_easy_text_needs_both_languages() {
    let p = lesson_problem(
        r#"text = { fr = "Bonjour.", en = "Hello." }"#,
        r#"text = { fr = "Bonjour.", en = "Hello." }
text_easy = { fr = "Salut." }"#,
    );
    assert!(
        matches!(p.kind, ProblemKind::MissingTranslation { ref field, .. } if field == "steps[1].text_easy")
    );
}

#[test]
fn a_missing_recording_is_named() {
    let p = lesson_problem(
        r#"image = "image.png""#,
        r#"image = "image.png"
audio = { fr = "image.png", en = "voice.wav" }"#,
    );
    assert_eq!(
        p.kind,
        ProblemKind::MissingAudio {
            field: "steps[1].audio.en".into(),
            file: "voice.wav".into()
        }
    );
    assert_eq!(p.line, Some(8));
    assert!(message(&p, Lang::En).contains("the recording \"voice.wav\""));
}

/// The trial lesson with `sources` (TOML) at its end.
fn lesson_with_sources(sources: &str) -> String {
    format!("{LESSON}\n{sources}")
}

#[test]
fn sources_name_a_page_by_title_and_web_address_and_a_past_day() {
    let good = lesson_with_sources(
        "[[sources]]\ntitle = \"CNIL : cookies et autres traceurs\"\naddress = \"https://www.cnil.fr/fr/cookies-et-autres-traceurs\"\nchecked = \"2026-01-15\"\n\n[[sources]]\ntitle = \"Service-Public.gouv.fr\"\naddress = \"https://www.service-public.gouv.fr\"\n",
    );
    let pack = load_files(&pack_files(MANIFEST, &good)).expect("valid");
    let sources = &pack.lessons[0].sources;
    assert_eq!(sources.len(), 2);
    assert_eq!(
        sources[0]
            .checked
            .map(passerelle::model::calendar::Day::iso)
            .as_deref(),
        Some("2026-01-15")
    );
    assert_eq!(sources[1].checked, None, "not read again yet");

    let bad = lesson_with_sources("[[sources]]\naddress = \"www.cnil.fr\"\nchecked = \"2999-01-01\"\n");
    let found = problems(MANIFEST, &bad);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(
        found
            .iter()
            .any(|p| matches!(&p.kind, ProblemKind::MissingField { field } if field == "sources[1].title")),
        "{found:#?}"
    );
    let not_web = found
        .iter()
        .find(|p| matches!(&p.kind, ProblemKind::NotAWebAddress { value, .. } if value == "www.cnil.fr"))
        .expect("the address is refused");
    assert_eq!(not_web.file, "essai/lessons/01.toml");
    let address_line = bad.lines().position(|l| l.contains("www.cnil.fr")).map(|i| i + 1);
    assert_eq!(not_web.line, address_line);
    assert!(message(not_web, Lang::Fr).contains("https://"));
    let future = found
        .iter()
        .find(|p| matches!(&p.kind, ProblemKind::NotACheckDay { value, .. } if value == "2999-01-01"))
        .expect("a day to come is refused");
    assert!(
        message(future, Lang::En).contains("YYYY-MM-DD"),
        "{}",
        message(future, Lang::En)
    );
}
