//! The agent area's actions: choosing, trying and recovering the PIN, opening and
//! closing the area, and a resident's report (note, rename, merge, delete).

use super::AppError;
use super::PasserelleApp;
use crate::model::ResidentUid;
use crate::model::pin::{PinCheck, RecoveryAnswer, check_new_pin};
use crate::session::{AgentAction, AgentView, MergeChoice, ResidentList, ResidentReport, Route, clean_name};
use crate::store::now;

impl PasserelleApp {
    #[allow(
        clippy::too_many_lines,
        reason = "one exhaustive arm per action of the leaders' area."
    )]
    pub(super) fn apply_agent(&mut self, action: &AgentAction) -> Result<(), AppError> {
        match action {
            AgentAction::OpenAgentArea => {
                // A resident's session ends: the agent area is never reached from it.
                self.state.resident = None;
                let view = if self.store.agent_pin_is_set()? {
                    AgentView::unlock()
                } else {
                    AgentView::choose_pin()
                };
                self.state.route = Route::Agent(view);
            }
            AgentAction::SyncNetwork => {
                if matches!(self.state.route, Route::Agent(AgentView::Open { .. })) {
                    self.sync_network_now();
                }
            }
            AgentAction::ChangeAgentPin => {
                if matches!(self.state.route, Route::Agent(AgentView::Open { .. })) {
                    self.state.route = Route::Agent(AgentView::choose_pin());
                }
            }
            AgentAction::StartPinRecovery => self.state.route = Route::Agent(AgentView::recover()),
            AgentAction::ChooseAgentPin => self.choose_pin()?,
            AgentAction::UnlockAgentArea => self.unlock()?,
            AgentAction::RecoveryCodeNoted | AgentAction::BackToResidents => self.open_agent_area()?,
            AgentAction::CloseAgentArea => {
                // A draft being written stays in the store.
                self.keep_draft()?;
                self.state.pack_editor = None;
                self.show_profiles()?;
            }
            AgentAction::TrustSigner => self.trust_signer()?,
            AgentAction::OpenResidentReport(uid) => self.open_report(uid)?,
            AgentAction::OpenQuestionStats(pack) => match self.store.question_stats(pack.as_ref())? {
                Some(stats) => self.state.route = Route::Agent(AgentView::QuestionStats(Box::new(stats))),
                None => self.open_agent_area()?,
            },
            AgentAction::SaveAttestationNames => {
                if let Route::Agent(AgentView::Open {
                    structure, leader, ..
                }) = &self.state.route
                {
                    let (structure, leader) = (structure.clone(), leader.clone());
                    self.store.set_attestation_names(&structure, &leader)?;
                    self.tell_structure_saved();
                }
            }
            AgentAction::AskDeleteResident => {
                if let Some(report) = self.report_mut() {
                    report.confirm_delete = true;
                }
            }
            AgentAction::ConfirmDeleteResident => {
                let Some(report) = self.report_mut().filter(|r| r.confirm_delete) else {
                    return Ok(());
                };
                let (uid, name) = (report.summary.uid.clone(), report.summary.name.clone());
                let data_dir = self.data_dir();
                let erasure = self.store.erase_resident(&uid, &name, data_dir.as_deref())?;
                self.open_agent_area()?;
                self.tell_erased(&name, &erasure);
            }
            AgentAction::SaveResidentNote => {
                let Some(report) = self.report_mut() else {
                    return Ok(());
                };
                let (uid, note) = (report.summary.uid.clone(), report.note.clone());
                self.store.set_resident_note(&uid, &note)?;
                self.tell(false, |tr| tr.t("agent-note-saved"));
            }
            AgentAction::RenameResident => {
                let Some(report) = self.report_mut() else {
                    return Ok(());
                };
                let uid = report.summary.uid.clone();
                match clean_name(&report.name) {
                    Some(name) => {
                        self.store.rename_resident(&uid, &name)?;
                        self.open_report(&uid)?;
                        self.tell(false, |tr| {
                            tr.args("agent-renamed", &[("name", name.as_str().into())])
                        });
                    }
                    None => self.tell(true, |tr| tr.t("agent-rename-empty")),
                }
            }
            AgentAction::StartMergeResident => {
                let others = self.store.resident_summaries()?;
                if let Some(report) = self.report_mut() {
                    let own = report.summary.uid.clone();
                    report.merge = Some(MergeChoice {
                        others: ResidentList::new(others.into_iter().filter(|r| r.uid != own).collect()),
                        chosen: None,
                    });
                }
            }
            AgentAction::ChooseMergeResident(uid) => {
                if let Some(MergeChoice { others, chosen }) = self.report_mut().and_then(|r| r.merge.as_mut())
                {
                    *chosen = others.get(uid).cloned();
                }
            }
            AgentAction::ConfirmMergeResident => {
                let Some(report) = self.report_mut() else {
                    return Ok(());
                };
                let Some(absorbed) = report.merge.as_ref().and_then(|m| m.chosen.clone()) else {
                    return Ok(());
                };
                let kept = report.summary.uid.clone();
                if self.store.merge_residents(&kept, &absorbed.uid)? {
                    self.open_report(&kept)?;
                    self.tell(false, |tr| {
                        tr.args("agent-merged", &[("name", absorbed.name.as_str().into())])
                    });
                }
            }
            AgentAction::SetSessionTimeout(minutes) => {
                self.store.set_session_timeout_minutes(*minutes)?;
                self.state.session_timeout_minutes = *minutes;
            }
        }
        Ok(())
    }

    /// Shows a sharing resident's report, fresh from the store.
    fn open_report(&mut self, uid: &ResidentUid) -> Result<(), AppError> {
        let Some(summary) = self.store.resident_summary(uid)? else {
            return self.open_agent_area();
        };
        self.state.route = Route::Agent(AgentView::Resident(Box::new(ResidentReport {
            levels: self.store.competence_levels(uid)?,
            time_spent_ms: self.store.time_spent(uid)?,
            procedures: self.store.procedures(uid)?,
            answer_places: self.store.answer_places(uid)?,
            note: self.store.resident_note(uid)?,
            name: summary.name.clone(),
            summary,
            confirm_delete: false,
            merge: None,
        })));
        Ok(())
    }

    /// The report shown, if one is.
    pub(super) fn report_mut(&mut self) -> Option<&mut ResidentReport> {
        match &mut self.state.route {
            Route::Agent(AgentView::Resident(report)) => Some(report),
            _ => None,
        }
    }

    pub(super) fn open_agent_area(&mut self) -> Result<(), AppError> {
        self.state.route = Route::Agent(AgentView::Open {
            residents: ResidentList::new(self.store.resident_summaries()?),
            private: self.store.private_resident_count()?,
            structure: self.store.structure_name()?,
            leader: self.store.leader_name()?,
            locked: self.store.residents()?.into_iter().filter(|r| r.locked).collect(),
            cards_by_initial: self.store.cards_by_initial()?,
        });
        Ok(())
    }

    /// A first PIN, a changed one (from the open area) or a recovered one.
    fn choose_pin(&mut self) -> Result<(), AppError> {
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
                self.structure_key = self.store.structure_key(pin)?;
                super::network_sync::reseal(&mut self.store, self.network.as_ref(), pin)?;
                self.leaders_pin = Some(pin.clone());
                self.state.route = Route::Agent(AgentView::RecoveryCode { code });
            }
            AgentView::Recover {
                code,
                pin,
                confirmation,
                wrong_code,
                code_wait,
                problem,
            } => {
                if let Err(p) = check_new_pin(pin, confirmation) {
                    *problem = Some(p);
                    return Ok(());
                }
                match self.store.recover_agent_pin(code, pin, now())? {
                    RecoveryAnswer::NewCode(next) => {
                        self.structure_key = self.store.structure_key(pin)?;
                        super::network_sync::reseal(&mut self.store, self.network.as_ref(), pin)?;
                        self.leaders_pin = Some(pin.clone());
                        self.state.route = Route::Agent(AgentView::RecoveryCode { code: next });
                    }
                    RecoveryAnswer::Wrong { wait_ms } | RecoveryAnswer::TooSoon { wait_ms } => {
                        *wrong_code = true;
                        *code_wait = (wait_ms > 0).then_some((wait_ms + 999) / 1000);
                        *problem = None;
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Trusts the key of the attestation being checked, under the name the leader typed:
    /// its attestations are valid on this PC from now on.
    fn trust_signer(&mut self) -> Result<(), AppError> {
        use crate::model::attestation_check::{CheckOutcome, Signer};
        let Route::Agent(AgentView::CheckedAttestation(checked)) = &mut self.state.route else {
            return Ok(());
        };
        let CheckOutcome::Signed { facts, signer, .. } = &mut checked.outcome else {
            return Ok(());
        };
        let name = checked.trust_name.trim().to_owned();
        if name.is_empty() || *signer != Signer::Unknown {
            return Ok(());
        }
        self.store.trust_key(&facts.key, &name, now())?;
        *signer = Signer::Trusted(name);
        Ok(())
    }

    fn unlock(&mut self) -> Result<(), AppError> {
        let Route::Agent(AgentView::Unlock {
            pin,
            wrong,
            wait_until,
        }) = &mut self.state.route
        else {
            return Ok(());
        };
        let tried = std::mem::take(pin);
        let now = now();
        match self.store.check_agent_pin(&tried, now)? {
            PinCheck::Right => {
                self.structure_key = self.store.structure_key(&tried)?;
                self.start_network(&tried)?;
                self.leaders_pin = Some(tried);
                self.open_agent_area()?;
            }
            PinCheck::NotSet => self.state.route = Route::Agent(AgentView::choose_pin()),
            PinCheck::Wrong { wait_ms } | PinCheck::TooSoon { wait_ms } => {
                *wrong = Some((wait_ms + 999) / 1000);
                *wait_until = (wait_ms > 0).then_some(now + wait_ms);
            }
        }
        Ok(())
    }

    /// Counts down the wait after wrong tries, once a second, while the leaders' PIN or
    /// a card's picture code is asked for.
    pub(super) fn tick_waits(&mut self, ctx: &egui::Context) {
        let (wrong, wait_until) = match &mut self.state.route {
            Route::Agent(AgentView::Unlock {
                wrong, wait_until, ..
            }) => (wrong, wait_until),
            Route::CardCode(view) => (&mut view.wait_seconds, &mut view.wait_until),
            _ => return,
        };
        let Some(until) = *wait_until else {
            return;
        };
        let left = (until - now()).max(0);
        *wrong = Some((left + 999) / 1000);
        if left == 0 {
            *wait_until = None;
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(
                u64::try_from(left % 1000).unwrap_or(0) + 1,
            ));
        }
    }
}
