//! Labels that may hold text written right to left: drawn in visual order
//! ([`visual_line`]), read to screen readers in reading order.

use std::borrow::Cow;

use egui::{Response, RichText, Role, Ui, WidgetInfo};

pub use crate::model::bidi::visual_line;

/// A label of one line that may be written right to left (a name, a title with a name in
/// it): drawn in visual order, read to screen readers in reading order. `style` dresses it
/// (`RichText::strong`, `RichText::heading`…).
pub fn label(ui: &mut Ui, text: &str, style: impl FnOnce(RichText) -> RichText) -> Response {
    let shown = visual_line(text);
    let reordered = matches!(shown, Cow::Owned(_));
    let response = ui.label(style(RichText::new(shown)));
    if reordered {
        response.widget_info(|| WidgetInfo::labeled(Role::Label, ui.is_enabled(), text));
    }
    response
}
