//! The pretend public-services portal on screen: a browser frame with its address bar and
//! padlock, the site's name, the page shown with its fields, what is wrong after
//! "Continue", and a pretend phone that receives the SMS and the caller. Beside the page
//! when the window is wide, under it when not.

use egui::RichText;

use super::{form::fields_ui, result_ui, say};
use crate::i18n::Tr;
use crate::model::Text;
use crate::model::activity::ActivityOutcome;
use crate::model::portal::{PageKind, Portal, PortalPage, Slot};
use crate::session::activity::{Call, PageProblem, PortalRun};
use crate::session::{Action, LessonAction};
use crate::ui::widgets::{self, ChoiceMark};
use crate::ui::{rich_text, symbols, theme};

/// The pretend phone's width; the page and the phone side by side need this much more.
const PHONE_WIDTH: f32 = 300.0;
const SIDE_BY_SIDE: f32 = 900.0;

pub fn portal_ui(
    ui: &mut egui::Ui,
    portal: &Portal,
    run: &mut PortalRun,
    result: Option<ActivityOutcome>,
    tr: &Tr<'_>,
) -> Option<Action> {
    if let Some(outcome) = result {
        return result_ui(ui, outcome, tr, |ui| result_details(ui, portal, run, tr));
    }
    let Some(page) = run.current(portal).cloned() else {
        // Every page done: the try is recorded at once.
        return Some(Action::Lesson(LessonAction::CheckActivity));
    };
    let mut action = None;
    // A page after "Continue" starts at its top: the page left was scrolled down to its
    // button (at 200 %, a page is taller than the screen).
    let top = ui.cursor().min;
    let opened = egui::Id::unique(("portal page", portal.address.as_str(), run.page));
    if run.page > 0 && widgets::frames_shown(ui, opened) < widgets::SETTLING_FRAMES {
        let line = egui::Rect::from_min_size(top, egui::vec2(ui.available_width(), 1.0));
        ui.scroll_to_rect(line, Some(egui::Align::Min));
        ui.ctx().request_repaint();
    }
    if ui.available_width() >= SIDE_BY_SIDE {
        ui.horizontal_top(|ui| {
            let page_width = ui.available_width() - PHONE_WIDTH - theme::SECTION_GAP;
            ui.vertical(|ui| {
                ui.set_width(page_width);
                action = browser_ui(ui, portal, &page, run, tr);
            });
            ui.add_space(theme::SECTION_GAP);
            ui.vertical(|ui| {
                ui.set_width(PHONE_WIDTH);
                phone_ui(ui, portal, &page, run, tr);
            });
        });
    } else if matches!(page.kind, PageKind::Code { .. }) {
        // On a narrow screen (or at 200 %), a page whose code comes by text shows the
        // phone first: the call and the text message are read, then the code is typed.
        phone_ui(ui, portal, &page, run, tr);
        ui.add_space(theme::SECTION_GAP);
        action = browser_ui(ui, portal, &page, run, tr);
    } else {
        action = browser_ui(ui, portal, &page, run, tr);
        ui.add_space(theme::SECTION_GAP);
        phone_ui(ui, portal, &page, run, tr);
    }
    action
}

