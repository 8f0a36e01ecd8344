//! Practice activities: a step of a lesson where the resident does the thing (click,
//! type, spot a scam, fill in a form, make a password, tidy a file) in a safe pretend
//! version, described in the pack. The rules of each activity live in `session::activity`.

use serde::{Deserialize, Serialize};

use super::{ActivityId, ChoiceId, Competence, Level, Text};

/// One activity of a lesson step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    /// Stable id, unique in the pack.
    pub id: ActivityId,
    /// The competence it trains.
    pub competence: Competence,
    /// Its level.
    pub level: Level,
    /// What the resident does.
    pub kind: ActivityKind,
}

/// The activities and what each one needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ActivityKind {
    /// Mouse practice: the tasks in order.
    Mouse {
        /// The tasks, each once, in this order.
        tasks: Vec<MouseTask>,
        /// How many targets to click in the `click` task (they get smaller).
        targets: u32,
    },
    /// Copy a short text with the keyboard.
    Keyboard {
        /// The text to type, per language.
        text: Text,
    },
    /// A pretend inbox: open the messages and flag the scams.
    Mailbox {
        /// The messages, newest first.
        messages: Vec<MailMessage>,
    },
    /// A pretend online form to fill in and send.
    Form {
        /// The form's title, e.g. "Ask for an appointment".
        title: Text,
        /// Its fields, in order.
        fields: Vec<FormField>,
        /// The page shown once the form is sent.
        confirmation: Text,
    },
    /// Make a strong password, with live advice. Nothing typed is ever kept.
    Password,
    /// A pretend file explorer: find a downloaded file, rename it, move it, attach it.
    Files(FilesTask),
    /// A whole procedure on a pretend public-services portal, page after page.
    Portal(super::portal::Portal),
}

impl ActivityKind {
    /// The type's name as written in pack files and kept in the store.
    pub fn type_name(&self) -> &'static str {
        match self {
            ActivityKind::Mouse { .. } => "mouse",
            ActivityKind::Keyboard { .. } => "keyboard",
            ActivityKind::Mailbox { .. } => "mailbox",
            ActivityKind::Form { .. } => "form",
            ActivityKind::Password => "password",
            ActivityKind::Files(_) => "files",
            ActivityKind::Portal(_) => "portal",
        }
    }
}

/// A task of the mouse practice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MouseTask {
    /// Click targets that get smaller.
    Click,
    /// Double-click to open a folder.
    DoubleClick,
    /// Right-click, then choose in the menu.
    RightClick,
    /// Drag items into a box.
    Drag,
    /// Scroll a list to find an item.
    Scroll,
}

impl MouseTask {
    /// Every task, in the order a beginner learns them.
    pub const ALL: [MouseTask; 5] = [
        MouseTask::Click,
        MouseTask::DoubleClick,
        MouseTask::RightClick,
        MouseTask::Drag,
        MouseTask::Scroll,
    ];

    /// The task's name in pack files.
    pub fn key(self) -> &'static str {
        match self {
            MouseTask::Click => "click",
            MouseTask::DoubleClick => "double-click",
            MouseTask::RightClick => "right-click",
            MouseTask::Drag => "drag",
            MouseTask::Scroll => "scroll",
        }
    }

    /// Reads a task name from a pack file.
    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// A message of the pretend inbox.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MailMessage {
    /// Id, unique in the activity.
    pub id: ChoiceId,
    /// Who it claims to come from, e.g. `Service client <aide@banque-exemple.fr>`.
    pub from: String,
    /// Its subject.
    pub subject: Text,
    /// Its text.
    pub body: Text,
    /// Whether it is a scam the resident should flag.
    pub scam: bool,
    /// Why: the clues of a scam, or what shows that a genuine message is safe.
    pub clues: Vec<Text>,
}

/// A field of the pretend form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FormField {
    /// Id, unique in the form.
    pub id: ChoiceId,
    /// Its label.
    pub label: Text,
    /// What it must contain.
    pub format: FieldFormat,
    /// Whether it must be filled in.
    pub required: bool,
}

/// What a form field must contain; each has its own error message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FieldFormat {
    /// Any text.
    Text,
    /// A date written day/month/year.
    Date,
    /// An email address.
    Email,
    /// A French phone number (10 digits, or +33 and 9 digits).
    Phone,
    /// A French postcode (5 digits).
    Postcode,
}

impl FieldFormat {
    /// Every format.
    pub const ALL: [FieldFormat; 5] = [
        FieldFormat::Text,
        FieldFormat::Date,
        FieldFormat::Email,
        FieldFormat::Phone,
        FieldFormat::Postcode,
    ];

    /// The format's name in pack files.
    pub fn key(self) -> &'static str {
        match self {
            FieldFormat::Text => "text",
            FieldFormat::Date => "date",
            FieldFormat::Email => "email",
            FieldFormat::Phone => "phone",
            FieldFormat::Postcode => "postcode",
        }
    }

    /// Reads a format name from a pack file.
    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// The file explorer task.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FilesTask {
    /// The name of the file just downloaded, e.g. `scan_0412.pdf`.
    pub file: Text,
    /// The name to give it (without the extension, which stays).
    pub rename_to: Text,
    /// The folder to move it to.
    pub folder: Text,
    /// Other files already in the Downloads folder, to find it among.
    pub other_files: Vec<Text>,
    /// Who to send it to, when the task ends with a message (e.g. `mairie@ville.example`);
    /// without one, the task ends once the file is put away.
    pub recipient: Option<String>,
}

/// How one try of an activity went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActivityOutcome {
    /// The task was done.
    pub success: bool,
    /// Right moves (targets hit, letters typed right, scams found…).
    pub hits: u32,
    /// Wrong moves (missed clicks, wrong letters, forms sent with mistakes…).
    pub misses: u32,
    /// How long it took, in milliseconds.
    pub duration_ms: u64,
}
