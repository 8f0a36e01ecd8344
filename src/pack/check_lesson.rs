//! Checks of a lesson file and its steps.

use super::ProblemKind;
use super::checker::{Checker, FileCtx, Tags};
use super::field_path::FieldPath;
use super::format::{RawLesson, RawStep, RawText};
use crate::model::{ImageRef, Lesson, Question, Step};

impl Checker {
    #[allow(
        clippy::needless_pass_by_value,
        reason = "every file's checker has the signature `Checker::file` calls"
    )]
    pub(super) fn lesson(&mut self, ctx: &FileCtx<'_>, raw: RawLesson) -> Option<Lesson> {
        let root = FieldPath::root();
        let id = self.unique_id(ctx, "lesson", raw.id.as_deref(), &root.key("id"));
        let title = self.text(ctx, raw.title.as_ref(), &root.key("title"));
        let competence = self.competence(ctx, raw.competence.as_deref(), &root.key("competence"));
        let level = self.level(ctx, raw.level, &root.key("level"));
        if raw.steps.is_empty() {
            self.report(ctx, &root, ProblemKind::NoSteps);
        }
        if raw.questions.is_empty() && raw.steps.iter().all(|s| s.activity.is_none()) {
            self.report(ctx, &root, ProblemKind::NoPractice);
        }
        let steps: Vec<Option<Step>> = raw
            .steps
            .iter()
            .enumerate()
            .map(|(i, step)| self.step(ctx, step, &root.key("steps").index(i), Tags { competence, level }))
            .collect();
        let questions: Vec<Option<Question>> = raw
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                self.question(
                    ctx,
                    q,
                    &root.key("questions").index(i).in_question(q.id.as_deref()),
                    Tags { competence, level },
                )
            })
            .collect();
        let sources = self.sources(ctx, &raw.sources, &root.key("sources"));
        Some(Lesson {
            id: id?.as_str().into(),
            title: title?,
            competence: competence?,
            level: level?,
            steps: steps.into_iter().collect::<Option<_>>()?,
            questions: questions.into_iter().collect::<Option<_>>()?,
            sources: sources?,
        })
    }

    pub(super) fn step(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &RawStep,
        path: &FieldPath,
        lesson: Tags,
    ) -> Option<Step> {
        let activity = raw
            .activity
            .as_ref()
            .map(|activity| self.activity(ctx, activity, &path.key("activity"), lesson));
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
            Some(file) => self.image_ref(ctx, file, raw.image_alt.as_ref(), path).map(Some),
        };
        let audio = raw.audio.as_ref().map(|audio| {
            let files = self.text(ctx, Some(audio), &path.key("audio"))?;
            for (lang, file) in [("fr", &files.fr), ("en", &files.en)] {
                if !self.media.contains_key(file) {
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
            activity: match activity {
                None => None,
                Some(activity) => Some(activity?),
            },
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

    /// `image = "file.png"` and `image_alt = { fr, en }` under `path`: the file must be in
    /// `media/`, and the picture described for screen readers.
    pub(super) fn image_ref(
        &mut self,
        ctx: &FileCtx<'_>,
        file: &str,
        alt: Option<&RawText>,
        path: &FieldPath,
    ) -> Option<ImageRef> {
        if !self.media.contains_key(file) {
            let field = path.key("image");
            self.report(
                ctx,
                &field,
                ProblemKind::MissingImage {
                    field: field.to_string(),
                    file: file.to_owned(),
                },
            );
        }
        let alt = self.text(ctx, alt, &path.key("image_alt"))?;
        Some(ImageRef {
            file: file.to_owned(),
            alt,
        })
    }
}
