//! A resident's picture card: a colour and a simple symbol, easy to recognise without reading.

use serde::{Deserialize, Serialize};

/// The card's background colour. The actual colour values live in `ui::theme`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum AvatarColour {
    #[default]
    Blue,
    Green,
    Orange,
    Purple,
    Red,
    Teal,
}

/// The symbol drawn on the card (drawn by `ui::symbols`, so it needs no font).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[allow(missing_docs)]
pub enum AvatarSymbol {
    #[default]
    Star,
    Heart,
    Sun,
    Flower,
    Moon,
    House,
}

impl AvatarColour {
    /// Every colour, in the order offered.
    pub const ALL: [AvatarColour; 6] = [
        AvatarColour::Blue,
        AvatarColour::Green,
        AvatarColour::Orange,
        AvatarColour::Purple,
        AvatarColour::Red,
        AvatarColour::Teal,
    ];

    /// The name used in the store and in Fluent ids (`avatar-colour-blue`).
    pub fn key(self) -> &'static str {
        match self {
            AvatarColour::Blue => "blue",
            AvatarColour::Green => "green",
            AvatarColour::Orange => "orange",
            AvatarColour::Purple => "purple",
            AvatarColour::Red => "red",
            AvatarColour::Teal => "teal",
        }
    }

    /// Reads a stored name; unknown names fall back to the default colour.
    pub fn from_key(key: &str) -> AvatarColour {
        Self::ALL.into_iter().find(|c| c.key() == key).unwrap_or_default()
    }
}

impl AvatarSymbol {
    /// Every symbol, in the order offered.
    pub const ALL: [AvatarSymbol; 6] = [
        AvatarSymbol::Star,
        AvatarSymbol::Heart,
        AvatarSymbol::Sun,
        AvatarSymbol::Flower,
        AvatarSymbol::Moon,
        AvatarSymbol::House,
    ];

    /// The name used in the store and in Fluent ids (`avatar-symbol-star`).
    pub fn key(self) -> &'static str {
        match self {
            AvatarSymbol::Star => "star",
            AvatarSymbol::Heart => "heart",
            AvatarSymbol::Sun => "sun",
            AvatarSymbol::Flower => "flower",
            AvatarSymbol::Moon => "moon",
            AvatarSymbol::House => "house",
        }
    }

    /// Reads a stored name; unknown names fall back to the default symbol.
    pub fn from_key(key: &str) -> AvatarSymbol {
        Self::ALL.into_iter().find(|s| s.key() == key).unwrap_or_default()
    }
}

/// A profile card's picture.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Avatar {
    /// Background colour.
    pub colour: AvatarColour,
    /// Symbol.
    pub symbol: AvatarSymbol,
}
