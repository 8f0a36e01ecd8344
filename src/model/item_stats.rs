//! How each question of a pack goes, for the trainers who write it: how often it is
//! answered right, and which wrong answer is given most. Counted from the answers of
//! residents who share their results with the leaders, given on this PC, and, on a
//! library network, at every PC of it (each PC sends its counts, never an answer).

use std::collections::BTreeMap;

use super::{LessonId, PackId, Question, Response, Text};

/// The most wrong answers a PC sends per question (the few that matter; a click on a
/// picture is a new one each time).
pub const MAX_WRONG_KINDS: usize = 5;

/// The counts of one question, as one PC (or the network) has them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemTally {
    /// The question's pack.
    pub pack: PackId,
    /// Its lesson.
    pub lesson: LessonId,
    /// The question's id.
    pub question: String,
    /// Answers given.
    pub answers: u32,
    /// Right ones among them.
    pub right: u32,
    /// Wrong answers (as stored, JSON) and how often each was given. Never a text the
    /// resident typed: it could be about them.
    pub wrong: BTreeMap<String, u32>,
}

/// Whether a wrong answer may be counted by what it was: picks, orders, pairs and
/// clicks, never typed text.
pub fn countable(response: &Response) -> bool {
    !matches!(response, Response::Text(_) | Response::Fields(_))
}

/// Keeps the `MAX_WRONG_KINDS` wrong answers given most.
pub fn keep_most_given(wrong: &mut BTreeMap<String, u32>) {
    if wrong.len() <= MAX_WRONG_KINDS {
        return;
    }
    let mut by_count: Vec<(String, u32)> = std::mem::take(wrong).into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    by_count.truncate(MAX_WRONG_KINDS);
    wrong.extend(by_count);
}

/// Where the counts come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatsScope {
    /// This PC alone (it is not on a network).
    ThisPc,
    /// Every PC of the network, as of the last sync (ms since 1970; 0: never yet).
    Network {
        /// When this PC last synced.
        synced_at: i64,
    },
}

/// One question's line.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemStat {
    /// Its lesson's title.
    pub lesson: Text,
    /// The question.
    pub question: Question,
    /// Answers given.
    pub answers: u32,
    /// Right ones.
    pub right: u32,
    /// Wrong answers and how often each was given.
    pub wrong: Vec<(Response, u32)>,
}

impl ItemStat {
    /// Right answers in percent, rounded down.
    pub fn right_percent(&self) -> u32 {
        if self.answers == 0 {
            return 0;
        }
        let percent = u64::from(self.right) * 100 / u64::from(self.answers);
        u32::try_from(percent).unwrap_or(100)
    }
}

/// A pack's questions, the most missed first.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionStats {
    /// The packs to choose from: id and title.
    pub packs: Vec<(PackId, Text)>,
    /// The pack shown.
    pub pack: PackId,
    /// Its answered questions, the lowest share of right answers first.
    pub items: Vec<ItemStat>,
    /// Where the counts come from.
    pub scope: StatsScope,
}

/// Orders questions the most missed first (then the most answered).
pub fn most_missed_first(items: &mut [ItemStat]) {
    items.sort_by(|a, b| {
        let (ra, rb) = (
            u64::from(a.right) * u64::from(b.answers.max(1)),
            u64::from(b.right) * u64::from(a.answers.max(1)),
        );
        ra.cmp(&rb).then_with(|| b.answers.cmp(&a.answers))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_is_never_counted_by_what_it_says() {
        assert!(!countable(&Response::Text("12 rue des Lilas".into())));
        assert!(!countable(&Response::Fields(BTreeMap::new())));
        assert!(countable(&Response::Choice("b".into())));
        assert!(countable(&Response::Point { x: 1, y: 2 }));
    }

    #[test]
    fn only_the_wrong_answers_given_most_are_kept() {
        let mut wrong: BTreeMap<String, u32> = (0..9).map(|i| (format!("r{i}"), i)).collect();
        keep_most_given(&mut wrong);
        assert_eq!(wrong.keys().collect::<Vec<_>>(), ["r4", "r5", "r6", "r7", "r8"]);
    }
}
