//! Mouse practice: click targets that get smaller, double-click, right-click and choose
//! in a menu, drag items into a box, scroll to find something. Gentle: a miss only counts
//! and encourages, and there is no time limit.

use crate::model::MouseTask;

/// How many items the drag task has to put in the box.
pub const DRAG_ITEMS: u32 = 3;

/// The largest and smallest targets of the click task, in points.
const BIGGEST_TARGET: f32 = 120.0;
const SMALLEST_TARGET: f32 = 36.0;

/// Where the resident is in the mouse practice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MouseRun {
    /// The task being done (an index into the activity's tasks).
    pub task: usize,
    /// What is done of the current task (targets hit, items dragged…).
    pub done: u32,
    /// Every hit so far.
    pub hits: u32,
    /// Every miss so far.
    pub misses: u32,
    /// The right-click menu is open.
    pub menu_open: bool,
    /// The last move was a miss, and which: an encouragement says what to do
    /// differently.
    pub missed_last: Option<Miss>,
}

/// What went wrong in a move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Miss {
    /// A click beside the target.
    Beside,
    /// The left button where the right one was asked.
    LeftButton,
    /// Another item of the menu.
    WrongItem,
    /// Let go before reaching the folder.
    DroppedOutside,
}

impl MouseRun {
    /// The task being done, or `None` once all are done.
    pub fn current(&self, tasks: &[MouseTask]) -> Option<MouseTask> {
        tasks.get(self.task).copied()
    }

    /// How many moves a task needs.
    pub fn needed(task: MouseTask, targets: u32) -> u32 {
        match task {
            MouseTask::Click => targets.max(1),
            MouseTask::Drag => DRAG_ITEMS,
            MouseTask::DoubleClick | MouseTask::RightClick | MouseTask::Scroll => 1,
        }
    }

    /// A right move: the current task goes on, or the next one starts.
    pub fn hit(&mut self, tasks: &[MouseTask], targets: u32) {
        let Some(task) = self.current(tasks) else {
            return;
        };
        self.hits += 1;
        self.done += 1;
        self.missed_last = None;
        self.menu_open = false;
        if self.done >= Self::needed(task, targets) {
            self.task += 1;
            self.done = 0;
        }
    }

    /// A miss: counted, and the resident tries again.
    pub fn miss(&mut self, how: Miss) {
        self.misses += 1;
        self.missed_last = Some(how);
        self.menu_open = false;
    }

    /// Every task is done.
    pub fn is_complete(&self, tasks: &[MouseTask]) -> bool {
        self.task >= tasks.len()
    }

    /// The size of the click task's target number `n` (from 0): from big to small.
    pub fn target_size(n: u32, targets: u32) -> f32 {
        if targets <= 1 {
            return BIGGEST_TARGET;
        }
        #[allow(clippy::cast_precision_loss)]
        let t = n.min(targets - 1) as f32 / (targets - 1) as f32;
        BIGGEST_TARGET + (SMALLEST_TARGET - BIGGEST_TARGET) * t
    }

    /// Where target number `n` is, as fractions of the practice area's width and height:
    /// it moves around, never twice in the same place.
    pub fn target_place(n: u32) -> (f32, f32) {
        const PLACES: [(f32, f32); 6] = [
            (0.5, 0.5),
            (0.15, 0.2),
            (0.85, 0.75),
            (0.2, 0.8),
            (0.8, 0.2),
            (0.5, 0.15),
        ];
        PLACES[n as usize % PLACES.len()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tasks_follow_each_other_until_complete() {
        let tasks = [MouseTask::Click, MouseTask::DoubleClick, MouseTask::Drag];
        let mut run = MouseRun::default();
        run.hit(&tasks, 2);
        assert_eq!(run.current(&tasks), Some(MouseTask::Click));
        run.miss(Miss::Beside);
        assert_eq!(run.missed_last, Some(Miss::Beside));
        run.hit(&tasks, 2);
        assert_eq!(run.missed_last, None);
        assert_eq!(run.current(&tasks), Some(MouseTask::DoubleClick));
        run.hit(&tasks, 2);
        for _ in 0..DRAG_ITEMS {
            assert!(!run.is_complete(&tasks));
            run.hit(&tasks, 2);
        }
        assert!(run.is_complete(&tasks));
        assert_eq!((run.hits, run.misses), (3 + DRAG_ITEMS, 1));
        run.hit(&tasks, 2);
        assert_eq!(run.hits, 3 + DRAG_ITEMS, "nothing counts once complete");
    }

    #[test]
    fn targets_get_smaller() {
        let sizes: Vec<f32> = (0..5).map(|n| MouseRun::target_size(n, 5)).collect();
        assert!(sizes.windows(2).all(|w| w[1] < w[0]));
        assert!((sizes[4] - SMALLEST_TARGET).abs() < f32::EPSILON);
        assert!((MouseRun::target_size(0, 1) - BIGGEST_TARGET).abs() < f32::EPSILON);
    }
}
