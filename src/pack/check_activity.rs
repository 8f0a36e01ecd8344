//! Checks of a step's practice activity, for each activity type.

use super::ProblemKind;
use super::checker::{Checker, FileCtx, Tags};
use super::field_path::FieldPath;
use super::format::{RawActivity, RawFormField, RawMessage};
use crate::model::{Activity, ActivityKind, FieldFormat, FilesTask, FormField, MailMessage, MouseTask};

/// The most targets the mouse practice's click task may have.
const MAX_TARGETS: i64 = 12;

impl Checker {
    pub(super) fn activity(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &RawActivity,
        path: &FieldPath,
        lesson: Tags,
    ) -> Option<Activity> {
        let id = self.unique_id(ctx, "activity", raw.id.as_deref(), &path.key("id"));
        let tags = self.own_or_lesson(ctx, (raw.competence.as_deref(), raw.level), path, lesson);
        let kind = self.activity_kind(ctx, raw, path);
        Some(Activity {
            id: id?.as_str().into(),
            competence: tags.competence?,
            level: tags.level?,
            kind: kind?,
        })
    }

    fn activity_kind(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &RawActivity,
        path: &FieldPath,
    ) -> Option<ActivityKind> {
        let Some(kind) = raw.kind.as_deref() else {
            self.missing(ctx, &path.key("type"));
            return None;
        };
        match kind {
            "mouse" => self.mouse(ctx, raw, path),
            "keyboard" => Some(ActivityKind::Keyboard {
                text: self.text(ctx, raw.text.as_ref(), &path.key("text"))?,
            }),
            "mailbox" => {
                let messages = self.messages(ctx, &raw.messages, &path.key("messages"))?;
                if !messages.iter().any(|m| m.scam) {
                    self.report(
                        ctx,
                        path,
                        ProblemKind::NoScam {
                            field: path.to_string(),
                        },
                    );
                    return None;
                }
                Some(ActivityKind::Mailbox { messages })
            }
            "form" => {
                let title = self.text(ctx, raw.title.as_ref(), &path.key("title"));
                let fields = self.form_fields(ctx, &raw.fields, &path.key("fields"));
                let confirmation = self.text(ctx, raw.confirmation.as_ref(), &path.key("confirmation"));
                Some(ActivityKind::Form {
                    title: title?,
                    fields: fields?,
                    confirmation: confirmation?,
                })
            }
            "password" => Some(ActivityKind::Password),
            "files" => {
                let file = self.text(ctx, raw.file.as_ref(), &path.key("file"));
                let rename_to = self.text(ctx, raw.rename_to.as_ref(), &path.key("rename_to"));
                let folder = self.text(ctx, raw.folder.as_ref(), &path.key("folder"));
                let other_files: Vec<_> = raw
                    .other_files
                    .iter()
                    .enumerate()
                    .map(|(i, f)| self.text(ctx, Some(f), &path.key("other_files").index(i)))
                    .collect();
                Some(ActivityKind::Files(FilesTask {
                    file: file?,
                    rename_to: rename_to?,
                    folder: folder?,
                    other_files: other_files.into_iter().collect::<Option<_>>()?,
                    recipient: raw.recipient.clone().filter(|to| !to.trim().is_empty()),
                }))
            }
            "portal" => Some(ActivityKind::Portal(self.portal(ctx, raw, path)?)),
            other => {
                let field = path.key("type");
                self.report(
                    ctx,
                    &field,
                    ProblemKind::UnknownActivityType {
                        field: field.to_string(),
                        value: other.to_owned(),
                    },
                );
                None
            }
        }
    }

    /// `tasks` (every task when absent) and `targets` (5 when absent).
    fn mouse(&mut self, ctx: &FileCtx<'_>, raw: &RawActivity, path: &FieldPath) -> Option<ActivityKind> {
        let tasks: Vec<Option<MouseTask>> = match &raw.tasks {
            None => MouseTask::ALL.into_iter().map(Some).collect(),
            Some(keys) => keys
                .iter()
                .enumerate()
                .map(|(i, key)| {
                    let task = MouseTask::parse(key);
                    if task.is_none() {
                        let field = path.key("tasks").index(i);
                        self.report(
                            ctx,
                            &field,
                            ProblemKind::UnknownMouseTask {
                                field: field.to_string(),
                                value: key.clone(),
                            },
                        );
                    }
                    task
                })
                .collect(),
        };
        if tasks.is_empty() {
            let field = path.key("tasks");
            self.report(
                ctx,
                &field,
                ProblemKind::TooFew {
                    field: field.to_string(),
                    min: 1,
                },
            );
        }
        let targets = raw.targets.unwrap_or(5);
        if !(1..=MAX_TARGETS).contains(&targets) {
            let field = path.key("targets");
            self.report(
                ctx,
                &field,
                ProblemKind::OutOfRange {
                    field: field.to_string(),
                    value: targets,
                    min: 1,
                    max: MAX_TARGETS,
                },
            );
            return None;
        }
        let tasks: Vec<MouseTask> = tasks.into_iter().collect::<Option<_>>()?;
        (!tasks.is_empty()).then_some(())?;
        Some(ActivityKind::Mouse {
            tasks,
            targets: u32::try_from(targets).ok()?,
        })
    }

    fn messages(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &[RawMessage],
        path: &FieldPath,
    ) -> Option<Vec<MailMessage>> {
        self.parts(
            ctx,
            raw,
            path,
            2,
            |m| m.id.as_deref(),
            |this, message, part_path, id| {
                let from = this.required_string(ctx, message.from.clone(), &part_path.key("from"));
                let subject = this.text(ctx, message.subject.as_ref(), &part_path.key("subject"));
                let body = this.text(ctx, message.body.as_ref(), &part_path.key("body"));
                let clues_path = part_path.key("clues");
                if message.clues.is_empty() {
                    // Every message says why it is (or is not) a scam: that is the lesson.
                    this.report(
                        ctx,
                        &clues_path,
                        ProblemKind::TooFew {
                            field: clues_path.to_string(),
                            min: 1,
                        },
                    );
                }
                let clues: Vec<_> = message
                    .clues
                    .iter()
                    .enumerate()
                    .map(|(i, clue)| this.text(ctx, Some(clue), &clues_path.index(i)))
                    .collect();
                Some(MailMessage {
                    id: id?,
                    from: from?,
                    subject: subject?,
                    body: body?,
                    scam: message.scam.unwrap_or(false),
                    clues: clues
                        .into_iter()
                        .collect::<Option<Vec<_>>>()
                        .filter(|c| !c.is_empty())?,
                })
            },
        )
    }

    pub(super) fn form_fields(
        &mut self,
        ctx: &FileCtx<'_>,
        raw: &[RawFormField],
        path: &FieldPath,
    ) -> Option<Vec<FormField>> {
        self.parts(
            ctx,
            raw,
            path,
            1,
            |f| f.id.as_deref(),
            |this, field, part_path, id| {
                let label = this.text(ctx, field.label.as_ref(), &part_path.key("label"));
                let format = match field.format.as_deref() {
                    None => Some(FieldFormat::Text),
                    Some(key) => {
                        let format = FieldFormat::parse(key);
                        if format.is_none() {
                            let format_path = part_path.key("format");
                            this.report(
                                ctx,
                                &format_path,
                                ProblemKind::UnknownFieldFormat {
                                    field: format_path.to_string(),
                                    value: key.to_owned(),
                                },
                            );
                        }
                        format
                    }
                };
                Some(FormField {
                    id: id?,
                    label: label?,
                    format: format?,
                    required: field.required,
                })
            },
        )
    }
}
