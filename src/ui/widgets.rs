//! Small drawing helpers shared by several screens.

use egui::{Response, RichText, Role, Sense, Ui, Vec2, WidgetInfo};

use super::{bidi, symbols, theme};
use crate::model::picture_code::CodePicture;
use crate::model::{Avatar, AvatarSymbol};

/// A big, filled button for the main action of a screen.
pub fn primary_button(ui: &mut Ui, text: &str) -> Response {
    primary_button_if(ui, text, true)
}

/// [`primary_button`], greyed out and inactive unless `enabled`.
pub fn primary_button_if(ui: &mut Ui, text: &str, enabled: bool) -> Response {
    let colour = theme::palette(ui).on_primary;
    let fill = theme::palette(ui).primary;
    in_own_row(ui, text, 200.0, |ui, size, wrap| {
        let mut button = egui::Button::new(RichText::new(text).color(colour).strong())
            .fill(fill)
            .min_size(size);
        if wrap {
            button = button.wrap();
        }
        ui.add_enabled(enabled, button)
    })
}

/// Adds a big button in a horizontal layout of its own, so that its text is centred in
/// every layout, asking for its full size at once (text width, `min_width`, and the big
/// button's height), so that buttons side by side in a wrapping row line up and wrap. A
/// text wider than the whole row (200 % text on a small screen) wraps onto more lines in
/// a button as wide as the row, so that nothing runs off the side. `add` gets the size to
/// ask for and whether to wrap.
fn in_own_row(
    ui: &mut Ui,
    text: &str,
    min_width: f32,
    add: impl FnOnce(&mut Ui, Vec2, bool) -> Response,
) -> Response {
    let padding = ui.spacing().button_padding;
    let galley = |wrap: Option<f32>| {
        egui::WidgetText::from(egui::RichText::new(text).strong()).into_galley(
            ui,
            Some(if wrap.is_some() {
                egui::TextWrapMode::Wrap
            } else {
                egui::TextWrapMode::Extend
            }),
            wrap.unwrap_or(f32::INFINITY),
            egui::TextStyle::Button,
        )
    };
    let one_line = galley(None).size().x + 2.0 * padding.x;
    let row = ui.max_rect().width();
    let (size, wrap) = if one_line > row && row > min_width {
        let height = galley(Some(row - 2.0 * padding.x)).size().y + 2.0 * padding.y;
        (Vec2::new(row, height.max(theme::BIG_BUTTON_HEIGHT)), true)
    } else {
        (
            Vec2::new(one_line.max(min_width), theme::BIG_BUTTON_HEIGHT),
            false,
        )
    };
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(size, layout, |ui| add(ui, size, wrap))
        .inner
}

/// A normal button, at least as tall as a big one, for the secondary action next to it.
pub fn secondary_button(ui: &mut Ui, text: &str) -> Response {
    secondary_button_if(ui, text, true)
}

/// [`secondary_button`], greyed out and inactive unless `enabled`.
pub fn secondary_button_if(ui: &mut Ui, text: &str, enabled: bool) -> Response {
    in_own_row(ui, text, 120.0, |ui, size, wrap| {
        let mut button = egui::Button::new(text).min_size(Vec2::new(120.0, size.y));
        if wrap {
            button = button.wrap().min_size(size);
        }
        ui.add_enabled(enabled, button)
    })
}

/// The small picture of a profile card, drawn beside the name in the top bar.
/// Decorative: the name next to it says who it is.
pub fn avatar_badge(ui: &mut Ui, avatar: Avatar) {
    let size = Vec2::splat(theme::MIN_TARGET);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    paint_avatar(ui, rect, avatar, 22.0);
}

/// Paints a card's colour and symbol in `rect`.
pub fn paint_avatar(ui: &Ui, rect: egui::Rect, avatar: Avatar, symbol_size: f32) {
    let painter = ui.painter();
    let fill = theme::avatar_colour(avatar.colour);
    painter.rect_filled(rect, 8.0, fill);
    symbols::paint_symbol(
        painter,
        rect.center(),
        symbol_size,
        avatar.symbol,
        theme::ON_AVATAR,
        fill,
    );
}

