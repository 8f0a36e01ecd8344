//! The agent area: behind a PIN chosen on first use, with a recovery code to write down.

use crate::model::pin::PinProblem;
use crate::store::agent::ResidentSummary;

/// What the agent area shows.
#[derive(Debug)]
pub enum AgentView {
    /// Choosing a PIN: the first time, or to change it.
    ChoosePin {
        /// The PIN typed.
        pin: String,
        /// Typed again.
        confirmation: String,
        /// Why the last choice was refused.
        problem: Option<PinProblem>,
    },
    /// The recovery code to write down, shown once.
    RecoveryCode {
        /// The code.
        code: String,
    },
    /// Asking for the PIN.
    Unlock {
        /// The PIN typed.
        pin: String,
        /// Seconds to wait after wrong tries (0: a wrong PIN, try again at once).
        wrong: Option<i64>,
    },
    /// Setting a new PIN with the recovery code.
    Recover {
        /// The code typed.
        code: String,
        /// The new PIN.
        pin: String,
        /// Typed again.
        confirmation: String,
        /// The code was wrong.
        wrong_code: bool,
        /// Why the new PIN was refused.
        problem: Option<PinProblem>,
    },
    /// The agent area, open: the residents of this PC.
    Open {
        /// The residents who share their results, the most recently seen first.
        residents: Vec<ResidentSummary>,
        /// How many others keep their results to themselves (only counted).
        private: u32,
    },
}

impl AgentView {
    /// Choosing a PIN, with nothing typed.
    pub fn choose_pin() -> Self {
        AgentView::ChoosePin {
            pin: String::new(),
            confirmation: String::new(),
            problem: None,
        }
    }

    /// Asking for the PIN, with nothing typed.
    pub fn unlock() -> Self {
        AgentView::Unlock {
            pin: String::new(),
            wrong: None,
        }
    }

    /// The recovery form, empty.
    pub fn recover() -> Self {
        AgentView::Recover {
            code: String::new(),
            pin: String::new(),
            confirmation: String::new(),
            wrong_code: false,
            problem: None,
        }
    }
}
