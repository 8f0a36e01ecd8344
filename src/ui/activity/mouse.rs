//! Mouse practice in a framed area: targets to click that get smaller, a folder to open
//! with a double-click, a menu to open with a right-click, items to drag into a box, and
//! a list to scroll. A miss only brings a word of encouragement, with what to do
//! differently.

use egui::{Align2, FontId, Rect, RichText, Role, Sense, Vec2, WidgetInfo, pos2, vec2};

use super::{result_ui, say, seconds};
use crate::i18n::Tr;
use crate::model::MouseTask;
use crate::model::activity::ActivityOutcome;
use crate::session::activity::{DRAG_ITEMS, Miss, MouseRun};
use crate::session::{Action, LessonAction};
use crate::ui::{theme, widgets};

/// The height of the practice area, in points, when the window has room for it; with
/// large text it shrinks to fit the visible part of the screen, down to the smallest.
const AREA_HEIGHT: f32 = 340.0;
const SMALLEST_AREA_HEIGHT: f32 = 200.0;
/// Lines in the scroll task's list, and the line where the star is.
const SCROLL_LINES: u32 = 30;
/// The fewest lines of that list in view at once.
const SCROLL_LINES_SHOWN: f32 = 7.0;
const STAR_LINE: u32 = 26;

pub fn mouse_ui(
    ui: &mut egui::Ui,
    tasks: &[MouseTask],
    targets: u32,
    run: &mut MouseRun,
    result: Option<ActivityOutcome>,
    tr: &Tr<'_>,
) -> Option<Action> {
    if let Some(outcome) = result {
        return result_ui(ui, outcome, tr, |ui| {
            say(
                ui,
                &tr.args(
                    "activity-mouse-result",
                    &[
                        ("hits", outcome.hits.into()),
                        ("misses", outcome.misses.into()),
                        ("seconds", seconds(outcome).into()),
                    ],
                ),
            );
        });
    }
    let Some(task) = run.current(tasks) else {
        // Every task done: the try is recorded, then its result shown.
        return Some(Action::Lesson(LessonAction::CheckActivity));
    };
    let step = tr.args(
        "activity-mouse-task-of",
        &[("n", (run.task + 1).into()), ("total", tasks.len().into())],
    );
    ui.label(RichText::new(step).color(theme::palette(ui).text_muted));
    let instruction = say(ui, &tr.t(instruction_id(task)));
    widgets::announce(&instruction);
    let encouragement = run
        .missed_last
        .map(|how| tr.t(almost_id(how)))
        .unwrap_or_default();
    let line = ui.label(RichText::new(encouragement).color(theme::palette(ui).primary));
    widgets::announce(&line);

    match task {
        MouseTask::Scroll => scroll_task(ui, tasks, targets, run, tr),
        _ => {
            let (area, background) =
                ui.allocate_exact_size(vec2(ui.available_width(), area_height(ui)), Sense::click());
            bring_into_view_once(ui, area, run.task);
            background.widget_info(|| WidgetInfo::labeled(Role::Group, true, tr.t("activity-mouse-area")));
            let palette = theme::palette(ui);
            ui.painter().rect(
                area,
                8.0,
                palette.background,
                egui::Stroke::new(2.0, palette.border),
                egui::StrokeKind::Inside,
            );
            let hit = match task {
                MouseTask::Click => click_task(ui, area, run.done, targets, tr),
                MouseTask::DoubleClick => double_click_task(ui, area, tr),
                MouseTask::RightClick => right_click_task(ui, area, run, tr),
                MouseTask::Drag => drag_task(ui, area, run.done, tr),
                MouseTask::Scroll => None,
            };
            match hit {
                Some(Ok(())) => run.hit(tasks, targets),
                Some(Err(how)) => run.miss(how),
                None if background.clicked() && task != MouseTask::DoubleClick => run.miss(Miss::Beside),
                None => {}
            }
        }
    }
    None
}

