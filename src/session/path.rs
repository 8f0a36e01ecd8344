//! The resident's learning path: the positioning test under way, its result with the
//! lessons recommended, the review of missed questions, and "my progress".

use super::QuizQuestion;
use crate::model::positioning::{
    Bank, COMPUTER_BASICS, DOMAINS, Next, PackQuestion, Positioning, PositioningAnswer, Standing, TOP_LEVEL,
    prerequisite_rank,
};
use crate::model::review::DueCard;
use crate::model::{Competence, LessonSummary, Level};

/// The positioning test under way.
#[derive(Debug)]
pub struct PositioningSession {
    /// The run's unique id.
    pub run: String,
    bank: Bank<PackQuestion>,
    test: Positioning,
    /// The question shown, with its place in the test.
    pub current: Option<(Next, QuizQuestion)>,
}

impl PositioningSession {
    /// The test of run `run` over `questions` (those at levels 1–3 are used), after the
    /// answers already given (a paused test resumes where it was). `seed` mixes the order
    /// of the questions for this resident.
    pub fn new(run: String, questions: Vec<PackQuestion>, seed: &str, answers: &[PositioningAnswer]) -> Self {
        let bank = test_bank(questions, seed);
        let mut test = Positioning::new(&bank);
        test.skip_empty_levels(&bank);
        for answer in answers {
            let next = Next {
                domain: answer.domain,
                level: answer.level,
                index: 0,
            };
            test.answered(next, answer.correct, bank.at(answer.domain, answer.level).len());
            test.skip_empty_levels(&bank);
        }
        Self {
            run,
            bank,
            test,
            current: None,
        }
    }

    /// The question to ask now, if the test goes on.
    pub fn next_question(&self) -> Option<(Next, PackQuestion)> {
        let next = self.test.next()?;
        let question = self.bank.at(next.domain, next.level).get(next.index)?.clone();
        Some((next, question))
    }

    /// Takes in the answer to the question shown.
    pub fn answered(&mut self, correct: bool) {
        if let Some((next, _)) = self.current.take() {
            let available = self.bank.at(next.domain, next.level).len();
            self.test.answered(next, correct, available);
            self.test.skip_empty_levels(&self.bank);
        }
    }

    /// How many questions were answered.
    pub fn asked(&self) -> usize {
        self.test.asked()
    }

    /// How far the test is, from 0 to 1.
    pub fn progress(&self) -> f32 {
        self.test.progress()
    }

    /// Where the resident stands so far.
    pub fn standings(&self) -> [Standing; DOMAINS] {
        self.test.standings()
    }
}

/// The test's bank: the questions at levels 1–3, by domain and level, in an order mixed
/// by `seed`.
pub fn test_bank(questions: Vec<PackQuestion>, seed: &str) -> Bank<PackQuestion> {
    let items = questions.into_iter().filter_map(|q| {
        let level = q.question.level.get();
        (1..=TOP_LEVEL)
            .contains(&level)
            .then(|| (q.question.competence.domain(), level, q))
    });
    Bank::new(
        items,
        seed,
        |q: &PackQuestion| format!("{}/{}/{}", q.pack, q.lesson, q.question.id),
        |q: &PackQuestion| q.question.kind.guess_chance(),
    )
}

/// The lessons to take next after a test. Computer basics come first for anyone not
/// placed above level 1 in "Using the computer" (the other lessons need the mouse and the
/// keyboard); then the weakest domains, a tie going to the domain the others build on
/// ([`PREREQUISITE_ORDER`](crate::model::positioning::PREREQUISITE_ORDER)). In each
/// domain: the lessons above the resident's level (from level 1 in "Using the computer"
/// for those not above it), not done yet, easiest first, in the packs' order.
pub fn recommended(
    standings: &[Standing; DOMAINS],
    lessons: &[LessonSummary],
    done: impl Fn(&LessonSummary) -> bool,
) -> Vec<LessonSummary> {
    let mut domains: Vec<(u8, u8)> = standings
        .iter()
        .zip(1u8..)
        .filter_map(|(s, d)| match s {
            Standing::Level(level) => Some((*level, d)),
            Standing::NotMeasured => None,
        })
        .collect();
    domains.sort_by_key(|&(level, domain)| {
        let basics_first = !(domain == COMPUTER_BASICS && level <= 1);
        (basics_first, level, prerequisite_rank(domain))
    });
    let mut out = Vec::new();
    for (level, domain) in domains {
        // A level 1 in "Using the computer" is a few right answers, not ease with the mouse:
        // its first lessons stay offered.
        let known = if domain == COMPUTER_BASICS && level <= 1 {
            0
        } else {
            level
        };
        let mut open: Vec<&LessonSummary> = lessons
            .iter()
            .filter(|l| l.competence.domain() == domain && l.level.get() > known && !done(l))
            .collect();
        // Stable: the packs' order within a level.
        open.sort_by_key(|l| l.level);
        out.extend(open.into_iter().cloned());
    }
    out
}

