//! The pretend portal: each built-in procedure walked end to end in both languages, by
//! accessible names as a screen reader user would, with a mistake on every checked page
//! first (each said in words, the page tried again on its own), then the try recorded
//! with the pages that needed another try, which reach the resident's progress, the
//! leaders' report and group view, and another PC; each procedure done with the keyboard
//! only; the language switched in the middle of a form keeps what was typed; and the pack
//! format's problems, each with its line.

use crate::common;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use passerelle::app::PasserelleApp;
use passerelle::i18n::{I18n, Tr};
use passerelle::model::portal::{PageKind, Portal};
use passerelle::model::{
    ActivityId, ActivityKind, Avatar, DisplaySettings, FieldFormat, Lang, Lesson, PackId, ResidentId,
};
use passerelle::pack::{ProblemKind, load_files};
use passerelle::session::{Action, LessonAction};
use passerelle::store::Store;

type App = Harness<'static, PasserelleApp>;

const PACK: &str = "demarches-pas-a-pas";

/// Each built-in procedure: its lesson, the step that holds it, and the procedure.
fn procedures() -> Vec<(Lesson, usize, ActivityId, Portal)> {
    let files = passerelle::pack::builtin::packs()
        .into_iter()
        .find(|p| p.root.ends_with(PACK))
        .expect("the built-in procedures pack");
    let pack = load_files(&files).expect("a valid pack");
    pack.lessons
        .into_iter()
        .filter_map(|lesson| {
            let (step, id, portal) = lesson.steps.iter().enumerate().find_map(|(i, s)| {
                let activity = s.activity.as_ref()?;
                match &activity.kind {
                    ActivityKind::Portal(p) => Some((i, activity.id.clone(), p.clone())),
                    _ => None,
                }
            })?;
            Some((lesson, step, id, portal))
        })
        .collect()
}

/// The app, Ana's card open in `lang`, at the step `step` of `lesson`.
fn at_step(dir: &std::path::Path, lang: Lang, lesson: &Lesson, step: usize, tr: &Tr<'_>) -> App {
    let mut store = common::open_store(&dir.join("store.sqlite3"));
    store
        .create_resident("Ana", Avatar::default(), lang, DisplaySettings::default())
        .expect("resident");
    let mut h = common::app(store);
    h.set_size(egui::vec2(1000.0, 2400.0));
    h.get_by_label(if lang == Lang::Fr { "Français" } else { "English" })
        .click();
    h.run();
    h.get_by_label(&tr.args(
        "profiles-open",
        &[("name", "Ana".into()), ("locked", "no".into())],
    ))
    .click();
    h.run();
    h.state_mut().apply(Action::Lesson(LessonAction::OpenLesson {
        pack: PACK.into(),
        lesson: lesson.id.clone(),
    }));
    h.run();
    for _ in 0..step {
        h.get_by_label(&tr.t("lesson-next")).click();
        h.run();
    }
    h
}

fn click(h: &mut App, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

fn shows(h: &App, label: &str) -> bool {
    h.query_by_label(label).is_some()
}

fn type_in(h: &mut App, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label).focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, label).type_text(text);
    h.run();
}

/// A value each field format accepts.
fn good_value(format: FieldFormat) -> &'static str {
    match format {
        FieldFormat::Text => "Aïcha Diallo",
        FieldFormat::Date => "05/03/2026",
        FieldFormat::Email => "aicha.diallo@mail.example",
        FieldFormat::Phone => "06 39 98 12 34",
        FieldFormat::Postcode => "34000",
    }
}