/// A large clickable card showing a picture and a name, with a padlock when it is
/// `locked` with a picture code; screen readers hear `label`.
pub fn card_button(ui: &mut Ui, avatar: Avatar, name: &str, label: &str, locked: bool) -> Response {
    let (rect, response) = ui.allocate_exact_size(theme::CARD_SIZE, Sense::click());
    response.widget_info(|| WidgetInfo::labeled(Role::Button, ui.is_enabled(), label));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, false);
        ui.painter().rect(
            rect,
            12.0,
            theme::palette(ui).panel,
            egui::Stroke::new(
                if response.has_focus() || response.hovered() {
                    3.0
                } else {
                    1.5
                },
                visuals.bg_stroke.color,
            ),
            egui::StrokeKind::Inside,
        );
        let picture =
            egui::Rect::from_center_size(rect.center_top() + Vec2::new(0.0, 60.0), Vec2::splat(90.0));
        paint_avatar(ui, picture, avatar, 48.0);
        if locked {
            let corner =
                egui::Rect::from_min_size(rect.right_top() + Vec2::new(-34.0, 8.0), Vec2::splat(26.0));
            symbols::paint_padlock(ui.painter(), corner, theme::palette(ui).text);
        }
        ui.painter().text(
            rect.center_bottom() - Vec2::new(0.0, 24.0),
            egui::Align2::CENTER_CENTER,
            bidi::visual_line(name),
            egui::FontId::proportional(theme::BODY_SIZE),
            theme::palette(ui).text,
        );
    }
    response
}

/// A large picture of a card's picture code, read to screen readers as `label`; greyed
/// out (and not clickable) while `enabled` is false.
pub fn code_picture_button(ui: &mut Ui, picture: CodePicture, label: &str, enabled: bool) -> Response {
    let size = Vec2::splat(theme::CODE_PICTURE_SIZE);
    let sense = if enabled { Sense::click() } else { Sense::hover() };
    let (rect, response) = ui.allocate_exact_size(size, sense);
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, label));
    if ui.is_rect_visible(rect) {
        let faded = (!enabled).then(|| theme::palette(ui).background);
        symbols::paint_code_picture(ui.painter(), rect.shrink(4.0), picture, faded);
        if response.has_focus() || response.hovered() {
            ui.painter().rect_stroke(
                rect,
                12.0,
                egui::Stroke::new(4.0, theme::palette(ui).text),
                egui::StrokeKind::Inside,
            );
        }
    }
    response
}

/// A small picture of a card's picture code, only drawn (the list of pictures chosen).
pub fn code_picture_badge(ui: &mut Ui, picture: CodePicture) {
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(theme::MIN_TARGET), Sense::hover());
    symbols::paint_code_picture(ui.painter(), rect, picture, None);
}

/// A square choice of colour or symbol in the profile form; screen readers hear `label`
/// and whether it is selected.
pub fn avatar_choice(ui: &mut Ui, avatar: Avatar, label: &str, selected: bool) -> Response {
    let size = Vec2::splat(theme::MIN_TARGET + 20.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::selected(Role::RadioButton, ui.is_enabled(), selected, label));
    if ui.is_rect_visible(rect) {
        paint_avatar(ui, rect.shrink(6.0), avatar, 28.0);
        if selected || response.has_focus() {
            ui.painter().rect_stroke(
                rect,
                10.0,
                egui::Stroke::new(4.0, theme::palette(ui).text),
                egui::StrokeKind::Inside,
            );
        }
    }
    response
}

/// A small button whose visible text is a symbol (such as `A+`), read to screen readers as
/// `label`.
pub fn small_button(ui: &mut Ui, symbol: &str, label: &str, enabled: bool) -> Response {
    let response = ui.add_enabled(
        enabled,
        egui::Button::new(symbol).min_size(Vec2::splat(theme::MIN_TARGET)),
    );
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, label));
    response.on_hover_text(label)
}

/// A button that stays pressed while `selected`, whose visible text is short (`FR`,
/// `Aa`), read to screen readers as `label` with its pressed state.
pub fn short_toggle(ui: &mut Ui, selected: bool, short: &str, label: &str) -> Response {
    let button = egui::Button::selectable(selected, short)
        .frame_when_inactive(true)
        .min_size(Vec2::splat(theme::MIN_TARGET));
    let response = ui.add(button);
    response.widget_info(|| WidgetInfo::selected(Role::Button, ui.is_enabled(), selected, label));
    response.on_hover_text(label)
}

