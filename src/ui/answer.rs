//! The ways to answer a question, one per question type. They edit the draft only: the
//! answer is recorded by the question's check action.

use std::sync::Arc;

use egui::{RichText, Role, UiBuilder};

use super::widgets::{self, ChoiceMark};
use super::{theme, zone_picture};
use crate::i18n::Tr;
use crate::model::{ChoiceId, Question, QuestionKind, shuffle};
use crate::session::AnswerDraft;

/// A question's picture, ready to draw.
pub struct Picture {
    /// Where egui caches it, e.g. `bytes://premiers-pas/fenetre.png`.
    pub uri: String,
    /// The PNG file.
    pub bytes: Arc<[u8]>,
}

/// What the answer widgets need besides the question and the draft.
pub struct AnswerCtx<'a> {
    /// The prompt's widget, which labels text fields.
    pub prompt: egui::Id,
    /// The feedback is shown: nothing can change any more.
    pub locked: bool,
    /// The question's picture, for zone questions.
    pub picture: Option<Picture>,
    /// Translations.
    pub tr: &'a Tr<'a>,
}

/// The way to answer `question`, editing `draft`; `true` when Enter was pressed in a
/// text box (the answer is to be checked).
#[allow(
    clippy::too_many_lines,
    reason = "one arm per question type, each drawing its way to answer."
)]
pub fn answer_ui(ui: &mut egui::Ui, question: &Question, draft: &mut AnswerDraft, cx: AnswerCtx<'_>) -> bool {
    let tr = cx.tr;
    let mut entered = false;
    match &question.kind {
        QuestionKind::Single { choices, .. } => {
            let selected = choices.iter().position(|c| draft.choice.as_ref() == Some(&c.id));
            let labels: Vec<String> = choices.iter().map(|c| c.label.get(tr.lang).clone()).collect();
            if let Some(picked) = radio_group(ui, &labels, selected) {
                draft.choice = choices.get(picked).map(|c| c.id.clone());
            }
        }
        QuestionKind::Multiple { choices, .. } => {
            hint(ui, &tr.t("quiz-tick-all"));
            ui.spacing_mut().item_spacing.y = theme::CHOICE_GAP;
            for choice in choices {
                let ticked = draft.ticked.contains(&choice.id);
                let label = choice.label.get(tr.lang);
                let row = widgets::choice_row(ui, label, ticked, ChoiceMark::Check);
                widgets::take_first_focus(&row);
                if row.clicked() {
                    if ticked {
                        draft.ticked.remove(&choice.id);
                    } else {
                        draft.ticked.insert(choice.id.clone());
                    }
                }
            }
        }
        QuestionKind::TrueFalse { .. } => {
            let labels = [tr.t("quiz-true"), tr.t("quiz-false")];
            let selected = draft.truth.map(|truth| usize::from(!truth));
            if let Some(picked) = radio_group(ui, &labels, selected) {
                draft.truth = Some(picked == 0);
            }
        }
        QuestionKind::Typed { .. } | QuestionKind::Number { .. } => {
            let label = ui.label(tr.t("quiz-type-here"));
            entered |= text_field(ui, &mut draft.text, &[label.id, cx.prompt]);
        }
        QuestionKind::Fields { fields } => {
            for field in fields {
                let label = ui.label(RichText::new(field.label.get(tr.lang)).strong());
                let text = draft.fields.entry(field.id.clone()).or_default();
                entered |= text_field(ui, text, &[label.id]);
                ui.add_space(theme::GROUP_GAP);
            }
        }
        QuestionKind::Order { items } => {
            hint(ui, &tr.t("quiz-order-hint"));
            let label_of = |id: &ChoiceId| {
                items
                    .iter()
                    .find(|i| &i.id == id)
                    .map(|i| i.label.get(tr.lang).clone())
                    .unwrap_or_default()
            };
            order_list(ui, &mut draft.order, label_of, tr);
        }
        QuestionKind::Match { pairs } => {
            hint(ui, &tr.t("quiz-match-hint"));
            // The right-hand sides in a mixed order, the same for every left-hand item.
            let ids: Vec<ChoiceId> = pairs.iter().map(|p| p.id.clone()).collect();
            let rights = shuffle::shuffled(&ids, question.id.as_str());
            let labels: Vec<String> = rights
                .iter()
                .filter_map(|id| pairs.iter().find(|p| &p.id == id))
                .map(|p| p.right.get(tr.lang).clone())
                .collect();
            for pair in pairs {
                let left = pair.left.get(tr.lang);
                let group = UiBuilder::new()
                    .accessibility_role(Role::Group)
                    .accessibility_label(left.clone());
                ui.scope_builder(group, |ui| {
                    ui.label(RichText::new(left).size(theme::LESSON_TEXT_SIZE).strong());
                    let selected = draft
                        .pairs
                        .get(&pair.id)
                        .and_then(|picked| rights.iter().position(|r| r == picked));
                    if let Some(picked) = radio_group(ui, &labels, selected) {
                        draft.pairs.insert(pair.id.clone(), rights[picked].clone());
                    }
                });
                ui.add_space(theme::SECTION_GAP / 2.0);
            }
        }
        QuestionKind::Zone { image, zones, answer } => {
            hint(ui, &tr.t("quiz-zone-hint"));
            if let Some(picture) = cx.picture {
                zone_picture::zone_picture(
                    ui,
                    &zone_picture::ZonePicture {
                        picture,
                        alt: image.alt.get(tr.lang),
                        zones,
                        right: cx.locked.then_some(answer),
                        lang: tr.lang,
                    },
                    &mut draft.point,
                );
            }
        }
    }
    entered
}

