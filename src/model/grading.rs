//! What a resident answered, and whether it is right.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::matching::LetterDifference;
use super::{ChoiceId, Lang, Localized, Question, QuestionKind, Spelling, matching};

/// A resident's answer to one question, as recorded in the store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum Response {
    /// The choice picked (single choice).
    Choice(ChoiceId),
    /// The choices ticked (multiple choice).
    Choices(BTreeSet<ChoiceId>),
    /// True or false.
    Bool(bool),
    /// The text typed.
    Text(String),
    /// The text typed in each field, by field id.
    Fields(BTreeMap<ChoiceId, String>),
    /// The items in the order the resident put them.
    Order(Vec<ChoiceId>),
    /// For each left-hand item (by pair id), the pair whose right-hand side was picked.
    Pairs(BTreeMap<ChoiceId, ChoiceId>),
    /// Where the picture was clicked, in its pixels.
    Point {
        /// From the left edge.
        x: u32,
        /// From the top edge.
        y: u32,
    },
}

/// The result of grading one response.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grade {
    /// Fully right.
    pub correct: bool,
    /// From 0 to 1: partial credit for multiple choice, else 0 or 1.
    pub score: f32,
}

/// Each typed box of a question with what was typed in it: its accepted answers and
/// how exact its spelling must be.
fn typed_boxes<'a>(
    question: &'a Question,
    response: &'a Response,
) -> Vec<(&'a str, &'a Localized<Vec<String>>, Spelling)> {
    match (&question.kind, response) {
        (QuestionKind::Typed { accepted, spelling }, Response::Text(typed)) => {
            vec![(typed.as_str(), accepted, *spelling)]
        }
        (QuestionKind::Fields { fields }, Response::Fields(typed)) => fields
            .iter()
            .filter_map(|f| Some((typed.get(&f.id)?.as_str(), &f.accepted, f.spelling)))
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether `typed` is right for these accepted answers (in either language).
fn typed_right(typed: &str, accepted: &Localized<Vec<String>>, spelling: Spelling) -> bool {
    let all = accepted.fr.iter().chain(&accepted.en);
    match spelling {
        Spelling::Forgiving => matching::matches_any(typed, all),
        Spelling::Exact => matching::matches_exactly(typed, all),
    }
}

/// The accepted answer nearest to `typed` within the forgiven typos, the resident's
/// language first, if spelt otherwise than typed.
fn nearest_other_spelling<'a>(
    typed: &str,
    accepted: &'a Localized<Vec<String>>,
    lang: Lang,
) -> Option<&'a String> {
    let in_order = accepted.get(lang).iter().chain(accepted.get(lang.other()));
    matching::nearest_accepted(typed, in_order).filter(|answer| matching::spelt_differently(typed, answer))
}

/// The right spellings to show after an answer accepted with typos or missing accents
/// ("We write it: Lyon"): one for a typed answer, one per box of a form question;
/// none when everything was spelt right.
pub fn spellings_to_show(question: &Question, response: &Response, lang: Lang) -> Vec<String> {
    typed_boxes(question, response)
        .into_iter()
        .filter(|(_, _, spelling)| *spelling == Spelling::Forgiving)
        .filter_map(|(typed, accepted, _)| nearest_other_spelling(typed, accepted, lang).cloned())
        .collect()
}

/// A box whose spelling must be exact, typed with a few letters wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpellingCheck {
    /// The right spelling.
    pub answer: String,
    /// The letters that differ.
    pub differences: Vec<LetterDifference>,
}

/// After an answer, the boxes whose spelling must be exact (an address, an e-mail
/// address) that were typed with a few letters wrong, with the letters to change.
pub fn spelling_checks(question: &Question, response: &Response, lang: Lang) -> Vec<SpellingCheck> {
    typed_boxes(question, response)
        .into_iter()
        .filter(|(typed, accepted, spelling)| {
            *spelling == Spelling::Exact && !typed_right(typed, accepted, *spelling)
        })
        .filter_map(|(typed, accepted, _)| {
            let answer = nearest_other_spelling(typed, accepted, lang)?;
            Some(SpellingCheck {
                answer: answer.clone(),
                differences: matching::letter_differences(typed, answer),
            })
        })
        .collect()
}

impl Grade {
    fn from_bool(correct: bool) -> Self {
        Self {
            correct,
            score: if correct { 1.0 } else { 0.0 },
        }
    }

    /// Right when every part is right; partial credit for each right part.
    fn from_parts(right: usize, total: usize) -> Self {
        #[allow(clippy::cast_precision_loss)]
        let score = right as f32 / total.max(1) as f32;
        Self {
            correct: total > 0 && right == total,
            score,
        }
    }
}

