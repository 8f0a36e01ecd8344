//! Reads a pack's files into the model, collecting every problem on the way.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use serde::de::DeserializeOwned;

use super::field_path::{FieldPath, Locator, line_of_offset};
use super::format::{
    RawChoice, RawGlossary, RawLesson, RawManifest, RawQuestion, RawStep, RawText, RawTextList,
};
use super::{FORMAT_VERSION, Problem, ProblemKind};
use crate::model::{
    Choice, ChoiceId, Competence, GlossaryTerm, ImageRef, Lesson, Level, Localized, Pack, PackManifest,
    Question, QuestionKind, Step, Text,
};

/// A pack's files in memory, whether they come from a folder or from the binary.
#[derive(Clone, Debug, Default)]
pub struct PackFiles {
    /// How the pack's folder is named in messages, e.g. `lessons/premiers-pas`.
    pub root: String,
    /// Each file's path inside the pack (`pack.toml`, `lessons/01.toml`, `media/a.png`)
    /// and its bytes.
    pub files: Vec<(String, Vec<u8>)>,
}

const MANIFEST: &str = "pack.toml";
const GLOSSARY: &str = "glossary.toml";
const LESSONS_DIR: &str = "lessons/";
const MEDIA_DIR: &str = "media/";
const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Reads a pack folder from disk and loads it.
pub fn load_dir(dir: &Path) -> Result<Pack, Vec<Problem>> {
    let root = dir.display().to_string();
    let mut files = Vec::new();
    if let Err(error) = read_tree(dir, "", &mut files) {
        return Err(vec![Problem {
            file: root,
            line: None,
            kind: ProblemKind::Unreadable {
                reason: error.to_string(),
            },
        }]);
    }
    load_files(&PackFiles { root, files })
}

fn read_tree(dir: &Path, prefix: &str, files: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let relative = format!("{prefix}{name}");
        if entry.file_type()?.is_dir() {
            read_tree(&entry.path(), &format!("{relative}/"), files)?;
        } else {
            files.push((relative, std::fs::read(entry.path())?));
        }
    }
    Ok(())
}

/// Loads a pack from its files: the pack when it is clean, else every problem found.
pub fn load_files(pack: &PackFiles) -> Result<Pack, Vec<Problem>> {
    let mut files: Vec<&(String, Vec<u8>)> = pack.files.iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut checker = Checker::default();

    let manifest = match files.iter().find(|(name, _)| name == MANIFEST) {
        Some((name, bytes)) => checker.file(pack, name, bytes, Checker::manifest),
        None => {
            checker.problems.push(Problem {
                file: display_path(&pack.root, MANIFEST),
                line: None,
                kind: ProblemKind::NoManifest,
            });
            None
        }
    };

    let glossary = match files.iter().find(|(name, _)| name == GLOSSARY) {
        Some((name, bytes)) => checker.file(pack, name, bytes, Checker::glossary),
        None => Some(Vec::new()),
    };

    let media: Vec<(String, Vec<u8>)> = files
        .iter()
        .filter_map(|(name, bytes)| {
            let file = name.strip_prefix(MEDIA_DIR)?;
            let is_wav = bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WAVE".as_slice());
            if !bytes.starts_with(PNG_SIGNATURE) && !is_wav {
                checker.problems.push(Problem {
                    file: display_path(&pack.root, name),
                    line: None,
                    kind: ProblemKind::UnsupportedMedia,
                });
            }
            Some((file.to_owned(), bytes.clone()))
        })
        .collect();
    checker.media = media.iter().map(|(name, _)| name.clone()).collect();

    let lesson_files: Vec<_> = files
        .iter()
        .filter(|(name, _)| name.starts_with(LESSONS_DIR) && name.ends_with(".toml"))
        .collect();
    if lesson_files.is_empty() {
        checker.problems.push(Problem {
            file: display_path(&pack.root, LESSONS_DIR),
            line: None,
            kind: ProblemKind::NoLessons,
        });
    }
    let lessons: Vec<Option<Lesson>> = lesson_files
        .iter()
        .map(|(name, bytes)| checker.file(pack, name, bytes, Checker::lesson))
        .collect();

    match (
        manifest,
        lessons.into_iter().collect::<Option<Vec<_>>>(),
        glossary,
    ) {
        (Some(manifest), Some(lessons), Some(glossary)) if checker.problems.is_empty() => Ok(Pack {
            manifest,
            lessons,
            media,
            glossary,
        }),
        _ => Err(checker.problems),
    }
}