fn hint(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).color(theme::palette(ui).text_muted));
}

/// A one-line text field in the lesson's text size, named by the labels given; `true`
/// when Enter was pressed in it.
fn text_field(ui: &mut egui::Ui, text: &mut String, labels: &[egui::Id]) -> bool {
    let mut response = ui.add(
        egui::TextEdit::singleline(text)
            .desired_width(360.0)
            .min_size(egui::vec2(0.0, theme::MIN_TARGET))
            .font(egui::FontId::proportional(theme::LESSON_TEXT_SIZE)),
    );
    for label in labels {
        response = response.labelled_by(*label);
    }
    widgets::take_first_focus(&response);
    response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
}

/// Items to put in order: each can be moved up or down with its buttons (mouse or
/// keyboard), or dragged onto another item's place.
fn order_list(
    ui: &mut egui::Ui,
    order: &mut Vec<ChoiceId>,
    label_of: impl Fn(&ChoiceId) -> String,
    tr: &Tr<'_>,
) {
    let mut moved: Option<(usize, usize)> = None;
    let last = order.len().saturating_sub(1);
    // After a move with the keyboard, the focus follows the item moved (to the button
    // that can still move it), and its new place is announced.
    let follow = ui.make_persistent_id("order-focus");
    let (wanted, said): (Option<(ChoiceId, bool)>, Option<String>) =
        ui.data(|d| d.get_temp(follow)).unwrap_or_default();
    for (place, id) in order.iter().enumerate() {
        let label = label_of(id);
        let focus_up = wanted.as_ref().is_some_and(|(w, up)| w == id && *up);
        let focus_down = wanted.as_ref().is_some_and(|(w, up)| w == id && !*up);
        let row = ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!("{}.", place + 1))
                    .size(theme::LESSON_TEXT_SIZE)
                    .strong(),
            );
            let up = tr.args("quiz-move-up", &[("item", label.as_str().into())]);
            let up = widgets::small_button(ui, &tr.t("quiz-up"), &up, place > 0);
            if focus_up {
                up.request_focus();
            }
            if up.clicked() {
                moved = Some((place, place - 1));
            }
            let down = tr.args("quiz-move-down", &[("item", label.as_str().into())]);
            let down = widgets::small_button(ui, &tr.t("quiz-down"), &down, place < last);
            if focus_down {
                down.request_focus();
            }
            if down.clicked() {
                moved = Some((place, place + 1));
            }
            let drag_id = ui.make_persistent_id(("order-item", id.as_str()));
            ui.dnd_drag_source(drag_id, place, |ui| {
                let palette = theme::palette(ui);
                egui::Frame::new()
                    .fill(palette.panel)
                    .stroke(egui::Stroke::new(1.5, palette.border))
                    .corner_radius(theme::BOX_RADIUS)
                    .inner_margin(theme::BOX_MARGIN)
                    .show(ui, |ui| {
                        ui.add(egui::Label::new(RichText::new(&label).size(theme::LESSON_TEXT_SIZE)).wrap())
                    });
            });
        });
        if let Some(from) = row.response.dnd_release_payload::<usize>() {
            moved = Some((*from, place));
        }
        ui.add_space(theme::GROUP_GAP);
    }
    if let Some(said) = &said {
        let line = ui.label(RichText::new(said).color(theme::palette(ui).text_muted));
        widgets::announce(&line);
    }
    if let Some((from, to)) = moved
        && from < order.len()
        && to < order.len()
    {
        let item = order.remove(from);
        // The button that can still move it: up, unless it reached the top.
        let keep_up = if to < from { to > 0 } else { to == last };
        let said = tr.args(
            "quiz-moved",
            &[
                ("item", label_of(&item).into()),
                ("place", (to + 1).into()),
                ("total", order.len().saturating_add(1).into()),
            ],
        );
        order.insert(to, item.clone());
        ui.data_mut(|d| d.insert_temp(follow, (Some((item, keep_up)), Some(said))));
    } else if wanted.is_some() {
        // The focus was given this frame: only the announcement stays.
        ui.data_mut(|d| d.insert_temp(follow, (None::<(ChoiceId, bool)>, said)));
    }
}

/// Radio buttons for one choice; returns the index picked this frame. With the keyboard,
/// the up and down arrows move the choice within the group, as in other programs.
pub fn radio_group(ui: &mut egui::Ui, labels: &[String], selected: Option<usize>) -> Option<usize> {
    ui.scope(|ui| {
        ui.spacing_mut().item_spacing.y = theme::CHOICE_GAP;
        radio_rows(ui, labels, selected)
    })
    .inner
}

fn radio_rows(ui: &mut egui::Ui, labels: &[String], selected: Option<usize>) -> Option<usize> {
    let mut picked = None;
    let mut focused = None;
    let responses: Vec<egui::Response> = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let response = widgets::choice_row(ui, label, selected == Some(i), ChoiceMark::Radio);
            if i == 0 {
                widgets::take_first_focus(&response);
            }
            if response.clicked() {
                picked = Some(i);
            }
            if response.has_focus() {
                focused = Some(i);
            }
            response
        })
        .collect();
    if let Some(current) = focused {
        // Keep the arrows for moving within the group (egui would move the focus instead).
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                responses[current].id,
                egui::EventFilter {
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
        let (down, up) = ui.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown),
                i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp),
            )
        });
        let next = if down {
            Some((current + 1) % labels.len())
        } else if up {
            Some((current + labels.len() - 1) % labels.len())
        } else {
            None
        };
        if let Some(next) = next {
            responses[next].request_focus();
            picked = Some(next);
        }
    }
    picked
}
