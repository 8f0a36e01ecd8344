//! The pretend public-services portal: a whole online procedure rehearsed offline, page
//! after page, as on a real site (sign in with an identity service, a code sent by SMS to
//! a pretend phone, forms, a document to attach, an appointment slot, a file number, its
//! status, the receipt). Each page is checked before the next one opens; a page done
//! wrong is tried again on its own. The rules live in `session::activity::portal`.

use serde::{Deserialize, Serialize};

use super::{ChoiceId, FormField, Text};

/// A procedure on the pretend portal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Portal {
    /// The portal's name, shown at the top of each page (never a real organisation's).
    pub site: Text,
    /// Its address, shown in the pretend address bar with the padlock, e.g.
    /// `https://www.mes-demarches.example`.
    pub address: String,
    /// The file number given on the confirmation page and asked on the status page.
    pub reference: Option<String>,
    /// The pages, in order.
    pub pages: Vec<PortalPage>,
}

/// One page of the procedure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PortalPage {
    /// Id, unique in the procedure: names the page in the resident's results ("the group
    /// stumbles on the SMS code").
    pub id: ChoiceId,
    /// The page's title, e.g. "Sign in".
    pub title: Text,
    /// What the page says above its fields, if anything.
    pub text: Option<Text>,
    /// What is done on it.
    pub kind: PageKind,
}

/// What a page asks of the resident.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum PageKind {
    /// Sign in with the identity-service button, then choose the account one already has.
    SignIn {
        /// The identity service's name on the button.
        service: Text,
        /// The pretend identity providers offered.
        providers: Vec<Text>,
        /// The one the resident has an account with (an index in `providers`).
        account: usize,
    },
    /// A one-time code sent by SMS to the pretend phone, to type on the page; perhaps a
    /// caller who asks for it.
    Code {
        /// The code, digits only.
        code: String,
        /// The SMS, which holds the code.
        sms: Text,
        /// What a caller says to get the code, if one calls.
        caller: Option<Text>,
    },
    /// A form with its checks.
    Form {
        /// The fields, in order.
        fields: Vec<FormField>,
    },
    /// A document to attach, chosen among the pretend files.
    Attach {
        /// The files offered.
        files: Vec<Text>,
        /// The one to attach (an index in `files`).
        right: usize,
    },
    /// An appointment slot to choose.
    Slots {
        /// The slots, some already taken.
        slots: Vec<Slot>,
    },
    /// The confirmation, with the file number to note.
    Confirmation,
    /// Coming back later: the file number typed to see the request's status.
    Status {
        /// What the status says.
        status: Text,
    },
    /// A document to download: the receipt, a certificate.
    Download {
        /// The document's name, e.g. "the receipt of your request".
        document: Text,
    },
}

/// The page types a pack can write, in the order a procedure usually takes them.
pub const PAGE_TYPES: [&str; 8] = [
    "sign-in",
    "code",
    "form",
    "attach",
    "slots",
    "confirmation",
    "status",
    "download",
];

impl PageKind {
    /// The page type's name as written in pack files.
    pub fn type_name(&self) -> &'static str {
        match self {
            PageKind::SignIn { .. } => "sign-in",
            PageKind::Code { .. } => "code",
            PageKind::Form { .. } => "form",
            PageKind::Attach { .. } => "attach",
            PageKind::Slots { .. } => "slots",
            PageKind::Confirmation => "confirmation",
            PageKind::Status { .. } => "status",
            PageKind::Download { .. } => "download",
        }
    }

    /// Whether the page checks something (a confirmation page only shows).
    pub fn is_checked(&self) -> bool {
        !matches!(self, PageKind::Confirmation)
    }
}

/// An appointment slot.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Slot {
    /// When, e.g. "Tuesday 12 January, 9:30".
    pub label: Text,
    /// Already taken: shown, but cannot be chosen.
    pub taken: bool,
}

/// The digits of `text`, in order: a code or a file number typed with spaces or dashes
/// is the same code.
pub fn digits_of(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// Whether `typed` is the file number `reference`: case, spaces and dashes do not matter.
pub fn same_reference(typed: &str, reference: &str) -> bool {
    let fold = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase())
            .collect()
    };
    let typed = fold(typed);
    !typed.is_empty() && typed == fold(reference)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_file_numbers_are_read_as_people_type_them() {
        assert_eq!(digits_of("482 913"), "482913");
        assert_eq!(digits_of("48-29-13"), "482913");
        assert!(same_reference("dem-2026 0417", "DEM-2026-0417"));
        assert!(!same_reference("DEM-2026-0418", "DEM-2026-0417"));
        assert!(!same_reference("  ", ""), "nothing typed is never right");
    }
}
