//! GIFT questions into a pack's lessons: one lesson per category, ids from question
//! names, both languages paired (by name, else by order), Moodle's grading rules (see
//! `gift.rs`).

use super::gift::{GiftFile, GiftKind, GiftQuestion, clean};

/// `base` + `ending` (`photo.png`), else with `-2`, `-3`… before the ending: the first
/// that is not `taken`.
pub(super) fn unique_name(base: &str, ending: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| {
            if n == 1 {
                format!("{base}{ending}")
            } else {
                format!("{base}-{n}{ending}")
            }
        })
        .find(|name| !taken(name))
        .unwrap_or_default()
}

/// A name usable as an id: lower case letters, digits and dashes (`gift` when nothing
/// is left).
pub fn slug(name: &str) -> String {
    let folded = crate::model::matching::fold(name);
    let slug: String = folded
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() { "gift".to_owned() } else { slug }
}

/// Where imported questions go.
#[derive(Clone, Debug)]
pub struct Destination {
    /// The lesson's id (also the start of each question's id).
    pub lesson_id: String,
    /// The lesson's title (the same in both languages until translated).
    pub title: String,
    /// The CRCN competence of the questions.
    pub competence: crate::model::Competence,
    /// Their level.
    pub level: crate::model::Level,
}

/// Whether two questions have the same shape (kind and number of parts), so that one
/// can be the other's translation.
fn same_shape(a: &GiftKind, b: &GiftKind) -> bool {
    match (a, b) {
        (GiftKind::TrueFalse { answer: x, .. }, GiftKind::TrueFalse { answer: y, .. }) => x == y,
        (GiftKind::Choice(x), GiftKind::Choice(y)) => x.len() == y.len(),
        (GiftKind::Matching(x), GiftKind::Matching(y)) => x.len() == y.len(),
        (GiftKind::Short(_), GiftKind::Short(_)) | (GiftKind::Numerical(_), GiftKind::Numerical(_)) => true,
        _ => false,
    }
}

/// The translation of `q` in `other`: the question of the same name, else the one at the
/// same place, when it has the same shape.
fn paired<'a>(q: &GiftQuestion, index: usize, other: &'a GiftFile) -> Option<&'a GiftQuestion> {
    let found = match &q.name {
        Some(name) => other.questions.iter().find(|o| o.name.as_ref() == Some(name)),
        None => other.questions.get(index),
    };
    found.filter(|o| same_shape(&q.kind, &o.kind))
}

/// A lesson of the questions of `file`, written in `lang`; `other` is the same bank in the
/// other language, paired by question name (else by order). Texts without a translation
/// are left empty, so that `pack check` lists them as missing translations.
pub fn to_lesson(
    file: &GiftFile,
    lang: crate::model::Lang,
    other: Option<&GiftFile>,
    to: &Destination,
) -> crate::model::Lesson {
    let every: Vec<usize> = (0..file.questions.len()).collect();
    lesson_of(file, &every, lang, other, to)
}

/// The lessons of the questions of `file`: one per `$CATEGORY:` (titled after the
/// category's last part, its id `<lesson id>-<category>`), the questions before any
/// category in the lesson `to` itself. A file of one category makes one lesson, `to`,
/// titled after its category.
pub fn to_lessons(
    file: &GiftFile,
    lang: crate::model::Lang,
    other: Option<&GiftFile>,
    to: &Destination,
) -> Vec<crate::model::Lesson> {
    let mut groups: Vec<(Option<&str>, Vec<usize>)> = Vec::new();
    for (i, q) in file.questions.iter().enumerate() {
        let category = q.category.as_deref();
        match groups.iter_mut().find(|(c, _)| *c == category) {
            Some((_, indices)) => indices.push(i),
            None => groups.push((category, vec![i])),
        }
    }
    if let [(category, indices)] = groups.as_slice() {
        let title = category.map_or_else(|| to.title.clone(), category_title);
        return vec![lesson_of(
            file,
            indices,
            lang,
            other,
            &Destination { title, ..to.clone() },
        )];
    }
    let mut taken: Vec<String> = Vec::new();
    groups
        .into_iter()
        .map(|(category, indices)| {
            let destination = match category {
                None => to.clone(),
                Some(path) => {
                    let title = category_title(path);
                    let base = format!("{}-{}", to.lesson_id, slug(&title));
                    let lesson_id = unique_name(&base, "", |id| {
                        taken.iter().any(|t| t == id) || id == to.lesson_id
                    });
                    Destination {
                        lesson_id,
                        title,
                        ..to.clone()
                    }
                }
            };
            taken.push(destination.lesson_id.clone());
            lesson_of(file, &indices, lang, other, &destination)
        })
        .collect()
}