/// The browser frame: the address bar, the site, the page, its problem and "Continue".
fn browser_ui(
    ui: &mut egui::Ui,
    portal: &Portal,
    page: &PortalPage,
    run: &mut PortalRun,
    tr: &Tr<'_>,
) -> Option<Action> {
    let palette = theme::palette(ui);
    let mut action = None;
    widgets::boxed(
        ui,
        palette.background,
        egui::Stroke::new(2.0, palette.border),
        |ui| {
            address_bar(ui, &portal.address, tr);
            ui.separator();
            ui.label(
                RichText::new(portal.site.get(tr.lang))
                    .size(theme::LESSON_TEXT_SIZE)
                    .strong()
                    .color(palette.primary),
            );
            ui.label(
                RichText::new(tr.args(
                    "activity-portal-page",
                    &[
                        ("page", (run.page + 1).into()),
                        ("total", portal.pages.len().into()),
                        ("title", page.title.get(tr.lang).as_str().into()),
                    ],
                ))
                .size(theme::HEADING_SIZE * 0.8)
                .strong(),
            );
            if let Some(text) = &page.text {
                rich_text::lesson_text_ui(ui, text.get(tr.lang));
            }
            ui.add_space(theme::GROUP_GAP);
            page_ui(ui, portal, page, run, tr);
            let mut said = None;
            if let Some(problem) = run.problem {
                ui.add_space(theme::GROUP_GAP);
                let text = problem_text(problem, portal, page, tr);
                let label = ui.label(
                    RichText::new(text)
                        .size(theme::LESSON_TEXT_SIZE)
                        .color(palette.error)
                        .strong(),
                );
                widgets::announce(&label);
                let shown = egui::Id::unique(("portal problem", run.page, format!("{problem:?}")));
                said = Some((label.rect, widgets::frames_shown(ui, shown)));
            }
            ui.add_space(theme::SECTION_GAP);
            let last = run.page + 1 == portal.pages.len();
            let label = if last {
                "activity-portal-finish"
            } else {
                "activity-portal-continue"
            };
            let button = widgets::primary_button(ui, &tr.t(label));
            // A problem just said comes into view with "Continue" under it, however far
            // the page is scrolled (at 200 %, the page is taller than the screen).
            if let Some((rect, frames)) = said
                && frames < widgets::SETTLING_FRAMES
            {
                ui.scroll_to_rect(rect.union(button.rect), None);
                ui.ctx().request_repaint();
            }
            if button.clicked() && run.continue_page(portal) {
                action = Some(Action::Lesson(LessonAction::CheckActivity));
            }
        },
    );
    action
}

/// The address bar: the padlock and the address, read as one line.
fn address_bar(ui: &mut egui::Ui, address: &str, tr: &Tr<'_>) {
    ui.horizontal_wrapped(|ui| {
        let size = theme::BODY_SIZE;
        let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
        symbols::paint_padlock(ui.painter(), rect, theme::palette(ui).text);
        ui.label(tr.args("activity-portal-address", &[("address", address.into())]));
    });
}

/// What the page asks for, by its type.
fn page_ui(ui: &mut egui::Ui, portal: &Portal, page: &PortalPage, run: &mut PortalRun, tr: &Tr<'_>) {
    let lang = tr.lang;
    let salt = ("portal page", run.page);
    match &page.kind {
        PageKind::SignIn {
            service, providers, ..
        } => sign_in_ui(ui, service, providers, run, tr),
        PageKind::Code { .. } => {
            widgets::labelled_text_as(
                ui,
                Some(egui::Id::unique((salt, "code"))),
                &tr.t("activity-portal-code-label"),
                &mut run.code,
            );
        }
        PageKind::Form { fields } => {
            let checked = run.problem.is_some();
            fields_ui(ui, fields, run.form(), checked, tr);
        }
        PageKind::Attach { files, .. } => {
            say(ui, &tr.t("activity-portal-attach-label"));
            for (i, file) in files.iter().enumerate() {
                if widgets::choice_row(ui, file.get(lang), run.attached == Some(i), ChoiceMark::Radio)
                    .clicked()
                {
                    run.attached = Some(i);
                }
            }
        }
        PageKind::Slots { slots } => slots_ui(ui, slots, run, tr),
        PageKind::Confirmation => {
            let reference = portal.reference.as_deref().unwrap_or_default();
            ui.label(
                RichText::new(tr.args("activity-portal-reference", &[("reference", reference.into())]))
                    .size(theme::LESSON_TEXT_SIZE)
                    .strong(),
            );
            say(ui, &tr.t("activity-portal-note-reference"));
        }
        PageKind::Status { status } => {
            widgets::labelled_text_as(
                ui,
                Some(egui::Id::unique((salt, "reference"))),
                &tr.t("activity-portal-reference-label"),
                &mut run.reference,
            );
            if run.status_shown {
                let shown = say(
                    ui,
                    &tr.args(
                        "activity-portal-status",
                        &[("status", status.get(lang).as_str().into())],
                    ),
                );
                widgets::announce(&shown);
            }
        }
        PageKind::Download { document } => download_ui(ui, document.get(lang), run, tr),
    }
}

