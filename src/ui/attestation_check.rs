//! The leaders' "Check an attestation" screen: what checking a PDF found (valid, altered,
//! signed by a structure this PC does not know, not signed) and the facts it attests.

use egui::RichText;

use super::{bidi, theme, widgets};
use crate::i18n::Tr;
use crate::model::attestation_check::{CheckOutcome, CheckedAttestation, Facts, SignedLesson, Signer};
use crate::model::calendar::format_date;
use crate::session::{Action, AgentAction};

/// Draws the screen; returns what the leader asked for.
pub fn check_ui(ui: &mut egui::Ui, checked: &mut CheckedAttestation, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    if widgets::secondary_button(ui, &tr.t("agent-back-to-list")).clicked() {
        action = Some(Action::Agent(AgentAction::BackToResidents));
    }
    ui.heading(tr.t("attestation-check-title"));
    bidi::label(
        ui,
        &tr.args(
            "attestation-check-file",
            &[("file", checked.file.as_str().into())],
        ),
        |t| t,
    );
    ui.add_space(theme::GROUP_GAP);
    match &checked.outcome {
        CheckOutcome::Signed {
            facts,
            signer,
            fingerprint,
        } => {
            let key = fingerprint.as_str().into();
            let verdict = match signer {
                Signer::Own => tr.args("attestation-check-valid-own", &[("key", key)]),
                Signer::Trusted(name) => tr.args(
                    "attestation-check-valid-trusted",
                    &[("structure", name.as_str().into()), ("key", key)],
                ),
                Signer::Unknown => tr.args("attestation-check-unknown-signer", &[("key", key)]),
            };
            if matches!(signer, Signer::Unknown) {
                widgets::error_text(ui, &verdict);
            } else {
                let label = ui.label(RichText::new(verdict).color(theme::palette(ui).success).strong());
                widgets::announce(&label);
            }
            facts_ui(ui, facts, tr);
            if matches!(signer, Signer::Unknown) && trust_ui(ui, &mut checked.trust_name, fingerprint, tr) {
                action = Some(Action::Agent(AgentAction::TrustSigner));
            }
        }
        CheckOutcome::Altered => widgets::error_text(ui, &tr.t("attestation-check-altered")),
        CheckOutcome::Unsigned => widgets::error_text(ui, &tr.t("attestation-check-unsigned")),
    }
    others_ui(ui, &checked.others, tr);
    action
}

/// The other attestations of a file that holds several (a workshop's PDF): one line each,
/// its page, its verdict and whose it is.
fn others_ui(ui: &mut egui::Ui, others: &[CheckOutcome], tr: &Tr<'_>) {
    if others.is_empty() {
        return;
    }
    ui.add_space(theme::SECTION_GAP);
    ui.label(
        RichText::new(tr.args("attestation-check-more", &[("count", (others.len() + 1).into())])).strong(),
    );
    for (index, outcome) in others.iter().enumerate() {
        let page = (index + 2).into();
        match outcome {
            CheckOutcome::Signed { facts, signer, .. } => {
                let id = if matches!(signer, Signer::Unknown) {
                    "attestation-check-page-unknown"
                } else {
                    "attestation-check-page-valid"
                };
                let text = tr.args(id, &[("page", page), ("name", facts.name.as_str().into())]);
                if matches!(signer, Signer::Unknown) {
                    widgets::error_text(ui, &text);
                } else {
                    bidi::label(ui, &text, |t| t);
                }
            }
            CheckOutcome::Altered | CheckOutcome::Unsigned => {
                widgets::error_text(ui, &tr.args("attestation-check-page-altered", &[("page", page)]));
            }
        }
    }
}

/// The signed facts.
fn facts_ui(ui: &mut egui::Ui, facts: &Facts, tr: &Tr<'_>) {
    let lang = tr.lang;
    ui.add_space(theme::GROUP_GAP);
    ui.label(RichText::new(tr.t("attestation-check-facts")).strong());
    bidi::label(
        ui,
        &tr.args("attestation-check-name", &[("name", facts.name.as_str().into())]),
        |t| t,
    );
    bidi::label(
        ui,
        &tr.args(
            "attestation-check-structure",
            &[("structure", facts.structure.as_str().into())],
        ),
        |t| t,
    );
    if !facts.leader.is_empty() {
        bidi::label(
            ui,
            &tr.args(
                "attestation-check-leader",
                &[("leader", facts.leader.as_str().into())],
            ),
            |t| t,
        );
    }
    ui.label(tr.args(
        "attestation-issued",
        &[("date", format_date(facts.issued_at, lang).into())],
    ));
    for lesson in &facts.lessons {
        ui.label(lesson_line(lesson, tr));
    }
}

/// A signed lesson in one line: its title, competence, level, date, score, and whether
/// its competence counts as reached (also printed by `passerelle attestation verify`).
pub fn lesson_line(lesson: &SignedLesson, tr: &Tr<'_>) -> String {
    tr.args(
        if lesson.reached {
            "attestation-check-lesson-reached"
        } else {
            "attestation-check-lesson-followed"
        },
        &[
            ("title", lesson.title.as_str().into()),
            ("code", lesson.competence.as_str().into()),
            ("level", lesson.level.into()),
            ("date", format_date(lesson.finished_at, tr.lang).into()),
            ("right", lesson.right.into()),
            ("total", lesson.questions.into()),
        ],
    )
}

/// Trusting an unknown structure's key: its name, after checking the key with it; true
/// when the leader asks to trust it.
fn trust_ui(ui: &mut egui::Ui, name: &mut String, fingerprint: &str, tr: &Tr<'_>) -> bool {
    ui.add_space(theme::SECTION_GAP);
    ui.label(tr.args("attestation-check-trust-hint", &[("key", fingerprint.into())]));
    widgets::labelled_text(ui, &tr.t("attestation-check-trust-name"), name);
    widgets::secondary_button_if(ui, &tr.t("attestation-check-trust"), !name.trim().is_empty()).clicked()
}
