//! The agent area: behind a PIN chosen on first use, with a recovery code to write down.

use crate::model::matching::fold;
use crate::model::pin::PinProblem;
use crate::model::progress::ResidentSummary;
use crate::model::workshop::{WorkshopReport, WorkshopSummary};
use crate::model::{Competence, DraftUid, Level, ResidentUid};

use super::WorkshopDraft;

/// One resident's report, with what the leader is typing on it.
#[derive(Debug)]
pub struct ResidentReport {
    /// Their figures.
    pub summary: ResidentSummary,
    /// The highest level finished in each competence.
    pub levels: Vec<(Competence, Level)>,
    /// Milliseconds spent on answers and practice.
    pub time_spent_ms: i64,
    /// The procedures they practised on the pretend portal.
    pub procedures: Vec<crate::model::progress::ProcedureTry>,
    /// Where their answers were given (this PC, the network's sites), with how many.
    pub answer_places: Vec<(crate::model::progress::AnswerPlace, u32)>,
    /// The leaders' note, as typed.
    pub note: String,
    /// Their name, as typed to rename them.
    pub name: String,
    /// "Delete" was pressed: the confirmation is shown.
    pub confirm_delete: bool,
    /// Choosing another profile of the same person to merge into this one.
    pub merge: Option<MergeChoice>,
}

/// Choosing the profile to merge into the one of the report.
#[derive(Debug)]
pub struct MergeChoice {
    /// The other residents who share their results.
    pub others: ResidentList,
    /// The one chosen, waiting for confirmation.
    pub chosen: Option<ResidentSummary>,
}

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
        /// Seconds to wait after wrong tries (0: a wrong PIN, try again at once), counted
        /// down as time passes.
        wrong: Option<i64>,
        /// When the next try is allowed (milliseconds since 1970), while waiting.
        wait_until: Option<i64>,
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
        /// Seconds to wait before the next code, after wrong ones.
        code_wait: Option<i64>,
        /// Why the new PIN was refused.
        problem: Option<PinProblem>,
    },
    /// One resident's report.
    Resident(Box<ResidentReport>),
    /// What checking an attestation found.
    CheckedAttestation(Box<crate::model::attestation_check::CheckedAttestation>),
    /// The workshops, the latest first.
    Workshops(Vec<WorkshopSummary>),
    /// A workshop being created or edited.
    EditWorkshop(Box<WorkshopDraft>),
    /// A workshop's group view: attendance, progress, most missed questions.
    Workshop(Box<WorkshopReport>),
    /// How each question of a pack goes, the most missed first.
    QuestionStats(Box<crate::model::item_stats::QuestionStats>),
    /// The packs a trainer can write: drafts, built-in packs to copy, a new one.
    Packs(PackShelf),
    /// The pack editor (its state is kept in `AppState::pack_editor`, so that a preview
    /// can come back to it).
    EditPack,
    /// The agent area, open: the residents of this PC.
    Open {
        /// The residents who share their results.
        residents: ResidentList,
        /// How many others keep their results to themselves (only counted).
        private: u32,
        /// The structure's name printed on attestations, as typed.
        structure: String,
        /// The leader's name printed and signed on attestations, as typed.
        leader: String,
        /// The cards locked with a picture code (whoever shares or not: the code is
        /// removed from here when its resident forgot it).
        locked: Vec<crate::model::Resident>,
        /// The profile cards show initials only.
        cards_by_initial: bool,
    },
}

/// What the trainers' shelf lists.
#[derive(Clone, Debug, Default)]
pub struct PackShelf {
    /// Drafts being written, the latest first.
    pub drafts: Vec<crate::model::saved_draft::DraftSummary>,
    /// The built-in packs' titles (in both languages), in order.
    pub builtin: Vec<crate::model::Text>,
    /// A draft the trainer asked to delete, waiting for confirmation.
    pub deleting: Option<DraftUid>,
}

impl AgentView {
    /// Whether this view is a step before the area opens (choosing, typing or recovering
    /// the PIN): nothing of the area may be done from it.
    pub fn is_locked(&self) -> bool {
        matches!(
            self,
            AgentView::ChoosePin { .. }
                | AgentView::Unlock { .. }
                | AgentView::Recover { .. }
                | AgentView::RecoveryCode { .. }
        )
    }

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
            wait_until: None,
        }
    }

    /// The recovery form, empty.
    pub fn recover() -> Self {
        AgentView::Recover {
            code: String::new(),
            pin: String::new(),
            confirmation: String::new(),
            wrong_code: false,
            code_wait: None,
            problem: None,
        }
    }
}