/// The identity service's button, then the accounts it offers.
fn sign_in_ui(ui: &mut egui::Ui, service: &Text, providers: &[Text], run: &mut PortalRun, tr: &Tr<'_>) {
    let lang = tr.lang;
    let button = tr.args(
        "activity-portal-sign-in-with",
        &[("service", service.get(lang).as_str().into())],
    );
    if widgets::toggle(ui, run.accounts_open, &button).clicked() {
        run.accounts_open = true;
    }
    if run.accounts_open {
        say(ui, &tr.t("activity-portal-choose-account"));
        for (i, provider) in providers.iter().enumerate() {
            if widgets::choice_row(ui, provider.get(lang), run.account == Some(i), ChoiceMark::Radio)
                .clicked()
            {
                run.account = Some(i);
            }
        }
    }
}

/// The slots: those already taken are shown, greyed, and cannot be chosen.
fn slots_ui(ui: &mut egui::Ui, slots: &[Slot], run: &mut PortalRun, tr: &Tr<'_>) {
    let lang = tr.lang;
    say(ui, &tr.t("activity-portal-slots-label"));
    for (i, slot) in slots.iter().enumerate() {
        let label = if slot.taken {
            tr.args(
                "activity-portal-slot-taken",
                &[("slot", slot.label.get(lang).as_str().into())],
            )
        } else {
            slot.label.get(lang).clone()
        };
        let row = ui.add_enabled_ui(!slot.taken, |ui| {
            widgets::choice_row(ui, &label, run.slot == Some(i), ChoiceMark::Radio)
        });
        if row.inner.clicked() {
            run.slot = Some(i);
        }
    }
}

/// The document's download button, then where it went.
fn download_ui(ui: &mut egui::Ui, document: &str, run: &mut PortalRun, tr: &Tr<'_>) {
    if widgets::button(
        ui,
        &tr.args("activity-portal-download", &[("document", document.into())]),
    )
    .clicked()
    {
        run.downloaded = true;
        run.problem = None;
    }
    if run.downloaded {
        let saved = say(
            ui,
            &tr.args("activity-portal-downloaded", &[("document", document.into())]),
        );
        widgets::announce(&saved);
    }
}

/// The pretend phone: the SMS received so far and, on a code page, the caller. Drawn only
/// once it has something.
fn phone_ui(ui: &mut egui::Ui, portal: &Portal, page: &PortalPage, run: &mut PortalRun, tr: &Tr<'_>) {
    let sms = sms_received(portal, run, tr);
    let calling = matches!(page.kind, PageKind::Code { caller: Some(_), .. });
    if sms.is_empty() && !calling {
        return;
    }
    let palette = theme::palette(ui);
    egui::Frame::new()
        .fill(palette.panel)
        .stroke(egui::Stroke::new(6.0, palette.text))
        .corner_radius(24)
        .inner_margin(16)
        .show(ui, |ui| {
            ui.label(RichText::new(tr.t("activity-portal-phone")).strong());
            ui.separator();
            // A call comes on top of the texts, as on a real phone.
            if let PageKind::Code {
                caller: Some(caller), ..
            } = &page.kind
            {
                call_ui(ui, caller.get(tr.lang), run, tr);
                ui.add_space(theme::GROUP_GAP);
            }
            for text in &sms {
                let from = tr.args(
                    "activity-portal-sms-from",
                    &[("from", portal.site.get(tr.lang).as_str().into())],
                );
                ui.label(RichText::new(from).color(palette.text_muted));
                widgets::boxed(
                    ui,
                    palette.background,
                    egui::Stroke::new(1.0, palette.border),
                    |ui| {
                        say(ui, text);
                    },
                );
                ui.add_space(theme::GROUP_GAP);
            }
        });
}

/// A caller who asks for the code: "Give the code" or "Hang up".
fn call_ui(ui: &mut egui::Ui, says: &str, run: &mut PortalRun, tr: &Tr<'_>) {
    match run.call {
        Some(Call::Ringing) => {
            let ringing = say(ui, &tr.t("activity-portal-call"));
            widgets::announce(&ringing);
            rich_text::lesson_text_ui(ui, &format!("« {says} »"));
            ui.horizontal_wrapped(|ui| {
                if widgets::button(ui, &tr.t("activity-portal-call-give")).clicked() {
                    run.answer_call(true);
                }
                if widgets::primary_button(ui, &tr.t("activity-portal-call-hang-up")).clicked() {
                    run.answer_call(false);
                }
            });
        }
        Some(Call::HungUp) => {
            say(ui, &tr.t("activity-portal-call-ended"));
        }
        Some(Call::CodeGiven) => {
            say(ui, &tr.t("activity-portal-call-given"));
        }
        None => {}
    }
}