/// Grades `response` against the question's right answer. A response of the wrong
/// shape for the question (which the UI never sends) is graded wrong.
pub fn grade(kind: &QuestionKind, response: &Response) -> Grade {
    match (kind, response) {
        (QuestionKind::Single { answer, .. }, Response::Choice(picked)) => Grade::from_bool(answer == picked),
        (QuestionKind::Multiple { answers, .. }, Response::Choices(ticked)) => {
            let right: BTreeSet<&ChoiceId> = answers.iter().collect();
            let hits = ticked.iter().filter(|c| right.contains(c)).count();
            let wrong = ticked.len() - hits;
            let correct = hits == right.len() && wrong == 0;
            // Partial credit: each right tick counts, each wrong tick cancels one.
            #[allow(clippy::cast_precision_loss)]
            let score = (hits.saturating_sub(wrong) as f32) / (right.len().max(1) as f32);
            Grade { correct, score }
        }
        (QuestionKind::TrueFalse { answer }, Response::Bool(said)) => Grade::from_bool(answer == said),
        (QuestionKind::Typed { accepted, spelling }, Response::Text(typed)) => {
            Grade::from_bool(typed_right(typed, accepted, *spelling))
        }
        (QuestionKind::Number { answers }, Response::Text(typed)) => Grade::from_bool(
            super::lesson::parse_number(typed).is_some_and(|x| answers.iter().any(|a| a.accepts(x))),
        ),
        (QuestionKind::Fields { fields }, Response::Fields(typed)) => {
            let right = fields
                .iter()
                .filter(|field| {
                    typed
                        .get(&field.id)
                        .is_some_and(|text| typed_right(text, &field.accepted, field.spelling))
                })
                .count();
            Grade::from_parts(right, fields.len())
        }
        (QuestionKind::Order { items }, Response::Order(order)) => {
            // Each item in its right place counts; an answer of another length is wrong.
            let right = if order.len() == items.len() {
                items
                    .iter()
                    .zip(order)
                    .filter(|(item, id)| &item.id == *id)
                    .count()
            } else {
                0
            };
            Grade::from_parts(right, items.len())
        }
        (QuestionKind::Match { pairs }, Response::Pairs(picked)) => {
            let right = pairs.iter().filter(|p| picked.get(&p.id) == Some(&p.id)).count();
            Grade::from_parts(right, pairs.len())
        }
        (QuestionKind::Zone { zones, answer, .. }, Response::Point { x, y }) => {
            Grade::from_bool(zones.iter().any(|z| &z.id == answer && z.contains(*x, *y)))
        }
        _ => Grade::from_bool(false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Choice, Localized, Text};

    fn choices() -> Vec<Choice> {
        ["a", "b", "c"]
            .into_iter()
            .map(|id| Choice {
                id: id.into(),
                label: Text::new(id, id),
                explanation: None,
            })
            .collect()
    }

    fn set(ids: &[&str]) -> Response {
        Response::Choices(ids.iter().map(|id| ChoiceId::from(*id)).collect())
    }

    #[test]
    fn single_choice() {
        let q = QuestionKind::Single {
            choices: choices(),
            answer: "b".into(),
        };
        assert!(grade(&q, &Response::Choice("b".into())).correct);
        assert!(!grade(&q, &Response::Choice("a".into())).correct);
    }

    #[test]
    fn multiple_choice_needs_exactly_the_right_set() {
        let q = QuestionKind::Multiple {
            choices: choices(),
            answers: vec!["a".into(), "c".into()],
        };
        let right = grade(&q, &set(&["a", "c"]));
        assert!(right.correct);
        assert!((right.score - 1.0).abs() < f32::EPSILON);

        let half = grade(&q, &set(&["a"]));
        assert!(!half.correct);
        assert!((half.score - 0.5).abs() < f32::EPSILON);

        let extra = grade(&q, &set(&["a", "b", "c"]));
        assert!(!extra.correct);
        assert!((extra.score - 0.5).abs() < f32::EPSILON);

        assert!(grade(&q, &set(&["b"])).score.abs() < f32::EPSILON);
        assert!(!grade(&q, &set(&[])).correct);
    }

    #[test]
    fn true_false() {
        let q = QuestionKind::TrueFalse { answer: false };
        assert!(grade(&q, &Response::Bool(false)).correct);
        assert!(!grade(&q, &Response::Bool(true)).correct);
    }

    #[test]
    fn typed_accepts_either_language_and_small_typos() {
        let q = QuestionKind::Typed {
            accepted: Localized {
                fr: vec!["clavier".into()],
                en: vec!["keyboard".into()],
            },
            spelling: Spelling::Forgiving,
        };
        assert!(grade(&q, &Response::Text("Clavier".into())).correct);
        assert!(grade(&q, &Response::Text("keybord".into())).correct);
        assert!(!grade(&q, &Response::Text("souris".into())).correct);
    }

    fn text(fr: &str, en: &str) -> Text {
        Text::new(fr, en)
    }

    #[test]
    fn fields_each_count_and_forgive_typos() {
        let field = |id: &str, fr: &str, en: &str| crate::model::AnswerField {
            id: id.into(),
            label: text(id, id),
            accepted: Localized {
                fr: vec![fr.into()],
                en: vec![en.into()],
            },
            spelling: Spelling::Forgiving,
        };
        let q = QuestionKind::Fields {
            fields: vec![field("ville", "Lyon", "Lyon"), field("cp", "69001", "69001")],
        };
        let typed = |ville: &str, cp: &str| {
            Response::Fields(BTreeMap::from([
                ("ville".into(), ville.into()),
                ("cp".into(), cp.into()),
            ]))
        };
        assert!(grade(&q, &typed("lyon", "69001")).correct);
        let half = grade(&q, &typed("Lyon", "75001"));
        assert!(!half.correct);
        assert!((half.score - 0.5).abs() < f32::EPSILON);
        assert!(!grade(&q, &Response::Fields(BTreeMap::new())).correct);
    }

    #[test]
    fn an_exact_box_refuses_a_typo_and_says_which_letter_differs() {
        let exact = crate::model::AnswerField {
            id: "ville".into(),
            label: text("Ville", "Town"),
            accepted: Localized {
                fr: vec!["Lyon".into()],
                en: vec!["Lyon".into()],
            },
            spelling: Spelling::Exact,
        };
        let question = Question {
            id: "adresse".into(),
            competence: crate::model::Competence::parse("3.1").expect("competence"),
            level: crate::model::Level::new(1).expect("level"),
            prompt: text("Votre adresse", "Your address"),
            kind: QuestionKind::Fields { fields: vec![exact] },
            explanation: text("", ""),
        };
        let typed = |ville: &str| Response::Fields(BTreeMap::from([("ville".into(), ville.into())]));
        assert!(grade(&question.kind, &typed("lyon.")).correct);
        assert!(!grade(&question.kind, &typed("Lion")).correct);
        assert_eq!(
            spelling_checks(&question, &typed("Lion"), Lang::Fr),
            [SpellingCheck {
                answer: "Lyon".into(),
                differences: vec![LetterDifference::Wrong {
                    position: 2,
                    right: 'y',
                    typed: 'i'
                }]
            }]
        );
        // Nothing to check when right, or when far from any accepted answer.
        assert!(spelling_checks(&question, &typed("Lyon"), Lang::Fr).is_empty());
        assert!(spelling_checks(&question, &typed("Marseille"), Lang::Fr).is_empty());
        assert!(spellings_to_show(&question, &typed("Lion"), Lang::Fr).is_empty());
    }

    #[test]
    fn order_counts_items_in_their_place() {
        let q = QuestionKind::Order { items: choices() };
        let order = |ids: &[&str]| Response::Order(ids.iter().map(|id| ChoiceId::from(*id)).collect());
        assert!(grade(&q, &order(&["a", "b", "c"])).correct);
        let one = grade(&q, &order(&["a", "c", "b"]));
        assert!(!one.correct);
        assert!((one.score - 1.0 / 3.0).abs() < 1e-6);
        assert!(!grade(&q, &order(&["a", "b"])).correct);
    }

    #[test]
    fn match_counts_each_right_pair() {
        let pair = |id: &str| crate::model::MatchPair {
            id: id.into(),
            left: text(id, id),
            right: text(id, id),
            explanation: None,
        };
        let q = QuestionKind::Match {
            pairs: vec![pair("x"), pair("y")],
        };
        let picked = |x: &str, y: &str| {
            Response::Pairs(BTreeMap::from([("x".into(), x.into()), ("y".into(), y.into())]))
        };
        assert!(grade(&q, &picked("x", "y")).correct);
        let swapped = grade(&q, &picked("y", "x"));
        assert!(!swapped.correct);
        assert!(swapped.score.abs() < f32::EPSILON);
    }

    #[test]
    fn zone_is_right_inside_the_answer_zone_only() {
        let zone = |id: &str, x| crate::model::Zone {
            id: id.into(),
            label: text(id, id),
            x,
            y: 10,
            width: 20,
            height: 20,
        };
        let q = QuestionKind::Zone {
            image: crate::model::ImageRef {
                file: "f.png".into(),
                alt: text("a", "a"),
            },
            zones: vec![zone("close", 100), zone("open", 0)],
            answer: "close".into(),
        };
        assert!(grade(&q, &Response::Point { x: 110, y: 15 }).correct);
        assert!(grade(&q, &Response::Point { x: 100, y: 10 }).correct);
        assert!(
            !grade(&q, &Response::Point { x: 120, y: 15 }).correct,
            "right edge is outside"
        );
        assert!(!grade(&q, &Response::Point { x: 5, y: 15 }).correct);
    }

    #[test]
    fn a_response_of_the_wrong_shape_is_wrong() {
        let q = QuestionKind::TrueFalse { answer: true };
        assert!(!grade(&q, &Response::Text("true".into())).correct);
    }

    #[test]
    fn numbers_are_right_within_their_tolerance_however_they_are_typed() {
        use crate::model::NumberAnswer;
        let q = QuestionKind::Number {
            answers: vec![
                NumberAnswer {
                    value: 1822.0,
                    tolerance: 5.0,
                },
                NumberAnswer {
                    value: 3.5,
                    tolerance: 0.0,
                },
            ],
        };
        for (typed, right) in [
            ("1822", true),
            ("1 826", true),
            ("1828", false),
            ("3,5", true),
            ("3.50", true),
            ("3.6", false),
            ("environ 1822", false),
        ] {
            assert_eq!(grade(&q, &Response::Text(typed.into())).correct, right, "{typed}");
        }
    }
}
