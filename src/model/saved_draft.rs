//! Packs being written in the pack editor, as the store keeps them.

use super::DraftUid;

/// A draft in the list of drafts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftSummary {
    /// The draft's unique id.
    pub uid: DraftUid,
    /// The pack's title when the draft was last saved.
    pub title: String,
    /// When it was last saved (seconds since 1970).
    pub updated_at: i64,
}

/// A whole draft, as saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedDraft {
    /// The pack's files, by path inside the pack.
    pub files: Vec<(String, Vec<u8>)>,
    /// The translations marked out of date (`file#field`).
    pub stale: Vec<String>,
}