/// How the residents' list is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    /// The most recently seen first.
    #[default]
    LastVisit,
    /// By name.
    Name,
    /// The most lessons finished first.
    Progress,
}

impl SortBy {
    /// Every order, as offered.
    pub const ALL: [SortBy; 3] = [SortBy::LastVisit, SortBy::Name, SortBy::Progress];

    /// The Fluent id of its name.
    pub fn label_id(self) -> &'static str {
        match self {
            SortBy::LastVisit => "agent-sort-last-visit",
            SortBy::Name => "agent-sort-name",
            SortBy::Progress => "agent-sort-progress",
        }
    }
}

/// The most residents drawn at once; a search finds the others.
pub const MAX_LISTED: usize = 50;

/// The residents of the leaders' area, searched and sorted without redoing the work
/// every frame.
#[derive(Debug, Default)]
pub struct ResidentList {
    /// What is typed in the search box.
    pub search: String,
    sort: SortBy,
    residents: Vec<ResidentSummary>,
    folded: Vec<String>,
    order: Vec<usize>,
}

impl ResidentList {
    /// The list of `residents` (given most recently seen first).
    pub fn new(residents: Vec<ResidentSummary>) -> Self {
        let folded = residents.iter().map(|r| fold(&r.name)).collect();
        let mut list = Self {
            search: String::new(),
            sort: SortBy::LastVisit,
            order: (0..residents.len()).collect(),
            residents,
            folded,
        };
        list.sort_by(SortBy::LastVisit);
        list
    }

    /// How many residents there are.
    pub fn len(&self) -> usize {
        self.residents.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.residents.is_empty()
    }

    /// The current order.
    pub fn sort(&self) -> SortBy {
        self.sort
    }

    /// Sorts the list.
    pub fn sort_by(&mut self, sort: SortBy) {
        self.sort = sort;
        let mut order: Vec<usize> = (0..self.residents.len()).collect();
        match sort {
            // Given in this order.
            SortBy::LastVisit => {}
            SortBy::Name => order.sort_by(|&a, &b| self.folded[a].cmp(&self.folded[b])),
            SortBy::Progress => {
                order.sort_by(|&a, &b| {
                    self.residents[b]
                        .lessons_done
                        .cmp(&self.residents[a].lessons_done)
                });
            }
        }
        self.order = order;
    }

    /// The resident with this unique id.
    pub fn get(&self, uid: &ResidentUid) -> Option<&ResidentSummary> {
        self.residents.iter().find(|r| &r.uid == uid)
    }

    /// The residents to draw for the search, at most [`MAX_LISTED`], and how many other
    /// residents match.
    pub fn shown(&self) -> (Vec<&ResidentSummary>, usize) {
        let search = fold(&self.search);
        let mut matching = self
            .order
            .iter()
            .filter(|&&i| search.is_empty() || self.folded[i].contains(&search))
            .map(|&i| &self.residents[i]);
        let shown: Vec<&ResidentSummary> = matching.by_ref().take(MAX_LISTED).collect();
        (shown, matching.count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(name: &str, lessons: u32, seen: i64) -> ResidentSummary {
        ResidentSummary {
            uid: name.into(),
            name: name.into(),
            last_seen_at: seen,
            lessons_done: lessons,
            answers: 0,
            right: 0,
        }
    }

    #[test]
    fn search_and_sort() {
        let mut list = ResidentList::new(vec![
            summary("Zoé", 1, 3),
            summary("Élise", 5, 2),
            summary("Marc", 3, 1),
        ]);
        let names = |list: &ResidentList| list.shown().0.iter().map(|r| r.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&list), ["Zoé", "Élise", "Marc"]);
        list.sort_by(SortBy::Name);
        assert_eq!(names(&list), ["Élise", "Marc", "Zoé"]);
        list.sort_by(SortBy::Progress);
        assert_eq!(names(&list), ["Élise", "Marc", "Zoé"]);
        list.search = "ELI".into();
        assert_eq!(names(&list), ["Élise"]);
        let many = ResidentList::new((0..120).map(|i| summary(&format!("R{i}"), 0, 0)).collect());
        assert_eq!(many.shown().0.len(), MAX_LISTED);
        assert_eq!(many.shown().1, 120 - MAX_LISTED);
    }
}
