//! The parts of a question (choices and right answers, items, pairs, boxes, values, zones)
//! and of a practice activity, in the pack editor. Their texts are edited with the other
//! texts of the lesson; here are the rest: which answer is right, how many parts, numbers.

use egui::RichText;

use super::bilingual::{Fields, field_label};
use super::widgets::ChoiceMark;
use super::{theme, widgets};
use crate::model::Spelling;
use crate::pack::FieldPath;
use crate::pack::draft_new::{empty_choice, free_part_id, new_field, new_number, new_pair, new_zone};
use crate::pack::format::{RawNumber, RawQuestion, RawTextList};

use crate::session::{Action, EditorAction, PictureSlot};

/// "Add …" and "Remove the last …" buttons for a list of parts that needs at least `min`,
/// named after the `part` they belong to ("Question 2: add a choice"): whether each was
/// pressed.
pub(super) fn add_remove(
    ui: &mut egui::Ui,
    tr: &crate::i18n::Tr<'_>,
    part: &str,
    (len, min): (usize, usize),
    (add, remove): (&str, &str),
) -> (bool, bool) {
    let add = tr.args(add, &[("part", part.into())]);
    let remove = tr.args(remove, &[("part", part.into())]);
    let (add, remove) = (add.as_str(), remove.as_str());
    let mut pressed = (false, false);
    ui.horizontal_wrapped(|ui| {
        pressed.0 = widgets::secondary_button(ui, add).clicked();
        pressed.1 = len > min && widgets::secondary_button(ui, remove).clicked();
    });
    pressed
}

/// "Exact spelling": a box whose every letter counts (an address, an e-mail address).
fn exact_spelling_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    spelling: &mut Option<String>,
    path: &FieldPath,
    part: &str,
    tr: &crate::i18n::Tr<'_>,
) {
    let exact = Spelling::Exact.name();
    let on = spelling.as_deref() == Some(exact);
    let response = widgets::toggle(
        ui,
        on,
        &tr.args("editor-exact-spelling", &[("part", part.into())]),
    );
    if response.clicked() {
        *spelling = (!on).then(|| exact.to_owned());
    }
    fields.other(path, &response);
}

/// A whole number typed in a box (pixels, a count).
pub(super) fn whole_number(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    path: &FieldPath,
    label: &str,
    value: &mut Option<i64>,
) {
    let before = value.map(|v| v.to_string());
    let mut text = before.clone();
    fields.single(ui, path, label, &mut text);
    if text != before {
        *value = text.and_then(|t| t.trim().parse().ok());
    }
}

