//! The checker that reads a pack's files: it collects every problem, with the file, the
//! line and the field, instead of stopping at the first one. The checks of each part of a
//! pack live beside it (`load.rs`, `check_lesson.rs`, `check_question.rs`).

use std::collections::{BTreeMap, HashMap};

use serde::de::DeserializeOwned;

use super::field_path::{FieldPath, Locator, line_of_offset};
use super::format::{RawText, RawTextList};
use super::load::PackFiles;
use super::{Problem, ProblemKind};
use crate::model::french_spacing::into_no_break_spaces;
use crate::model::{Competence, Level, Localized, Text};

pub(super) fn display_path(root: &str, name: &str) -> String {
    if root.is_empty() {
        name.to_owned()
    } else {
        format!("{}/{name}", root.trim_end_matches(['/', '\\']))
    }
}

/// One file being checked: its name in messages and its line finder.
pub(super) struct FileCtx<'a> {
    pub file: String,
    pub locator: Locator<'a>,
}

/// Collects problems across the files of one pack.
#[derive(Default)]
pub(super) struct Checker {
    pub problems: Vec<Problem>,
    /// Lesson and question ids already seen in the pack, with where (`file:line`).
    pub ids: HashMap<(&'static str, String), String>,
    /// Media files by name, with their size in pixels when they are pictures.
    pub media: BTreeMap<String, Option<(u32, u32)>>,
}

impl Checker {
    /// Decodes and parses one file, then hands it to `check`.
    pub(super) fn file<R: DeserializeOwned, T>(
        &mut self,
        pack: &PackFiles,
        name: &str,
        bytes: &[u8],
        check: impl FnOnce(&mut Self, &FileCtx<'_>, R) -> Option<T>,
    ) -> Option<T> {
        let file = display_path(&pack.root, name);
        let Ok(source) = std::str::from_utf8(bytes) else {
            self.problems.push(Problem {
                file,
                line: None,
                field: None,
                kind: ProblemKind::NotUtf8,
            });
            return None;
        };
        match toml::from_str::<R>(source) {
            Ok(raw) => {
                let ctx = FileCtx {
                    file,
                    locator: Locator::new(source),
                };
                check(self, &ctx, raw)
            }
            Err(error) => {
                self.problems.push(Problem {
                    file,
                    line: error.span().map(|s| line_of_offset(source, s.start)),
                    field: None,
                    kind: ProblemKind::from_parser(error.message().trim()),
                });
                None
            }
        }
    }

    pub(super) fn report(&mut self, ctx: &FileCtx<'_>, path: &FieldPath, kind: ProblemKind) {
        self.problems.push(Problem {
            file: ctx.file.clone(),
            line: ctx.locator.line(path),
            field: Some(path.clone()),
            kind,
        });
    }

    pub(super) fn missing(&mut self, ctx: &FileCtx<'_>, path: &FieldPath) {
        self.report(
            ctx,
            path,
            ProblemKind::MissingField {
                field: path.to_string(),
            },
        );
    }

    pub(super) fn required_string(
        &mut self,
        ctx: &FileCtx<'_>,
        value: Option<String>,
        path: &FieldPath,
    ) -> Option<String> {
        let value = value.filter(|v| !v.trim().is_empty());
        if value.is_none() {
            self.missing(ctx, path);
        }
        value
    }

    /// A text that must exist in both languages.
    pub(super) fn text(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: Option<&RawText>,
        path: &FieldPath,
    ) -> Option<Text> {
        let Some(raw) = raw else {
            self.missing(ctx, path);
            return None;
        };
        let fr = self.translation(ctx, raw.fr.as_deref(), path, "fr");
        let en = self.translation(ctx, raw.en.as_deref(), path, "en");
        // French punctuation keeps its word on the line (see `french_spacing`).
        let fr = fr.map(into_no_break_spaces);
        Some(Text::new(fr?, en?))
    }

    /// A text drawn as typed (a question's prompt, a choice): like [`Checker::text`],
    /// and `**…**`, which marks a word only in lesson text, is refused, since it would
    /// show as two stars.
    pub(super) fn plain_text(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: Option<&RawText>,
        path: &FieldPath,
    ) -> Option<Text> {
        let text = self.text(ctx, raw, path)?;
        if text.fr.contains("**") || text.en.contains("**") {
            let field = path.to_string();
            self.report(ctx, path, ProblemKind::MarkupShownAsTyped { field });
        }
        Some(text)
    }

    pub(super) fn translation(
        &mut self,
        ctx: &FileCtx<'_>,
        value: Option<&str>,
        path: &FieldPath,
        lang: &str,
    ) -> Option<String> {
        match value.map(str::trim) {
            Some(v) if !v.is_empty() => Some(v.to_owned()),
            _ => {
                self.report(
                    ctx,
                    &path.key(lang),
                    ProblemKind::MissingTranslation {
                        field: path.to_string(),
                        lang: lang.to_owned(),
                    },
                );
                None
            }
        }
    }

    /// A list of texts that must have at least one non-empty entry in each language.
    pub(super) fn text_list(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: Option<&RawTextList>,
        path: &FieldPath,
    ) -> Option<Localized<Vec<String>>> {
        let Some(raw) = raw else {
            self.missing(ctx, path);
            return None;
        };
        let mut one = |list: Option<&Vec<String>>, lang: &str| {
            let list: Vec<String> = list
                .into_iter()
                .flatten()
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect();
            if list.is_empty() {
                self.report(
                    ctx,
                    &path.key(lang),
                    ProblemKind::MissingTranslation {
                        field: path.to_string(),
                        lang: lang.to_owned(),
                    },
                );
                None
            } else {
                Some(list)
            }
        };
        let fr = one(raw.fr.as_ref(), "fr");
        let en = one(raw.en.as_ref(), "en");
        Some(Localized { fr: fr?, en: en? })
    }

    /// An id: lower-case letters, digits and `-`, as it appears in file names and the store.
    pub(super) fn id(&mut self, ctx: &FileCtx<'_>, value: Option<&str>, path: &FieldPath) -> Option<String> {
        let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
            self.missing(ctx, path);
            return None;
        };
        let valid = value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if valid {
            Some(value.to_owned())
        } else {
            self.report(
                ctx,
                path,
                ProblemKind::BadId {
                    field: path.to_string(),
                    value: value.to_owned(),
                },
            );
            None
        }
    }

