//! The workshops' actions: listing, creating and editing them, the group view and
//! attendance.

use super::AppError;
use super::PasserelleApp;
use crate::model::WorkshopUid;
use crate::session::{AgentView, Route, WorkshopAction, WorkshopDraft};

impl PasserelleApp {
    pub(super) fn apply_workshops(&mut self, action: &WorkshopAction) -> Result<(), AppError> {
        // Only from inside the agent area.
        let Route::Agent(view) = &mut self.state.route else {
            return Ok(());
        };
        if view.is_locked() {
            return Ok(());
        }
        match action {
            WorkshopAction::OpenWorkshops => {
                self.state.route = Route::Agent(AgentView::Workshops(self.store.workshops()?));
            }
            WorkshopAction::NewWorkshop => {
                let draft = WorkshopDraft::new(
                    &self.store.packs()?,
                    self.store.resident_summaries()?,
                    None,
                    self.state.lang,
                );
                self.state.route = Route::Agent(AgentView::EditWorkshop(Box::new(draft)));
            }
            WorkshopAction::EditWorkshop => {
                let AgentView::Workshop(report) = view else {
                    return Ok(());
                };
                let draft = WorkshopDraft::new(
                    &self.store.packs()?,
                    self.store.resident_summaries()?,
                    Some(&report.workshop),
                    self.state.lang,
                );
                self.state.route = Route::Agent(AgentView::EditWorkshop(Box::new(draft)));
            }
            WorkshopAction::SaveWorkshop => {
                let AgentView::EditWorkshop(draft) = view else {
                    return Ok(());
                };
                match draft.workshop() {
                    Ok(workshop) => {
                        self.store.save_workshop(&workshop)?;
                        self.open_workshop(&workshop.uid)?;
                        self.tell(false, |tr| tr.t("workshop-saved"));
                    }
                    Err(problems) => draft.problems = problems,
                }
            }
            WorkshopAction::OpenWorkshop(uid) => self.open_workshop(uid)?,
            WorkshopAction::SetAttendance { resident, present } => {
                let AgentView::Workshop(report) = view else {
                    return Ok(());
                };
                let uid = report.workshop.uid.clone();
                self.store.set_attendance(&uid, resident, *present)?;
                self.open_workshop(&uid)?;
            }
        }
        Ok(())
    }

    fn open_workshop(&mut self, uid: &WorkshopUid) -> Result<(), AppError> {
        self.state.route = Route::Agent(match self.store.workshop_report(uid)? {
            Some(report) => AgentView::Workshop(Box::new(report)),
            None => AgentView::Workshops(self.store.workshops()?),
        });
        Ok(())
    }
}
