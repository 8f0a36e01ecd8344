//! The agent area: its PIN screens and the residents overview.

use egui::RichText;

use super::{agent_report, attestation_check, bidi, question_stats, theme, widgets, workshops};
use crate::i18n::Tr;
use crate::model::idle::TIMEOUT_CHOICES_MINUTES;
use crate::model::pin::MIN_PIN_CHARS;
use crate::session::{
    Action, AgentAction, AgentView, CardAction, EditorAction, FileAction, MAX_LISTED, OlderPack, SortBy,
    WorkshopAction,
};

/// What the agent area shows besides its view.
#[derive(Clone, Copy)]
pub struct AgentCtx<'a> {
    /// Minutes before an idle resident's session closes.
    pub timeout_minutes: u32,
    /// A file dialog is open.
    pub file_busy: bool,
    /// How far a long export is.
    pub export_progress: Option<f32>,
    /// A pack file with an older version, waiting for an answer.
    pub older_pack: Option<&'a OlderPack>,
    /// The library network's state, when this PC is on one.
    pub network: Option<&'a crate::model::network_status::NetworkStatus>,
    /// The live room of the open workshop, when this PC is on a network.
    pub live_room: Option<&'a crate::model::live_room::LiveRoomView>,
}

pub fn agent_ui(ui: &mut egui::Ui, view: &mut AgentView, ctx: AgentCtx<'_>, tr: &Tr<'_>) -> Option<Action> {
    ui.heading(tr.t("agent-title"));
    ui.add_space(theme::SECTION_GAP);
    match view {
        AgentView::ChoosePin { .. }
        | AgentView::RecoveryCode { .. }
        | AgentView::Unlock { .. }
        | AgentView::Recover { .. } => pin_ui(ui, view, tr),
        AgentView::Resident(report) => agent_report::report_ui(ui, report, ctx.file_busy, tr),
        AgentView::CheckedAttestation(checked) => attestation_check::check_ui(ui, checked, tr),
        AgentView::Workshops(list) => workshops::list_ui(ui, list, ctx.file_busy, tr),
        AgentView::EditWorkshop(draft) => workshops::edit_ui(ui, draft, tr),
        AgentView::Workshop(report) => workshops::group_ui(ui, report, ctx.file_busy, ctx.live_room, tr),
        AgentView::QuestionStats(stats) => question_stats::stats_ui(ui, stats, tr),
        // Drawn by `screen_ui`, which holds the editor.
        AgentView::Packs(_) | AgentView::EditPack => None,
        AgentView::Open {
            residents,
            private,
            structure,
            leader,
            locked,
            cards_by_initial,
        } => {
            let buttons = overview_buttons_ui(ui, &ctx, tr);
            let network = network_ui(ui, ctx.network, ctx.file_busy, tr);
            let settings = settings_ui(
                ui,
                (structure, leader, locked, *cards_by_initial),
                ctx.timeout_minutes,
                tr,
            );
            let listed = residents_ui(ui, residents, *private, tr);
            listed.or(settings).or(network).or(buttons)
        }
    }
}