/// The title of a category: its last part (`$course$/Maths/Algebra` → `Algebra`).
fn category_title(path: &str) -> String {
    path.trim()
        .trim_end_matches('/')
        .rsplit('/')
        .find(|part| !part.trim().is_empty() && !part.starts_with('$'))
        .map_or_else(|| path.trim().to_owned(), clean)
}

/// The lesson of the questions of `file` at `indices`.
fn lesson_of(
    file: &GiftFile,
    indices: &[usize],
    lang: crate::model::Lang,
    other: Option<&GiftFile>,
    to: &Destination,
) -> crate::model::Lesson {
    use crate::model::{Lesson, Question, QuestionId, Text};
    let both = |mine: &str, theirs: Option<&str>| both(lang, mine, theirs);
    // Only the general feedback speaks to every answer (see the top of this file).
    let explanation = |q: &GiftQuestion| -> String { q.feedback.clone().unwrap_or_default() };
    let mut questions = Vec::new();
    for (n, &i) in indices.iter().enumerate() {
        let Some(q) = file.questions.get(i) else {
            continue;
        };
        let o = other.and_then(|other| paired(q, i, other));
        let kind = question_kind(&q.kind, o.map(|o| &o.kind), lang);
        // A named question keeps its name in its id, so the id stays the same when the
        // bank is imported again in another order.
        let base = match &q.name {
            Some(name) => format!("{}-{}", to.lesson_id, slug(name)),
            None => format!("{}-{}", to.lesson_id, n + 1),
        };
        let id = unique_name(&base, "", |id| {
            questions.iter().any(|q: &Question| q.id.as_str() == id)
        });
        questions.push(Question {
            id: QuestionId(id),
            competence: to.competence,
            level: to.level,
            prompt: both(&q.text, o.map(|o| o.text.as_str())),
            kind,
            explanation: both(&explanation(q), o.map(explanation).as_deref()),
        });
    }
    Lesson {
        id: crate::model::LessonId(to.lesson_id.clone()),
        title: Text::new(to.title.clone(), to.title.clone()),
        competence: to.competence,
        level: to.level,
        // A lesson needs a step: one to rewrite, saying where the questions come from.
        steps: vec![crate::model::Step {
            text: Text::new(format!("Quiz : {}", to.title), format!("Quiz: {}", to.title)),
            text_easy: None,
            image: None,
            tip: None,
            audio: None,
            activity: None,
        }],
        questions,
        sources: Vec::new(),
    }
}

/// `mine` in the bank's language, `theirs` (the other file's, or empty) in the other.
fn both(lang: crate::model::Lang, mine: &str, theirs: Option<&str>) -> crate::model::Text {
    use crate::model::french_spacing::with_no_break_spaces;
    use crate::model::{Lang, Text};
    let theirs = theirs.unwrap_or_default();
    // French punctuation keeps its word on the line, as in lessons read from files.
    match lang {
        Lang::Fr => Text::new(with_no_break_spaces(mine), theirs),
        Lang::En => Text::new(with_no_break_spaces(theirs), mine),
    }
}

