//! Checks of a question and its right answer, for each question type.

use std::collections::HashMap;

use super::ProblemKind;
use super::checker::{Checker, FileCtx, Tags};
use super::field_path::FieldPath;
use super::format::{RawChoice, RawField, RawPair, RawQuestion, RawText};
use crate::model::{AnswerField, Choice, ChoiceId, MatchPair, Question, QuestionKind, Spelling, Zone};

impl Checker {
    pub(super) fn question(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &RawQuestion,
        path: &FieldPath,
        lesson: Tags,
    ) -> Option<Question> {
        let id = self.unique_id(ctx, "question", raw.id.as_deref(), &path.key("id"));
        let tags = self.own_or_lesson(ctx, (raw.competence.as_deref(), raw.level), path, lesson);
        let prompt = self.plain_text(ctx, raw.prompt.as_ref(), &path.key("prompt"));
        let explanation = self.text(ctx, raw.explanation.as_ref(), &path.key("explanation"));
        let kind = self.question_kind(ctx, raw, path);
        Some(Question {
            id: id?.as_str().into(),
            competence: tags.competence?,
            level: tags.level?,
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
                let choices = self.choices(ctx, &raw.choices, &path.key("choices"), 2, true);
                let answer = self.answer_id(ctx, raw, path);
                let answer = self.choice_ref(ctx, choices.as_deref(), answer?, &path.key("answer"));
                Some(QuestionKind::Single {
                    choices: choices?,
                    answer: answer?,
                })
            }
            "multiple" => {
                let choices = self.choices(ctx, &raw.choices, &path.key("choices"), 2, true);
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
                let spelling = self.spelling(ctx, raw.spelling.as_deref(), &path.key("spelling"));
                Some(QuestionKind::Typed {
                    accepted: accepted?,
                    spelling: spelling?,
                })
            }
            "fields" => Some(QuestionKind::Fields {
                fields: self.fields(ctx, &raw.fields, &path.key("fields"))?,
            }),
            "order" => Some(QuestionKind::Order {
                items: self.choices(ctx, &raw.items, &path.key("items"), 2, true)?,
            }),
            "match" => Some(QuestionKind::Match {
                pairs: self.pairs(ctx, &raw.pairs, &path.key("pairs"))?,
            }),
            "zone" => self.zone_question(ctx, raw, path),
            "number" => self.number_question(ctx, raw, path),
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

    /// A `number` question: at least one `{ value, tolerance }` (tolerance 0 when left
    /// out, never negative).
    fn number_question(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &RawQuestion,
        path: &FieldPath,
    ) -> Option<QuestionKind> {
        let list = path.key("numbers");
        if raw.numbers.is_empty() {
            self.report(
                ctx,
                &list,
                ProblemKind::TooFew {
                    field: list.to_string(),
                    min: 1,
                },
            );
            return None;
        }
        let mut answers = Vec::new();
        for (i, number) in raw.numbers.iter().enumerate() {
            let here = list.index(i);
            // `nan` and `inf` are TOML floats, but no answer a person can type.
            let as_number = |v: &toml::Value| {
                v.as_float()
                    .or_else(|| v.as_integer().map(|n| n as f64))
                    .filter(|n| n.is_finite())
            };
            let value = match &number.value {
                None => {
                    self.missing(ctx, &here.key("value"));
                    None
                }
                Some(v) => {
                    let n = as_number(v);
                    if n.is_none() {
                        let field = here.key("value");
                        self.report(
                            ctx,
                            &field,
                            ProblemKind::NotANumber {
                                field: field.to_string(),
                            },
                        );
                    }
                    n
                }
            };
            let tolerance = match &number.tolerance {
                None => Some(0.0),
                Some(v) => {
                    let n = as_number(v).filter(|t| *t >= 0.0);
                    if n.is_none() {
                        let field = here.key("tolerance");
                        self.report(
                            ctx,
                            &field,
                            ProblemKind::NotANumber {
                                field: field.to_string(),
                            },
                        );
                    }
                    n
                }
            };
            if let (Some(value), Some(tolerance)) = (value, tolerance) {
                answers.push(crate::model::NumberAnswer { value, tolerance });
            }
        }
        (answers.len() == raw.numbers.len()).then_some(QuestionKind::Number { answers })
    }

    /// The parts of a question (choices, fields, items, pairs, zones): at least `min`,
    /// each with an id unique in the question, each built by `build`.
    pub(super) fn parts<R, T>(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &[R],
        path: &FieldPath,
        min: usize,
        id_of: impl Fn(&R) -> Option<&str>,
        mut build: impl FnMut(&mut Self, &R, &FieldPath, Option<ChoiceId>) -> Option<T>,
    ) -> Option<Vec<T>> {
        if raw.len() < min {
            self.report(
                ctx,
                path,
                ProblemKind::TooFew {
                    field: path.to_string(),
                    min,
                },
            );
        }
        let mut seen: HashMap<String, String> = HashMap::new();
        let parts: Vec<Option<T>> = raw
            .iter()
            .enumerate()
            .map(|(i, part)| {
                let part_path = path.index(i);
                let id_path = part_path.key("id");
                let id = self.id(ctx, id_of(part), &id_path);
                if let Some(id) = &id {
                    let here = format!("{}:{}", ctx.file, ctx.locator.line(&id_path).unwrap_or(0));
                    if let Some(first) = seen.insert(id.clone(), here) {
                        self.report(
                            ctx,
                            &id_path,
                            ProblemKind::DuplicateId {
                                field: id_path.to_string(),
                                value: id.clone(),
                                first,
                            },
                        );
                    }
                }
                build(self, part, &part_path, id.map(ChoiceId))
            })
            .collect();
        (raw.len() >= min).then_some(())?;
        parts.into_iter().collect()
    }

    /// Choices or items to order: `{ id, fr, en }` each; choices (`explained`) may have
    /// an `explanation = { fr, en }`, items may not (it would never be shown).
    fn choices(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &[RawChoice],
        path: &FieldPath,
        min: usize,
        explained: bool,
    ) -> Option<Vec<Choice>> {
        self.parts(
            ctx,
            raw,
            path,
            min,
            |c| c.id.as_deref(),
            |this, choice, part_path, id| {
                let label = this.plain_text(
                    ctx,
                    Some(&RawText {
                        fr: choice.fr.clone(),
                        en: choice.en.clone(),
                    }),
                    part_path,
                );
                let explanation = match &choice.explanation {
                    None => Some(None),
                    Some(_) if !explained => {
                        let field = part_path.key("explanation");
                        this.report(
                            ctx,
                            &field,
                            ProblemKind::NotUsedHere {
                                field: field.to_string(),
                            },
                        );
                        None
                    }
                    Some(text) => this
                        .text(ctx, Some(text), &part_path.key("explanation"))
                        .map(Some),
                };
                Some(Choice {
                    id: id?,
                    label: label?,
                    explanation: explanation?,
                })
            },
        )
    }

    /// A typed box's spelling rule: forgiving unless `exact` is written.
    fn spelling(&mut self, ctx: &FileCtx<'_>, raw: Option<&str>, path: &FieldPath) -> Option<Spelling> {
        let Some(name) = raw else {
            return Some(Spelling::Forgiving);
        };
        let spelling = Spelling::from_name(name);
        if spelling.is_none() {
            self.report(
                ctx,
                path,
                ProblemKind::UnknownSpelling {
                    field: path.to_string(),
                    value: name.to_owned(),
                },
            );
        }
        spelling
    }

    fn fields(&mut self, ctx: &FileCtx<'_>, raw: &[RawField], path: &FieldPath) -> Option<Vec<AnswerField>> {
        self.parts(
            ctx,
            raw,
            path,
            1,
            |f| f.id.as_deref(),
            |this, field, part_path, id| {
                let label = this.text(ctx, field.label.as_ref(), &part_path.key("label"));
                let accepted = this.text_list(ctx, field.accepted.as_ref(), &part_path.key("accepted"));
                let spelling = this.spelling(ctx, field.spelling.as_deref(), &part_path.key("spelling"));
                Some(AnswerField {
                    id: id?,
                    label: label?,
                    accepted: accepted?,
                    spelling: spelling?,
                })
            },
        )
    }

    fn pairs(&mut self, ctx: &FileCtx<'_>, raw: &[RawPair], path: &FieldPath) -> Option<Vec<MatchPair>> {
        self.parts(
            ctx,
            raw,
            path,
            2,
            |p| p.id.as_deref(),
            |this, pair, part_path, id| {
                let left = this.text(ctx, pair.left.as_ref(), &part_path.key("left"));
                let right = this.text(ctx, pair.right.as_ref(), &part_path.key("right"));
                let explanation = match &pair.explanation {
                    None => Some(None),
                    Some(text) => this
                        .text(ctx, Some(text), &part_path.key("explanation"))
                        .map(Some),
                };
                Some(MatchPair {
                    id: id?,
                    left: left?,
                    right: right?,
                    explanation: explanation?,
                })
            },
        )
    }

    /// A picture to click and its zones, each inside the picture.
    fn zone_question(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &RawQuestion,
        path: &FieldPath,
    ) -> Option<QuestionKind> {
        let image = match &raw.image {
            Some(file) => self.image_ref(ctx, file, raw.image_alt.as_ref(), path),
            None => {
                self.missing(ctx, &path.key("image"));
                None
            }
        };
        let size = image.as_ref().and_then(|image| {
            let size = self.media.get(&image.file).copied().flatten();
            if size.is_none() && self.media.contains_key(&image.file) {
                let field = path.key("image");
                self.report(
                    ctx,
                    &field,
                    ProblemKind::NotAPicture {
                        field: field.to_string(),
                        file: image.file.clone(),
                    },
                );
            }
            size
        });
        let zones = self.parts(
            ctx,
            &raw.zones,
            &path.key("zones"),
            1,
            |z| z.id.as_deref(),
            |this, zone, part_path, id| {
                let label = this.text(ctx, zone.label.as_ref(), &part_path.key("label"));
                let mut number = |key: &str, min: i64| {
                    let field = part_path.key(key);
                    this.required(
                        ctx,
                        zone.number(key),
                        &field,
                        |n| u32::try_from(n).ok().filter(|&n| i64::from(n) >= min),
                        |field, value| ProblemKind::BadPixels { field, value },
                    )
                };
                let (x, y, width, height) = (
                    number("x", 0),
                    number("y", 0),
                    number("width", 1),
                    number("height", 1),
                );
                let zone = Zone {
                    id: id?,
                    label: label?,
                    x: x?,
                    y: y?,
                    width: width?,
                    height: height?,
                };
                if let Some((w, h)) = size
                    && (u64::from(zone.x) + u64::from(zone.width) > u64::from(w)
                        || u64::from(zone.y) + u64::from(zone.height) > u64::from(h))
                {
                    this.report(
                        ctx,
                        part_path,
                        ProblemKind::ZoneOutsidePicture {
                            field: part_path.to_string(),
                            width: w,
                            height: h,
                        },
                    );
                    return None;
                }
                Some(zone)
            },
        );
        let answer = self.answer_id(ctx, raw, path)?;
        let zones = zones?;
        if !zones.iter().any(|z| z.id.as_str() == answer) {
            let field = path.key("answer");
            self.report(
                ctx,
                &field,
                ProblemKind::AnswerNotAZone {
                    field: field.to_string(),
                    value: answer,
                },
            );
            return None;
        }
        Some(QuestionKind::Zone {
            image: image?,
            zones,
            answer: ChoiceId(answer),
        })
    }

    /// `answer = "an id"`.
    fn answer_id(&mut self, ctx: &FileCtx<'_>, raw: &RawQuestion, path: &FieldPath) -> Option<String> {
        match &raw.answer {
            Some(toml::Value::String(answer)) => Some(answer.clone()),
            _ => {
                self.missing(ctx, &path.key("answer"));
                None
            }
        }
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
