//! A procedure on the pretend portal being done: the page shown, what is typed or chosen
//! on each, the check of each page ("Continue"), and the pages that needed another try.
//! A page done wrong says what to do and is tried again on its own: the pages before it
//! stay done.

use std::collections::BTreeMap;

use super::FormRun;
use crate::model::portal::{PageKind, Portal, PortalPage, digits_of, same_reference};

/// What is wrong on the page when "Continue" is pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageProblem {
    /// The identity-service button was not used, or no account chosen.
    NoAccount,
    /// An account the resident does not have was chosen (its index).
    OtherAccount(usize),
    /// The phone rings: the caller has not been answered yet.
    CallWaiting,
    /// The code was given to the caller.
    CodeGiven,
    /// The code typed is not the SMS's.
    WrongCode,
    /// Fields of the form have mistakes (shown beside them).
    FormMistakes,
    /// No file attached.
    NoFile,
    /// Another file attached (its index).
    OtherFile(usize),
    /// No slot chosen.
    NoSlot,
    /// The file number typed is not the procedure's.
    WrongReference,
    /// The document was not downloaded.
    NotDownloaded,
}

/// The caller on the pretend phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    /// Ringing: not answered yet.
    Ringing,
    /// The resident hung up: the right reflex.
    HungUp,
    /// The resident gave the code.
    CodeGiven,
}

/// A procedure being done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PortalRun {
    /// The page shown (`pages.len()` once the procedure is done).
    pub page: usize,
    /// The identity service's list of accounts is open.
    pub accounts_open: bool,
    /// The account chosen.
    pub account: Option<usize>,
    /// The code typed.
    pub code: String,
    /// The caller on the phone, on a code page that has one.
    pub call: Option<Call>,
    /// Each form page's fields, by page.
    pub forms: BTreeMap<usize, FormRun>,
    /// The file chosen to attach.
    pub attached: Option<usize>,
    /// The slot chosen.
    pub slot: Option<usize>,
    /// The file number typed on the status page.
    pub reference: String,
    /// The status page shows the request's status (its file number was right).
    pub status_shown: bool,
    /// The document of a download page is downloaded.
    pub downloaded: bool,
    /// What was wrong at the last "Continue" on this page.
    pub problem: Option<PageProblem>,
    /// How many times "Continue" found something wrong, per page.
    pub wrong_tries: Vec<u32>,
}

impl PortalRun {
    /// The procedure at its first page.
    pub fn new(portal: &Portal) -> Self {
        let mut run = Self {
            page: 0,
            accounts_open: false,
            account: None,
            code: String::new(),
            call: None,
            forms: BTreeMap::new(),
            attached: None,
            slot: None,
            reference: String::new(),
            status_shown: false,
            downloaded: false,
            problem: None,
            wrong_tries: vec![0; portal.pages.len()],
        };
        run.open_page(portal);
        run
    }

