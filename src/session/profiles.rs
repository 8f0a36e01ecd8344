//! Creating a profile.

use crate::model::matching::fold;
use crate::model::{Avatar, AvatarColour, AvatarSymbol, Resident};

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
    /// The resident agrees to share their results with the workshop leaders (no unless
    /// they say yes).
    pub shares_results: bool,
}

/// The longest name kept, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// A name as kept: trimmed, at most [`MAX_NAME_CHARS`]; `None` when there is none.
pub fn clean_name(typed: &str) -> Option<String> {
    let name: String = typed.trim().chars().take(MAX_NAME_CHARS).collect();
    (!name.is_empty()).then_some(name)
}

impl ProfileDraft {
    /// The name to save, trimmed, or `None` when there is none.
    pub fn clean_name(&self) -> Option<String> {
        clean_name(&self.name)
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

/// The most profile cards shown at once: the most recently used ones. On a PC with more
/// profiles, a search box finds the others.
pub const MAX_CARDS: usize = 24;

/// The profile cards of this PC, and the search among them.
#[derive(Clone, Debug, Default)]
pub struct ProfileCards {
    /// The profiles read from the store, the most recently used first: the
    /// [`MAX_CARDS`] most recent until someone searches, then every one.
    pub residents: Vec<Resident>,
    /// How many profiles this PC has.
    pub total: usize,
    /// What is typed in "Find your card", on a PC with many profiles.
    pub search: String,
    /// The leaders chose to show cards by initial and picture only.
    pub by_initial: bool,
    /// Each name folded (lower case, no accents), for searching without redoing it
    /// every frame.
    folded: Vec<String>,
}

impl ProfileCards {
    /// The cards of `residents` (every profile of the PC), with nothing searched.
    pub fn new(residents: Vec<Resident>) -> Self {
        let total = residents.len();
        Self::recent(residents, total)
    }

    /// The cards of the most recent `residents` of the `total` this PC has: enough to
    /// draw the screen; the others are read when a search needs them
    /// ([`ProfileCards::needs_everyone`]).
    pub fn recent(residents: Vec<Resident>, total: usize) -> Self {
        let folded = residents.iter().map(|r| fold(&r.name)).collect();
        Self {
            residents,
            total,
            search: String::new(),
            by_initial: false,
            folded,
        }
    }

    /// Whether a search is typed while only the most recent profiles are read.
    pub fn needs_everyone(&self) -> bool {
        self.residents.len() < self.total && !self.search.trim().is_empty()
    }

    /// Takes every profile of the PC, keeping what is typed and how cards are shown.
    pub fn fill(&mut self, everyone: Vec<Resident>) {
        self.folded = everyone.iter().map(|r| fold(&r.name)).collect();
        self.total = everyone.len();
        self.residents = everyone;
    }

    /// Whether this PC has more profiles than fit: the search box is shown.
    pub fn has_many(&self) -> bool {
        self.total > MAX_CARDS
    }

    /// The name written on `resident`'s card: their first name, or only its initial
    /// when the leaders chose so (`A.`).
    pub fn card_name(&self, resident: &Resident) -> String {
        if !self.by_initial {
            return resident.name.clone();
        }
        let initial: String = resident
            .name
            .chars()
            .take(1)
            .flat_map(char::to_uppercase)
            .collect();
        format!("{initial}.")
    }

    /// The cards to show for the search (matched without case or accents, anywhere in
    /// the name), most recently used first, at most [`MAX_CARDS`]; and how many others
    /// match.
    pub fn shown(&self) -> (Vec<&Resident>, usize) {
        let search = fold(&self.search);
        let mut matching = self
            .residents
            .iter()
            .zip(&self.folded)
            .filter(|(_, name)| search.is_empty() || name.contains(&search))
            .map(|(r, _)| r);
        let shown: Vec<&Resident> = matching.by_ref().take(MAX_CARDS).collect();
        let others = if search.is_empty() {
            self.total.saturating_sub(shown.len())
        } else {
            matching.count()
        };
        (shown, others)
    }
}

#[cfg(test)]
mod card_tests {
    use super::*;
    use crate::model::{Avatar, DisplaySettings, Lang, ResidentId};

    fn resident(id: i64, name: &str) -> Resident {
        Resident {
            id: ResidentId(id),
            name: name.into(),
            avatar: Avatar::default(),
            lang: Lang::Fr,
            display: DisplaySettings::default(),
            shares_results: false,
            locked: false,
            follows_me: false,
        }
    }

    #[test]
    fn many_profiles_show_the_recent_ones_and_search_finds_the_rest() {
        let mut residents: Vec<Resident> = (0..100).map(|i| resident(i, &format!("Personne {i}"))).collect();
        residents.push(resident(100, "Hélène"));
        let mut cards = ProfileCards::new(residents);
        let (shown, others) = cards.shown();
        assert_eq!((shown.len(), others), (MAX_CARDS, 101 - MAX_CARDS));
        cards.search = "HELENE".into();
        let (shown, others) = cards.shown();
        assert_eq!((shown[0].name.as_str(), others), ("Hélène", 0));
        cards.search = "zzz".into();
        assert!(cards.shown().0.is_empty());
    }

    #[test]
    fn cards_by_initial_show_the_first_letter_only() {
        let mut cards = ProfileCards::new(vec![resident(1, "élodie"), resident(2, "王芳")]);
        assert_eq!(cards.card_name(&cards.residents[0]), "élodie");
        cards.by_initial = true;
        assert_eq!(cards.card_name(&cards.residents[0]), "É.");
        assert_eq!(cards.card_name(&cards.residents[1]), "王.");
    }
}