/// The procedure done page by page: on each checked page, "Continue" first with nothing
/// done (or the code typed wrong), the problem read out, then the page done right.
#[allow(
    clippy::too_many_lines,
    reason = "one arm per page type, each walked as a person would"
)]
fn walk(h: &mut App, portal: &Portal, tr: &Tr<'_>) {
    let lang = tr.lang;
    let total = portal.pages.len();
    for (i, page) in portal.pages.iter().enumerate() {
        let heading = tr.args(
            "activity-portal-page",
            &[
                ("page", (i + 1).into()),
                ("total", total.into()),
                ("title", page.title.get(lang).as_str().into()),
            ],
        );
        assert!(shows(h, &heading), "page {heading:?} is shown");
        let go_on = tr.t(if i + 1 == total {
            "activity-portal-finish"
        } else {
            "activity-portal-continue"
        });
        match &page.kind {
            PageKind::SignIn {
                service,
                providers,
                account,
            } => {
                click(h, &go_on);
                let problem = tr.args(
                    "activity-portal-problem-no-account",
                    &[("service", service.get(lang).as_str().into())],
                );
                assert!(shows(h, &problem), "{problem}");
                click(
                    h,
                    &tr.args(
                        "activity-portal-sign-in-with",
                        &[("service", service.get(lang).as_str().into())],
                    ),
                );
                h.get_by_role_and_label(Role::RadioButton, providers[*account].get(lang))
                    .click();
                h.run();
            }
            PageKind::Code { code, sms, caller } => {
                assert!(shows(h, sms.get(lang)), "the SMS is on the pretend phone");
                if caller.is_some() {
                    click(h, &go_on);
                    assert!(shows(h, &tr.t("activity-portal-problem-call-waiting")));
                    click(h, &tr.t("activity-portal-call-hang-up"));
                    assert!(shows(h, &tr.t("activity-portal-call-ended")));
                }
                type_in(h, &tr.t("activity-portal-code-label"), "111111");
                click(h, &go_on);
                assert!(shows(h, &tr.t("activity-portal-problem-wrong-code")));
                h.get_by_role_and_label(Role::TextInput, &tr.t("activity-portal-code-label"))
                    .focus();
                h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
                h.run();
                h.get_by_role_and_label(Role::TextInput, &tr.t("activity-portal-code-label"))
                    .type_text(code);
                h.run();
            }
            PageKind::Form { fields } => {
                click(h, &go_on);
                assert!(shows(h, &tr.t("activity-portal-problem-form")));
                for field in fields {
                    let mut label = field.label.get(lang).clone();
                    if field.required {
                        label.push_str(" *");
                    }
                    type_in(h, &label, good_value(field.format));
                }
            }
            PageKind::Attach { files, right } => {
                click(h, &go_on);
                assert!(shows(h, &tr.t("activity-portal-problem-no-file")));
                h.get_by_role_and_label(Role::RadioButton, files[*right].get(lang))
                    .click();
                h.run();
            }
            PageKind::Slots { slots } => {
                click(h, &go_on);
                assert!(shows(h, &tr.t("activity-portal-problem-no-slot")));
                let free = slots.iter().find(|s| !s.taken).expect("a free slot");
                h.get_by_role_and_label(Role::RadioButton, free.label.get(lang))
                    .click();
                h.run();
            }
            PageKind::Confirmation => {
                let reference = portal.reference.as_deref().expect("a file number");
                assert!(shows(
                    h,
                    &tr.args("activity-portal-reference", &[("reference", reference.into())])
                ));
            }
            PageKind::Status { status } => {
                let reference = portal.reference.as_deref().expect("a file number");
                click(h, &go_on);
                assert!(shows(
                    h,
                    &tr.args(
                        "activity-portal-problem-wrong-reference",
                        &[("reference", reference.into())]
                    )
                ));
                // Typed as people do: small letters, spaces for dashes.
                type_in(
                    h,
                    &tr.t("activity-portal-reference-label"),
                    &reference.to_lowercase().replace('-', " "),
                );
                click(h, &go_on);
                assert!(shows(
                    h,
                    &tr.args(
                        "activity-portal-status",
                        &[("status", status.get(lang).as_str().into())]
                    )
                ));
            }
            PageKind::Download { document } => {
                click(h, &go_on);
                let problem = tr.args(
                    "activity-portal-problem-not-downloaded",
                    &[("document", document.get(lang).as_str().into())],
                );
                assert!(shows(h, &problem), "{problem}");
                click(
                    h,
                    &tr.args(
                        "activity-portal-download",
                        &[("document", document.get(lang).as_str().into())],
                    ),
                );
            }
        }
        click(h, &go_on);
    }
}

