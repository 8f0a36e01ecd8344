//! Drawing. One file per screen; each returns the [`Action`] the resident asked for.
//! The UI never touches the store or the file system.

mod activity;
mod agent;
mod agent_report;
mod answer;
pub mod attestation_check;
pub mod bidi;
mod bilingual;
mod card_code;
mod file_choice;
mod home;
mod lesson;
mod pack_editor;
mod pack_editor_activity;
mod pack_editor_lesson;
mod pack_editor_parts;
mod pack_editor_portal;
mod pack_shelf;
mod path;
mod picture;
mod profiles;
mod question;
mod question_stats;
mod rich_text;
pub mod script_fonts;
mod symbols;
pub mod theme;
mod top_bar;
mod widgets;
mod workshops;
mod zone_picture;

use crate::i18n::{I18n, Tr};
use crate::session::AgentAction;
use crate::session::CardAction;
use crate::session::DisplayAction;
use crate::session::EditorAction;
use crate::session::ProfileAction;
use crate::session::{Action, AgentView, AppState, Route};

/// Draws the whole app for one frame and returns what the resident asked for, if anything.
pub fn app_ui(ui: &mut egui::Ui, state: &mut AppState, i18n: &I18n) -> Option<Action> {
    let tr = i18n.tr(state.lang);
    let mut action = None;
    egui::Panel::top("top_bar")
        .frame(
            egui::Frame::new()
                .fill(theme::palette(ui).panel)
                .inner_margin(theme::TOP_BAR_MARGIN),
        )
        .show(ui, |ui| {
            // A banner landmark: screen readers can jump to it, and past it.
            let landmark = egui::UiBuilder::new()
                .accessibility_role(egui::accesskit::Role::Banner)
                .accessibility_label(tr.t("common-top-bar"));
            let bar = ui.scope_builder(landmark, |ui| {
                action = action.take().or(top_bar::top_bar_ui(ui, state, &tr));
            });
            remember_fixed_bar(ui.ctx(), "banner", bar.response.rect);
        });
    egui::CentralPanel::default()
        .frame(
            egui::Frame::new()
                .fill(theme::palette(ui).background)
                .inner_margin(theme::PAGE_MARGIN),
        )
        .show(ui, |ui| {
            // A lesson keeps its navigation bar in view under the scrolling content.
            let nav_height = if matches!(state.route, Route::Lesson(_)) {
                theme::NAV_BAR_HEIGHT
            } else {
                0.0
            };
            // A new page starts at its top.
            // The pack editor's parts are pages of their own.
            let page = state.page();
            let page_id = ui.make_persistent_id("shown-page");
            let new_page = ui
                .ctx()
                .data_mut(|d| d.get_temp::<(u8, usize)>(page_id) != Some(page));
            ui.ctx().data_mut(|d| d.insert_temp(page_id, page));
            widgets::offer_first_focus(ui.ctx(), new_page);
            // The pack editor puts two languages side by side: it takes the width.
            let width = if matches!(state.route, Route::Agent(AgentView::EditPack)) {
                theme::EDITOR_WIDTH
            } else {
                theme::READING_WIDTH
            };
            // Notices and the idle warning stay in view above the page, however far it
            // is scrolled.
            if state.notice.is_some() || state.closing_in.is_some() {
                column(ui, width, |ui| {
                    if let Some(a) = notice_ui(ui, state, &tr) {
                        action = Some(a);
                    }
                });
            }
            let mut scroll = egui::ScrollArea::vertical();
            if new_page {
                scroll = scroll.vertical_scroll_offset(0.0);
            }
            scroll
                .auto_shrink(false)
                .max_height((ui.available_height() - nav_height).max(0.0))
                .show(ui, |ui| {
                    column(ui, width, |ui| {
                        if let Some(a) = screen_ui(ui, state, &tr) {
                            action = Some(a);
                        }
                    });
                    reveal_new_focus(ui, new_page);
                });
            if !matches!(state.route, Route::Lesson(_)) {
                ui.ctx().data_mut(|d| {
                    d.remove::<egui::Rect>(egui::Id::unique(("passerelle-fixed-bar", "navigation")));
                });
            }
            if let Route::Lesson(session) = &state.route {
                column(ui, theme::READING_WIDTH, |ui| {
                    // A navigation landmark: screen readers can jump straight to it.
                    let landmark = egui::UiBuilder::new()
                        .accessibility_role(egui::accesskit::Role::Navigation)
                        .accessibility_label(tr.t("lesson-navigation"));
                    let bar = ui.scope_builder(landmark, |ui| {
                        ui.separator();
                        if let Some(a) = lesson::lesson_nav_ui(ui, session, &tr) {
                            action = Some(a);
                        }
                    });
                    remember_fixed_bar(ui.ctx(), "navigation", bar.response.rect);
                });
            }
        });
    // What the page's main control did not take is not left for later.
    widgets::offer_first_focus(ui.ctx(), false);
    action.or_else(|| escape_action(ui, state))
}

