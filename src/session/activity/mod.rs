//! A practice activity being done: its state while the resident works, the outcome to
//! record when they check it, and the result shown once it is recorded. One file per
//! activity; no egui and no I/O, so every rule is unit-tested.

mod files;
mod form;
mod mailbox;
mod mouse;
mod portal;

use std::time::Instant;

use crate::model::activity::ActivityOutcome;
use crate::model::{ActivityKind, Lang, password, typing};

pub use files::{FilesRun, Folder, SendProblem, TaskFile};
pub use form::FormRun;
pub use mailbox::MailboxRun;
pub use mouse::{DRAG_ITEMS, Miss, MouseRun};
pub use portal::{Call, PageProblem, PortalRun};

/// An activity of the current step, being done.
#[derive(Debug)]
pub struct ActivityRun {
    /// The step it belongs to.
    pub step: usize,
    /// When this try started.
    pub started: Instant,
    /// What the resident has done so far.
    pub state: RunState,
    /// The outcome of the last try, once recorded: its result is shown.
    pub result: Option<ActivityOutcome>,
}

/// The state of each kind of activity.
#[derive(Debug)]
pub enum RunState {
    /// Mouse practice.
    Mouse(MouseRun),
    /// Copying a text: what is typed so far.
    Keyboard(String),
    /// The pretend inbox.
    Mailbox(MailboxRun),
    /// The pretend form.
    Form(FormRun),
    /// The password being made (never stored, never logged).
    Password(PasswordDraft),
    /// The pretend file explorer.
    Files(FilesRun),
    /// A procedure on the pretend portal.
    Portal(PortalRun),
}

/// A password being typed. Its `Debug` output never shows it.
#[derive(Default)]
pub struct PasswordDraft {
    /// What is typed.
    pub text: String,
    /// Whether the characters are shown instead of dots.
    pub show: bool,
}

impl std::fmt::Debug for PasswordDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordDraft")
            .field("length", &self.text.chars().count())
            .field("show", &self.show)
            .finish()
    }
}

impl ActivityRun {
    /// A fresh try of the activity on step `step`.
    pub fn new(step: usize, kind: &ActivityKind, lang: Lang) -> Self {
        let state = match kind {
            ActivityKind::Mouse { .. } => RunState::Mouse(MouseRun::default()),
            ActivityKind::Keyboard { .. } => RunState::Keyboard(String::new()),
            ActivityKind::Mailbox { .. } => RunState::Mailbox(MailboxRun::default()),
            ActivityKind::Form { .. } => RunState::Form(FormRun::default()),
            ActivityKind::Password => RunState::Password(PasswordDraft::default()),
            ActivityKind::Files(task) => RunState::Files(FilesRun::new(task, lang)),
            ActivityKind::Portal(portal) => RunState::Portal(PortalRun::new(portal)),
        };
        Self {
            step,
            started: Instant::now(),
            state,
            result: None,
        }
    }

