//! A pretend portal's procedure in the pack editor: its address and file number, then each
//! page's parts that are not texts (which identity service or file is the right one, the
//! SMS code, which slots are taken, a form's boxes), and pages added or removed.

use egui::RichText;

use super::bilingual::{Fields, field_label};
use super::pack_editor_activity::form_fields_ui;
use super::pack_editor_parts::{add_remove, whole_number};
use super::widgets;
use super::widgets::ChoiceMark;
use crate::model::portal::PAGE_TYPES;
use crate::pack::FieldPath;
use crate::pack::draft_new::new_portal_page;
use crate::pack::format::{RawActivity, RawPortalPage, RawSlot, RawText};

/// The procedure of `a`, a `portal` activity at `path`, part of `part` ("Step 3").
pub fn portal_ui(
    ui: &mut egui::Ui,
    fields: &mut Fields<'_>,
    a: &mut RawActivity,
    path: &FieldPath,
    part: &str,
) {
    let tr = fields.tr;
    fields.single(
        ui,
        &path.key("address"),
        &tr.t("editor-portal-address"),
        &mut a.address,
    );
    fields.single(
        ui,
        &path.key("reference"),
        &tr.t("editor-portal-reference"),
        &mut a.reference,
    );
    for (i, page) in a.pages.iter_mut().enumerate() {
        page_ui(ui, fields, page, &path.key("pages").index(i));
    }
    ui.horizontal_wrapped(|ui| {
        let mut chosen = None;
        egui::ComboBox::new(
            path.key("pages").to_string(),
            tr.args("editor-add-page", &[("part", part.into())]),
        )
        .selected_text("…")
        .show_ui(ui, |ui| {
            for kind in PAGE_TYPES {
                if ui
                    .selectable_label(false, tr.t(&format!("editor-page-{kind}")))
                    .clicked()
                {
                    chosen = Some(kind);
                }
            }
        });
        if let Some(kind) = chosen {
            let id = format!("p{}", a.pages.len() + 1);
            a.pages.push(new_portal_page(kind, &id));
        }
        let remove = tr.args("editor-remove-page", &[("part", part.into())]);
        if a.pages.len() > 2 && widgets::secondary_button(ui, &remove).clicked() {
            a.pages.pop();
        }
    });
}

/// One page: its type, and the parts of that type that are not texts.
fn page_ui(ui: &mut egui::Ui, fields: &mut Fields<'_>, page: &mut RawPortalPage, at: &FieldPath) {
    let tr = fields.tr;
    let name = field_label(at, tr);
    let kind = page.kind.clone().unwrap_or_default();
    ui.label(
        RichText::new(tr.args(
            "editor-portal-page-type",
            &[
                ("page", name.as_str().into()),
                ("type", tr.t(&format!("editor-page-{kind}")).into()),
            ],
        ))
        .strong(),
    );
    match kind.as_str() {
        "sign-in" => {
            texts_add_remove(
                ui,
                tr,
                &name,
                &mut page.providers,
                ("editor-add-provider", "editor-remove-provider"),
            );
            let label = tr.args("editor-portal-account", &[("page", name.as_str().into())]);
            whole_number(ui, fields, &at.key("account"), &label, &mut page.account);
        }
        "code" => {
            let label = tr.args("editor-portal-code", &[("page", name.as_str().into())]);
            fields.single(ui, &at.key("code"), &label, &mut page.code);
        }
        "form" => form_fields_ui(ui, fields, &mut page.fields, &at.key("fields"), &name),
        "attach" => {
            texts_add_remove(
                ui,
                tr,
                &name,
                &mut page.files,
                ("editor-add-portal-file", "editor-remove-portal-file"),
            );
            let label = tr.args("editor-portal-right-file", &[("page", name.as_str().into())]);
            whole_number(ui, fields, &at.key("right"), &label, &mut page.right);
        }
        "slots" => {
            for (i, slot) in page.slots.iter_mut().enumerate() {
                let slot_path = at.key("slots").index(i);
                let slot_name = field_label(&slot_path, tr);
                let label = tr.args("editor-portal-slot-taken", &[("slot", slot_name.into())]);
                let response = widgets::choice_row(ui, &label, slot.taken, ChoiceMark::Check);
                if response.clicked() {
                    slot.taken = !slot.taken;
                }
                fields.other(&slot_path.key("taken"), &response);
            }
            let (add, remove) = add_remove(
                ui,
                tr,
                &name,
                (page.slots.len(), 1),
                ("editor-add-slot", "editor-remove-slot"),
            );
            if add {
                page.slots.push(RawSlot::default());
            }
            if remove {
                page.slots.pop();
            }
        }
        _ => {}
    }
}

/// More or fewer texts in a list that needs at least two (identity services, files).
fn texts_add_remove(
    ui: &mut egui::Ui,
    tr: &crate::i18n::Tr<'_>,
    part: &str,
    list: &mut Vec<RawText>,
    messages: (&str, &str),
) {
    let (add, remove) = add_remove(ui, tr, part, (list.len(), 2), messages);
    if add {
        list.push(RawText::default());
    }
    if remove {
        list.pop();
    }
}