/// When the keyboard focus has just moved (Tab) to a control out of view, scrolls to it:
/// egui does not, and a person would otherwise type into a box they cannot see.
/// Notes where a bar that does not scroll (the top bar, a lesson's navigation bar) was
/// drawn, so that the focus moving into it never scrolls the page.
fn remember_fixed_bar(ctx: &egui::Context, which: &'static str, rect: egui::Rect) {
    ctx.data_mut(|d| d.insert_temp(egui::Id::unique(("passerelle-fixed-bar", which)), rect));
}

fn in_fixed_bar(ctx: &egui::Context, rect: egui::Rect) -> bool {
    ["banner", "navigation"].into_iter().any(|which| {
        ctx.data(|d| d.get_temp::<egui::Rect>(egui::Id::unique(("passerelle-fixed-bar", which))))
            .is_some_and(|bar| bar.intersects(rect))
    })
}

/// On a new page, the page itself chooses what is in view.
fn reveal_new_focus(ui: &mut egui::Ui, new_page: bool) {
    let last = egui::Id::unique("passerelle-last-focus");
    let focused = ui.ctx().memory(egui::Memory::focused);
    let previous: Option<egui::Id> = ui.ctx().data(|d| d.get_temp(last));
    if focused == previous {
        return;
    }
    ui.ctx().data_mut(|d| match focused {
        Some(id) => {
            d.insert_temp(last, id);
        }
        None => d.remove::<egui::Id>(last),
    });
    if new_page {
        return;
    }
    if let Some(response) = focused.and_then(|id| ui.ctx().read_response(id))
        && !in_fixed_bar(ui.ctx(), response.rect)
        && !ui.clip_rect().contains_rect(response.rect)
        && ui.min_rect().contains_rect(response.rect)
    {
        ui.scroll_to_rect(response.rect, None);
    }
}

/// One column of at most `max_width`, centred: short lines are easier to follow.
fn column(ui: &mut egui::Ui, max_width: f32, add_contents: impl FnOnce(&mut egui::Ui)) {
    let width = ui.available_width().min(max_width);
    let margin = ((ui.available_width() - width) / 2.0).max(0.0);
    ui.horizontal_top(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width);
            add_contents(ui);
        });
    });
}

/// Escape goes back: out of a lesson to home, out of the profile form to the cards.
fn escape_action(ui: &egui::Ui, state: &AppState) -> Option<Action> {
    if !ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        return None;
    }
    match state.route {
        Route::Lesson(_)
        | Route::Positioning(_)
        | Route::PositioningResult(_)
        | Route::Review(_)
        | Route::MyProgress(_) => Some(Action::Profile(ProfileAction::GoHome)),
        Route::NewProfile(_) => Some(Action::Profile(ProfileAction::CancelNewProfile)),
        Route::CardCode(_) => Some(Action::Card(CardAction::CancelCardCode)),
        Route::Agent(AgentView::EditPack) => Some(Action::Editor(EditorAction::LeavePackEditor)),
        Route::Agent(AgentView::Packs(_)) => Some(Action::Agent(AgentAction::BackToResidents)),
        Route::Agent(_) => Some(Action::Agent(AgentAction::CloseAgentArea)),
        Route::Profiles(_) | Route::Home(_) => None,
    }
}

