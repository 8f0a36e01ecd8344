//! How each question of a pack goes, for the trainers in the leaders' area: the most
//! missed first, with the share of right answers and the wrong answer given most.

use egui::RichText;

use super::{bidi, theme, widgets};
use crate::i18n::Tr;
use crate::model::item_stats::{QuestionStats, StatsScope};
use crate::session::{Action, AgentAction};

/// The view.
pub fn stats_ui(ui: &mut egui::Ui, stats: &QuestionStats, tr: &Tr<'_>) -> Option<Action> {
    let mut action = None;
    if widgets::secondary_button(ui, &tr.t("agent-back-to-list")).clicked() {
        action = Some(Action::Agent(AgentAction::BackToResidents));
    }
    ui.label(
        RichText::new(tr.t("agent-question-stats"))
            .size(theme::HEADING_SIZE)
            .strong(),
    );
    ui.label(match stats.scope {
        StatsScope::ThisPc => tr.t("agent-stats-this-pc"),
        StatsScope::Network { synced_at: 0 } => tr.t("agent-stats-network-never"),
        StatsScope::Network { synced_at } => tr.args(
            "agent-stats-network",
            &[("time", crate::model::calendar::format_time(synced_at).into())],
        ),
    });
    ui.label(tr.t("agent-stats-whose"));
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal_wrapped(|ui| {
        for (id, title) in &stats.packs {
            if widgets::toggle(ui, *id == stats.pack, title.get(tr.lang)).clicked() && *id != stats.pack {
                action = Some(Action::Agent(AgentAction::OpenQuestionStats(Some(id.clone()))));
            }
        }
    });
    ui.add_space(theme::SECTION_GAP);
    if stats.items.is_empty() {
        ui.label(tr.t("agent-stats-none"));
    }
    for item in &stats.items {
        ui.separator();
        bidi::label(ui, item.question.prompt.get(tr.lang), RichText::strong);
        bidi::label(ui, item.lesson.get(tr.lang), |t| t);
        ui.label(tr.args(
            "agent-stats-right",
            &[
                ("right", item.right.into()),
                ("count", item.answers.into()),
                ("percent", item.right_percent().into()),
            ],
        ));
        if let Some((words, count)) = crate::answer_words::most_given_wrong(&item.question, &item.wrong, tr) {
            bidi::label(
                ui,
                &tr.args(
                    "agent-stats-wrong-most",
                    &[("answer", words.into()), ("count", count.into())],
                ),
                |t| t,
            );
        }
    }
    action
}
