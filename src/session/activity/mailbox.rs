//! The pretend inbox: the resident opens messages and flags the scams.

use std::collections::BTreeSet;

use crate::model::{ChoiceId, MailMessage};

/// What the resident has done in the inbox.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MailboxRun {
    /// The message open, if any.
    pub open: Option<ChoiceId>,
    /// Messages opened at least once.
    pub read: BTreeSet<ChoiceId>,
    /// Messages flagged as scams.
    pub flagged: BTreeSet<ChoiceId>,
}

impl MailboxRun {
    /// Opens a message.
    pub fn open(&mut self, id: &ChoiceId) {
        self.open = Some(id.clone());
        self.read.insert(id.clone());
    }

    /// Flags or unflags a message as a scam.
    pub fn toggle_flag(&mut self, id: &ChoiceId) {
        if !self.flagged.remove(id) {
            self.flagged.insert(id.clone());
        }
    }

    /// Whether the resident judged this message right.
    pub fn judged_right(&self, message: &MailMessage) -> bool {
        self.flagged.contains(&message.id) == message.scam
    }

    /// Success (every scam flagged, no genuine message flagged), messages judged right,
    /// messages judged wrong.
    pub fn score(&self, messages: &[MailMessage]) -> (bool, u32, u32) {
        let right = messages.iter().filter(|m| self.judged_right(m)).count();
        let wrong = messages.len() - right;
        (
            wrong == 0,
            u32::try_from(right).unwrap_or(u32::MAX),
            u32::try_from(wrong).unwrap_or(u32::MAX),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    fn message(id: &str, scam: bool) -> MailMessage {
        MailMessage {
            id: id.into(),
            from: "x@exemple.fr".into(),
            subject: Text::new("s", "s"),
            body: Text::new("b", "b"),
            scam,
            clues: vec![Text::new("c", "c")],
        }
    }

    #[test]
    fn every_scam_and_only_scams_must_be_flagged() {
        let messages = [message("a", true), message("b", false), message("c", true)];
        let mut run = MailboxRun::default();
        assert_eq!(run.score(&messages), (false, 1, 2));
        run.toggle_flag(&"a".into());
        run.toggle_flag(&"b".into());
        assert_eq!(run.score(&messages), (false, 1, 2));
        run.toggle_flag(&"b".into());
        run.toggle_flag(&"c".into());
        assert_eq!(run.score(&messages), (true, 3, 0));
        run.open(&"b".into());
        assert_eq!(run.open, Some("b".into()));
        assert!(run.read.contains(&ChoiceId::from("b")));
    }
}