    /// The page shown, while the procedure is not done.
    pub fn current<'a>(&self, portal: &'a Portal) -> Option<&'a PortalPage> {
        portal.pages.get(self.page)
    }

    /// Every page is done.
    pub fn finished(&self, portal: &Portal) -> bool {
        self.page >= portal.pages.len()
    }

    /// The form of the page shown.
    pub fn form(&mut self) -> &mut FormRun {
        self.forms.entry(self.page).or_default()
    }

    /// Answers the caller: gives the code (a mistake, said at once) or hangs up.
    pub fn answer_call(&mut self, give_code: bool) {
        if self.call != Some(Call::Ringing) {
            return;
        }
        if give_code {
            self.call = Some(Call::CodeGiven);
            self.mistake(PageProblem::CodeGiven);
        } else {
            self.call = Some(Call::HungUp);
            self.problem = None;
        }
    }

    /// "Continue": checks the page shown; opens the next one when it is right, else says
    /// what is wrong and counts a try. Returns whether the procedure is now done.
    pub fn continue_page(&mut self, portal: &Portal) -> bool {
        let Some(page) = self.current(portal) else {
            return true;
        };
        if let PageKind::Status { .. } = page.kind
            && !self.status_shown
        {
            // The file number comes first; the status shows once it is right.
            match self.problem_on(page, portal) {
                None => {
                    self.status_shown = true;
                    self.problem = None;
                }
                Some(problem) => self.mistake(problem),
            }
            return false;
        }
        match self.problem_on(page, portal) {
            None => {
                self.page += 1;
                self.open_page(portal);
            }
            Some(problem) => {
                if problem == PageProblem::FormMistakes {
                    let PageKind::Form { fields } = &page.kind else {
                        unreachable!("form mistakes come from a form page");
                    };
                    let fields = fields.clone();
                    self.form().show_mistakes(&fields);
                }
                self.mistake(problem);
            }
        }
        self.finished(portal)
    }

    /// Success, pages, wrong tries; `None` until every page is done.
    pub fn score(&self, portal: &Portal) -> Option<(bool, u32, u32)> {
        if !self.finished(portal) {
            return None;
        }
        let pages = u32::try_from(portal.pages.len()).unwrap_or(u32::MAX);
        Some((true, pages, self.wrong_tries.iter().sum()))
    }

    /// What the pages that needed another try asked (their types: `code`, `form`…), in
    /// order and each once: what a leader reads as "the group stumbles on the SMS code".
    pub fn stumbles(&self, portal: &Portal) -> Vec<&'static str> {
        let mut types: Vec<&'static str> = Vec::new();
        for (page, tries) in portal.pages.iter().zip(&self.wrong_tries) {
            let kind = page.kind.type_name();
            if *tries > 0 && !types.contains(&kind) {
                types.push(kind);
            }
        }
        types
    }

    fn mistake(&mut self, problem: PageProblem) {
        self.problem = Some(problem);
        if let Some(tries) = self.wrong_tries.get_mut(self.page) {
            *tries += 1;
        }
    }

    /// A new page: nothing chosen on it yet; the caller rings on a code page that has one.
    fn open_page(&mut self, portal: &Portal) {
        self.problem = None;
        self.accounts_open = false;
        self.account = None;
        self.attached = None;
        self.slot = None;
        self.downloaded = false;
        self.call = match self.current(portal).map(|p| &p.kind) {
            Some(PageKind::Code { caller: Some(_), .. }) => Some(Call::Ringing),
            _ => None,
        };
    }

    fn problem_on(&self, page: &PortalPage, portal: &Portal) -> Option<PageProblem> {
        match &page.kind {
            PageKind::SignIn { account, .. } => match self.account {
                None => Some(PageProblem::NoAccount),
                Some(chosen) if chosen != *account => Some(PageProblem::OtherAccount(chosen)),
                Some(_) => None,
            },
            PageKind::Code { code, .. } => {
                if self.call == Some(Call::Ringing) {
                    Some(PageProblem::CallWaiting)
                } else if digits_of(&self.code) == digits_of(code) {
                    None
                } else {
                    Some(PageProblem::WrongCode)
                }
            }
            PageKind::Form { fields } => {
                let form = self.forms.get(&self.page).cloned().unwrap_or_default();
                (!form.score(fields).0).then_some(PageProblem::FormMistakes)
            }
            PageKind::Attach { right, .. } => match self.attached {
                None => Some(PageProblem::NoFile),
                Some(chosen) if chosen != *right => Some(PageProblem::OtherFile(chosen)),
                Some(_) => None,
            },
            PageKind::Slots { slots } => match self.slot {
                Some(i) if slots.get(i).is_some_and(|s| !s.taken) => None,
                _ => Some(PageProblem::NoSlot),
            },
            PageKind::Confirmation => None,
            PageKind::Status { .. } => {
                let reference = portal.reference.as_deref().unwrap_or_default();
                (!same_reference(&self.reference, reference)).then_some(PageProblem::WrongReference)
            }
            PageKind::Download { .. } => (!self.downloaded).then_some(PageProblem::NotDownloaded),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::portal::Slot;
    use crate::model::{FieldFormat, FormField, Text};

    fn page(id: &str, kind: PageKind) -> PortalPage {
        PortalPage {
            id: id.into(),
            title: Text::new(id, id),
            text: None,
            kind,
        }
    }

    fn portal() -> Portal {
        Portal {
            site: Text::new("Mes démarches", "My procedures"),
            address: "https://www.mes-demarches.example".into(),
            reference: Some("DEM-2026-0417".into()),
            pages: vec![
                page(
                    "connexion",
                    PageKind::SignIn {
                        service: Text::new("IdentiConnect", "IdentiConnect"),
                        providers: vec![Text::new("A", "A"), Text::new("B", "B")],
                        account: 1,
                    },
                ),
                page(
                    "code",
                    PageKind::Code {
                        code: "482913".into(),
                        sms: Text::new("Code : 482 913", "Code: 482 913"),
                        caller: Some(Text::new("Donnez le code", "Give the code")),
                    },
                ),
                page(
                    "adresse",
                    PageKind::Form {
                        fields: vec![FormField {
                            id: "cp".into(),
                            label: Text::new("Code postal", "Postcode"),
                            format: FieldFormat::Postcode,
                            required: true,
                        }],
                    },
                ),
                page(
                    "piece",
                    PageKind::Attach {
                        files: vec![
                            Text::new("photo.jpg", "photo.jpg"),
                            Text::new("facture.pdf", "bill.pdf"),
                        ],
                        right: 1,
                    },
                ),
                page(
                    "creneau",
                    PageKind::Slots {
                        slots: vec![
                            Slot {
                                label: Text::new("lundi", "Monday"),
                                taken: true,
                            },
                            Slot {
                                label: Text::new("mardi", "Tuesday"),
                                taken: false,
                            },
                        ],
                    },
                ),
                page("confirmation", PageKind::Confirmation),
                page(
                    "suivi",
                    PageKind::Status {
                        status: Text::new("En cours", "In progress"),
                    },
                ),
                page(
                    "recepisse",
                    PageKind::Download {
                        document: Text::new("le récépissé", "the receipt"),
                    },
                ),
            ],
        }
    }

    #[test]
    fn a_procedure_done_with_a_mistake_on_each_checked_page() {
        let portal = portal();
        let mut run = PortalRun::new(&portal);
        // Sign in: no account, then the wrong one, then the right one.
        assert!(!run.continue_page(&portal));
        assert_eq!(run.problem, Some(PageProblem::NoAccount));
        run.accounts_open = true;
        run.account = Some(0);
        run.continue_page(&portal);
        assert_eq!(run.problem, Some(PageProblem::OtherAccount(0)));
        run.account = Some(1);
        run.continue_page(&portal);
        assert_eq!((run.page, run.problem), (1, None));
        // The code: the phone rings first; giving the code is said at once.
        assert_eq!(run.call, Some(Call::Ringing));
        run.code = "482 913".into();
        run.continue_page(&portal);
        assert_eq!(run.problem, Some(PageProblem::CallWaiting));
        run.answer_call(true);
        assert_eq!(run.problem, Some(PageProblem::CodeGiven));
        run.code = "482 931".into();
        run.continue_page(&portal);
        assert_eq!(run.problem, Some(PageProblem::WrongCode));
        run.code = "48 29 13".into();
        run.continue_page(&portal);
        assert_eq!(run.page, 2);
        // The form: its mistakes are shown beside the field.
        run.continue_page(&portal);
        assert_eq!(run.problem, Some(PageProblem::FormMistakes));
        assert_eq!(run.form().mistakes.len(), 1);
        run.form().values.insert("cp".into(), "34000".into());
        run.continue_page(&portal);
        assert_eq!(run.page, 3);
        // The document: another file, then the right one.
        run.attached = Some(0);
        run.continue_page(&portal);
        assert_eq!(run.problem, Some(PageProblem::OtherFile(0)));
        run.attached = Some(1);
        run.continue_page(&portal);
        // A slot already taken is no slot.
        run.slot = Some(0);
        run.continue_page(&portal);
        assert_eq!(run.problem, Some(PageProblem::NoSlot));
        run.slot = Some(1);
        run.continue_page(&portal);
        // The confirmation only shows.
        assert_eq!(run.page, 5);
        run.continue_page(&portal);
        // The status: a wrong file number, then the right one shows the status.
        run.reference = "DEM-2026-0471".into();
        run.continue_page(&portal);
        assert_eq!(run.problem, Some(PageProblem::WrongReference));
        run.reference = "dem 2026 0417".into();
        run.continue_page(&portal);
        assert!(run.status_shown);
        assert_eq!(run.page, 6, "the status is read before going on");
        run.continue_page(&portal);
        // The receipt must be downloaded.
        run.continue_page(&portal);
        assert_eq!(run.problem, Some(PageProblem::NotDownloaded));
        assert_eq!(run.score(&portal), None, "not done yet");
        run.downloaded = true;
        assert!(run.continue_page(&portal));
        assert_eq!(run.score(&portal), Some((true, 8, 10)));
        assert_eq!(
            run.stumbles(&portal),
            ["sign-in", "code", "form", "attach", "slots", "status", "download"]
        );
    }

    #[test]
    fn a_procedure_done_right_the_first_time_has_no_stumble() {
        let portal = portal();
        let mut run = PortalRun::new(&portal);
        run.account = Some(1);
        run.continue_page(&portal);
        run.answer_call(false);
        assert_eq!(run.call, Some(Call::HungUp));
        run.code = "482913".into();
        run.continue_page(&portal);
        run.form().values.insert("cp".into(), "34000".into());
        run.continue_page(&portal);
        run.attached = Some(1);
        run.continue_page(&portal);
        run.slot = Some(1);
        run.continue_page(&portal);
        run.continue_page(&portal);
        run.reference = "DEM-2026-0417".into();
        run.continue_page(&portal);
        run.continue_page(&portal);
        run.downloaded = true;
        assert!(run.continue_page(&portal));
        assert_eq!(run.score(&portal), Some((true, 8, 0)));
        assert!(run.stumbles(&portal).is_empty());
    }
}
