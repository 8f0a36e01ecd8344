//! What an attestation signs, and what checking one found: the read model of the leaders'
//! "Check an attestation" screen and of `passerelle attestation verify` (the signing
//! itself is in `signing.rs`).

use serde::{Deserialize, Serialize};

/// A lesson as an attestation signs it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedLesson {
    /// Its title, in the attestation's language.
    pub title: String,
    /// Its CRCN competence, e.g. `5.2`.
    pub competence: String,
    /// Its level.
    pub level: u8,
    /// When it was finished (milliseconds since 1970).
    pub finished_at: i64,
    /// Right answers in its quiz.
    pub right: u32,
    /// How many questions.
    pub questions: u32,
    /// Is its competence printed as reached?
    pub reached: bool,
}

/// The facts an attestation signs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facts {
    /// The resident's name, as printed.
    pub name: String,
    /// The structure, as printed.
    pub structure: String,
    /// The leader who signs for the structure, as printed (empty: written by hand; older
    /// attestations have none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub leader: String,
    /// When it was issued (milliseconds since 1970).
    pub issued_at: i64,
    /// The lessons it lists.
    pub lessons: Vec<SignedLesson>,
    /// The public half of the key that signed it (hex).
    pub key: String,
}

/// Who signed an attestation, as this PC knows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signer {
    /// This structure (with one of its keys, the present one or an older one).
    Own,
    /// A structure the leaders chose to trust, by the name they gave it.
    Trusted(String),
    /// A key this PC does not know.
    Unknown,
}

/// What checking an attestation found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckOutcome {
    /// Its facts are as its key signed them; `signer` says whose key it is.
    Signed {
        /// The signed facts.
        facts: Facts,
        /// Who holds the key.
        signer: Signer,
        /// The key's fingerprint, to read out.
        fingerprint: String,
    },
    /// Its facts or signature were changed.
    Altered,
    /// It carries no Passerelle signature.
    Unsigned,
}

/// A checked attestation, as the leaders' screen shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedAttestation {
    /// The file's name.
    pub file: String,
    /// What was found (in the first attestation of a file that holds several).
    pub outcome: CheckOutcome,
    /// What was found in the file's other attestations (a workshop's PDF, one a page).
    pub others: Vec<CheckOutcome>,
    /// The name the leader gives the structure, to trust its key (it starts as the
    /// structure's name printed on the attestation).
    pub trust_name: String,
}