/// The id of the `i`th choice or pair: `a`, `b`…
fn letter(i: usize) -> crate::model::ChoiceId {
    crate::model::ChoiceId(char::from(b'a' + u8::try_from(i % 26).unwrap_or(0)).to_string())
}

/// What a GIFT question asks, in the bank's language, with the other language's
/// texts from `theirs` (the same question in the other file) where it has them.
fn question_kind(
    mine: &GiftKind,
    theirs: Option<&GiftKind>,
    lang: crate::model::Lang,
) -> crate::model::QuestionKind {
    use crate::model::{Choice, Lang, Localized, MatchPair, QuestionKind, Spelling};
    match (mine, theirs) {
        (GiftKind::TrueFalse { answer, .. }, _) => QuestionKind::TrueFalse { answer: *answer },
        (GiftKind::Choice(choices), theirs) => {
            let theirs = match theirs {
                Some(GiftKind::Choice(t)) => Some(t),
                _ => None,
            };
            let labels: Vec<Choice> = choices
                .iter()
                .enumerate()
                .map(|(k, c)| {
                    let twin = theirs.and_then(|t| t.get(k));
                    let their_feedback = twin.and_then(|t| t.feedback.as_deref());
                    // A choice's `#feedback` is that choice's own explanation.
                    let explanation = (c.feedback.is_some() || their_feedback.is_some())
                        .then(|| both(lang, c.feedback.as_deref().unwrap_or_default(), their_feedback));
                    Choice {
                        id: letter(k),
                        label: both(lang, &c.text, twin.map(|t| t.text.as_str())),
                        explanation,
                    }
                })
                .collect();
            // Moodle: an `=` answer makes the question single-answer, and that answer
            // the right one; without `=`, every positive-weight choice is right.
            match choices.iter().position(|c| c.marked_right) {
                Some(k) => QuestionKind::Single {
                    choices: labels,
                    answer: letter(k),
                },
                None => QuestionKind::Multiple {
                    choices: labels,
                    answers: choices
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| c.weight > 0.0)
                        .map(|(k, _)| letter(k))
                        .collect(),
                },
            }
        }
        (GiftKind::Short(accepted), theirs) => {
            let theirs = match theirs {
                Some(GiftKind::Short(t)) => t.clone(),
                _ => Vec::new(),
            };
            let (fr, en) = match lang {
                Lang::Fr => (accepted.clone(), theirs),
                Lang::En => (theirs, accepted.clone()),
            };
            // Moodle grades a short answer exactly (capitals aside): so does Passerelle.
            QuestionKind::Typed {
                accepted: Localized { fr, en },
                spelling: Spelling::Exact,
            }
        }
        (GiftKind::Matching(pairs), theirs) => {
            let theirs = match theirs {
                Some(GiftKind::Matching(t)) => Some(t),
                _ => None,
            };
            QuestionKind::Match {
                pairs: pairs
                    .iter()
                    .enumerate()
                    .map(|(k, (left, right))| {
                        let t = theirs.and_then(|t| t.get(k));
                        MatchPair {
                            id: letter(k),
                            left: both(lang, left, t.map(|t| t.0.as_str())),
                            right: both(lang, right, t.map(|t| t.1.as_str())),
                            explanation: None,
                        }
                    })
                    .collect(),
            }
        }
        (GiftKind::Numerical(values), _) => {
            // The full-mark values are right (Passerelle gives no partial credit);
            // a bank with no full-mark value keeps its best ones (reported).
            let best = values.iter().map(|v| v.weight).fold(f64::MIN, f64::max);
            QuestionKind::Number {
                answers: values
                    .iter()
                    .filter(|v| v.weight > 0.0 && v.weight >= best.min(100.0))
                    .map(|v| crate::model::NumberAnswer {
                        value: v.value,
                        tolerance: v.tolerance,
                    })
                    .collect(),
            }
        }
    }
}