/// The parts of question `question` of lesson `lesson`, by its type.
#[allow(
    clippy::too_many_lines,
    reason = "one arm per question type, each with the parts it has."
)]
pub fn question_parts_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    q: &mut RawQuestion,
    path: &FieldPath,
    (lesson, question): (usize, usize),
) {
    let tr = fields.tr;
    let part = tr.args("editor-question-n", &[("n", (question + 1).into())]);
    match q.kind.as_deref() {
        Some("single" | "multiple") => {
            choices_ui(ui, fields, q, path, &part);
            let (add, remove) = add_remove(
                ui,
                tr,
                &part,
                (q.choices.len(), 2),
                ("editor-add-choice", "editor-remove-choice"),
            );
            if add {
                let id = free_part_id(q.choices.iter().map(|c| c.id.clone()));
                q.choices.push(empty_choice(id));
            }
            if remove {
                q.choices.pop();
            }
        }
        Some("true-false") => {
            ui.label(RichText::new(tr.t("editor-right-true-false")).strong());
            ui.horizontal_wrapped(|ui| {
                for (value, label) in [(true, "editor-true"), (false, "editor-false")] {
                    let selected = q.answer.as_ref().and_then(toml::Value::as_bool) == Some(value);
                    let label = tr.args(label, &[("part", part.as_str().into())]);
                    let response = widgets::toggle(ui, selected, &label);
                    if response.clicked() {
                        q.answer = Some(toml::Value::Boolean(value));
                    }
                    fields.other(&path.key("answer"), &response);
                }
            });
        }
        Some("typed") => {
            let accepted = q.accepted.get_or_insert_with(RawTextList::default);
            accepted_ui(
                ui,
                fields,
                accepted,
                &path.key("accepted"),
                &format!("{part} — {}", tr.t("editor-accepted")),
            );
            exact_spelling_ui(ui, fields, &mut q.spelling, &path.key("spelling"), &part, tr);
        }
        Some("fields") => {
            for (i, field) in q.fields.iter_mut().enumerate() {
                let at = path.key("fields").index(i);
                let accepted = field.accepted.get_or_insert_with(RawTextList::default);
                let name = field_label(&at, tr);
                let label = format!("{name} — {}", tr.t("editor-accepted"));
                accepted_ui(ui, fields, accepted, &at.key("accepted"), &label);
                exact_spelling_ui(ui, fields, &mut field.spelling, &at.key("spelling"), &name, tr);
            }
            let (add, remove) = add_remove(
                ui,
                tr,
                &part,
                (q.fields.len(), 1),
                ("editor-add-box", "editor-remove-box"),
            );
            if add {
                let id = free_part_id(q.fields.iter().map(|f| f.id.clone()));
                q.fields.push(new_field(id));
            }
            if remove {
                q.fields.pop();
            }
        }
        Some("order") => {
            ui.label(RichText::new(tr.t("editor-order-hint")).color(theme::palette(ui).text_muted));
            let (add, remove) = add_remove(
                ui,
                tr,
                &part,
                (q.items.len(), 2),
                ("editor-add-item", "editor-remove-item"),
            );
            if add {
                let id = free_part_id(q.items.iter().map(|c| c.id.clone()));
                q.items.push(empty_choice(id));
            }
            if remove {
                q.items.pop();
            }
        }
        Some("match") => {
            let (add, remove) = add_remove(
                ui,
                tr,
                &part,
                (q.pairs.len(), 2),
                ("editor-add-pair", "editor-remove-pair"),
            );
            if add {
                let id = free_part_id(q.pairs.iter().map(|p| p.id.clone()));
                q.pairs.push(new_pair(id));
            }
            if remove {
                q.pairs.pop();
            }
        }
        Some("number") => {
            numbers_ui(ui, fields, q, path, &part);
            let (add, remove) = add_remove(
                ui,
                tr,
                &part,
                (q.numbers.len(), 1),
                ("editor-add-value", "editor-remove-value"),
            );
            if add {
                q.numbers.push(new_number());
            }
            if remove {
                q.numbers.pop();
            }
        }
        Some("zone") => zone_ui(ui, fields, q, path, PictureSlot::Question(lesson, question)),
        _ => {}
    }
}

/// Accepted answers in both languages, one per line.
fn accepted_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    accepted: &mut RawTextList,
    path: &FieldPath,
    label: &str,
) {
    let joined = |list: &Option<Vec<String>>| list.as_ref().map(|l| l.join("\n"));
    let (mut fr, mut en) = (joined(&accepted.fr), joined(&accepted.en));
    fields.text(ui, path, label, &mut fr, &mut en, true);
    let split = |text: Option<String>| {
        text.map(|t| {
            t.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()
        })
    };
    if fr != joined(&accepted.fr) {
        accepted.fr = split(fr);
    }
    if en != joined(&accepted.en) {
        accepted.en = split(en);
    }
}

/// The right choice(s) of a choice question.
fn choices_ui(ui: &mut egui::Ui, fields: &mut Fields<'_>, q: &mut RawQuestion, path: &FieldPath, part: &str) {
    let tr = fields.tr;
    let multiple = q.kind.as_deref() == Some("multiple");
    if multiple {
        ui.label(RichText::new(tr.t("editor-right-choices")).strong());
    }
    for (i, choice) in q.choices.iter().enumerate() {
        let id = choice.id.clone().unwrap_or_default();
        let text = choice
            .fr
            .clone()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| field_label(&path.key("choices").index(i), tr));
        let label = tr.args(
            "editor-right-choice",
            &[("part", part.into()), ("choice", text.into())],
        );
        if multiple {
            let answers = q.answers.get_or_insert_with(Vec::new);
            let selected = answers.contains(&id);
            let response = widgets::choice_row(ui, &label, selected, ChoiceMark::Check);
            if response.clicked() {
                if selected {
                    answers.retain(|a| *a != id);
                } else {
                    answers.push(id.clone());
                }
            }
            fields.other(&path.key("answers"), &response);
        } else {
            let selected = q.answer.as_ref().and_then(toml::Value::as_str) == Some(id.as_str());
            let response = widgets::choice_row(ui, &label, selected, ChoiceMark::Radio);
            if response.clicked() {
                q.answer = Some(toml::Value::String(id.clone()));
            }
            fields.other(&path.key("answer"), &response);
        }
    }
}

