//! The agent area's actions: choosing, trying and recovering the PIN, opening and
//! closing the area.

use super::PasserelleApp;
use crate::model::pin::check_new_pin;
use crate::session::{Action, AgentView, ResidentList, Route};
use crate::store::agent::PinCheck;
use crate::store::{StoreError, now};

impl PasserelleApp {
    pub(super) fn apply_agent(&mut self, action: &Action) -> Result<(), StoreError> {
        match action {
            Action::OpenAgentArea => {
                // A resident's session ends: the agent area is never reached from it.
                self.state.resident = None;
                let view = if self.store.agent_pin_is_set()? {
                    AgentView::unlock()
                } else {
                    AgentView::choose_pin()
                };
                self.state.route = Route::Agent(view);
            }
            Action::ChangeAgentPin => {
                if matches!(self.state.route, Route::Agent(AgentView::Open { .. })) {
                    self.state.route = Route::Agent(AgentView::choose_pin());
                }
            }
            Action::StartPinRecovery => self.state.route = Route::Agent(AgentView::recover()),
            Action::ChooseAgentPin => self.choose_pin()?,
            Action::UnlockAgentArea => self.unlock()?,
            Action::RecoveryCodeNoted => self.open_agent_area()?,
            Action::CloseAgentArea => self.show_profiles()?,
            Action::BackToResidents => self.open_agent_area()?,
            Action::OpenResidentReport(uid) => {
                let Route::Agent(AgentView::Open { residents, .. }) = &self.state.route else {
                    return Ok(());
                };
                if let Some(summary) = residents.get(uid).cloned() {
                    let levels = self.store.competence_levels(uid)?;
                    self.state.route = Route::Agent(AgentView::Resident {
                        summary,
                        levels,
                        confirm_delete: false,
                    });
                }
            }
            Action::SaveStructureName => {
                if let Route::Agent(AgentView::Open { structure, .. }) = &self.state.route {
                    let name = structure.clone();
                    self.store.set_structure_name(&name)?;
                    self.tell_structure_saved();
                }
            }
            Action::AskDeleteResident => {
                if let Route::Agent(AgentView::Resident { confirm_delete, .. }) = &mut self.state.route {
                    *confirm_delete = true;
                }
            }
            Action::ConfirmDeleteResident => {
                let Route::Agent(AgentView::Resident {
                    summary,
                    confirm_delete: true,
                    ..
                }) = &self.state.route
                else {
                    return Ok(());
                };
                let (uid, name) = (summary.uid.clone(), summary.name.clone());
                self.store.delete_resident(&uid)?;
                self.open_agent_area()?;
                self.tell_deleted(&name);
            }
            _ => {}
        }
        Ok(())
    }

    pub(super) fn open_agent_area(&mut self) -> Result<(), StoreError> {
        self.state.route = Route::Agent(AgentView::Open {
            residents: ResidentList::new(self.store.resident_summaries()?),
            private: self.store.private_resident_count()?,
            structure: self.store.structure_name()?,
        });
        Ok(())
    }

    /// A first PIN, a changed one (from the open area) or a recovered one.
    fn choose_pin(&mut self) -> Result<(), StoreError> {
        let Route::Agent(view) = &mut self.state.route else {
            return Ok(());
        };
        match view {
            AgentView::ChoosePin {
                pin,
                confirmation,
                problem,
            } => {
                // A PIN is chosen freely only when none is set, or from the open area
                // (which reached this form through "Change the PIN").
                if let Err(p) = check_new_pin(pin, confirmation) {
                    *problem = Some(p);
                    return Ok(());
                }
                let code = self.store.set_agent_pin(pin)?;
                self.state.route = Route::Agent(AgentView::RecoveryCode { code });
            }
            AgentView::Recover {
                code,
                pin,
                confirmation,
                wrong_code,
                problem,
            } => {
                if let Err(p) = check_new_pin(pin, confirmation) {
                    *problem = Some(p);
                    return Ok(());
                }
                match self.store.recover_agent_pin(code, pin, now())? {
                    Some(next) => self.state.route = Route::Agent(AgentView::RecoveryCode { code: next }),
                    None => {
                        *wrong_code = true;
                        *problem = None;
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn unlock(&mut self) -> Result<(), StoreError> {
        let Route::Agent(AgentView::Unlock { pin, wrong }) = &mut self.state.route else {
            return Ok(());
        };
        let tried = std::mem::take(pin);
        match self.store.check_agent_pin(&tried, now())? {
            PinCheck::Right => self.open_agent_area()?,
            PinCheck::NotSet => self.state.route = Route::Agent(AgentView::choose_pin()),
            PinCheck::Wrong { wait_ms } | PinCheck::TooSoon { wait_ms } => {
                *wrong = Some((wait_ms + 999) / 1000);
            }
        }
        Ok(())
    }
}
