//! Typed identifiers, so a lesson id can never be passed where a question id is expected.

use serde::{Deserialize, Serialize};

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as written in the pack.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

string_id!(
    /// A pack's stable id, e.g. `premiers-pas`.
    PackId
);
string_id!(
    /// A lesson's id, unique within its pack and stable across pack versions.
    LessonId
);
string_id!(
    /// A question's id, unique within its pack and stable across pack versions.
    QuestionId
);
string_id!(
    /// A practice activity's id, unique within its pack and stable across pack versions.
    ActivityId
);
string_id!(
    /// The id of a part of a question (a choice, a field, an item to order, a pair, a
    /// zone), unique within its question (`a`, `b`, …).
    ChoiceId
);

string_id!(
    /// A resident's globally unique id (a random UUID made with the card): the same on
    /// every PC their progress file reaches, unlike their row id.
    ResidentUid
);
string_id!(
    /// A workshop's globally unique id.
    WorkshopUid
);
string_id!(
    /// The unique id of a pack being written in the pack editor.
    DraftUid
);

macro_rules! random_uid {
    ($($name:ident),*) => {$(
        impl $name {
            /// A new id, unique on every PC (a random UUID).
            pub fn new_random() -> Self {
                Self(uuid::Uuid::new_v4().to_string())
            }
        }
    )*};
}

random_uid!(ResidentUid, WorkshopUid, DraftUid);

/// A resident's row id in the local store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ResidentId(pub i64);
