//! Checks of a question and its right answer, for each question type.

use std::collections::HashMap;

use super::ProblemKind;
use super::checker::{Checker, FileCtx};
use super::field_path::FieldPath;
use super::format::{RawChoice, RawQuestion, RawText};
use crate::model::{Choice, ChoiceId, Competence, Level, Question, QuestionKind};

impl Checker {
    pub(super) fn question(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &RawQuestion,
        path: &FieldPath,
        lesson_competence: Option<Competence>,
        lesson_level: Option<Level>,
    ) -> Option<Question> {
        let id = self.unique_id(ctx, "question", raw.id.as_deref(), &path.key("id"));
        // A question without its own competence or level takes the lesson's (whose own
        // problems, if any, are already reported).
        let competence = match raw.competence.as_deref() {
            None => lesson_competence,
            Some(code) => self.competence(ctx, Some(code), &path.key("competence")),
        };
        let level = match raw.level {
            None => lesson_level,
            Some(n) => self.level(ctx, Some(n), &path.key("level")),
        };
        let prompt = self.text(ctx, raw.prompt.as_ref(), &path.key("prompt"));
        let explanation = self.text(ctx, raw.explanation.as_ref(), &path.key("explanation"));
        let kind = self.question_kind(ctx, raw, path);
        Some(Question {
            id: id?.as_str().into(),
            competence: competence?,
            level: level?,
            prompt: prompt?,
            kind: kind?,
            explanation: explanation?,
        })
    }

    pub(super) fn question_kind(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &RawQuestion,
        path: &FieldPath,
    ) -> Option<QuestionKind> {
        let Some(kind) = raw.kind.as_deref() else {
            self.missing(ctx, &path.key("type"));
            return None;
        };
        match kind {
            "single" => {
                let choices = self.choices(ctx, &raw.choices, &path.key("choices"));
                let answer = match &raw.answer {
                    Some(toml::Value::String(answer)) => Some(answer.clone()),
                    _ => {
                        self.missing(ctx, &path.key("answer"));
                        None
                    }
                };
                let answer = self.choice_ref(ctx, choices.as_deref(), answer?, &path.key("answer"));
                Some(QuestionKind::Single {
                    choices: choices?,
                    answer: answer?,
                })
            }
            "multiple" => {
                let choices = self.choices(ctx, &raw.choices, &path.key("choices"));
                let Some(answers) = raw.answers.clone().filter(|a| !a.is_empty()) else {
                    self.missing(ctx, &path.key("answers"));
                    return None;
                };
                let answers: Vec<Option<ChoiceId>> = answers
                    .into_iter()
                    .enumerate()
                    .map(|(i, a)| self.choice_ref(ctx, choices.as_deref(), a, &path.key("answers").index(i)))
                    .collect();
                Some(QuestionKind::Multiple {
                    choices: choices?,
                    answers: answers.into_iter().collect::<Option<_>>()?,
                })
            }
            "true-false" => match raw.answer {
                Some(toml::Value::Boolean(answer)) => Some(QuestionKind::TrueFalse { answer }),
                None => {
                    self.missing(ctx, &path.key("answer"));
                    None
                }
                Some(_) => {
                    let field = path.key("answer");
                    self.report(
                        ctx,
                        &field,
                        ProblemKind::AnswerNotBoolean {
                            field: field.to_string(),
                        },
                    );
                    None
                }
            },
            "typed" => {
                let accepted = self.text_list(ctx, raw.accepted.as_ref(), &path.key("accepted"));
                Some(QuestionKind::Typed { accepted: accepted? })
            }
            other => {
                let field = path.key("type");
                self.report(
                    ctx,
                    &field,
                    ProblemKind::UnknownQuestionType {
                        field: field.to_string(),
                        value: other.to_owned(),
                    },
                );
                None
            }
        }
    }

    pub(super) fn choices(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &[RawChoice],
        path: &FieldPath,
    ) -> Option<Vec<Choice>> {
        if raw.len() < 2 {
            self.report(
                ctx,
                path,
                ProblemKind::TooFewChoices {
                    field: path.to_string(),
                },
            );
        }
        let mut seen: HashMap<String, String> = HashMap::new();
        let choices: Vec<Option<Choice>> = raw
            .iter()
            .enumerate()
            .map(|(i, choice)| {
                let choice_path = path.index(i);
                let id = self.id(ctx, choice.id.as_deref(), &choice_path.key("id"));
                if let Some(id) = &id {
                    let here = format!(
                        "{}:{}",
                        ctx.file,
                        ctx.locator.line(&choice_path.key("id")).unwrap_or(0)
                    );
                    if let Some(first) = seen.insert(id.clone(), here.clone()) {
                        self.report(
                            ctx,
                            &choice_path.key("id"),
                            ProblemKind::DuplicateId {
                                field: choice_path.key("id").to_string(),
                                value: id.clone(),
                                first,
                            },
                        );
                    }
                }
                let label = self.text(
                    ctx,
                    Some(&RawText {
                        fr: choice.fr.clone(),
                        en: choice.en.clone(),
                    }),
                    &choice_path,
                );
                Some(Choice {
                    id: id?.as_str().into(),
                    label: label?,
                })
            })
            .collect();
        (raw.len() >= 2).then_some(())?;
        choices.into_iter().collect()
    }

    /// Checks that an answer names one of the choices.
    pub(super) fn choice_ref(
        &mut self,
        ctx: &FileCtx<'_>,
        choices: Option<&[Choice]>,
        answer: String,
        path: &FieldPath,
    ) -> Option<ChoiceId> {
        let choices = choices?;
        if choices.iter().any(|c| c.id.as_str() == answer) {
            Some(ChoiceId(answer))
        } else {
            self.report(
                ctx,
                path,
                ProblemKind::AnswerNotAChoice {
                    field: path.to_string(),
                    value: answer,
                },
            );
            None
        }
    }
}
