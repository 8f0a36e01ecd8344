//! Every text of a lesson that is written in both languages, with its field path: the
//! pack editor shows them side by side, marks missing and out-of-date translations, and
//! counts them per lesson.

use super::FieldPath;
use super::draft::PackDraft;
use super::format::{
    RawActivity, RawChoice, RawGlossary, RawLesson, RawManifest, RawPortalPage, RawQuestion, RawStep, RawText,
};

/// The manifest's file, as marks name it.
pub const MANIFEST_FILE: &str = "pack.toml";
/// The glossary's file, as marks name it.
pub const GLOSSARY_FILE: &str = "glossary.toml";

/// Called with each bilingual text: its path, its French and its English.
pub type TextVisitor<'f> = dyn FnMut(&FieldPath, &mut Option<String>, &mut Option<String>) + 'f;

fn text(path: &FieldPath, t: &mut Option<RawText>, f: &mut TextVisitor<'_>) {
    let t = t.get_or_insert_with(RawText::default);
    f(path, &mut t.fr, &mut t.en);
}

fn optional(path: &FieldPath, t: &mut Option<RawText>, f: &mut TextVisitor<'_>) {
    if let Some(t) = t {
        f(path, &mut t.fr, &mut t.en);
    }
}

/// An optional explanation of a part: offered to fill in, and left out of the file while
/// both languages are empty.
fn part_explanation(path: &FieldPath, explanation: &mut Option<RawText>, f: &mut TextVisitor<'_>) {
    let blank = |t: &Option<String>| t.as_deref().is_none_or(|t| t.trim().is_empty());
    let written = explanation.get_or_insert_with(RawText::default);
    f(path, &mut written.fr, &mut written.en);
    if blank(&written.fr) && blank(&written.en) {
        *explanation = None;
    }
}

/// Choices or items to order, each with its optional explanation.
fn choices_explained(path: &FieldPath, list: &mut [RawChoice], f: &mut TextVisitor<'_>) {
    for (i, c) in list.iter_mut().enumerate() {
        f(&path.index(i), &mut c.fr, &mut c.en);
        part_explanation(&path.index(i).key("explanation"), &mut c.explanation, f);
    }
}

/// The manifest's texts: its title and description.
pub fn manifest_texts(manifest: &mut RawManifest, f: &mut TextVisitor<'_>) {
    let root = FieldPath::root();
    text(&root.key("title"), &mut manifest.title, f);
    text(&root.key("description"), &mut manifest.description, f);
}

/// The glossary's texts: each word and what it means.
pub fn glossary_texts(glossary: &mut RawGlossary, f: &mut TextVisitor<'_>) {
    for (i, term) in glossary.terms.iter_mut().enumerate() {
        let path = FieldPath::root().key("terms").index(i);
        text(&path.key("word"), &mut term.word, f);
        text(&path.key("definition"), &mut term.definition, f);
    }
}

/// The lesson's texts: its title, then each step's, then each question's.
pub fn lesson_texts(lesson: &mut RawLesson, f: &mut TextVisitor<'_>) {
    let root = FieldPath::root();
    text(&root.key("title"), &mut lesson.title, f);
    for (i, step) in lesson.steps.iter_mut().enumerate() {
        step_texts(step, &root.key("steps").index(i), f);
    }
    for (i, question) in lesson.questions.iter_mut().enumerate() {
        question_texts(question, &root.key("questions").index(i), f);
    }
}

/// A step's texts: the text always, the others when the step has them.
pub fn step_texts(step: &mut RawStep, path: &FieldPath, f: &mut TextVisitor<'_>) {
    text(&path.key("text"), &mut step.text, f);
    optional(&path.key("text_easy"), &mut step.text_easy, f);
    optional(&path.key("tip"), &mut step.tip, f);
    if step.image.is_some() {
        text(&path.key("image_alt"), &mut step.image_alt, f);
    }
    if let Some(activity) = &mut step.activity {
        activity_texts(activity, &path.key("activity"), f);
    }
}