#[test]
fn every_built_in_procedure_is_done_in_both_languages_with_a_mistake_on_each_page() {
    let procedures = procedures();
    assert!(procedures.len() >= 6, "six procedures at least");
    let i18n = I18n::new();
    for lang in [Lang::Fr, Lang::En] {
        let tr = i18n.tr(lang);
        for (lesson, step, activity, portal) in &procedures {
            let dir = tempfile::tempdir().expect("dir");
            let mut h = at_step(dir.path(), lang, lesson, *step, &tr);
            walk(&mut h, portal, &tr);
            assert!(
                shows(&h, &tr.t("activity-success")),
                "{} in {lang:?}: the procedure ends well",
                lesson.id
            );
            // Each checked page is listed as needing one more try.
            for page in portal.pages.iter().filter(|p| p.kind.is_checked()) {
                let line = tr.args(
                    "activity-portal-more-tries",
                    &[
                        ("title", page.title.get(lang).as_str().into()),
                        ("tries", 1.into()),
                    ],
                );
                let needed = if matches!(page.kind, PageKind::Code { caller: Some(_), .. }) {
                    // The caller left waiting, then the wrong code: two more tries.
                    tr.args(
                        "activity-portal-more-tries",
                        &[
                            ("title", page.title.get(lang).as_str().into()),
                            ("tries", 2.into()),
                        ],
                    )
                } else {
                    line
                };
                assert!(shows(&h, &needed), "{}: {needed}", lesson.id);
            }
            drop(h);
            let store = Store::open(&dir.path().join("store.sqlite3")).expect("store");
            let resident: ResidentId = store.residents().expect("residents")[0].id;
            let tries = store
                .activity_outcomes(resident, &PackId::from(PACK), activity)
                .expect("tries");
            let checked = portal.pages.iter().filter(|p| p.kind.is_checked()).count();
            let callers = portal
                .pages
                .iter()
                .filter(|p| matches!(p.kind, PageKind::Code { caller: Some(_), .. }))
                .count();
            assert_eq!(
                tries
                    .iter()
                    .map(|t| (t.success, t.hits, t.misses))
                    .collect::<Vec<_>>(),
                [(
                    true,
                    u32::try_from(portal.pages.len()).expect("pages"),
                    u32::try_from(checked + callers).expect("tries")
                )],
                "{} in {lang:?}: one try recorded, with every wrong Continue counted",
                lesson.id
            );
        }
    }
}

#[test]
fn giving_the_code_to_the_caller_is_said_at_once_and_counted() {
    let i18n = I18n::new();
    let tr = i18n.tr(Lang::En);
    let (lesson, step, _, portal) = procedures()
        .into_iter()
        .find(|(_, _, _, p)| {
            p.pages
                .iter()
                .any(|page| matches!(page.kind, PageKind::Code { caller: Some(_), .. }))
        })
        .expect("a procedure with a caller");
    let dir = tempfile::tempdir().expect("dir");
    let mut h = at_step(dir.path(), Lang::En, &lesson, step, &tr);
    // Up to the code page, done right.
    let code_page = portal
        .pages
        .iter()
        .position(|p| matches!(p.kind, PageKind::Code { .. }))
        .expect("a code page");
    done_right(&mut h, &portal.pages[..code_page], &tr);
    click(&mut h, &tr.t("activity-portal-call-give"));
    assert!(shows(&h, &tr.t("activity-portal-problem-code-given")));
    assert!(shows(&h, &tr.t("activity-portal-call-given")));
    assert!(
        h.query_by_label(&tr.t("activity-portal-call-hang-up")).is_none(),
        "the call is over"
    );
}

/// `pages` done right at once (the built-in procedures with a caller start with a form
/// or a sign-in).
fn done_right(h: &mut App, pages: &[passerelle::model::portal::PortalPage], tr: &Tr<'_>) {
    for page in pages {
        match &page.kind {
            PageKind::Form { fields } => {
                for field in fields {
                    let mut label = field.label.get(tr.lang).clone();
                    if field.required {
                        label.push_str(" *");
                    }
                    type_in(h, &label, good_value(field.format));
                }
            }
            PageKind::SignIn {
                service,
                providers,
                account,
            } => {
                click(
                    h,
                    &tr.args(
                        "activity-portal-sign-in-with",
                        &[("service", service.get(tr.lang).as_str().into())],
                    ),
                );
                h.get_by_role_and_label(Role::RadioButton, providers[*account].get(tr.lang))
                    .click();
                h.run();
            }
            other => panic!(
                "no caller after a {} page in the built-in procedures",
                other.type_name()
            ),
        }
        click(h, &tr.t("activity-portal-continue"));
    }
}

