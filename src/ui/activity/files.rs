//! The pretend file explorer: folders, the files of the folder open, what can be done
//! with the file selected, and a message to attach it to.

use egui::RichText;

use super::{checklist_line, result_ui};
use crate::i18n::Tr;
use crate::model::activity::ActivityOutcome;
use crate::model::{FilesTask, Lang};
use crate::session::activity::{FilesRun, Folder, SendProblem, TaskFile};
use crate::session::{Action, LessonAction};
use crate::ui::theme;
use crate::ui::widgets::{self, ChoiceMark};

pub fn files_ui(
    ui: &mut egui::Ui,
    task: &FilesTask,
    run: &mut FilesRun,
    result: Option<ActivityOutcome>,
    tr: &Tr<'_>,
) -> Option<Action> {
    let parts = run.parts_done(task);
    if let Some(outcome) = result {
        let problem = run.send_problem(task);
        return result_ui(ui, outcome, tr, |ui| {
            checklist_ui(ui, task, &parts, tr);
            if let Some(problem) = problem {
                super::say(ui, &send_problem_text(&problem, task, tr));
            }
        });
    }
    checklist_ui(ui, task, &parts, tr);
    ui.add_space(theme::GROUP_GAP);

    ui.label(RichText::new(tr.t("activity-files-folders")).strong());
    ui.horizontal_wrapped(|ui| {
        for folder in Folder::ALL {
            let name = folder_name(folder, task, tr);
            if widgets::toggle(ui, run.folder == folder, &name).clicked() {
                run.open_folder(folder);
            }
        }
    });
    ui.add_space(theme::GROUP_GAP);
    ui.label(
        RichText::new(tr.args(
            "activity-files-in-folder",
            &[("folder", folder_name(run.folder, task, tr).into())],
        ))
        .strong(),
    );
    let shown: Vec<(usize, String)> = run.shown().map(|(i, f)| (i, f.name())).collect();
    if shown.is_empty() {
        super::hint(ui, &tr.t("activity-files-empty"));
    }
    for (index, name) in shown {
        if widgets::choice_row(ui, &name, run.selected == Some(index), ChoiceMark::Radio).clicked() {
            run.select(index);
        }
    }
    ui.add_space(theme::GROUP_GAP);
    selected_file_ui(ui, task, run, tr);
    ui.add_space(theme::SECTION_GAP);
    if task.recipient.is_none() {
        // Nothing to send: the resident says when the file is put away.
        let check = widgets::primary_button(ui, &tr.t("activity-files-check")).clicked();
        return check.then_some(Action::Lesson(LessonAction::CheckActivity));
    }
    message_ui(ui, run, tr)
}

fn checklist_ui(ui: &mut egui::Ui, task: &FilesTask, parts: &[bool], tr: &Tr<'_>) {
    let lang = tr.lang;
    let mut lines = vec![
        tr.args(
            "activity-files-find",
            &[("file", task.file.get(lang).as_str().into())],
        ),
        tr.args(
            "activity-files-rename",
            &[("name", task.rename_to.get(lang).as_str().into())],
        ),
        tr.args(
            "activity-files-move",
            &[("folder", task.folder.get(lang).as_str().into())],
        ),
    ];
    if let Some(to) = &task.recipient {
        lines.push(tr.args("activity-files-send", &[("to", to.as_str().into())]));
    }
    for (done, line) in parts.iter().copied().zip(lines) {
        checklist_line(ui, done, &line, tr);
    }
}

