//! The picture code screen: choosing a card's code (then giving it again to confirm),
//! or giving it to open a locked card.

use crate::model::Resident;
use crate::model::picture_code::{CODE_LENGTH, CodePicture, PictureCode};

/// What the pictures picked are for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodePurpose {
    /// Opening a locked card.
    Unlock,
    /// Choosing a new code.
    Choose,
    /// Giving the code just chosen again.
    Confirm(PictureCode),
}

/// Why the last pictures did not do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    /// Not the card's code.
    Wrong,
    /// The confirmation differed from the code chosen: choose again.
    Mismatch,
}

/// The picture code screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardCodeView {
    /// Whose card.
    pub resident: Resident,
    /// What the pictures are for.
    pub purpose: CodePurpose,
    /// The pictures picked so far, in order.
    pub picked: Vec<CodePicture>,
    /// Why the last code did not do.
    pub problem: Option<CodeProblem>,
    /// Seconds left before the next try, after wrong codes (counted down as time passes).
    pub wait_seconds: Option<i64>,
    /// When the next try is allowed (milliseconds since 1970), while waiting.
    pub wait_until: Option<i64>,
}

impl CardCodeView {
    /// The screen for `purpose`, nothing picked.
    pub fn new(resident: Resident, purpose: CodePurpose) -> Self {
        Self {
            resident,
            purpose,
            picked: Vec::new(),
            problem: None,
            wait_seconds: None,
            wait_until: None,
        }
    }

    /// Whether the pictures wait, after wrong codes.
    pub fn waiting(&self) -> bool {
        self.wait_until.is_some()
    }

    /// Adds a picture; returns the code once [`CODE_LENGTH`] are picked (and starts
    /// the next one afresh).
    pub fn pick(&mut self, picture: CodePicture) -> Option<PictureCode> {
        if self.waiting() || self.picked.len() >= CODE_LENGTH {
            return None;
        }
        self.picked.push(picture);
        let code = PictureCode::from_picked(&self.picked);
        if code.is_some() {
            self.picked.clear();
        }
        code
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::picture_code::CodePicture::{Fish, Sun, Tree};

    #[test]
    fn the_third_picture_makes_the_code_and_waiting_stops_picking() {
        let ana = Resident {
            id: crate::model::ResidentId(1),
            name: "Ana".into(),
            avatar: crate::model::Avatar::default(),
            lang: crate::model::Lang::Fr,
            display: crate::model::DisplaySettings::default(),
            shares_results: false,
            locked: true,
            follows_me: false,
        };
        let mut view = CardCodeView::new(ana, CodePurpose::Unlock);
        assert_eq!(view.pick(Sun), None);
        assert_eq!(view.pick(Tree), None);
        assert_eq!(view.picked.len(), 2);
        assert_eq!(view.pick(Fish), PictureCode::from_picked(&[Sun, Tree, Fish]));
        assert!(view.picked.is_empty());
        view.wait_until = Some(1);
        assert_eq!(view.pick(Sun), None);
        assert!(view.picked.is_empty());
    }
}