/// The PIN screens: choosing one, the recovery code to write down, unlocking, and
/// recovering with the code.
fn pin_ui(ui: &mut egui::Ui, view: &mut AgentView, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    match view {
        AgentView::ChoosePin {
            pin,
            confirmation,
            problem,
        } => {
            ui.label(tr.args("agent-choose-pin", &[("min", MIN_PIN_CHARS.into())]));
            secret_field(ui, &tr.t("agent-new-pin"), pin);
            secret_field(ui, &tr.t("agent-confirm-pin"), confirmation);
            if let Some(problem) = problem {
                widgets::error_text(ui, &tr.t(problem.message_id()));
            }
            if widgets::primary_button(ui, &tr.t("agent-save-pin")).clicked() {
                action = Some(Action::Agent(AgentAction::ChooseAgentPin));
            }
        }
        AgentView::RecoveryCode { code } => {
            ui.label(tr.t("agent-recovery-intro"));
            ui.label(
                RichText::new(code.as_str())
                    .monospace()
                    .size(theme::HEADING_SIZE)
                    .strong(),
            );
            ui.label(tr.t("agent-recovery-keep"));
            if widgets::primary_button(ui, &tr.t("agent-recovery-noted")).clicked() {
                action = Some(Action::Agent(AgentAction::RecoveryCodeNoted));
            }
        }
        AgentView::Unlock { pin, wrong, .. } => {
            let waiting = wrong.is_some_and(|seconds| seconds > 0);
            let field = secret_field(ui, &tr.t("agent-pin"), pin);
            if !waiting && field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                action = Some(Action::Agent(AgentAction::UnlockAgentArea));
            }
            match wrong {
                Some(0) => widgets::error_text(ui, &tr.t("agent-wrong-pin")),
                Some(seconds) => {
                    widgets::error_text(ui, &tr.args("agent-wait", &[("seconds", (*seconds).into())]));
                }
                None => {}
            }
            ui.horizontal(|ui| {
                if widgets::primary_button_if(ui, &tr.t("agent-open"), !waiting).clicked() {
                    action = Some(Action::Agent(AgentAction::UnlockAgentArea));
                }
                if widgets::secondary_button(ui, &tr.t("agent-forgot")).clicked() {
                    action = Some(Action::Agent(AgentAction::StartPinRecovery));
                }
            });
        }
        AgentView::Recover {
            code,
            pin,
            confirmation,
            wrong_code,
            code_wait,
            problem,
        } => {
            ui.label(tr.t("agent-recover-intro"));
            widgets::labelled_text(ui, &tr.t("agent-recovery-code"), code);
            secret_field(ui, &tr.t("agent-new-pin"), pin);
            secret_field(ui, &tr.t("agent-confirm-pin"), confirmation);
            if *wrong_code {
                widgets::error_text(ui, &tr.t("agent-wrong-code"));
            }
            if let Some(seconds) = code_wait {
                widgets::error_text(ui, &tr.args("agent-code-wait", &[("seconds", (*seconds).into())]));
            }
            if let Some(problem) = problem {
                widgets::error_text(ui, &tr.t(problem.message_id()));
            }
            if widgets::primary_button(ui, &tr.t("agent-save-pin")).clicked() {
                action = Some(Action::Agent(AgentAction::ChooseAgentPin));
            }
        }
        _ => {}
    }
    action
}