#[test]
fn the_language_switched_in_the_middle_of_a_form_keeps_what_was_typed() {
    let i18n = I18n::new();
    let fr = i18n.tr(Lang::Fr);
    let en = i18n.tr(Lang::En);
    let (lesson, step, _, portal) = procedures()
        .into_iter()
        .find(|(_, _, _, p)| matches!(p.pages[0].kind, PageKind::Form { .. }))
        .expect("a procedure that starts with a form");
    let PageKind::Form { fields } = &portal.pages[0].kind else {
        unreachable!("found above");
    };
    let dir = tempfile::tempdir().expect("dir");
    let mut h = at_step(dir.path(), Lang::Fr, &lesson, step, &fr);
    let label = |tr: &Tr<'_>| format!("{} *", fields[0].label.get(tr.lang));
    type_in(&mut h, &label(&fr), "Mamadou");
    click(&mut h, "English");
    let value = h
        .get_by_role_and_label(Role::TextInput, &label(&en))
        .accesskit_node()
        .value();
    assert_eq!(
        value.as_deref(),
        Some("Mamadou"),
        "what was typed stays, under the English label"
    );
}

/// `pack check` on a procedure: each problem with its field and line.
mod format {
    use super::*;

    const PORTAL_LESSON: &str = r#"id = "portail"
competence = "2.4"
level = 2
title = { fr = "Portail", en = "Portal" }

[[steps]]
text = { fr = "À vous.", en = "Your turn." }
[steps.activity]
id = "demarche"
type = "portal"
site = { fr = "Mes Démarches", en = "My Procedures" }
address = "https://www.mes-demarches.example"
reference = "DEM-1"

[[steps.activity.pages]]
id = "connexion"
type = "sign-in"
title = { fr = "Se connecter", en = "Sign in" }
service = { fr = "IdentiPass", en = "IdentiPass" }
providers = [{ fr = "A", en = "A" }, { fr = "B", en = "B" }]
account = 2

[[steps.activity.pages]]
id = "code"
type = "code"
title = { fr = "Code", en = "Code" }
code = "482913"
sms = { fr = "Code : 482 913", en = "Code: 482 913" }

[[steps.activity.pages]]
id = "creneau"
type = "slots"
title = { fr = "Créneau", en = "Slot" }
slots = [{ fr = "lundi", en = "Monday", taken = true }, { fr = "mardi", en = "Tuesday" }]

[[steps.activity.pages]]
id = "piece"
type = "attach"
title = { fr = "Pièce", en = "Document" }
files = [{ fr = "a.pdf", en = "a.pdf" }, { fr = "b.pdf", en = "b.pdf" }]
right = 1

[[steps.activity.pages]]
id = "suivi"
type = "status"
title = { fr = "Suivi", en = "Status" }
status = { fr = "En cours", en = "In progress" }

[[steps.activity.pages]]
id = "recu"
type = "download"
title = { fr = "Reçu", en = "Receipt" }
document = { fr = "le reçu", en = "the receipt" }
"#;

    fn problems(lesson: &str) -> Vec<passerelle::pack::Problem> {
        load_files(&common::hands_on_pack(lesson))
            .err()
            .unwrap_or_default()
    }

    /// The one problem found when `from` is replaced by `to`.
    fn problem(from: &str, to: &str) -> passerelle::pack::Problem {
        assert!(PORTAL_LESSON.contains(from), "the test lesson has {from:?}");
        let found = problems(&PORTAL_LESSON.replacen(from, to, 1));
        assert_eq!(found.len(), 1, "exactly one problem expected, got {found:#?}");
        found.into_iter().next().expect("one problem")
    }

    fn line_of(text: &str, needle: &str) -> usize {
        text.lines().position(|l| l.contains(needle)).expect("the line") + 1
    }