/// An activity's texts (each type has its own; those it does not use are absent).
pub fn activity_texts(a: &mut RawActivity, path: &FieldPath, f: &mut TextVisitor<'_>) {
    for (key, t) in [
        ("title", &mut a.title),
        ("text", &mut a.text),
        ("confirmation", &mut a.confirmation),
        ("file", &mut a.file),
        ("rename_to", &mut a.rename_to),
        ("folder", &mut a.folder),
    ] {
        optional(&path.key(key), t, f);
    }
    for (i, t) in a.other_files.iter_mut().enumerate() {
        f(&path.key("other_files").index(i), &mut t.fr, &mut t.en);
    }
    for (i, m) in a.messages.iter_mut().enumerate() {
        let message = path.key("messages").index(i);
        text(&message.key("subject"), &mut m.subject, f);
        text(&message.key("body"), &mut m.body, f);
        for (j, clue) in m.clues.iter_mut().enumerate() {
            f(&message.key("clues").index(j), &mut clue.fr, &mut clue.en);
        }
    }
    for (i, field) in a.fields.iter_mut().enumerate() {
        text(&path.key("fields").index(i).key("label"), &mut field.label, f);
    }
    optional(&path.key("site"), &mut a.site, f);
    for (i, page) in a.pages.iter_mut().enumerate() {
        portal_page_texts(page, &path.key("pages").index(i), f);
    }
}

/// A portal page's texts: its title and text, then those of its type.
fn portal_page_texts(page: &mut RawPortalPage, path: &FieldPath, f: &mut TextVisitor<'_>) {
    text(&path.key("title"), &mut page.title, f);
    optional(&path.key("text"), &mut page.text, f);
    for (key, t) in [
        ("service", &mut page.service),
        ("sms", &mut page.sms),
        ("caller", &mut page.caller),
        ("status", &mut page.status),
        ("document", &mut page.document),
    ] {
        optional(&path.key(key), t, f);
    }
    for (key, list) in [("providers", &mut page.providers), ("files", &mut page.files)] {
        for (i, t) in list.iter_mut().enumerate() {
            f(&path.key(key).index(i), &mut t.fr, &mut t.en);
        }
    }
    for (i, field) in page.fields.iter_mut().enumerate() {
        text(&path.key("fields").index(i).key("label"), &mut field.label, f);
    }
    for (i, slot) in page.slots.iter_mut().enumerate() {
        f(&path.key("slots").index(i), &mut slot.fr, &mut slot.en);
    }
}

/// A question's texts: the prompt, its parts, then the explanation.
pub fn question_texts(q: &mut RawQuestion, path: &FieldPath, f: &mut TextVisitor<'_>) {
    text(&path.key("prompt"), &mut q.prompt, f);
    if q.image.is_some() {
        text(&path.key("image_alt"), &mut q.image_alt, f);
    }
    choices_explained(&path.key("choices"), &mut q.choices, f);
    choices_explained(&path.key("items"), &mut q.items, f);
    for (i, field) in q.fields.iter_mut().enumerate() {
        text(&path.key("fields").index(i).key("label"), &mut field.label, f);
    }
    for (i, pair) in q.pairs.iter_mut().enumerate() {
        let pair_path = path.key("pairs").index(i);
        text(&pair_path.key("left"), &mut pair.left, f);
        text(&pair_path.key("right"), &mut pair.right, f);
        part_explanation(&pair_path.key("explanation"), &mut pair.explanation, f);
    }
    for (i, zone) in q.zones.iter_mut().enumerate() {
        text(&path.key("zones").index(i).key("label"), &mut zone.label, f);
    }
    text(&path.key("explanation"), &mut q.explanation, f);
}

/// Whether a text is written in one language only.
pub fn is_missing_translation(fr: Option<&str>, en: Option<&str>) -> bool {
    let written = |t: Option<&str>| t.is_some_and(|t| !t.trim().is_empty());
    written(fr) != written(en)
}