/// The overview's buttons: the PIN, workshops, the pack editor, files and tables, and
/// the question about a pack file holding an older version.
fn overview_buttons_ui(ui: &mut egui::Ui, ctx: &AgentCtx<'_>, tr: &Tr<'_>) -> Option<Action> {
    let AgentCtx {
        file_busy,
        export_progress,
        older_pack,
        ..
    } = *ctx;
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        if widgets::secondary_button(ui, &tr.t("agent-change-pin")).clicked() {
            action = Some(Action::Agent(AgentAction::ChangeAgentPin));
        }
        if widgets::secondary_button(ui, &tr.t("agent-close")).clicked() {
            action = Some(Action::Agent(AgentAction::CloseAgentArea));
        }
    });
    ui.horizontal_wrapped(|ui| {
        if widgets::primary_button(ui, &tr.t("workshop-list")).clicked() {
            action = Some(Action::Workshop(WorkshopAction::OpenWorkshops));
        }
        if widgets::secondary_button(ui, &tr.t("editor-open-shelf")).clicked() {
            action = Some(Action::Editor(EditorAction::OpenPackShelf));
        }
        if widgets::secondary_button(ui, &tr.t("agent-question-stats")).clicked() {
            action = Some(Action::Agent(AgentAction::OpenQuestionStats(None)));
        }
    });
    if let Some(older) = older_pack {
        widgets::error_text(
            ui,
            &tr.args(
                "agent-pack-older",
                &[
                    ("file", older.file.as_str().into()),
                    ("installed", older.installed.as_str().into()),
                    ("offered", older.offered.as_str().into()),
                ],
            ),
        );
        ui.horizontal_wrapped(|ui| {
            if widgets::secondary_button(ui, &tr.t("agent-pack-older-replace")).clicked() {
                action = Some(Action::File(FileAction::ReplaceWithOlderPack(true)));
            }
            if widgets::primary_button(ui, &tr.t("agent-pack-older-keep")).clicked() {
                action = Some(Action::File(FileAction::ReplaceWithOlderPack(false)));
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        if widgets::secondary_button_if(ui, &tr.t("agent-add-pack"), !file_busy).clicked() {
            action = Some(Action::File(FileAction::AddPack));
        }
        if widgets::secondary_button_if(ui, &tr.t("agent-load"), !file_busy).clicked() {
            action = Some(Action::File(FileAction::LoadProgress));
        }
        if widgets::secondary_button_if(ui, &tr.t("agent-save-all"), !file_busy).clicked() {
            action = Some(Action::File(FileAction::SaveEveryonesProgress));
        }
        if widgets::secondary_button_if(ui, &tr.t("agent-check-attestation"), !file_busy).clicked() {
            action = Some(Action::File(FileAction::CheckAttestation));
        }
    });
    ui.label(tr.t("agent-keys-hint"));
    ui.horizontal_wrapped(|ui| {
        if widgets::secondary_button_if(ui, &tr.t("agent-save-keys"), !file_busy).clicked() {
            action = Some(Action::File(FileAction::SaveKeysFile));
        }
        if widgets::secondary_button_if(ui, &tr.t("agent-trust-keys"), !file_busy).clicked() {
            action = Some(Action::File(FileAction::TrustKeysFile));
        }
    });
    ui.horizontal_wrapped(|ui| {
        if widgets::secondary_button_if(ui, &tr.t("agent-export-residents"), !file_busy).clicked() {
            action = Some(Action::File(FileAction::ExportResidentsTable));
        }
        if widgets::secondary_button_if(ui, &tr.t("agent-export-answers"), !file_busy).clicked() {
            action = Some(Action::File(FileAction::ExportAnswersTable));
        }
    });
    if let Some(fraction) = export_progress {
        ui.add(
            egui::ProgressBar::new(fraction)
                .show_percentage()
                .desired_height(20.0),
        );
    }
    action
}

/// The settings of this PC: the structure's and the leader's names, the idle time before
/// a session closes, and how cards are shown (with the locked ones).
fn settings_ui(
    ui: &mut egui::Ui,
    (structure, leader, locked, cards_by_initial): (
        &mut String,
        &mut String,
        &[crate::model::Resident],
        bool,
    ),
    timeout_minutes: u32,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut action = None;
    ui.add_space(theme::SECTION_GAP);
    widgets::labelled_text(ui, &tr.t("agent-structure"), structure);
    widgets::labelled_text(ui, &tr.t("agent-leader"), leader);
    if widgets::secondary_button(ui, &tr.t("agent-structure-save")).clicked() {
        action = Some(Action::Agent(AgentAction::SaveAttestationNames));
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(tr.t("agent-timeout")).strong());
    ui.horizontal_wrapped(|ui| {
        for minutes in TIMEOUT_CHOICES_MINUTES {
            let label = tr.args("agent-minutes", &[("minutes", minutes.into())]);
            if widgets::toggle(ui, minutes == timeout_minutes, &label).clicked() {
                action = Some(Action::Agent(AgentAction::SetSessionTimeout(minutes)));
            }
        }
    });
    ui.add_space(theme::SECTION_GAP);
    if let Some(a) = cards_ui(ui, locked, cards_by_initial, tr) {
        action = Some(a);
    }
    action
}

/// The residents who share their results, searched and sorted, each opening a report.
fn residents_ui(
    ui: &mut egui::Ui,
    residents: &mut crate::session::ResidentList,
    private: u32,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut action = None;
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(tr.args("agent-residents", &[("count", residents.len().into())])).strong());
    if private > 0 {
        ui.label(tr.args("agent-private", &[("count", private.into())]));
    }
    if residents.len() > MAX_LISTED {
        widgets::labelled_text(ui, &tr.t("agent-search"), &mut residents.search);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(tr.t("agent-sort"));
        for sort in SortBy::ALL {
            if widgets::toggle(ui, residents.sort() == sort, &tr.t(sort.label_id())).clicked() {
                residents.sort_by(sort);
            }
        }
    });
    let (shown, others) = residents.shown();
    for resident in shown {
        let palette = theme::palette(ui);
        widgets::boxed(ui, palette.panel, egui::Stroke::new(1.0, palette.border), |ui| {
            let open = tr.args("agent-open-report", &[("name", resident.name.as_str().into())]);
            if widgets::button(ui, &open).clicked() {
                action = Some(Action::Agent(AgentAction::OpenResidentReport(
                    resident.uid.clone(),
                )));
            }
            bidi::label(ui, &resident.name, RichText::strong);
            ui.label(agent_report::figures(resident, tr));
        });
    }
    if others > 0 {
        ui.label(
            RichText::new(tr.args("agent-more", &[("count", others.into())]))
                .color(theme::palette(ui).text_muted),
        );
    }
    action
}

