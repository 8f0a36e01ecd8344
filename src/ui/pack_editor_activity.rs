//! A practice activity of a step, in the pack editor: its type, and the parts that are
//! not texts (targets, counts, which messages are scams, fields' formats).

use egui::RichText;

use super::bilingual::{Fields, field_label};
use super::pack_editor_parts::{add_remove, whole_number};
use super::widgets;
use super::widgets::ChoiceMark;
use crate::model::activity::{FieldFormat, MouseTask};
use crate::pack::FieldPath;
use crate::pack::draft_new::{ACTIVITY_TYPES, new_activity, new_form_field, new_message};
use crate::pack::format::{RawActivity, RawFormField, RawText};

/// A step's practice activity: its parts other than texts, or a choice of one to add.
#[allow(
    clippy::too_many_lines,
    reason = "one arm per practice activity type, each with its parts."
)]
pub fn activity_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    activity: &mut Option<RawActivity>,
    path: &FieldPath,
    (step_name, new_id): (&str, &str),
) {
    let tr = fields.tr;
    let Some(a) = activity else {
        let mut chosen = None;
        let label = tr.args("editor-add-activity", &[("part", step_name.into())]);
        egui::ComboBox::new(path.to_string(), label)
            .selected_text(tr.t("editor-no-activity"))
            .show_ui(ui, |ui| {
                for kind in ACTIVITY_TYPES {
                    if ui
                        .selectable_label(false, tr.t(&format!("editor-activity-{kind}")))
                        .clicked()
                    {
                        chosen = Some(kind);
                    }
                }
            });
        if let Some(kind) = chosen {
            *activity = Some(new_activity(kind, new_id.to_owned()));
        }
        return;
    };
    let kind = a.kind.clone().unwrap_or_default();
    let part = step_name.to_owned();
    ui.label(
        RichText::new(tr.args(
            "editor-activity",
            &[("kind", tr.t(&format!("editor-activity-{kind}")).into())],
        ))
        .strong(),
    );
    fields.single(ui, &path.key("id"), &tr.t("editor-activity-id"), &mut a.id);
    match kind.as_str() {
        "mouse" => {
            ui.label(RichText::new(tr.t("editor-mouse-tasks")).strong());
            ui.horizontal_wrapped(|ui| {
                let chosen: Vec<String> = a
                    .tasks
                    .clone()
                    .unwrap_or_else(|| MouseTask::ALL.iter().map(|t| t.key().to_owned()).collect());
                for task in MouseTask::ALL {
                    let on = chosen.iter().any(|t| t == task.key());
                    let label = tr.t(&format!("editor-mouse-{}", task.key()));
                    if widgets::toggle(ui, on, &label).clicked() {
                        // Kept in the order the practice takes them.
                        let tasks = MouseTask::ALL
                            .iter()
                            .filter(|t| (t.key() == task.key()) != chosen.iter().any(|c| c == t.key()))
                            .map(|t| t.key().to_owned())
                            .collect();
                        a.tasks = Some(tasks);
                    }
                }
            });
            whole_number(
                ui,
                fields,
                &path.key("targets"),
                &tr.t("editor-mouse-targets"),
                &mut a.targets,
            );
        }
        "mailbox" => {
            for (i, message) in a.messages.iter_mut().enumerate() {
                let at = path.key("messages").index(i);
                let name = field_label(&at, tr);
                ui.label(RichText::new(&name).strong());
                let label = tr.args("editor-message-from", &[("message", name.as_str().into())]);
                fields.single(ui, &at.key("from"), &label, &mut message.from);
                let scam = message.scam.unwrap_or(false);
                let label = tr.args("editor-message-scam", &[("message", name.as_str().into())]);
                let response = widgets::choice_row(ui, &label, scam, ChoiceMark::Check);
                if response.clicked() {
                    message.scam = Some(!scam);
                }
                fields.other(&at.key("scam"), &response);
                let (add, remove) = add_remove(
                    ui,
                    tr,
                    &name,
                    (message.clues.len(), 1),
                    ("editor-add-clue", "editor-remove-clue"),
                );
                if add {
                    message.clues.push(RawText::default());
                }
                if remove {
                    message.clues.pop();
                }
            }
            let (add, remove) = add_remove(
                ui,
                tr,
                &part,
                (a.messages.len(), 2),
                ("editor-add-message", "editor-remove-message"),
            );
            if add {
                let id = format!("m{}", a.messages.len() + 1);
                a.messages.push(new_message(&id, false));
            }
            if remove {
                a.messages.pop();
            }
        }
        "form" => form_fields_ui(ui, fields, &mut a.fields, &path.key("fields"), &part),
        "portal" => super::pack_editor_portal::portal_ui(ui, fields, a, path, &part),
        "files" => {
            fields.single(
                ui,
                &path.key("recipient"),
                &tr.t("editor-files-recipient"),
                &mut a.recipient,
            );
            let (add, remove) = add_remove(
                ui,
                tr,
                &part,
                (a.other_files.len(), 0),
                ("editor-add-other-file", "editor-remove-other-file"),
            );
            if add {
                a.other_files.push(RawText::default());
            }
            if remove {
                a.other_files.pop();
            }
        }
        _ => {}
    }
    let remove = tr.args("editor-remove-activity", &[("part", part.as_str().into())]);
    if widgets::secondary_button(ui, &remove).clicked() {
        *activity = None;
    }
}

/// A form's boxes: what each takes and whether it must be filled in, and more or fewer
/// boxes (the form practice's and a portal's form page's).
pub(super) fn form_fields_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    list: &mut Vec<RawFormField>,
    path: &FieldPath,
    part: &str,
) {
    let tr = fields.tr;
    for (i, field) in list.iter_mut().enumerate() {
        let at = path.index(i);
        let name = field_label(&at, tr);
        ui.label(RichText::new(&name).strong());
        let current = field.format.clone().unwrap_or_else(|| "text".to_owned());
        let response = egui::ComboBox::new(
            at.to_string(),
            tr.args("editor-form-format", &[("field", name.as_str().into())]),
        )
        .selected_text(tr.t(&format!("editor-format-{current}")))
        .show_ui(ui, |ui| {
            for format in FieldFormat::ALL {
                let label = tr.t(&format!("editor-format-{}", format.key()));
                if ui.selectable_label(format.key() == current, label).clicked() {
                    field.format = Some(format.key().to_owned());
                }
            }
        })
        .response;
        fields.other(&at.key("format"), &response);
        let label = tr.args("editor-form-required", &[("field", name.as_str().into())]);
        if widgets::choice_row(ui, &label, field.required, ChoiceMark::Check).clicked() {
            field.required = !field.required;
        }
    }
    let (add, remove) = add_remove(
        ui,
        tr,
        part,
        (list.len(), 1),
        ("editor-add-form-field", "editor-remove-form-field"),
    );
    if add {
        let id = format!("f{}", list.len() + 1);
        list.push(new_form_field(id));
    }
    if remove {
        list.pop();
    }
}