/// Scrolls the practice area into view when a task starts: a beginner may not know how
/// to scroll yet (that is the last task). Once per task, so it never fights the resident's
/// own scrolling, and again when the window or the text size changes under it.
fn bring_into_view_once(ui: &egui::Ui, area: Rect, task: usize) {
    let key = ui.make_persistent_id(("area-shown", task));
    let screen = ui.ctx().content_rect().size();
    if ui.memory(|m| m.data.get_temp::<Vec2>(key)) != Some(screen) {
        ui.memory_mut(|m| m.data.insert_temp(key, screen));
        ui.scroll_to_rect(area, Some(egui::Align::Max));
    }
}

/// The practice area's height: as much as fits in the visible part of the lesson.
fn area_height(ui: &egui::Ui) -> f32 {
    (ui.clip_rect().height() - 60.0).clamp(SMALLEST_AREA_HEIGHT, AREA_HEIGHT)
}

/// After a miss: what to do differently.
fn almost_id(how: Miss) -> &'static str {
    match how {
        Miss::Beside => "activity-mouse-almost-click",
        Miss::LeftButton => "activity-mouse-almost-right-click",
        Miss::WrongItem => "activity-mouse-almost-item",
        Miss::DroppedOutside => "activity-mouse-almost-drag",
    }
}

fn instruction_id(task: MouseTask) -> &'static str {
    match task {
        MouseTask::Click => "activity-mouse-click",
        MouseTask::DoubleClick => "activity-mouse-double-click",
        MouseTask::RightClick => "activity-mouse-right-click",
        MouseTask::Drag => "activity-mouse-drag",
        MouseTask::Scroll => "activity-mouse-scroll",
    }
}

/// What a task's move was, if one was made: right, or a miss and which.
type Move = Option<Result<(), Miss>>;

/// A round target, named for screen readers; a hit when it is clicked.
fn click_task(ui: &mut egui::Ui, area: Rect, n: u32, targets: u32, tr: &Tr<'_>) -> Move {
    let size = MouseRun::target_size(n, targets);
    let (fx, fy) = MouseRun::target_place(n);
    let margin = size / 2.0 + 8.0;
    let centre = pos2(
        area.left() + margin + (area.width() - 2.0 * margin) * fx,
        area.top() + margin + (area.height() - 2.0 * margin) * fy,
    );
    let rect = Rect::from_center_size(centre, Vec2::splat(size));
    let response = ui.interact(rect, ui.make_persistent_id(("target", n)), Sense::click());
    let name = tr.args(
        "activity-mouse-target",
        &[("n", (n + 1).into()), ("total", targets.into())],
    );
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
    let palette = theme::palette(ui);
    let painter = ui.painter();
    painter.circle_filled(centre, size / 2.0, palette.primary);
    painter.circle_filled(centre, size / 4.0, palette.on_primary);
    painter.circle_filled(centre, size / 8.0, palette.primary);
    if response.hovered() || response.has_focus() {
        painter.circle_stroke(centre, size / 2.0 + 3.0, egui::Stroke::new(3.0, palette.text));
    }
    response.clicked().then_some(Ok(()))
}

/// A folder that opens with a double-click.
fn double_click_task(ui: &mut egui::Ui, area: Rect, tr: &Tr<'_>) -> Move {
    let rect = Rect::from_center_size(area.center(), vec2(150.0, 110.0));
    let response = ui.interact(rect, ui.make_persistent_id("folder"), Sense::click());
    let name = tr.t("activity-mouse-folder");
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
    let palette = theme::palette(ui);
    paint_folder(ui, rect, palette.primary, response.hovered());
    ui.painter().text(
        rect.center_bottom() + vec2(0.0, 20.0),
        Align2::CENTER_CENTER,
        &name,
        FontId::proportional(theme::BODY_SIZE),
        palette.text,
    );
    // Two quick clicks or more open the folder (a click just before, elsewhere, can make
    // egui count a third).
    let opened = response.double_clicked() || response.triple_clicked();
    if response.clicked() && !opened {
        // One click selects, as on a real computer: a hint, not a miss.
        ui.memory_mut(|m| m.data.insert_temp(ui.make_persistent_id("one-click"), true));
    }
    if ui.memory(|m| {
        m.data
            .get_temp::<bool>(ui.make_persistent_id("one-click"))
            .unwrap_or(false)
    }) {
        ui.painter().text(
            area.center_top() + vec2(0.0, 24.0),
            Align2::CENTER_CENTER,
            tr.t("activity-mouse-twice"),
            FontId::proportional(theme::BODY_SIZE),
            palette.text,
        );
    }
    opened.then_some(Ok(()))
}

