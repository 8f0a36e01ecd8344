//! What a resident answered, and whether it is right.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{ChoiceId, QuestionKind, matching};

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
}

/// The result of grading one response.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grade {
    /// Fully right.
    pub correct: bool,
    /// From 0 to 1: partial credit for multiple choice, else 0 or 1.
    pub score: f32,
}

impl Grade {
    fn from_bool(correct: bool) -> Self {
        Self {
            correct,
            score: if correct { 1.0 } else { 0.0 },
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
        (QuestionKind::Typed { accepted }, Response::Text(typed)) => Grade::from_bool(matching::matches_any(
            typed,
            accepted.fr.iter().chain(&accepted.en),
        )),
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
        };
        assert!(grade(&q, &Response::Text("Clavier".into())).correct);
        assert!(grade(&q, &Response::Text("keybord".into())).correct);
        assert!(!grade(&q, &Response::Text("souris".into())).correct);
    }

    #[test]
    fn a_response_of_the_wrong_shape_is_wrong() {
        let q = QuestionKind::TrueFalse { answer: true };
        assert!(!grade(&q, &Response::Text("true".into())).correct);
    }
}