/// A square button showing a drawn symbol, read to screen readers as `label`.
pub fn symbol_button(ui: &mut Ui, symbol: AvatarSymbol, label: &str) -> Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(theme::MIN_TARGET), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(Role::Button, ui.is_enabled(), label));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&response);
        ui.painter().rect(
            rect,
            6.0,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
        symbols::paint_symbol(
            ui.painter(),
            rect.center(),
            theme::MIN_TARGET * 0.55,
            symbol,
            visuals.text_color(),
            visuals.weak_bg_fill,
        );
    }
    response.on_hover_text(label)
}

/// A button at least [`theme::MIN_TARGET`] square.
pub fn button(ui: &mut Ui, text: &str) -> Response {
    ui.add(egui::Button::new(text).min_size(Vec2::splat(theme::MIN_TARGET)))
}

/// A button that stays pressed while `selected` (language, high contrast), at least
/// [`theme::MIN_TARGET`] square.
pub fn toggle(ui: &mut Ui, selected: bool, text: &str) -> Response {
    // Framed even when not pressed, so that it looks like something to press.
    let button = egui::Button::selectable(selected, text)
        .frame_when_inactive(true)
        .min_size(Vec2::splat(theme::MIN_TARGET));
    ui.add(button)
}

/// The mark drawn at the start of a [`choice_row`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceMark {
    /// A round mark: one choice only.
    Radio,
    /// A square mark: tick all that apply.
    Check,
}

/// One answer of a choice question: a full-width row, easy to hit, with a round or square
/// mark and the text wrapped beside it. Screen readers hear a radio button or a check box.
pub fn choice_row(ui: &mut Ui, label: &str, selected: bool, mark: ChoiceMark) -> Response {
    let palette = theme::palette(ui);
    let width = ui.available_width();
    let mark_space = 56.0;
    let padding = Vec2::new(12.0, 10.0);
    let galley = egui::WidgetText::from(bidi::visual_line(label)).into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        width - mark_space - padding.x,
        egui::TextStyle::Body,
    );
    let height = (galley.size().y + 2.0 * padding.y).max(theme::CHOICE_HEIGHT);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), Sense::click());
    let role = match mark {
        ChoiceMark::Radio => Role::RadioButton,
        ChoiceMark::Check => Role::CheckBox,
    };
    response.widget_info(|| WidgetInfo::selected(role, ui.is_enabled(), selected, label));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let emphasis = response.hovered() || response.has_focus();
        let stroke = if emphasis {
            egui::Stroke::new(3.0, palette.text)
        } else if selected {
            egui::Stroke::new(3.0, palette.primary)
        } else {
            egui::Stroke::new(1.5, palette.border)
        };
        painter.rect(rect, 8.0, palette.panel, stroke, egui::StrokeKind::Inside);
        let center = egui::pos2(rect.left() + mark_space / 2.0, rect.center().y);
        let mark_stroke = egui::Stroke::new(2.5, palette.text);
        match mark {
            ChoiceMark::Radio => {
                painter.circle_stroke(center, 12.0, mark_stroke);
                if selected {
                    painter.circle_filled(center, 7.0, palette.text);
                }
            }
            ChoiceMark::Check => {
                let square = egui::Rect::from_center_size(center, Vec2::splat(24.0));
                painter.rect_stroke(square, 3.0, mark_stroke, egui::StrokeKind::Inside);
                if selected {
                    painter.line(
                        vec![
                            center + Vec2::new(-7.0, 0.0),
                            center + Vec2::new(-2.0, 6.0),
                            center + Vec2::new(8.0, -7.0),
                        ],
                        egui::Stroke::new(3.5, palette.text),
                    );
                }
            }
        }
        let text_pos = egui::pos2(rect.left() + mark_space, rect.center().y - galley.size().y / 2.0);
        painter.galley(text_pos, galley, palette.text);
    }
    response
}

/// Makes screen readers announce this text as soon as it appears (an AccessKit live
/// region): used for an answer's feedback and for notices.
pub fn announce(response: &Response) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
}