/// A field whose text is hidden, named by its label.
fn secret_field(ui: &mut egui::Ui, label: &str, text: &mut String) -> egui::Response {
    let label = ui.label(RichText::new(label).strong());
    ui.add(
        egui::TextEdit::singleline(text)
            .password(true)
            .desired_width(320.0)
            .min_size(egui::vec2(0.0, theme::MIN_TARGET)),
    )
    .labelled_by(label.id)
}

/// How the profile cards show, and the cards locked with a picture code (a leader
/// removes the code of a resident who forgot it).
fn cards_ui(
    ui: &mut egui::Ui,
    locked: &[crate::model::Resident],
    by_initial: bool,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut action = None;
    ui.label(RichText::new(tr.t("agent-cards")).strong());
    ui.horizontal_wrapped(|ui| {
        for (initial, label) in [(false, "agent-cards-names"), (true, "agent-cards-initials")] {
            if widgets::toggle(ui, by_initial == initial, &tr.t(label)).clicked() {
                action = Some(Action::Card(CardAction::SetCardsByInitial(initial)));
            }
        }
    });
    if locked.is_empty() {
        return action;
    }
    ui.label(tr.args("agent-cards-locked", &[("count", locked.len().into())]));
    for resident in locked {
        ui.horizontal_wrapped(|ui| {
            widgets::avatar_badge(ui, resident.avatar);
            bidi::label(ui, &resident.name, |t| t);
            let remove = tr.args("agent-code-remove", &[("name", resident.name.as_str().into())]);
            if widgets::secondary_button(ui, &remove).clicked() {
                action = Some(Action::Card(CardAction::ResetCardCode(resident.id)));
            }
        });
    }
    action
}

/// The library network: this PC's site, the last round in words, "Sync now", and joining
/// a network (or another site) with a join file.
fn network_ui(
    ui: &mut egui::Ui,
    status: Option<&crate::model::network_status::NetworkStatus>,
    file_busy: bool,
    tr: &Tr<'_>,
) -> Option<Action> {
    let mut action = None;
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(tr.t("network-area-title")).strong());
    let Some(status) = status else {
        ui.label(tr.t("network-area-not-joined"));
        if widgets::secondary_button_if(ui, &tr.t("network-join-button"), !file_busy).clicked() {
            action = Some(Action::File(FileAction::JoinNetwork));
        }
        return action;
    };
    ui.label(tr.args("network-area-site", &[("site", status.site.as_str().into())]));
    ui.label(tr.network_state(status));
    let label = if status.syncing {
        tr.t("network-syncing")
    } else {
        tr.t("network-sync-now")
    };
    if widgets::secondary_button_if(ui, &label, !status.syncing).clicked() {
        action = Some(Action::Agent(AgentAction::SyncNetwork));
    }
    action
}
