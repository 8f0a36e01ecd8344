//! The picture code screen: nine pictures to touch, three in order.

use egui::RichText;

use super::{bidi, theme, widgets};
use crate::i18n::Tr;
use crate::model::picture_code::{CODE_LENGTH, CodePicture};
use crate::session::{Action, CardAction, CardCodeView, CodeProblem, CodePurpose};

/// The picture code screen, to open a locked card or to choose a code.
pub fn card_code_ui(ui: &mut egui::Ui, view: &CardCodeView, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    let name = view.resident.name.as_str();
    let (title, hint) = match view.purpose {
        CodePurpose::Unlock => ("code-unlock-title", "code-unlock-hint"),
        CodePurpose::Choose => ("code-choose-title", "code-choose-hint"),
        CodePurpose::Confirm(_) => ("code-confirm-title", "code-confirm-hint"),
    };
    // Wrapped: at 200 % on a small screen the title is longer than a line.
    ui.horizontal_wrapped(|ui| {
        widgets::avatar_badge(ui, view.resident.avatar);
        bidi::label(ui, &tr.args(title, &[("name", name.into())]), RichText::heading);
    });
    ui.label(tr.t(hint));
    ui.add_space(theme::SECTION_GAP);

    let waiting = view.waiting() && view.wait_seconds.is_some_and(|s| s > 0);
    match (view.problem, view.wait_seconds) {
        (_, Some(seconds)) if seconds > 0 => {
            widgets::error_text(ui, &tr.args("code-wait", &[("seconds", seconds.into())]));
        }
        (Some(CodeProblem::Wrong), _) => widgets::error_text(ui, &tr.t("code-wrong")),
        (Some(CodeProblem::Mismatch), _) => widgets::error_text(ui, &tr.t("code-mismatch")),
        (None, _) => {}
    }

    // How far along: the pictures chosen are shown while choosing (to remember them),
    // only counted while giving the code (someone may be looking).
    let count = tr.args(
        "code-count",
        &[
            ("picked", view.picked.len().into()),
            ("total", CODE_LENGTH.into()),
        ],
    );
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(&count).strong());
        widgets::announce(&label);
        if view.purpose != CodePurpose::Unlock {
            for picture in &view.picked {
                widgets::code_picture_badge(ui, *picture);
            }
        }
    });
    ui.add_space(theme::GROUP_GAP);

    for row in CodePicture::ALL.chunks(3) {
        ui.horizontal(|ui| {
            for picture in row {
                let label = tr.t(&format!("code-picture-{}", picture.key()));
                let button = widgets::code_picture_button(ui, *picture, &label, !waiting);
                widgets::take_first_focus(&button);
                if button.clicked() {
                    action = Some(Action::Card(CardAction::PickCodePicture(*picture)));
                }
            }
        });
    }
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal_wrapped(|ui| {
        if widgets::secondary_button_if(ui, &tr.t("code-erase"), !view.picked.is_empty()).clicked() {
            action = Some(Action::Card(CardAction::EraseCodePicture));
        }
        let back = if view.purpose == CodePurpose::Unlock {
            "code-back-to-cards"
        } else {
            "common-cancel"
        };
        if widgets::secondary_button(ui, &tr.t(back)).clicked() {
            action = Some(Action::Card(CardAction::CancelCardCode));
        }
    });
    if view.purpose == CodePurpose::Unlock {
        ui.add_space(theme::SECTION_GAP);
        ui.label(RichText::new(tr.t("code-forgotten")).color(theme::palette(ui).text_muted));
    }
    action
}