    #[test]
    fn the_test_procedure_is_valid() {
        assert_eq!(problems(PORTAL_LESSON), []);
    }

    #[test]
    fn an_unknown_page_type_is_named_with_its_line() {
        let p = problem(r#"type = "attach""#, r#"type = "upload""#);
        assert_eq!(
            p.kind,
            ProblemKind::UnknownPageType {
                field: "steps[1].activity.pages[4].type".into(),
                value: "upload".into()
            }
        );
        assert_eq!(p.line, Some(line_of(PORTAL_LESSON, r#"type = "attach""#)));
        let message = p.message(&I18n::new().tr(Lang::Fr));
        assert!(message.contains("download"), "{message}");
    }

    #[test]
    fn an_account_or_a_file_outside_the_list_is_refused() {
        let p = problem("account = 2", "account = 3");
        assert!(
            matches!(
                p.kind,
                ProblemKind::OutOfRange {
                    value: 3,
                    min: 1,
                    max: 2,
                    ..
                }
            ),
            "{p:?}"
        );
        assert_eq!(p.line, Some(line_of(PORTAL_LESSON, "account = 2")));
        let p = problem("right = 1", "right = 0");
        assert!(
            matches!(p.kind, ProblemKind::OutOfRange { value: 0, .. }),
            "{p:?}"
        );
    }

    #[test]
    fn a_code_must_be_digits_and_be_in_its_sms_in_both_languages() {
        let p = problem(r#"code = "482913""#, r#"code = "48A913""#);
        assert!(matches!(p.kind, ProblemKind::NotACode { .. }), "{p:?}");
        let p = problem(r#"en = "Code: 482 913""#, r#"en = "Code: 482 931""#);
        assert_eq!(
            p.kind,
            ProblemKind::CodeNotInSms {
                field: "steps[1].activity.pages[2].sms".into(),
                lang: "en".into()
            }
        );
    }

    #[test]
    fn slots_need_one_free_and_a_status_needs_a_file_number() {
        let p = problem(
            r#"{ fr = "mardi", en = "Tuesday" }"#,
            r#"{ fr = "mardi", en = "Tuesday", taken = true }"#,
        );
        assert!(matches!(p.kind, ProblemKind::NoFreeSlot { .. }), "{p:?}");
        let p = problem(r#"reference = "DEM-1""#, "");
        assert_eq!(
            p.kind,
            ProblemKind::NoReference {
                field: "steps[1].activity.pages[5]".into()
            }
        );
    }

    #[test]
    fn a_missing_document_or_a_bad_address_is_named() {
        let p = problem(r#"document = { fr = "le reçu", en = "the receipt" }"#, "");
        assert!(matches!(p.kind, ProblemKind::MissingField { .. }), "{p:?}");
        let p = problem(
            r#"address = "https://www.mes-demarches.example""#,
            r#"address = "mes-demarches""#,
        );
        assert!(matches!(p.kind, ProblemKind::NotAWebAddress { .. }), "{p:?}");
    }
}

/// The types of a procedure's checked pages, in order and each once: what a walk with a
/// mistake on every checked page stumbles on.
fn checked_types(portal: &Portal) -> Vec<String> {
    let mut types: Vec<String> = Vec::new();
    for page in portal.pages.iter().filter(|p| p.kind.is_checked()) {
        let kind = page.kind.type_name().to_owned();
        if !types.contains(&kind) {
            types.push(kind);
        }
    }
    types
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one procedure followed from the resident's try to two leaders' screens and another PC"
)]
fn the_pages_that_needed_another_try_reach_the_progress_the_report_the_group_and_another_pc() {
    let (lesson, step, _, portal) = procedures().remove(0);
    let stumbled = checked_types(&portal);
    assert!(stumbled.contains(&"code".to_owned()), "{stumbled:?}");
    let i18n = I18n::new();
    let tr = i18n.tr(Lang::En);
    let dir = tempfile::tempdir().expect("dir");
    let mut h = at_step(dir.path(), Lang::En, &lesson, step, &tr);
    walk(&mut h, &portal, &tr);
    drop(h);
    let mut store = Store::open(&dir.path().join("store.sqlite3")).expect("store");
    let ana = store.residents().expect("residents").remove(0);
    let ana_uid = store.resident_uid(ana.id).expect("uid");
    let own = store.own_procedures(ana.id).expect("procedures");
    assert_eq!(own.len(), 1);
    assert_eq!(own[0].lesson, lesson.title);
    assert_eq!(own[0].stumbles, stumbled);
    // Not shared yet: the leaders see nothing of it.
    assert!(store.procedures(&ana_uid).expect("procedures").is_empty());
    store.set_shares_results(ana.id, true).expect("consent");
    store.set_agent_pin("482915").expect("pin");
    let workshop = passerelle::model::WorkshopUid::new_random();
    store
        .save_workshop(&passerelle::model::workshop::Workshop {
            uid: workshop.clone(),
            title: "Online procedures".into(),
            day: passerelle::model::calendar::Day::local(passerelle::store::now()),
            time: None,
            place: "Library".into(),
            topic: String::new(),
            lessons: Vec::new(),
            members: vec![ana_uid.clone()],
        })
        .expect("workshop");
    // Ties in the order a procedure takes them (sign in, code, form…).
    let mut group = store.workshop_stumbles(&workshop).expect("stumbles");
    let order = |k: &str| passerelle::model::portal::PAGE_TYPES.iter().position(|t| *t == k);
    assert!(
        group.windows(2).all(|w| order(&w[0].0) < order(&w[1].0)),
        "{group:?}"
    );
    group.sort();
    let mut expected: Vec<(String, u32)> = stumbled.iter().map(|k| (k.clone(), 1)).collect();
    expected.sort();
    assert_eq!(group, expected);

    // The progress file carries them to another PC, where they read the same.
    let file = store.export_progress(None).expect("export");
    let other_path = dir.path().join("other.sqlite3");
    let mut other = common::open_store(&other_path);
    let report = other.merge_progress(&file).expect("merge");
    assert!(report.left_out.is_empty(), "{report:?}");
    let there = other.residents().expect("residents").remove(0);
    assert_eq!(other.own_procedures(there.id).expect("procedures"), own);
    // A file whose stumbles are not page types, or on another activity, brings nothing.
    for bad in [
        vec!["rm -rf".to_owned()],
        vec!["code".to_owned(), "code".to_owned()],
    ] {
        let mut hostile = file.clone();
        hostile.residents[0].activities[0].uid = "another-try".into();
        hostile.residents[0].activities[0].stumbles = bad;
        let report = other.merge_progress(&hostile).expect("merge");
        assert_eq!(report.left_out.len(), 1, "{report:?}");
    }
    assert_eq!(other.own_procedures(there.id).expect("procedures"), own);
    drop(other);

    // What the resident reads in "My progress", and the leaders in the report and the
    // group view.
    let steps: Vec<String> = stumbled
        .iter()
        .map(|k| tr.t(&format!("activity-portal-step-{k}")))
        .collect();
    let title = lesson.title.get(Lang::En);
    let mut h = common::app(store);
    h.set_size(egui::vec2(1000.0, 4000.0));
    click(&mut h, "English");
    click(&mut h, "Open Ana's profile");
    h.state_mut()
        .apply(Action::Path(passerelle::session::PathAction::OpenMyProgress));
    h.run();
    let mine = tr.args(
        "path-progress-procedure-stumbles",
        &[
            ("lesson", title.as_str().into()),
            ("steps", steps.join(", ").into()),
        ],
    );
    assert!(shows(&h, &mine), "{mine}");
    h.state_mut()
        .apply(Action::Profile(passerelle::session::ProfileAction::GoHome));
    h.run();
    common::unlock_leaders_area(&mut h, "482915");
    h.state_mut().apply(Action::Agent(
        passerelle::session::AgentAction::OpenResidentReport(ana_uid.clone()),
    ));
    h.run();
    let theirs = tr.args(
        "agent-procedure-stumbles",
        &[
            ("lesson", title.as_str().into()),
            ("steps", steps.join(", ").into()),
        ],
    );
    assert!(shows(&h, &theirs), "{theirs}");
    click(&mut h, &tr.t("agent-back-to-list"));
    click(&mut h, "Workshops");
    click(&mut h, "Open the workshop: Online procedures");
    let code = tr.args(
        "workshop-stumble",
        &[
            ("step", tr.t("activity-portal-step-code").into()),
            ("residents", 1.into()),
        ],
    );
    assert!(shows(&h, &code), "{code}");
    assert!(shows(&h, "the code by text message: 1 person needed another try"));
}

/// Presses Tab until the control named `label` has the keyboard focus.
fn tab_to(h: &mut App, label: &str) {
    for _ in 0..80 {
        if h.query_by_label(label).is_some_and(|n| n.is_focused()) {
            return;
        }
        h.key_press(egui::Key::Tab);
        h.run();
    }
    panic!("Tab never reached {label:?}");
}

/// Tab to `label`, then `key`.
fn tab_and_press(h: &mut App, label: &str, key: egui::Key) {
    tab_to(h, label);
    h.key_press(key);
    h.run();
}

/// Tab to the box `label`, then type `text` on the keyboard.
fn tab_and_type(h: &mut App, label: &str, text: &str) {
    tab_to(h, label);
    h.event(egui::Event::Text(text.into()));
    h.run();
}

#[test]
fn every_built_in_procedure_can_be_done_with_the_keyboard_only() {
    use egui::Key;
    let i18n = I18n::new();
    let tr = i18n.tr(Lang::En);
    for (lesson, step, _, portal) in procedures() {
        let dir = tempfile::tempdir().expect("dir");
        let mut h = at_step(dir.path(), Lang::En, &lesson, step, &tr);
        let total = portal.pages.len();
        for (i, page) in portal.pages.iter().enumerate() {
            let go_on = tr.t(if i + 1 == total {
                "activity-portal-finish"
            } else {
                "activity-portal-continue"
            });
            match &page.kind {
                PageKind::SignIn {
                    service,
                    providers,
                    account,
                } => {
                    let button = tr.args(
                        "activity-portal-sign-in-with",
                        &[("service", service.get(Lang::En).as_str().into())],
                    );
                    tab_and_press(&mut h, &button, Key::Enter);
                    tab_and_press(&mut h, providers[*account].get(Lang::En), Key::Space);
                }
                PageKind::Code { code, caller, .. } => {
                    if caller.is_some() {
                        tab_and_press(&mut h, &tr.t("activity-portal-call-hang-up"), Key::Enter);
                    }
                    tab_and_type(&mut h, &tr.t("activity-portal-code-label"), code);
                }
                PageKind::Form { fields } => {
                    for field in fields {
                        let mut label = field.label.get(Lang::En).clone();
                        if field.required {
                            label.push_str(" *");
                        }
                        tab_and_type(&mut h, &label, good_value(field.format));
                    }
                }
                PageKind::Attach { files, right } => {
                    tab_and_press(&mut h, files[*right].get(Lang::En), Key::Space);
                }
                PageKind::Slots { slots } => {
                    let free = slots.iter().find(|s| !s.taken).expect("a free slot");
                    tab_and_press(&mut h, free.label.get(Lang::En), Key::Space);
                }
                PageKind::Confirmation => {}
                PageKind::Status { .. } => {
                    let reference = portal.reference.as_deref().expect("a file number");
                    tab_and_type(&mut h, &tr.t("activity-portal-reference-label"), reference);
                    // The first press shows the status; the next goes on.
                    tab_and_press(&mut h, &go_on, Key::Enter);
                }
                PageKind::Download { document } => {
                    let button = tr.args(
                        "activity-portal-download",
                        &[("document", document.get(Lang::En).as_str().into())],
                    );
                    tab_and_press(&mut h, &button, Key::Enter);
                }
            }
            tab_and_press(&mut h, &go_on, Key::Enter);
        }
        assert!(
            shows(&h, &tr.t("activity-success")),
            "{}: the procedure ends well with the keyboard only",
            lesson.id
        );
        // Every checked page right the first time.
        for page in portal.pages.iter().filter(|p| p.kind.is_checked()) {
            let line = tr.args(
                "activity-portal-first-time",
                &[("title", page.title.get(Lang::En).as_str().into())],
            );
            assert!(shows(&h, &line), "{}: {line}", lesson.id);
        }
    }
}