/// The SMS on the phone: each code page's SMS once that page is reached, and the
/// confirmation's once the request is sent.
fn sms_received(portal: &Portal, run: &PortalRun, tr: &Tr<'_>) -> Vec<String> {
    let mut sms = Vec::new();
    for page in portal.pages.iter().take(run.page + 1) {
        match &page.kind {
            PageKind::Code { sms: text, .. } => sms.push(text.get(tr.lang).clone()),
            PageKind::Confirmation => {
                let reference = portal.reference.as_deref().unwrap_or_default();
                sms.push(tr.args(
                    "activity-portal-sms-confirmation",
                    &[("reference", reference.into())],
                ));
            }
            _ => {}
        }
    }
    sms
}

/// What is wrong on the page, in words that say what to do.
fn problem_text(problem: PageProblem, portal: &Portal, page: &PortalPage, tr: &Tr<'_>) -> String {
    let lang = tr.lang;
    match (problem, &page.kind) {
        (PageProblem::NoAccount, PageKind::SignIn { service, .. }) => tr.args(
            "activity-portal-problem-no-account",
            &[("service", service.get(lang).as_str().into())],
        ),
        (
            PageProblem::OtherAccount(chosen),
            PageKind::SignIn {
                providers, account, ..
            },
        ) => tr.args(
            "activity-portal-problem-other-account",
            &[
                (
                    "chosen",
                    providers
                        .get(chosen)
                        .map(|p| p.get(lang).as_str())
                        .unwrap_or_default()
                        .into(),
                ),
                (
                    "account",
                    providers
                        .get(*account)
                        .map(|p| p.get(lang).as_str())
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
        (PageProblem::CallWaiting, _) => tr.t("activity-portal-problem-call-waiting"),
        (PageProblem::CodeGiven, _) => tr.t("activity-portal-problem-code-given"),
        (PageProblem::WrongCode, _) => tr.t("activity-portal-problem-wrong-code"),
        (PageProblem::FormMistakes, _) => tr.t("activity-portal-problem-form"),
        (PageProblem::NoFile, _) => tr.t("activity-portal-problem-no-file"),
        (PageProblem::OtherFile(chosen), PageKind::Attach { files, right }) => tr.args(
            "activity-portal-problem-other-file",
            &[
                (
                    "chosen",
                    files
                        .get(chosen)
                        .map(|f| f.get(lang).as_str())
                        .unwrap_or_default()
                        .into(),
                ),
                (
                    "right",
                    files
                        .get(*right)
                        .map(|f| f.get(lang).as_str())
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
        (PageProblem::NoSlot, _) => tr.t("activity-portal-problem-no-slot"),
        (PageProblem::WrongReference, _) => tr.args(
            "activity-portal-problem-wrong-reference",
            &[(
                "reference",
                portal.reference.as_deref().unwrap_or_default().into(),
            )],
        ),
        (PageProblem::NotDownloaded, PageKind::Download { document }) => tr.args(
            "activity-portal-problem-not-downloaded",
            &[("document", document.get(lang).as_str().into())],
        ),
        // A problem only arises on its own page type.
        _ => tr.t("activity-not-yet"),
    }
}

/// After the procedure: each checked page, done the first time or after more tries.
fn result_details(ui: &mut egui::Ui, portal: &Portal, run: &PortalRun, tr: &Tr<'_>) {
    say(
        ui,
        &tr.args(
            "activity-portal-done",
            &[("site", portal.site.get(tr.lang).as_str().into())],
        ),
    );
    let palette = theme::palette(ui);
    for (page, tries) in portal.pages.iter().zip(&run.wrong_tries) {
        if !page.kind.is_checked() {
            continue;
        }
        let title = page.title.get(tr.lang).as_str();
        let (text, colour) = if *tries == 0 {
            (
                tr.args("activity-portal-first-time", &[("title", title.into())]),
                palette.success,
            )
        } else {
            (
                tr.args(
                    "activity-portal-more-tries",
                    &[("title", title.into()), ("tries", (*tries).into())],
                ),
                palette.text,
            )
        };
        ui.label(RichText::new(text).color(colour));
    }
}
