//! Cards locked with a picture code: giving the code to open a card, a resident choosing
//! or removing their own, a leader removing a forgotten one, and cards by initial.

use super::AppError;
use super::PasserelleApp;
use crate::model::Resident;
use crate::model::pin::PinCheck;
use crate::session::{AgentView, CardAction, CardCodeView, CodeProblem, CodePurpose, PathAction, Route};
use crate::store::now;

impl PasserelleApp {
    pub(super) fn apply_card_code(&mut self, action: &CardAction) -> Result<(), AppError> {
        match action {
            CardAction::PickResident(id) => {
                let Some(resident) = self.store.resident(*id)? else {
                    return self.show_profiles();
                };
                if resident.locked {
                    self.state.route =
                        Route::CardCode(Box::new(CardCodeView::new(resident, CodePurpose::Unlock)));
                } else {
                    self.open_card(resident)?;
                }
            }
            CardAction::PickCodePicture(picture) => self.pick_code_picture(*picture)?,
            CardAction::EraseCodePicture => {
                if let Route::CardCode(view) = &mut self.state.route {
                    view.picked.pop();
                }
            }
            CardAction::CancelCardCode => match &self.state.route {
                Route::CardCode(view) if view.purpose == CodePurpose::Unlock => self.show_profiles()?,
                Route::CardCode(_) => self.apply_path(&PathAction::OpenMyProgress)?,
                _ => {}
            },
            CardAction::ChooseCardCode => {
                if let Some(resident) = &self.state.resident {
                    self.state.route =
                        Route::CardCode(Box::new(CardCodeView::new(resident.clone(), CodePurpose::Choose)));
                }
            }
            CardAction::RemoveMyCardCode => {
                if let Some(resident) = &mut self.state.resident {
                    self.store.remove_card_code(resident.id)?;
                    resident.locked = false;
                    resident.follows_me = false;
                    self.tell(false, |tr| tr.t("code-removed"));
                    self.apply_path(&PathAction::OpenMyProgress)?;
                }
            }
            CardAction::ResetCardCode(id) => {
                if matches!(self.state.route, Route::Agent(AgentView::Open { .. })) {
                    self.store.remove_card_code(*id)?;
                    self.open_agent_area()?;
                }
            }
            CardAction::SetCardsByInitial(by_initial) => {
                if let Route::Agent(AgentView::Open { cards_by_initial, .. }) = &mut self.state.route {
                    self.store.set_cards_by_initial(*by_initial)?;
                    *cards_by_initial = *by_initial;
                }
            }
        }
        Ok(())
    }

    /// Opens `resident`'s home, in their language and display settings.
    fn open_card(&mut self, resident: Resident) -> Result<(), AppError> {
        self.state.lang = resident.lang;
        self.state.display = resident.display;
        self.store.touch_resident(resident.id, resident.lang)?;
        self.state.resident = Some(resident);
        self.show_home()
    }

    fn pick_code_picture(
        &mut self,
        picture: crate::model::picture_code::CodePicture,
    ) -> Result<(), AppError> {
        let Route::CardCode(view) = &mut self.state.route else {
            return Ok(());
        };
        let Some(code) = view.pick(picture) else {
            return Ok(());
        };
        match view.purpose {
            CodePurpose::Unlock => {
                let now = now();
                match self.store.check_card_code(view.resident.id, &code, now)? {
                    // Right, or removed by a leader meanwhile.
                    PinCheck::Right | PinCheck::NotSet => {
                        let resident = view.resident.clone();
                        self.open_card(resident)?;
                    }
                    PinCheck::Wrong { wait_ms } | PinCheck::TooSoon { wait_ms } => {
                        view.problem = Some(CodeProblem::Wrong);
                        view.wait_seconds = (wait_ms > 0).then_some((wait_ms + 999) / 1000);
                        view.wait_until = (wait_ms > 0).then_some(now + wait_ms);
                    }
                }
            }
            CodePurpose::Choose => {
                view.purpose = CodePurpose::Confirm(code);
                view.problem = None;
            }
            CodePurpose::Confirm(chosen) if chosen == code => {
                let id = view.resident.id;
                self.store.set_card_code(id, &code)?;
                if let Some(resident) = &mut self.state.resident {
                    resident.locked = true;
                }
                self.tell(false, |tr| tr.t("code-set"));
                self.apply_path(&PathAction::OpenMyProgress)?;
            }
            CodePurpose::Confirm(_) => {
                view.purpose = CodePurpose::Choose;
                view.problem = Some(CodeProblem::Mismatch);
            }
        }
        Ok(())
    }
}