    /// An id that must be unique among the pack's lessons (or questions).
    pub(super) fn unique_id(
        &mut self,
        ctx: &FileCtx<'_>,
        what: &'static str,
        value: Option<&str>,
        path: &FieldPath,
    ) -> Option<String> {
        let id = self.id(ctx, value, path)?;
        let here = format!("{}:{}", ctx.file, ctx.locator.line(path).unwrap_or(0));
        if let Some(first) = self.ids.get(&(what, id.clone())).cloned() {
            self.report(
                ctx,
                path,
                ProblemKind::DuplicateId {
                    field: path.to_string(),
                    value: id,
                    first,
                },
            );
            return None;
        }
        self.ids.insert((what, id.clone()), here);
        Some(id)
    }

    pub(super) fn competence(
        &mut self,
        ctx: &FileCtx<'_>,
        value: Option<&str>,
        path: &FieldPath,
    ) -> Option<Competence> {
        self.required(ctx, value, path, Competence::parse, |field, code| {
            ProblemKind::UnknownCompetence {
                field,
                value: code.to_owned(),
            }
        })
    }

    pub(super) fn level(&mut self, ctx: &FileCtx<'_>, value: Option<i64>, path: &FieldPath) -> Option<Level> {
        self.required(ctx, value, path, Level::new, |field, n| ProblemKind::BadLevel {
            field,
            value: n,
        })
    }

    /// A required value that `parse` must accept; `problem` describes one it refuses.
    pub(super) fn required<V: Copy, T>(
        &mut self,
        ctx: &FileCtx<'_>,
        value: Option<V>,
        path: &FieldPath,
        parse: impl FnOnce(V) -> Option<T>,
        problem: impl FnOnce(String, V) -> ProblemKind,
    ) -> Option<T> {
        let Some(value) = value else {
            self.missing(ctx, path);
            return None;
        };
        let parsed = parse(value);
        if parsed.is_none() {
            self.report(ctx, path, problem(path.to_string(), value));
        }
        parsed
    }

    /// The competence and level of a question or an activity: its own when written
    /// (checked), else the lesson's (whose own problems, if any, are already reported).
    pub(super) fn own_or_lesson(
        &mut self,
        ctx: &FileCtx<'_>,
        own: (Option<&str>, Option<i64>),
        path: &FieldPath,
        lesson: Tags,
    ) -> Tags {
        Tags {
            competence: match own.0 {
                None => lesson.competence,
                Some(code) => self.competence(ctx, Some(code), &path.key("competence")),
            },
            level: match own.1 {
                None => lesson.level,
                Some(n) => self.level(ctx, Some(n), &path.key("level")),
            },
        }
    }
}

/// A competence and a level, as far as they could be read.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tags {
    pub competence: Option<Competence>,
    pub level: Option<Level>,
}