fn paint_folder(ui: &egui::Ui, rect: Rect, colour: egui::Color32, emphasis: bool) {
    let painter = ui.painter();
    let tab = Rect::from_min_size(rect.min, vec2(rect.width() * 0.4, 18.0));
    painter.rect_filled(tab, 4.0, colour);
    let body = Rect::from_min_max(rect.min + vec2(0.0, 12.0), rect.max);
    painter.rect_filled(body, 6.0, colour);
    if emphasis {
        painter.rect_stroke(
            body,
            6.0,
            egui::Stroke::new(3.0, theme::palette(ui).text),
            egui::StrokeKind::Outside,
        );
    }
}

/// A document whose right-click menu has "Rename" to choose.
fn right_click_task(ui: &mut egui::Ui, area: Rect, run: &mut MouseRun, tr: &Tr<'_>) -> Move {
    let rect = Rect::from_center_size(area.center() - vec2(120.0, 0.0), vec2(120.0, 150.0));
    let response = ui.interact(rect, ui.make_persistent_id("document"), Sense::click());
    let name = tr.t("activity-mouse-document");
    response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
    let palette = theme::palette(ui);
    ui.painter().rect(
        rect,
        4.0,
        palette.panel,
        egui::Stroke::new(2.0, palette.text),
        egui::StrokeKind::Inside,
    );
    for i in 1..6 {
        #[allow(clippy::cast_precision_loss)]
        let y = rect.top() + 22.0 * i as f32;
        ui.painter().line_segment(
            [pos2(rect.left() + 14.0, y), pos2(rect.right() - 14.0, y)],
            egui::Stroke::new(2.0, palette.border),
        );
    }
    if response.secondary_clicked() {
        run.menu_open = true;
        return None;
    }
    if response.clicked() {
        return Some(Err(Miss::LeftButton));
    }
    if !run.menu_open {
        return None;
    }
    let menu = Rect::from_min_size(
        rect.right_top() + vec2(16.0, 0.0),
        vec2(200.0, 3.0 * theme::MIN_TARGET),
    );
    let mut picked = None;
    ui.scope_builder(egui::UiBuilder::new().max_rect(menu), |ui| {
        for (id, right) in [
            ("activity-mouse-menu-copy", false),
            ("activity-mouse-menu-rename", true),
            ("activity-mouse-menu-delete", false),
        ] {
            let button = egui::Button::new(tr.t(id)).min_size(vec2(200.0, theme::MIN_TARGET));
            if ui.add(button).clicked() {
                picked = Some(if right { Ok(()) } else { Err(Miss::WrongItem) });
            }
        }
    });
    picked
}