fn display_path(root: &str, name: &str) -> String {
    if root.is_empty() {
        name.to_owned()
    } else {
        format!("{}/{name}", root.trim_end_matches(['/', '\\']))
    }
}

/// One file being checked: its name in messages and its line finder.
struct FileCtx<'a> {
    file: String,
    locator: Locator<'a>,
}

/// Collects problems across the files of one pack.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    /// Lesson and question ids already seen in the pack, with where (`file:line`).
    ids: HashMap<(&'static str, String), String>,
    media: BTreeSet<String>,
}

impl Checker {
    /// Decodes and parses one file, then hands it to `check`.
    fn file<R: DeserializeOwned, T>(
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
                    kind: ProblemKind::Syntax {
                        detail: error.message().trim().to_owned(),
                    },
                });
                None
            }
        }
    }

    fn report(&mut self, ctx: &FileCtx<'_>, path: &FieldPath, kind: ProblemKind) {
        self.problems.push(Problem {
            file: ctx.file.clone(),
            line: ctx.locator.line(path),
            kind,
        });
    }

    fn manifest(&mut self, ctx: &FileCtx<'_>, raw: RawManifest) -> Option<PackManifest> {
        let root = FieldPath::root();
        match raw.format {
            None => self.missing(ctx, &root.key("format")),
            Some(found) if !(1..=FORMAT_VERSION).contains(&found) => {
                self.report(ctx, &root.key("format"), ProblemKind::UnsupportedFormat { found });
            }
            Some(_) => {}
        }
        let id = self.id(ctx, raw.id.as_deref(), &root.key("id"));
        let version = self.required_string(ctx, raw.version, &root.key("version"));
        let title = self.text(ctx, raw.title.as_ref(), &root.key("title"));
        let description = self.text(ctx, raw.description.as_ref(), &root.key("description"));
        let authors = raw.authors.unwrap_or_default();
        if authors.iter().all(|a| a.trim().is_empty()) {
            self.missing(ctx, &root.key("authors"));
        }
        let licence = self.required_string(ctx, raw.licence, &root.key("licence"));
        Some(PackManifest {
            id: id?.as_str().into(),
            version: version?,
            title: title?,
            description: description?,
            authors,
            licence: licence?,
        })
    }

    fn glossary(&mut self, ctx: &FileCtx<'_>, raw: RawGlossary) -> Option<Vec<GlossaryTerm>> {
        let terms: Vec<Option<GlossaryTerm>> = raw
            .terms
            .iter()
            .enumerate()
            .map(|(i, term)| {
                let path = FieldPath::root().key("terms").index(i);
                let word = self.text(ctx, term.word.as_ref(), &path.key("word"));
                let definition = self.text(ctx, term.definition.as_ref(), &path.key("definition"));
                Some(GlossaryTerm {
                    word: word?,
                    definition: definition?,
                })
            })
            .collect();
        terms.into_iter().collect()
    }

    fn lesson(&mut self, ctx: &FileCtx<'_>, raw: RawLesson) -> Option<Lesson> {
        let root = FieldPath::root();
        let id = self.unique_id(ctx, "lesson", raw.id.as_deref(), &root.key("id"));
        let title = self.text(ctx, raw.title.as_ref(), &root.key("title"));
        let competence = self.competence(ctx, raw.competence.as_deref(), &root.key("competence"));
        let level = self.level(ctx, raw.level, &root.key("level"));
        if raw.steps.is_empty() {
            self.report(ctx, &root, ProblemKind::NoSteps);
        }
        if raw.questions.is_empty() {
            self.report(ctx, &root, ProblemKind::NoQuestions);
        }
        let steps: Vec<Option<Step>> = raw
            .steps
            .iter()
            .enumerate()
            .map(|(i, step)| self.step(ctx, step, &root.key("steps").index(i)))
            .collect();
        let questions: Vec<Option<Question>> = raw
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| self.question(ctx, q, &root.key("questions").index(i), competence, level))
            .collect();
        Some(Lesson {
            id: id?.as_str().into(),
            title: title?,
            competence: competence?,
            level: level?,
            steps: steps.into_iter().collect::<Option<_>>()?,
            questions: questions.into_iter().collect::<Option<_>>()?,
        })
    }

    fn step(&mut self, ctx: &FileCtx<'_>, raw: &RawStep, path: &FieldPath) -> Option<Step> {
        let text = self.text(ctx, raw.text.as_ref(), &path.key("text"));
        let text_easy = raw
            .text_easy
            .as_ref()
            .map(|easy| self.text(ctx, Some(easy), &path.key("text_easy")));
        let tip = raw
            .tip
            .as_ref()
            .map(|tip| self.text(ctx, Some(tip), &path.key("tip")));
        let image = match &raw.image {
            None => Some(None),
            Some(file) => {
                if !self.media.contains(file) {
                    self.report(
                        ctx,
                        &path.key("image"),
                        ProblemKind::MissingImage {
                            field: path.key("image").to_string(),
                            file: file.clone(),
                        },
                    );
                }
                let alt = self.text(ctx, raw.image_alt.as_ref(), &path.key("image_alt"));
                alt.map(|alt| {
                    Some(ImageRef {
                        file: file.clone(),
                        alt,
                    })
                })
            }
        };
        let audio = raw.audio.as_ref().map(|audio| {
            let files = self.text(ctx, Some(audio), &path.key("audio"))?;
            for (lang, file) in [("fr", &files.fr), ("en", &files.en)] {
                if !self.media.contains(file) {
                    let field = path.key("audio").key(lang);
                    self.report(
                        ctx,
                        &field,
                        ProblemKind::MissingAudio {
                            field: field.to_string(),
                            file: file.clone(),
                        },
                    );
                }
            }
            Some(files)
        });
        Some(Step {
            audio: match audio {
                None => None,
                Some(audio) => Some(audio?),
            },
            text: text?,
            text_easy: match text_easy {
                None => None,
                Some(easy) => Some(easy?),
            },
            image: image?,
            tip: match tip {
                None => None,
                Some(tip) => Some(tip?),
            },
        })
    }

    fn question(
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

    fn question_kind(
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

    fn choices(&mut self, ctx: &FileCtx<'_>, raw: &[RawChoice], path: &FieldPath) -> Option<Vec<Choice>> {
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
    fn choice_ref(
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

    fn missing(&mut self, ctx: &FileCtx<'_>, path: &FieldPath) {
        self.report(
            ctx,
            path,
            ProblemKind::MissingField {
                field: path.to_string(),
            },
        );
    }

    fn required_string(
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
    fn text(&mut self, ctx: &FileCtx<'_>, raw: Option<&RawText>, path: &FieldPath) -> Option<Text> {
        let Some(raw) = raw else {
            self.missing(ctx, path);
            return None;
        };
        let fr = self.translation(ctx, raw.fr.as_deref(), path, "fr");
        let en = self.translation(ctx, raw.en.as_deref(), path, "en");
        Some(Text::new(fr?, en?))
    }

    fn translation(
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
    fn text_list(
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
    fn id(&mut self, ctx: &FileCtx<'_>, value: Option<&str>, path: &FieldPath) -> Option<String> {
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
    fn unique_id(
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

    fn competence(&mut self, ctx: &FileCtx<'_>, value: Option<&str>, path: &FieldPath) -> Option<Competence> {
        self.required(ctx, value, path, Competence::parse, |field, code| {
            ProblemKind::UnknownCompetence {
                field,
                value: code.to_owned(),
            }
        })
    }

    fn level(&mut self, ctx: &FileCtx<'_>, value: Option<i64>, path: &FieldPath) -> Option<Level> {
        self.required(ctx, value, path, Level::new, |field, n| ProblemKind::BadLevel {
            field,
            value: n,
        })
    }

    /// A required value that `parse` must accept; `problem` describes one it refuses.
    fn required<V: Copy, T>(
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
}
