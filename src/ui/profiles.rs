//! The profile cards, and the form to create one.

use egui::RichText;

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::model::{Avatar, AvatarColour, AvatarSymbol};
use crate::session::{
    Action, AgentAction, CardAction, FileAction, ProfileAction, ProfileCards, ProfileDraft,
};

/// The first screen: everyone's cards and a "new profile" card.
pub fn profiles_ui(
    ui: &mut egui::Ui,
    cards: &mut ProfileCards,
    network: Option<&crate::model::network_status::NetworkStatus>,
    file_busy: bool,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut action = None;
    ui.heading(tr.t("profiles-title"));
    ui.label(tr.t("profiles-intro"));
    ui.add_space(theme::SECTION_GAP);
    if cards.has_many() {
        // Many profiles on this PC: the recent ones are shown, a search finds the others.
        let label = ui.label(RichText::new(tr.t("profiles-search")).strong());
        ui.add(
            egui::TextEdit::singleline(&mut cards.search)
                .desired_width(360.0)
                .min_size(egui::vec2(0.0, theme::MIN_TARGET)),
        )
        .labelled_by(label.id);
    }
    let (shown, others) = cards.shown();
    let none_found = shown.is_empty() && !cards.search.trim().is_empty();
    if !shown.is_empty() {
        ui.horizontal_wrapped(|ui| {
            for resident in &shown {
                // Two cards of the same name (or initial) are told apart by their colour
                // and picture, for screen readers as on screen.
                let name = cards.card_name(resident);
                let twins =
                    cards.by_initial || shown.iter().filter(|r| cards.card_name(r) == name).count() > 1;
                let locked = if resident.locked { "yes" } else { "no" };
                let label = if twins {
                    tr.args(
                        "profiles-open-twin",
                        &[
                            ("name", name.as_str().into()),
                            (
                                "colour",
                                tr.t(&format!("avatar-colour-{}", resident.avatar.colour.key()))
                                    .into(),
                            ),
                            (
                                "symbol",
                                tr.t(&format!("avatar-symbol-{}", resident.avatar.symbol.key()))
                                    .into(),
                            ),
                            ("locked", locked.into()),
                        ],
                    )
                } else {
                    tr.args(
                        "profiles-open",
                        &[("name", name.as_str().into()), ("locked", locked.into())],
                    )
                };
                if widgets::card_button(ui, resident.avatar, &name, &label, resident.locked).clicked() {
                    action = Some(Action::Card(CardAction::PickResident(resident.id)));
                }
            }
        });
        ui.add_space(theme::SECTION_GAP);
    }
    if others > 0 {
        ui.label(
            RichText::new(tr.args("profiles-more", &[("count", others.into())]))
                .color(theme::palette(ui).text_muted),
        );
    } else if none_found {
        ui.label(tr.t("profiles-none-found"));
    }
    if widgets::primary_button(ui, &tr.t("profiles-new")).clicked() {
        action = Some(Action::Profile(ProfileAction::NewProfile));
    }
    ui.add_space(theme::SECTION_GAP * 2.0);
    ui.horizontal_wrapped(|ui| {
        if widgets::secondary_button_if(ui, &tr.t("profiles-load-progress"), !file_busy).clicked() {
            action = Some(Action::File(FileAction::LoadProgress));
        }
        if widgets::secondary_button(ui, &tr.t("profiles-agent-area")).clicked() {
            action = Some(Action::Agent(AgentAction::OpenAgentArea));
        }
    });
    // The library network's state, for whoever looks after this PC.
    if let Some(status) = network {
        ui.add_space(theme::SECTION_GAP);
        ui.label(RichText::new(tr.network_state(status)).color(theme::palette(ui).text_muted));
    }
    action
}

/// The "new profile" form: a first name or pseudonym, a colour, a symbol.
pub fn new_profile_ui(ui: &mut egui::Ui, draft: &mut ProfileDraft, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    ui.heading(tr.t("profiles-new-title"));
    ui.add_space(theme::SECTION_GAP);

    let name_label = ui.label(RichText::new(tr.t("profiles-name-label")).strong());
    ui.label(RichText::new(tr.t("profiles-name-hint")).color(theme::palette(ui).text_muted));
    let name = ui
        .add(
            egui::TextEdit::singleline(&mut draft.name)
                .desired_width(360.0)
                .min_size(egui::vec2(0.0, theme::MIN_TARGET))
                .char_limit(crate::session::MAX_NAME_CHARS),
        )
        .labelled_by(name_label.id);
    widgets::take_first_focus(&name);
    if name.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        action = Some(Action::Profile(ProfileAction::CreateProfile));
    }
    if draft.name_missing && draft.clean_name().is_none() {
        ui.label(RichText::new(tr.t("profiles-name-missing")).color(theme::palette(ui).error));
    }
    ui.add_space(theme::SECTION_GAP);

    ui.label(RichText::new(tr.t("profiles-colour-label")).strong());
    ui.horizontal_wrapped(|ui| {
        for colour in AvatarColour::ALL {
            let label = tr.t(&format!("avatar-colour-{}", colour.key()));
            let avatar = Avatar {
                colour,
                symbol: draft.symbol,
            };
            if widgets::avatar_choice(ui, avatar, &label, draft.colour == colour).clicked() {
                draft.colour = colour;
            }
        }
    });
    ui.label(RichText::new(tr.t("profiles-symbol-label")).strong());
    ui.horizontal_wrapped(|ui| {
        for symbol in AvatarSymbol::ALL {
            let label = tr.t(&format!("avatar-symbol-{}", symbol.key()));
            let avatar = Avatar {
                colour: draft.colour,
                symbol,
            };
            if widgets::avatar_choice(ui, avatar, &label, draft.symbol == symbol).clicked() {
                draft.symbol = symbol;
            }
        }
    });
    ui.add_space(theme::SECTION_GAP);

    // Consent, as Pix's "share my results": in plain words, no unless the resident says yes.
    ui.label(RichText::new(tr.t("profiles-share-title")).strong());
    ui.label(tr.t("profiles-share-explain"));
    let labels = [tr.t("profiles-share-yes"), tr.t("profiles-share-no")];
    if let Some(picked) = super::answer::radio_group(ui, &labels, Some(usize::from(!draft.shares_results))) {
        draft.shares_results = picked == 0;
    }
    ui.label(RichText::new(tr.t("profiles-share-change")).color(theme::palette(ui).text_muted));
    ui.add_space(theme::SECTION_GAP);

    ui.horizontal(|ui| {
        if widgets::primary_button(ui, &tr.t("profiles-create")).clicked() {
            action = Some(Action::Profile(ProfileAction::CreateProfile));
        }
        if widgets::secondary_button(ui, &tr.t("common-cancel")).clicked() {
            action = Some(Action::Profile(ProfileAction::CancelNewProfile));
        }
    });
    action
}