/// Items to drag into a box, one after the other.
fn drag_task(ui: &mut egui::Ui, area: Rect, placed: u32, tr: &Tr<'_>) -> Move {
    let palette = theme::palette(ui);
    let target = Rect::from_min_max(
        area.right_top() + vec2(-240.0, 30.0),
        area.right_bottom() - vec2(40.0, 40.0),
    );
    paint_folder(ui, target, palette.primary, false);
    let folder_name = tr.t("activity-mouse-box");
    ui.painter().text(
        target.center(),
        Align2::CENTER_CENTER,
        &folder_name,
        FontId::proportional(theme::BODY_SIZE),
        palette.on_primary,
    );
    let count = tr.args(
        "activity-mouse-in-box",
        &[("n", placed.into()), ("total", DRAG_ITEMS.into())],
    );
    let count_at = target.center_bottom() + vec2(0.0, 20.0);
    let count_rect = ui.painter().text(
        count_at,
        Align2::CENTER_CENTER,
        &count,
        FontId::proportional(theme::BODY_SIZE),
        palette.text,
    );
    // Drawn, so put in the accessibility tree by hand: the folder the letters go to,
    // and how many are in it (a screen reader hears the count change).
    ui.interact(target, ui.make_persistent_id("drop-folder"), Sense::hover())
        .widget_info(|| WidgetInfo::labeled(Role::Group, true, &folder_name));
    let counter = ui.interact(count_rect, ui.make_persistent_id("drop-count"), Sense::hover());
    counter.widget_info(|| WidgetInfo::labeled(Role::Label, true, &count));
    if ui.memory(|m| m.data.get_temp::<u32>(counter.id)) != Some(placed) {
        ui.memory_mut(|m| m.data.insert_temp(counter.id, placed));
        if placed > 0 {
            widgets::announce(&counter);
        }
    }
    let mut outcome = None;
    // The letters waiting are stacked down the left side.
    #[allow(clippy::cast_precision_loss)]
    let spacing = ((area.height() - 84.0) / (DRAG_ITEMS - 1).max(1) as f32).min(90.0);
    for item in placed..DRAG_ITEMS {
        #[allow(clippy::cast_precision_loss)]
        let home = Rect::from_min_size(
            area.left_top() + vec2(30.0, 20.0 + spacing * (item - placed) as f32),
            vec2(170.0, (spacing - 8.0).clamp(44.0, 64.0)),
        );
        let id = ui.make_persistent_id(("item", item));
        let response = ui.interact(home, id, Sense::drag());
        let name = tr.args("activity-mouse-item", &[("n", (item + 1).into())]);
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &name));
        let rect = match response.interact_pointer_pos().filter(|_| response.dragged()) {
            Some(pointer) => Rect::from_center_size(pointer, home.size()),
            None => home,
        };
        let layer = if response.dragged() {
            ui.painter()
                .clone()
                .with_layer_id(egui::LayerId::new(egui::Order::Tooltip, id))
        } else {
            ui.painter().clone()
        };
        layer.rect(
            rect,
            6.0,
            palette.tip_fill,
            egui::Stroke::new(2.0, palette.text),
            egui::StrokeKind::Inside,
        );
        layer.text(
            rect.center(),
            Align2::CENTER_CENTER,
            &name,
            FontId::proportional(theme::BODY_SIZE),
            palette.text,
        );
        if response.drag_stopped() {
            let dropped = ui
                .ctx()
                .input(|i| i.pointer.interact_pos())
                .or(response.interact_pointer_pos());
            outcome = Some(if dropped.is_some_and(|p| target.contains(p)) {
                Ok(())
            } else {
                Err(Miss::DroppedOutside)
            });
        }
    }
    outcome
}

/// A long list to scroll through, with a star to find near the end: at least
/// [`SCROLL_LINES_SHOWN`] lines tall at any text size, with a wide scroll bar that stays
/// shown, brought into view once so that only the list needs scrolling.
fn scroll_task(ui: &mut egui::Ui, tasks: &[MouseTask], targets: u32, run: &mut MouseRun, tr: &Tr<'_>) {
    let palette = theme::palette(ui);
    let line = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let height = (area_height(ui) - 40.0).max(SCROLL_LINES_SHOWN * line);
    let frame = egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, palette.border))
        .inner_margin(8)
        .show(ui, |ui| {
            ui.spacing_mut().scroll = egui::style::ScrollStyle {
                bar_width: theme::SCROLL_BAR_WIDTH,
                ..egui::style::ScrollStyle::solid()
            };
            egui::ScrollArea::vertical()
                .id_salt("mouse-scroll")
                .min_scrolled_height(height)
                .max_height(height)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for line in 1..=SCROLL_LINES {
                        if line == STAR_LINE {
                            if widgets::primary_button(ui, &tr.t("activity-mouse-star")).clicked() {
                                run.hit(tasks, targets);
                            }
                        } else {
                            ui.label(tr.args("activity-mouse-line", &[("n", line.into())]));
                        }
                    }
                });
        });
    bring_into_view_once(ui, frame.response.rect, run.task);
}
