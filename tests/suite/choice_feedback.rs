//! Feedback that teaches: a choice may carry its own explanation ("why this one is
//! wrong"), and so may an item to order or a pair to match; checked by `pack check` in
//! both languages and shown after an answer that picked the choice (or misplaced the item,
//! or mismatched the pair), never after another.

use egui_kittest::kittest::Queryable as _;
use passerelle::pack::{ProblemKind, load_files};

use crate::common::{self, LESSON, MANIFEST, pack_files};

/// The trial lesson, its first choice ("One") explained in `explanation`.
fn lesson_with(explanation: &str) -> String {
    let first = "[[questions.choices]]\nid = \"a\"\nfr = \"Un\"\nen = \"One\"\n";
    assert!(LESSON.contains(first));
    LESSON.replacen(first, &format!("{first}explanation = {explanation}\n"), 1)
}

#[test]
fn choice_item_and_pair_explanations_are_checked_in_both_languages() {
    let pack = load_files(&pack_files(
        MANIFEST,
        &lesson_with("{ fr = \"Un, c'est trop peu.\", en = \"One is too few.\" }"),
    ))
    .expect("valid");
    let passerelle::model::QuestionKind::Single { choices, .. } = &pack.lessons[0].questions[0].kind else {
        panic!("single");
    };
    assert_eq!(
        choices[0].explanation.as_ref().map(|e| e.en.as_str()),
        Some("One is too few.")
    );
    assert!(choices[1].explanation.is_none());

    let half = load_files(&pack_files(MANIFEST, &lesson_with("{ fr = \"Trop peu.\" }")))
        .err()
        .unwrap_or_default();
    assert!(
        half.iter().any(
            |p| matches!(&p.kind, ProblemKind::MissingTranslation { field, lang }
            if field == "questions[1].choices[1].explanation" && lang == "en")
        ),
        "{half:#?}"
    );

    // Items to order and pairs to match may explain themselves too, in both languages.
    let pack = load_files(&common::hands_on_pack(common::HANDS_ON_LESSON)).expect("valid");
    let lesson = pack
        .lessons
        .iter()
        .find(|l| l.questions.iter().any(|q| q.id.as_str() == "q-order"))
        .expect("the hands-on lesson");
    let explained = |id: &str| {
        lesson
            .questions
            .iter()
            .find(|q| q.id.as_str() == id)
            .map(|q| match &q.kind {
                passerelle::model::QuestionKind::Order { items } => {
                    items.iter().filter(|i| i.explanation.is_some()).count()
                }
                passerelle::model::QuestionKind::Match { pairs } => {
                    pairs.iter().filter(|p| p.explanation.is_some()).count()
                }
                _ => 0,
            })
    };
    assert_eq!((explained("q-order"), explained("q-match")), (Some(1), Some(1)));
    let half = common::HANDS_ON_LESSON.replace(
        "explanation = { fr = \"Le clavier sert à écrire.\", en = \"The keyboard is for typing.\" }",
        "explanation = { fr = \"Le clavier sert à écrire.\" }",
    );
    let found = load_files(&common::hands_on_pack(&half))
        .err()
        .unwrap_or_default();
    assert!(
        found.iter().any(
            |p| matches!(&p.kind, ProblemKind::MissingTranslation { field, lang }
            if field == "questions[3].pairs[2].explanation" && lang == "en")
        ),
        "{found:#?}"
    );
}

/// The trial lesson open at its first question, "Which one?" (One / Two, Two is right).
fn at_the_question(dir: &std::path::Path) -> egui_kittest::Harness<'static, passerelle::app::PasserelleApp> {
    let files = pack_files(
        MANIFEST,
        &lesson_with("{ fr = \"Un, c'est trop peu.\", en = \"One is too few: count again.\" }"),
    );
    let mut h = common::app_in_lesson(dir, &files, "Lesson one");
    h.get_by_label("Next").click();
    h.run();
    assert!(h.query_by_label("Which one?").is_some());
    h
}

#[test]
fn the_explanation_of_the_choice_picked_follows_the_answer_and_no_other()
-> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut h = at_the_question(dir.path());
    h.get_by_label("One").click();
    h.run();
    h.get_by_label("Check my answer").click();
    h.run();
    assert!(h.query_by_label("Not quite.").is_some());
    assert!(
        h.query_by_label("One is too few: count again.").is_some(),
        "its own explanation"
    );
    assert!(h.query_by_label("Because.").is_some(), "and the question's");

    let dir = tempfile::tempdir()?;
    let mut h = at_the_question(dir.path());
    h.get_by_label("Two").click();
    h.run();
    h.get_by_label("Check my answer").click();
    h.run();
    assert!(h.query_by_label("That's right!").is_some());
    assert!(
        h.query_by_label("One is too few: count again.").is_none(),
        "not another choice's"
    );
    Ok(())
}