/// What can be done with the file selected: rename it, move it, attach it.
fn selected_file_ui(ui: &mut egui::Ui, task: &FilesTask, run: &mut FilesRun, tr: &Tr<'_>) {
    let Some(file) = run.selected.and_then(|i| run.files.get(i)).cloned() else {
        super::hint(ui, &tr.t("activity-files-select-one"));
        return;
    };
    let name = file.name();
    if let Some(new_name) = &mut run.renaming {
        let label = ui.label(tr.args("activity-files-new-name", &[("file", name.as_str().into())]));
        let entered = ui
            .horizontal(|ui| {
                let field = ui
                    .add(
                        egui::TextEdit::singleline(new_name)
                            .desired_width(320.0)
                            .min_size(egui::vec2(0.0, theme::MIN_TARGET))
                            .font(egui::FontId::proportional(theme::LESSON_TEXT_SIZE)),
                    )
                    .labelled_by(label.id);
                // The box takes the keyboard when it opens, so the name can be typed at once.
                let opened = ui.make_persistent_id(("rename-focus", run.selected));
                if !ui.memory(|m| m.data.get_temp::<bool>(opened).unwrap_or(false)) {
                    ui.memory_mut(|m| m.data.insert_temp(opened, true));
                    field.request_focus();
                }
                ui.label(&file.extension);
                // Enter gives the new name, as in a real file manager.
                field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
            })
            .inner;
        if widgets::secondary_button(ui, &tr.t("activity-files-rename-ok")).clicked() || entered {
            run.confirm_rename();
        }
        return;
    }
    if run.moving {
        ui.label(tr.args("activity-files-move-where", &[("file", name.as_str().into())]));
        ui.horizontal_wrapped(|ui| {
            for folder in Folder::ALL.into_iter().filter(|f| *f != file.folder) {
                let label = tr.args(
                    "activity-files-move-to",
                    &[("folder", folder_name(folder, task, tr).into())],
                );
                if widgets::button(ui, &label).clicked() {
                    run.move_to(folder);
                }
            }
        });
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let rename = tr.args("activity-files-rename-button", &[("file", name.as_str().into())]);
        if widgets::button(ui, &rename).clicked() {
            run.start_rename();
        }
        let move_label = tr.args("activity-files-move-button", &[("file", name.as_str().into())]);
        if widgets::button(ui, &move_label).clicked() {
            run.moving = true;
        }
        if run.writing {
            let attach = tr.args("activity-files-attach", &[("file", name.as_str().into())]);
            if widgets::button(ui, &attach).clicked() {
                run.attach_selected();
            }
        }
    });
}

/// The message to send, once "Write a message" is pressed.
fn message_ui(ui: &mut egui::Ui, run: &mut FilesRun, tr: &Tr<'_>) -> Option<Action> {
    if !run.writing {
        if widgets::secondary_button(ui, &tr.t("activity-files-write")).clicked() {
            run.writing = true;
        }
        return None;
    }
    let palette = theme::palette(ui);
    let mut action = None;
    widgets::boxed(
        ui,
        palette.background,
        egui::Stroke::new(1.0, palette.border),
        |ui| {
            ui.label(RichText::new(tr.t("activity-files-message")).strong());
            let label = ui.label(tr.t("activity-files-to"));
            ui.add(
                egui::TextEdit::singleline(&mut run.to)
                    .desired_width(f32::INFINITY)
                    .min_size(egui::vec2(0.0, theme::MIN_TARGET))
                    .font(egui::FontId::proportional(theme::LESSON_TEXT_SIZE)),
            )
            .labelled_by(label.id);
            let attached = run.attached.and_then(|i| run.files.get(i)).map(TaskFile::name);
            match attached {
                Some(name) => ui.label(tr.args("activity-files-attached", &[("file", name.into())])),
                None => super::hint(ui, &tr.t("activity-files-no-attachment")),
            };
            if widgets::primary_button(ui, &tr.t("activity-files-send-button")).clicked() {
                action = Some(Action::Lesson(LessonAction::CheckActivity));
            }
        },
    );
    action
}

/// What to fix in the message sent, in words.
fn send_problem_text(problem: &SendProblem, task: &FilesTask, tr: &Tr<'_>) -> String {
    let to = task.recipient.as_deref().unwrap_or_default();
    match problem {
        SendProblem::NoFile => tr.t("activity-files-sent-no-file"),
        SendProblem::OtherFile(name) => tr.args(
            "activity-files-sent-other-file",
            &[("file", name.as_str().into())],
        ),
        SendProblem::NoAddress => tr.args("activity-files-sent-no-address", &[("to", to.into())]),
        SendProblem::WrongAddress(typed) => tr.args(
            "activity-files-sent-wrong-address",
            &[("typed", typed.as_str().into()), ("to", to.into())],
        ),
    }
}

fn folder_name(folder: Folder, task: &FilesTask, tr: &Tr<'_>) -> String {
    let lang: Lang = tr.lang;
    match folder {
        Folder::Downloads => tr.t("activity-files-downloads"),
        Folder::Documents => tr.t("activity-files-documents"),
        Folder::Pictures => tr.t("activity-files-pictures"),
        Folder::Task => task.folder.get(lang).clone(),
    }
}
