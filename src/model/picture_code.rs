//! A card's picture code: three pictures out of nine, in order, chosen by the resident,
//! so that only they open their card (Kolibri's picture passwords, for people who
//! cannot read or type a PIN). It guards the screen of a shared PC, not the file: 729
//! codes are few, so wrong tries are slowed down and a leader can remove a forgotten one.

use std::time::Duration;

use super::pin::Throttle;

/// One of the nine pictures a code is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum CodePicture {
    Sun,
    Tree,
    Fish,
    Star,
    House,
    Heart,
    Moon,
    Flower,
    Cloud,
}

/// How many pictures a code has.
pub const CODE_LENGTH: usize = 3;

/// Wrong codes: three free tries (a slip of the finger), then 30 seconds, doubling, at
/// most an hour; a leader can remove the code meanwhile.
pub const CODE_THROTTLE: Throttle = Throttle {
    free_tries: 3,
    first_wait: Duration::from_secs(30),
    longest: Duration::from_hours(1),
};

impl CodePicture {
    /// Every picture, in the order offered (a 3 × 3 grid).
    pub const ALL: [CodePicture; 9] = [
        CodePicture::Sun,
        CodePicture::Tree,
        CodePicture::Fish,
        CodePicture::Star,
        CodePicture::House,
        CodePicture::Heart,
        CodePicture::Moon,
        CodePicture::Flower,
        CodePicture::Cloud,
    ];

    /// Its name in Fluent ids (`code-picture-sun`) and in the secret that is hashed.
    pub fn key(self) -> &'static str {
        match self {
            CodePicture::Sun => "sun",
            CodePicture::Tree => "tree",
            CodePicture::Fish => "fish",
            CodePicture::Star => "star",
            CodePicture::House => "house",
            CodePicture::Heart => "heart",
            CodePicture::Moon => "moon",
            CodePicture::Flower => "flower",
            CodePicture::Cloud => "cloud",
        }
    }
}

/// A complete code: [`CODE_LENGTH`] pictures in order (one may come more than once).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PictureCode([CodePicture; CODE_LENGTH]);

impl PictureCode {
    /// The code made of `picked`, once exactly [`CODE_LENGTH`] pictures are picked.
    pub fn from_picked(picked: &[CodePicture]) -> Option<Self> {
        picked.try_into().ok().map(PictureCode)
    }

    /// What is hashed and checked: the pictures' names in order (`sun-tree-fish`).
    pub fn secret(&self) -> String {
        self.0.map(CodePicture::key).join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_three_pictures_in_order() {
        use CodePicture::*;
        assert_eq!(PictureCode::from_picked(&[Sun, Tree]), None);
        let code = PictureCode::from_picked(&[Sun, Tree, Sun]);
        assert_eq!(code.map(|c| c.secret()).as_deref(), Some("sun-tree-sun"));
        assert_ne!(
            PictureCode::from_picked(&[Tree, Sun, Sun]),
            code,
            "the order counts"
        );
        let keys: std::collections::HashSet<&str> = CodePicture::ALL.iter().map(|p| p.key()).collect();
        assert_eq!(keys.len(), 9);
    }

    #[test]
    fn wrong_codes_wait_after_three_and_at_most_an_hour() {
        assert_eq!(CODE_THROTTLE.wait_after(2), Duration::ZERO);
        assert_eq!(CODE_THROTTLE.wait_after(3), Duration::from_secs(30));
        assert_eq!(CODE_THROTTLE.wait_after(4), Duration::from_mins(1));
        assert_eq!(CODE_THROTTLE.wait_after(100), Duration::from_hours(1));
    }
}
