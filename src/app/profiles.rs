//! The profile cards and a resident's own session: making a card, home, sharing results,
//! "I'm still here", and going back to the cards.

use super::AppError;
use super::{PasserelleApp, path};
use crate::session::{HomeView, MAX_CARDS, ProfileAction, ProfileCards, ProfileDraft, Route};

impl PasserelleApp {
    pub(super) fn apply_profile(&mut self, action: &ProfileAction) -> Result<(), AppError> {
        match action {
            ProfileAction::NewProfile => self.state.route = Route::NewProfile(ProfileDraft::default()),
            ProfileAction::CancelNewProfile => self.show_profiles()?,
            ProfileAction::ChangeProfile => {
                // What was said to this resident is not left for the next one.
                self.state.notice = None;
                self.show_profiles()?;
                self.backup_if_due();
            }
            ProfileAction::CreateProfile => self.create_profile()?,
            ProfileAction::GoHome => {
                if !self.end_preview() {
                    self.show_home()?;
                }
            }
            &ProfileAction::SetSharesResults(shares) => {
                if let Some(resident) = &mut self.state.resident {
                    self.store.set_shares_results(resident.id, shares)?;
                    resident.shares_results = shares;
                }
            }
            &ProfileAction::SetFollowsMe(follows) => {
                if let Some(resident) = &mut self.state.resident {
                    // Only a card its picture code protects may leave this PC.
                    let follows = follows && resident.locked;
                    self.store.set_follows_me(resident.id, follows)?;
                    resident.follows_me = follows;
                }
            }
            // The click itself was activity: the countdown stops.
            ProfileAction::StillHere => self.state.closing_in = None,
        }
        Ok(())
    }

    fn create_profile(&mut self) -> Result<(), AppError> {
        let Route::NewProfile(draft) = &mut self.state.route else {
            return Ok(());
        };
        let Some(name) = draft.clean_name() else {
            draft.name_missing = true;
            return Ok(());
        };
        let shares = draft.shares_results;
        let mut resident =
            self.store
                .create_resident(&name, draft.avatar(), self.state.lang, self.state.display)?;
        if shares {
            self.store.set_shares_results(resident.id, true)?;
            resident.shares_results = true;
        }
        self.state.resident = Some(resident);
        self.show_home()
    }

    pub(super) fn show_profiles(&mut self) -> Result<(), AppError> {
        self.state.resident = None;
        // The leaders' area is closed: its key to sign attestations is put away.
        self.structure_key = None;
        self.leaders_pin = None;
        // Back on the shared screen: this PC's settings, not the last resident's.
        self.state.display = self.store.display()?;
        let mut cards = ProfileCards::recent(
            self.store.recent_residents(MAX_CARDS)?,
            self.store.resident_count()?,
        );
        cards.by_initial = self.store.cards_by_initial()?;
        self.state.route = Route::Profiles(cards);
        Ok(())
    }

    pub(super) fn show_home(&mut self) -> Result<(), AppError> {
        let Some(resident) = &self.state.resident else {
            return self.show_profiles();
        };
        let home = self.home_view(resident.id)?;
        self.state.route = Route::Home(home);
        Ok(())
    }

    /// Home for a resident: the packs, their progress, their workshop's lessons, their
    /// next steps after the positioning test, and the review waiting.
    pub(super) fn home_view(&self, resident: crate::model::ResidentId) -> Result<HomeView, AppError> {
        let mut home = HomeView::new(
            self.store.packs()?,
            self.store.progress(resident)?,
            self.store.given_lessons(resident)?,
        );
        if let Some(result) = self.store.positioning_results(resident, 1)?.first() {
            let steps = path::next_steps(&home, &result.standings, 3);
            home.set_next_steps(steps);
        }
        home.test = self.test_status(resident)?;
        home.reviews_due = self.store.due_review_count(resident, crate::store::now())?;
        Ok(home)
    }
}
