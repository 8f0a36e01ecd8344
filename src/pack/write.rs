//! A lesson of the model back into pack files (used by the GIFT import): converted into
//! the draft's raw types, then written by the same writer as the pack editor's, so that
//! every pack file Passerelle writes has one layout.

use super::format::{
    RawChoice, RawField, RawLesson, RawNumber, RawPair, RawQuestion, RawSource, RawStep, RawText,
    RawTextList, RawZone,
};
use crate::model::{Choice, Lesson, Localized, Question, QuestionKind, Spelling, Step, Text};

#[allow(
    clippy::unnecessary_wraps,
    reason = "the raw format's fields are all optional"
)]
fn text(t: &Text) -> Option<RawText> {
    Some(RawText {
        fr: Some(t.fr.clone()),
        en: Some(t.en.clone()),
    })
}

/// A spelling rule as written: only `exact`, forgiving being the default.
fn spelling_name(spelling: Spelling) -> Option<String> {
    (spelling == Spelling::Exact).then(|| spelling.name().to_owned())
}

#[allow(
    clippy::unnecessary_wraps,
    reason = "the raw format's fields are all optional"
)]
fn lists(l: &Localized<Vec<String>>) -> Option<RawTextList> {
    Some(RawTextList {
        fr: Some(l.fr.clone()),
        en: Some(l.en.clone()),
    })
}

fn choices(list: &[Choice]) -> Vec<RawChoice> {
    list.iter()
        .map(|c| RawChoice {
            id: Some(c.id.as_str().to_owned()),
            fr: Some(c.label.fr.clone()),
            en: Some(c.label.en.clone()),
            explanation: c.explanation.as_ref().and_then(text),
        })
        .collect()
}

fn step(step: &Step) -> RawStep {
    RawStep {
        text: text(&step.text),
        text_easy: step.text_easy.as_ref().and_then(text),
        audio: step.audio.as_ref().and_then(text),
        image: step.image.as_ref().map(|i| i.file.clone()),
        image_alt: step.image.as_ref().and_then(|i| text(&i.alt)),
        tip: step.tip.as_ref().and_then(text),
        activity: None,
    }
}

/// One question as written in a pack file; its competence and level only when they
/// differ from the lesson's.
pub fn raw_question(q: &Question, lesson: &Lesson) -> RawQuestion {
    let mut raw = RawQuestion {
        id: Some(q.id.as_str().to_owned()),
        kind: Some(q.kind.type_name().to_owned()),
        competence: (q.competence != lesson.competence).then(|| q.competence.code()),
        level: (q.level != lesson.level).then(|| i64::from(q.level.get())),
        prompt: text(&q.prompt),
        explanation: text(&q.explanation),
        ..RawQuestion::default()
    };
    match &q.kind {
        QuestionKind::Single { choices: c, answer } => {
            raw.choices = choices(c);
            raw.answer = Some(toml::Value::String(answer.as_str().to_owned()));
        }
        QuestionKind::Multiple { choices: c, answers } => {
            raw.choices = choices(c);
            raw.answers = Some(answers.iter().map(|a| a.as_str().to_owned()).collect());
        }
        QuestionKind::TrueFalse { answer } => raw.answer = Some(toml::Value::Boolean(*answer)),
        QuestionKind::Typed { accepted, spelling } => {
            raw.accepted = lists(accepted);
            raw.spelling = spelling_name(*spelling);
        }
        QuestionKind::Fields { fields } => {
            raw.fields = fields
                .iter()
                .map(|f| RawField {
                    id: Some(f.id.as_str().to_owned()),
                    label: text(&f.label),
                    accepted: lists(&f.accepted),
                    spelling: spelling_name(f.spelling),
                })
                .collect();
        }
        QuestionKind::Order { items } => raw.items = choices(items),
        QuestionKind::Number { answers } => {
            raw.numbers = answers
                .iter()
                .map(|a| RawNumber {
                    value: Some(toml::Value::Float(a.value)),
                    tolerance: Some(toml::Value::Float(a.tolerance)),
                })
                .collect();
        }
        QuestionKind::Match { pairs } => {
            raw.pairs = pairs
                .iter()
                .map(|p| RawPair {
                    id: Some(p.id.as_str().to_owned()),
                    left: text(&p.left),
                    right: text(&p.right),
                    explanation: p.explanation.as_ref().and_then(text),
                })
                .collect();
        }
        QuestionKind::Zone { image, zones, answer } => {
            raw.image = Some(image.file.clone());
            raw.image_alt = text(&image.alt);
            raw.answer = Some(toml::Value::String(answer.as_str().to_owned()));
            raw.zones = zones
                .iter()
                .map(|z| RawZone {
                    id: Some(z.id.as_str().to_owned()),
                    label: text(&z.label),
                    x: Some(i64::from(z.x)),
                    y: Some(i64::from(z.y)),
                    width: Some(i64::from(z.width)),
                    height: Some(i64::from(z.height)),
                })
                .collect();
        }
    }
    raw
}

/// A lesson as written in a pack file. Practice activities are not converted back (the
/// GIFT import makes none): `None` for a lesson that has one.
pub fn raw_lesson(lesson: &Lesson) -> Option<RawLesson> {
    if lesson.steps.iter().any(|s| s.activity.is_some()) {
        return None;
    }
    Some(RawLesson {
        id: Some(lesson.id.as_str().to_owned()),
        title: text(&lesson.title),
        competence: Some(lesson.competence.code()),
        level: Some(i64::from(lesson.level.get())),
        steps: lesson.steps.iter().map(step).collect(),
        questions: lesson.questions.iter().map(|q| raw_question(q, lesson)).collect(),
        sources: lesson
            .sources
            .iter()
            .map(|s| RawSource {
                title: Some(s.title.clone()),
                address: Some(s.address.clone()),
                checked: s.checked.map(crate::model::calendar::Day::iso),
            })
            .collect(),
    })
}

/// A lesson as the text of its pack file (see [`raw_lesson`]).
pub fn lesson_toml(lesson: &Lesson) -> Option<String> {
    raw_lesson(lesson).map(|raw| super::draft::toml_text(&raw))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::{PackFiles, builtin, load_files};

    #[test]
    fn every_builtin_lesson_without_activity_writes_back_to_the_same_lesson() {
        let mut written = 0;
        for files in builtin::packs() {
            let pack = load_files(&files).expect("clean");
            for lesson in &pack.lessons {
                let Some(text) = lesson_toml(lesson) else {
                    continue;
                };
                let mut alone = PackFiles {
                    root: files.root.clone(),
                    files: files
                        .files
                        .iter()
                        .filter(|(n, _)| !n.starts_with("lessons/"))
                        .cloned()
                        .collect(),
                };
                alone.files.push(("lessons/01.toml".into(), text.into_bytes()));
                let again = load_files(&alone).unwrap_or_else(|p| panic!("{}: {p:#?}", lesson.id.as_str()));
                assert_eq!(&again.lessons[0], lesson);
                written += 1;
            }
        }
        assert!(written >= 30, "{written} lessons");
    }
}