fn screen_ui(ui: &mut egui::Ui, state: &mut AppState, tr: &Tr<'_>) -> Option<Action> {
    // Files to tick where no dialog could open: shown in the place of the screen.
    if let Some(choice) = &mut state.file_choice {
        return file_choice::file_choice_ui(ui, choice, tr);
    }
    let timeout_minutes = state.session_timeout_minutes;
    let file_busy = state.file_busy;
    match &mut state.route {
        Route::Profiles(cards) => profiles::profiles_ui(ui, cards, state.network.as_ref(), file_busy, tr),
        Route::Agent(AgentView::EditPack) => match &mut state.pack_editor {
            Some(editor) => pack_editor::editor_ui(ui, editor, file_busy, tr),
            None => Some(Action::Editor(EditorAction::OpenPackShelf)),
        },
        Route::Agent(AgentView::Packs(shelf)) => pack_shelf::shelf_ui(ui, shelf, file_busy, tr),
        Route::Agent(view) => {
            let ctx = agent::AgentCtx {
                timeout_minutes,
                file_busy,
                export_progress: state.export_progress,
                older_pack: state.older_pack.as_ref(),
                network: state.network.as_ref(),
                live_room: state.live_room.as_ref(),
            };
            agent::agent_ui(ui, view, ctx, tr)
        }
        Route::NewProfile(draft) => profiles::new_profile_ui(ui, draft, tr),
        Route::Home(home) => home::home_ui(ui, home, state.resident.as_ref(), tr),
        Route::Lesson(session) => {
            let reading = lesson::Reading {
                can_listen: state.can_listen,
                can_play: state.can_play,
                easy_text: state.display.easy_text,
            };
            let name = state.resident.as_ref().map_or("", |r| r.name.as_str());
            lesson::lesson_ui(ui, session, reading, name, tr)
        }
        Route::Positioning(session) => path::positioning_ui(ui, session, state.can_listen, tr),
        Route::PositioningResult(view) => path::result_ui(ui, view, tr),
        Route::Review(session) => path::review_ui(ui, session, state.can_listen, tr),
        Route::MyProgress(view) => path::my_progress_ui(ui, view, state.resident.as_ref(), file_busy, tr),
        Route::CardCode(view) => card_code::card_code_ui(ui, view, tr),
    }
}

fn notice_ui(ui: &mut egui::Ui, state: &AppState, tr: &Tr<'_>) -> Option<Action> {
    if let Some(seconds) = state.closing_in {
        return closing_ui(ui, seconds, tr);
    }
    let notice = state.notice.as_ref()?;
    let colour = if notice.is_error {
        theme::palette(ui).error
    } else {
        theme::palette(ui).success
    };
    let mut action = None;
    let panel = theme::palette(ui).panel;
    widgets::boxed(ui, panel, egui::Stroke::new(2.0, colour), |ui| {
        ui.horizontal_wrapped(|ui| {
            let text = ui.label(egui::RichText::new(notice.text.get(tr.lang)).color(colour));
            widgets::announce(&text);
            if widgets::button(ui, &tr.t("common-dismiss")).clicked() {
                action = Some(Action::Display(DisplayAction::DismissNotice));
            }
        });
    });
    ui.add_space(theme::SECTION_GAP);
    action
}

/// The countdown before an idle resident's session closes.
fn closing_ui(ui: &mut egui::Ui, seconds: u32, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    let palette = theme::palette(ui);
    widgets::boxed(
        ui,
        palette.tip_fill,
        egui::Stroke::new(3.0, palette.primary),
        |ui| {
            let text = ui.label(
                egui::RichText::new(tr.args("common-session-closing", &[("seconds", seconds.into())]))
                    .size(theme::LESSON_TEXT_SIZE),
            );
            widgets::announce(&text);
            if widgets::primary_button(ui, &tr.t("common-still-here")).clicked() {
                action = Some(Action::Profile(ProfileAction::StillHere));
            }
        },
    );
    ui.add_space(theme::SECTION_GAP);
    action
}