/// A full-width box (tip, feedback, notice…) with the theme's rounding and margin.
pub fn boxed(
    ui: &mut Ui,
    fill: egui::Color32,
    stroke: egui::Stroke,
    add_contents: impl FnOnce(&mut Ui),
) -> Response {
    egui::Frame::new()
        .fill(fill)
        .stroke(stroke)
        .corner_radius(theme::BOX_RADIUS)
        .inner_margin(theme::BOX_MARGIN)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui);
        })
        .response
}

/// Frames after a feedback or a result appears during which it is scrolled into view:
/// its last lines and the navigation bar's buttons come a frame or two after its first.
pub const SETTLING_FRAMES: u64 = 4;

/// Whether what is drawn under `id` appears this frame (it was not drawn in the
/// previous one): to scroll to it, or move focus, once.
pub fn just_shown(ui: &Ui, id: egui::Id) -> bool {
    frames_shown(ui, id) == 0
}

/// For how many frames in a row what is drawn under `id` was drawn before this one (0:
/// it appears this frame).
pub fn frames_shown(ui: &Ui, id: egui::Id) -> u64 {
    let frame = ui.ctx().cumulative_frame_nr();
    let seen: Option<(u64, u64)> = ui.ctx().data_mut(|d| d.get_temp(id));
    let first = match seen {
        Some((first, last)) if last + 1 >= frame => first,
        _ => frame,
    };
    ui.ctx().data_mut(|d| d.insert_temp(id, (first, frame)));
    frame - first
}

fn first_focus_id() -> egui::Id {
    egui::Id::unique("passerelle-first-focus")
}

/// A new page is drawn this frame: its main control may take the focus (see
/// [`take_first_focus`]); `false` at the end of the frame, so nothing drawn later takes it.
pub fn offer_first_focus(ctx: &egui::Context, new_page: bool) {
    ctx.data_mut(|d| {
        if new_page {
            d.insert_temp(first_focus_id(), true);
        } else {
            d.remove::<bool>(first_focus_id());
        }
    });
}

/// Gives `main` the focus when it is the first main control of a page just opened (the
/// first answer, the name field…), so that a keyboard user starts there, not in the top bar.
pub fn take_first_focus(main: &Response) {
    if main
        .ctx
        .data_mut(|d| d.remove_temp::<bool>(first_focus_id()))
        .is_some()
    {
        main.request_focus();
    }
}

fn focus_next_id() -> egui::Id {
    egui::Id::unique("passerelle-focus-next")
}

/// Asks that the next "Next" button drawn takes the keyboard focus (after "Check").
pub fn ask_focus_on_next(ui: &Ui) {
    ui.ctx().data_mut(|d| d.insert_temp(focus_next_id(), true));
}

/// Gives `next` the focus when [`ask_focus_on_next`] asked for it.
pub fn focus_if_asked(next: &Response) {
    if next
        .ctx
        .data_mut(|d| d.remove_temp::<bool>(focus_next_id()))
        .is_some()
    {
        next.request_focus();
    }
}

/// A bold label and a one-line text box named by it, at least [`theme::MIN_TARGET`] high.
pub fn labelled_text(ui: &mut Ui, label: &str, text: &mut String) -> Response {
    labelled_text_as(ui, None, label, text)
}

/// [`labelled_text`] with a box of its own `id`, when what is drawn above it can change
/// while a person types in it (a list of problems that shrinks as they are mended): a
/// box known by its place would lose the keyboard at the first letter.
pub fn labelled_text_as(ui: &mut Ui, id: Option<egui::Id>, label: &str, text: &mut String) -> Response {
    let label = ui.label(egui::RichText::new(label).strong());
    let mut edit = egui::TextEdit::singleline(text)
        .desired_width(360.0)
        .min_size(Vec2::new(0.0, theme::MIN_TARGET));
    if let Some(id) = id {
        edit = edit.id(id);
    }
    ui.add(edit).labelled_by(label.id)
}

/// A bold label and a text box of several lines named by it.
pub fn labelled_text_lines(ui: &mut Ui, label: &str, text: &mut String) -> Response {
    let label = ui.label(egui::RichText::new(label).strong());
    ui.add(
        egui::TextEdit::multiline(text)
            .desired_width(560.0)
            .desired_rows(3),
    )
    .labelled_by(label.id)
}

/// A message about a problem, announced to screen readers.
pub fn error_text(ui: &mut Ui, text: &str) {
    let label = ui.label(egui::RichText::new(text).color(theme::palette(ui).error));
    announce(&label);
}