/// The result of a finished test.
#[derive(Clone, Debug)]
pub struct PositioningResultView {
    /// Where the resident stands now.
    pub standings: [Standing; DOMAINS],
    /// Where they stood after the test before, if they took one.
    pub previous: Option<[Standing; DOMAINS]>,
    /// The lessons to take next, in order.
    pub recommended: Vec<LessonSummary>,
}

/// A review of missed questions under way.
#[derive(Debug)]
pub struct ReviewSession {
    /// The questions, with their cards.
    pub cards: Vec<(DueCard, QuizQuestion)>,
    /// The one shown.
    pub index: usize,
    /// How many were right.
    pub right: usize,
}

impl ReviewSession {
    /// The question shown, if the review is not over.
    pub fn current(&mut self) -> Option<&mut (DueCard, QuizQuestion)> {
        self.cards.get_mut(self.index)
    }

    /// Whether every question was answered.
    pub fn finished(&self) -> bool {
        self.index >= self.cards.len()
    }
}

/// "My progress": what the resident did and reached, in plain words.
#[derive(Clone, Debug)]
pub struct MyProgressView {
    /// The highest level of the lessons finished, per competence.
    pub levels: Vec<(Competence, Level)>,
    /// Lessons finished.
    pub lessons_done: usize,
    /// Lessons installed.
    pub lessons_total: usize,
    /// Milliseconds spent on answers and practice.
    pub time_spent_ms: i64,
    /// The procedures practised on the pretend portal.
    pub procedures: Vec<crate::model::progress::ProcedureTry>,
    /// The latest positioning test's result.
    pub standings: Option<[Standing; DOMAINS]>,
    /// Whether the test can be taken (again) now.
    pub test: super::TestStatus,
    /// Questions waiting for a review now.
    pub reviews_due: u32,
    /// Whether this PC is on a library network (the card can then follow its resident).
    pub on_network: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    fn lesson(id: &str, competence: &str, level: i64) -> LessonSummary {
        LessonSummary {
            pack: "p".into(),
            id: id.into(),
            title: Text::new(id, id),
            competence: Competence::parse(competence).expect("competence"),
            level: Level::new(level).expect("level"),
            question_count: 1,
        }
    }

    #[test]
    fn the_weakest_domain_comes_first_and_known_or_done_lessons_are_left_out() {
        let lessons = [
            lesson("mouse", "5.2", 1),
            lesson("files", "1.2", 2),
            lesson("search", "1.1", 1),
            lesson("mail", "2.1", 1),
            lesson("mail-2", "2.1", 2),
            lesson("password", "4.1", 2),
            lesson("update", "4.1", 3),
        ];
        let standings = [
            Standing::Level(1),
            Standing::Level(0),
            Standing::NotMeasured,
            Standing::Level(1),
            Standing::Level(3),
        ];
        let ids: Vec<String> = recommended(&standings, &lessons, |l| l.id.as_str() == "mail")
            .iter()
            .map(|l| l.id.to_string())
            .collect();
        assert_eq!(ids, ["mail-2", "files", "password", "update"]);
    }

    #[test]
    fn a_beginner_starts_with_the_computer_basics_then_ties_follow_the_prerequisites() {
        let lessons = [
            lesson("files", "1.2", 1),
            lesson("browser", "1.1", 1),
            lesson("mail", "2.1", 1),
            lesson("document", "3.1", 1),
            lesson("password", "4.1", 1),
            lesson("mouse", "5.2", 1),
            lesson("keyboard", "5.2", 1),
        ];
        let ids = |standings: [Standing; DOMAINS]| -> Vec<String> {
            recommended(&standings, &lessons, |_| false)
                .iter()
                .map(|l| l.id.to_string())
                .collect()
        };
        // Everything wrong: level 0 everywhere; the mouse and the keyboard first.
        assert_eq!(
            ids([Standing::Level(0); DOMAINS]),
            [
                "mouse", "keyboard", "files", "browser", "mail", "password", "document"
            ]
        );
        // Level 1 with the computer, 0 elsewhere: the basics still come first.
        let mut standings = [Standing::Level(0); DOMAINS];
        standings[4] = Standing::Level(1);
        assert_eq!(ids(standings)[..2], ["mouse".to_owned(), "keyboard".to_owned()]);
        // At ease with the computer: its lessons are known, the weakest domain leads.
        let standings = [
            Standing::Level(2),
            Standing::Level(0),
            Standing::Level(0),
            Standing::Level(0),
            Standing::Level(3),
        ];
        assert_eq!(ids(standings), ["mail", "password", "document"]);
    }
}