/// The right values of a number question.
fn numbers_ui(ui: &mut egui::Ui, fields: &mut Fields<'_>, q: &mut RawQuestion, path: &FieldPath, part: &str) {
    let tr = fields.tr;
    let shown = |v: &Option<toml::Value>| {
        v.as_ref().map(|v| match v {
            toml::Value::Float(f) => f.to_string(),
            toml::Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    };
    for (i, number) in q.numbers.iter_mut().enumerate() {
        let at = path.key("numbers").index(i);
        let RawNumber { value, tolerance } = number;
        for (key, label, slot) in [
            ("value", "editor-number-value", value),
            ("tolerance", "editor-number-tolerance", tolerance),
        ] {
            let before = shown(slot);
            let mut text = before.clone();
            let label = tr.args(label, &[("part", part.into()), ("n", (i + 1).into())]);
            fields.single(ui, &at.key(key), &label, &mut text);
            if text != before {
                // Kept as typed when it is no number: pack check then says so.
                let typed = text.unwrap_or_default().trim().replace(',', ".");
                *slot = Some(
                    typed
                        .parse::<f64>()
                        .map_or(toml::Value::String(typed), toml::Value::Float),
                );
            }
        }
    }
}

/// A "click the right place" question: its picture, its zones and the right one.
fn zone_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    q: &mut RawQuestion,
    path: &FieldPath,
    slot: PictureSlot,
) {
    let tr = fields.tr;
    match &q.image {
        Some(file) => ui.label(tr.args("editor-picture", &[("file", file.as_str().into())])),
        None => ui.label(tr.t("editor-no-picture")),
    };
    let PictureSlot::Question(_, index) = slot else {
        return;
    };
    let part = tr.args("editor-question-n", &[("n", (index + 1).into())]);
    let choose = tr.args("editor-choose-picture", &[("part", part.as_str().into())]);
    let response = widgets::secondary_button(ui, &choose);
    if response.clicked() {
        *fields.action = Some(Action::Editor(EditorAction::AddPicture(slot)));
    }
    fields.other(&path.key("image"), &response);
    for (i, zone) in q.zones.iter_mut().enumerate() {
        let at = path.key("zones").index(i);
        let name = field_label(&at, tr);
        ui.label(RichText::new(&name).strong());
        for (key, value) in [
            ("x", &mut zone.x),
            ("y", &mut zone.y),
            ("width", &mut zone.width),
            ("height", &mut zone.height),
        ] {
            let label = tr.args(&format!("editor-zone-{key}"), &[("zone", name.as_str().into())]);
            whole_number(ui, fields, &at.key(key), &label, value);
        }
        let id = zone.id.clone().unwrap_or_default();
        let selected = q.answer.as_ref().and_then(toml::Value::as_str) == Some(id.as_str());
        let label = tr.args("editor-right-zone", &[("zone", name.as_str().into())]);
        let response = widgets::choice_row(ui, &label, selected, ChoiceMark::Radio);
        if response.clicked() {
            q.answer = Some(toml::Value::String(id));
        }
        fields.other(&path.key("answer"), &response);
    }
    let (add, remove) = add_remove(
        ui,
        tr,
        &part,
        (q.zones.len(), 1),
        ("editor-add-area", "editor-remove-area"),
    );
    if add {
        let id = free_part_id(q.zones.iter().map(|z| z.id.clone()));
        q.zones.push(new_zone(id));
    }
    if remove {
        q.zones.pop();
    }
}
