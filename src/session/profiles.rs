//! Creating a profile.

use crate::model::{Avatar, AvatarColour, AvatarSymbol};

/// The "new profile" form being filled in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProfileDraft {
    /// First name or pseudonym.
    pub name: String,
    /// Chosen colour.
    pub colour: AvatarColour,
    /// Chosen symbol.
    pub symbol: AvatarSymbol,
    /// Set when "Create" was pressed with no name.
    pub name_missing: bool,
}

/// The longest name kept, in characters.
pub const MAX_NAME_CHARS: usize = 40;

impl ProfileDraft {
    /// The name to save, trimmed, or `None` when there is none.
    pub fn clean_name(&self) -> Option<String> {
        let name: String = self.name.trim().chars().take(MAX_NAME_CHARS).collect();
        (!name.is_empty()).then_some(name)
    }

    /// The picture card chosen.
    pub fn avatar(&self) -> Avatar {
        Avatar {
            colour: self.colour,
            symbol: self.symbol,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_required() {
        let mut draft = ProfileDraft::default();
        assert_eq!(draft.clean_name(), None);
        draft.name = "   ".into();
        assert_eq!(draft.clean_name(), None);
        draft.name = "  Hélène ".into();
        assert_eq!(draft.clean_name().as_deref(), Some("Hélène"));
        draft.name = "x".repeat(100);
        assert_eq!(
            draft.clean_name().map(|n| n.chars().count()),
            Some(MAX_NAME_CHARS)
        );
    }
}