    /// The outcome of this try, to record when the resident checks it; `None` while
    /// there is nothing to check yet. `name` is the resident's first name (a password
    /// should not contain it).
    pub fn outcome(&self, kind: &ActivityKind, lang: Lang, name: &str) -> Option<ActivityOutcome> {
        // A form refused can be corrected and sent again; other results wait for
        // "Try again".
        let form_to_correct =
            matches!(self.state, RunState::Form(_)) && self.result.is_some_and(|r| !r.success);
        if self.result.is_some() && !form_to_correct {
            return None;
        }
        let (success, hits, misses) = match (&self.state, kind) {
            (RunState::Mouse(run), ActivityKind::Mouse { tasks, .. }) => {
                if !run.is_complete(tasks) {
                    return None;
                }
                (true, run.hits, run.misses)
            }
            (RunState::Keyboard(typed), ActivityKind::Keyboard { text }) => {
                if typed.trim().is_empty() {
                    return None;
                }
                let target = text.get(lang);
                let (right, mistakes) = typing::score(target, typed);
                (typing::is_copied(target, typed), right, mistakes)
            }
            (RunState::Mailbox(run), ActivityKind::Mailbox { messages }) => run.score(messages),
            (RunState::Form(run), ActivityKind::Form { fields, .. }) => run.score(fields),
            (RunState::Password(draft), ActivityKind::Password) => {
                if draft.text.is_empty() {
                    return None;
                }
                let check = password::check(&draft.text, name);
                let strong = check.strength() == password::Strength::Strong;
                (strong, u32::from(strong), u32::from(!strong))
            }
            (RunState::Files(run), ActivityKind::Files(task)) => run.score(task)?,
            (RunState::Portal(run), ActivityKind::Portal(portal)) => run.score(portal)?,
            _ => return None,
        };
        Some(ActivityOutcome {
            success,
            hits,
            misses,
            duration_ms: u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX),
        })
    }

    /// What the parts of this try that needed another try asked (a procedure's page
    /// types), to record with its outcome; empty for the activities that have no parts.
    pub fn stumbles(&self, kind: &ActivityKind) -> Vec<&'static str> {
        match (&self.state, kind) {
            (RunState::Portal(run), ActivityKind::Portal(portal)) => run.stumbles(portal),
            _ => Vec::new(),
        }
    }

    /// Shows the result once the outcome is recorded.
    pub fn recorded(&mut self, kind: &ActivityKind, outcome: ActivityOutcome) {
        match (&mut self.state, kind) {
            // The password is forgotten as soon as it is checked.
            (RunState::Password(draft), _) => *draft = PasswordDraft::default(),
            (RunState::Form(run), ActivityKind::Form { fields, .. }) => run.show_mistakes(fields),
            _ => {}
        }
        self.result = Some(outcome);
    }

    /// Goes back to work after a result: a form keeps what was typed so that the
    /// resident corrects it; every other activity starts again.
    pub fn try_again(&mut self, kind: &ActivityKind, lang: Lang) {
        // A form, or files handled wrong, keep what was done: only what is wrong is
        // done again. After a success, everything starts anew to practise again.
        let failed = self.result.is_some_and(|o| !o.success);
        if matches!(self.state, RunState::Form(_)) || (failed && matches!(self.state, RunState::Files(_))) {
            self.result = None;
            self.started = Instant::now();
        } else {
            *self = Self::new(self.step, kind, lang);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    #[test]
    fn the_keyboard_outcome_counts_letters_and_needs_an_exact_copy() {
        let kind = ActivityKind::Keyboard {
            text: Text::new("Été à Paris", "Summer"),
        };
        let mut run = ActivityRun::new(0, &kind, Lang::Fr);
        assert!(run.outcome(&kind, Lang::Fr, "Ana").is_none(), "nothing typed yet");
        run.state = RunState::Keyboard("Ete à Paris".into());
        let outcome = run.outcome(&kind, Lang::Fr, "Ana").expect("an outcome");
        assert!(!outcome.success);
        assert_eq!(
            (outcome.hits, outcome.misses),
            (9, 2),
            "É and é typed without accents"
        );
        run.state = RunState::Keyboard("Été à Paris".into());
        assert!(run.outcome(&kind, Lang::Fr, "Ana").expect("an outcome").success);
    }

    #[test]
    fn a_checked_password_is_forgotten_and_never_printed() {
        let kind = ActivityKind::Password;
        let mut run = ActivityRun::new(0, &kind, Lang::Fr);
        run.state = RunState::Password(PasswordDraft {
            text: "le chat de mamie dort sur le canapé".into(),
            show: false,
        });
        assert!(!format!("{run:?}").contains("mamie"));
        let outcome = run.outcome(&kind, Lang::Fr, "Ana").expect("an outcome");
        assert!(outcome.success);
        run.recorded(&kind, outcome);
        let RunState::Password(draft) = &run.state else {
            panic!("a password run");
        };
        assert!(draft.text.is_empty());
        assert!(run.outcome(&kind, Lang::Fr, "Ana").is_none(), "already recorded");
    }
}
