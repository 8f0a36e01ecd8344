//! An answer in words, for people: the texts of the choices picked, the text typed, the
//! order given. For the right-of-access page and the leaders' question counts.

use crate::i18n::Tr;
use crate::model::{Question, QuestionKind, Response};

/// The answer given, in words: the choices' texts, the text typed, the order given…
pub fn answer_in_words(question: &Question, response: &Response, tr: &Tr<'_>) -> String {
    let lang = tr.lang;
    let label = |choices: &[crate::model::Choice], id: &crate::model::ChoiceId| {
        choices
            .iter()
            .find(|c| &c.id == id)
            .map_or_else(|| id.0.clone(), |c| c.label.get(lang).to_owned())
    };
    let none = || tr.t("access-answer-none");
    match (&question.kind, response) {
        (QuestionKind::Single { choices, .. }, Response::Choice(id)) => label(choices, id),
        (QuestionKind::Multiple { choices, .. }, Response::Choices(ids)) if ids.is_empty() => none(),
        (QuestionKind::Multiple { choices, .. }, Response::Choices(ids)) => ids
            .iter()
            .map(|id| label(choices, id))
            .collect::<Vec<_>>()
            .join(" ; "),
        (QuestionKind::TrueFalse { .. }, Response::Bool(true)) => tr.t("access-true"),
        (QuestionKind::TrueFalse { .. }, Response::Bool(false)) => tr.t("access-false"),
        (QuestionKind::Order { items }, Response::Order(ids)) => ids
            .iter()
            .map(|id| label(items, id))
            .collect::<Vec<_>>()
            .join(" → "),
        (QuestionKind::Fields { fields }, Response::Fields(typed)) => fields
            .iter()
            .map(|f| {
                let text = typed.get(&f.id).map_or("", String::as_str);
                tr.args(
                    "access-answer-field",
                    &[("label", f.label.get(lang).into()), ("text", text.into())],
                )
            })
            .collect::<Vec<_>>()
            .join(" ; "),
        (QuestionKind::Match { pairs }, Response::Pairs(picked)) => pairs
            .iter()
            .map(|p| {
                let right = picked
                    .get(&p.id)
                    .and_then(|id| pairs.iter().find(|q| &q.id == id))
                    .map_or_else(none, |q| q.right.get(lang).to_owned());
                format!("{} → {}", p.left.get(lang), right)
            })
            .collect::<Vec<_>>()
            .join(" ; "),
        (QuestionKind::Zone { zones, .. }, Response::Point { x, y }) => zones
            .iter()
            .find(|z| (z.x..z.x + z.width).contains(x) && (z.y..z.y + z.height).contains(y))
            .map_or_else(|| tr.t("access-answer-outside"), |z| z.label.get(lang).to_owned()),
        (_, Response::Text(text)) => tr.args("access-answer-typed", &[("text", text.as_str().into())]),
        // A response of another kind (the question changed since): as recorded.
        (_, other) => serde_json::to_string(other).unwrap_or_default(),
    }
}

/// Whether `response` is an answer of the kind `question` asks (not one recorded when the
/// question was of another kind, before its pack changed).
pub fn fits(question: &Question, response: &Response) -> bool {
    matches!(
        (&question.kind, response),
        (QuestionKind::Single { .. }, Response::Choice(_))
            | (QuestionKind::Multiple { .. }, Response::Choices(_))
            | (QuestionKind::TrueFalse { .. }, Response::Bool(_))
            | (
                QuestionKind::Typed { .. } | QuestionKind::Number { .. },
                Response::Text(_)
            )
            | (QuestionKind::Fields { .. }, Response::Fields(_))
            | (QuestionKind::Order { .. }, Response::Order(_))
            | (QuestionKind::Match { .. }, Response::Pairs(_))
            | (QuestionKind::Zone { .. }, Response::Point { .. })
    )
}

/// The wrong answer given most to `question`, in words, with how often: answers that
/// read the same (two clicks in one zone of a picture) count as one; answers of another
/// kind (the question changed since) are not named.
pub fn most_given_wrong(
    question: &Question,
    wrong: &[(Response, u32)],
    tr: &Tr<'_>,
) -> Option<(String, u32)> {
    let mut by_words: std::collections::BTreeMap<String, u32> = std::collections::BTreeMap::new();
    for (response, count) in wrong.iter().filter(|(r, _)| fits(question, r)) {
        let n = by_words
            .entry(answer_in_words(question, response, tr))
            .or_default();
        *n = n.saturating_add(*count);
    }
    by_words
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
}