/// One text, copied: its path, its French and its English.
pub type TextCopy = (String, String, String);

fn copies(visit: impl FnOnce(&mut TextVisitor<'_>)) -> Vec<TextCopy> {
    let mut out = Vec::new();
    visit(&mut |path, fr, en| {
        out.push((
            path.to_string(),
            fr.clone().unwrap_or_default(),
            en.clone().unwrap_or_default(),
        ));
    });
    out
}

/// The lesson's texts, copied.
pub fn collect(lesson: &RawLesson) -> Vec<TextCopy> {
    let mut copy = lesson.clone();
    copies(|f| lesson_texts(&mut copy, f))
}

/// Every text of the pack, copied, by file: the manifest, the glossary, then each lesson
/// (by its path in the pack, `lessons/01-souris.toml`).
pub fn pack_texts(draft: &PackDraft) -> Vec<(String, Vec<TextCopy>)> {
    let mut manifest = draft.manifest.clone();
    let mut glossary = draft.glossary.clone();
    let mut files = vec![
        (
            MANIFEST_FILE.to_owned(),
            copies(|f| manifest_texts(&mut manifest, f)),
        ),
        (
            GLOSSARY_FILE.to_owned(),
            copies(|f| glossary_texts(&mut glossary, f)),
        ),
    ];
    files.extend(draft.lessons.iter().map(|l| (l.path(), collect(&l.lesson))));
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::builtin;
    use crate::pack::draft::PackDraft;

    #[test]
    fn every_text_of_the_builtin_lessons_is_found_and_translated() {
        let mut count = 0;
        for files in builtin::packs() {
            for lesson in PackDraft::read(&files).expect("reads").lessons {
                for (path, fr, en) in collect(&lesson.lesson) {
                    count += 1;
                    assert!(
                        !is_missing_translation(Some(&fr), Some(&en)),
                        "{}: {path}",
                        lesson.file
                    );
                }
            }
        }
        assert!(count > 1000, "{count} texts");
    }

    #[test]
    fn a_text_in_one_language_is_a_missing_translation() {
        assert!(is_missing_translation(Some("Oui"), None));
        assert!(is_missing_translation(Some(""), Some("Yes")));
        assert!(!is_missing_translation(Some("Oui"), Some("Yes")));
        assert!(!is_missing_translation(None, Some(" ")));
    }

    #[test]
    fn visiting_an_empty_question_adds_its_required_texts_only() {
        let mut q = RawQuestion::default();
        let mut paths = Vec::new();
        question_texts(
            &mut q,
            &FieldPath::root().key("questions").index(0),
            &mut |p, _, _| {
                paths.push(p.to_string());
            },
        );
        assert_eq!(paths, ["questions[1].prompt", "questions[1].explanation"]);
    }

    #[test]
    fn each_choice_offers_an_explanation_kept_only_once_written() {
        use crate::pack::format::RawChoice;
        let mut q = RawQuestion {
            choices: vec![RawChoice::default(), RawChoice::default()],
            ..RawQuestion::default()
        };
        let path = FieldPath::root().key("questions").index(0);
        let mut paths = Vec::new();
        question_texts(&mut q, &path, &mut |p, _, _| paths.push(p.to_string()));
        assert!(
            paths.contains(&"questions[1].choices[2].explanation".to_owned()),
            "{paths:?}"
        );
        assert!(
            q.choices.iter().all(|c| c.explanation.is_none()),
            "nothing written, nothing kept"
        );
        question_texts(&mut q, &path, &mut |p, fr, _| {
            if p.to_string() == "questions[1].choices[1].explanation" {
                *fr = Some("Pas celle-ci.".into());
            }
        });
        assert_eq!(
            q.choices[0].explanation.as_ref().and_then(|e| e.fr.as_deref()),
            Some("Pas celle-ci.")
        );
        assert!(q.choices[1].explanation.is_none());
    }
}
