//! The positioning test: where a resident stands in each of the 5 CRCN domains, at the
//! beginner levels 1 to 3, from questions of the installed packs.
//!
//! The method (documented in `docs/positioning.md`, tested on simulated residents):
//! - every domain starts at level 1, the easiest;
//! - a level is passed by 2 right answers and failed by 2 wrong ones, but a split result
//!   (a right and a wrong) is confirmed: failing then takes 3 wrong, so at most 4
//!   questions decide a level;
//! - before a domain is labelled level 0 after 2 wrong answers and no right one, a
//!   confirming question is asked whenever the resident passed a level in another domain:
//!   a capable person is never told they know nothing after two slips;
//! - passing a level implies the easier ones (the next question is one level up);
//!   failing one implies the harder ones (the domain is done);
//! - domains take turns, so that a pause leaves every domain partly measured, and after
//!   two wrong answers in a row the next question is the easiest one still open;
//! - the test stops when every domain is decided, or after [`MAX_QUESTIONS`].
//!
//! The state is rebuilt from the answers alone, so a paused test resumes exactly.

use super::shuffle::shuffled;
use super::{LessonId, PackId, Question, Text};

/// The most questions asked (about 18 minutes at 30 seconds each).
pub const MAX_QUESTIONS: usize = 36;
/// The highest level measured.
pub const TOP_LEVEL: u8 = 3;
/// The number of domains.
pub const DOMAINS: usize = 5;

/// The domain "Using the computer" (mouse, keyboard, windows): what every other
/// domain's lessons take for granted.
pub const COMPUTER_BASICS: u8 = 5;

/// The domains in the order their lessons build on each other: using the computer,
/// then finding information, talking with others, staying safe, making documents.
/// Between domains where the resident stands at the same level, this order decides.
pub const PREREQUISITE_ORDER: [u8; DOMAINS] = [COMPUTER_BASICS, 1, 2, 4, 3];

/// Where `domain` comes in [`PREREQUISITE_ORDER`].
pub fn prerequisite_rank(domain: u8) -> usize {
    PREREQUISITE_ORDER
        .iter()
        .position(|&d| d == domain)
        .unwrap_or(DOMAINS)
}

/// How long after finishing a test a resident waits before taking it again: three days,
/// so that the next result measures what the lessons taught, not the memory of the
/// questions (Pix asks for days between two tries).
pub const RETAKE_PAUSE_MS: i64 = 3 * 86_400_000;

/// On a day the resident is in a workshop, an hour is enough: the leader can let the
/// group see, at the end of the session, what it taught.
pub const RETAKE_PAUSE_IN_WORKSHOP_MS: i64 = 3_600_000;

/// When a resident whose latest test ended at `finished_at` may start a new one.
pub fn next_test_at(finished_at: i64, in_workshop_today: bool) -> i64 {
    let pause = if in_workshop_today {
        RETAKE_PAUSE_IN_WORKSHOP_MS
    } else {
        RETAKE_PAUSE_MS
    };
    finished_at.saturating_add(pause)
}

/// The questions available for the test, by domain (1–5) and level (1–3), each list in
/// the order they are asked.
#[derive(Clone, Debug, Default)]
pub struct Bank<T> {
    items: [[Vec<T>; TOP_LEVEL as usize]; DOMAINS],
}

impl<T: Clone> Bank<T> {
    /// A bank of `(domain, level, item)`: items outside domains 1–5 or levels 1–3 are
    /// left out; each list is mixed in a stable order decided by `seed`, so that two
    /// residents do not see the same questions in the same order, then put in the order of
    /// `chance` (how often a guess is right), stably: the hardest to guess come first, so
    /// that a lucky guess rarely passes a level.
    pub fn new(
        items: impl IntoIterator<Item = (u8, u8, T)>,
        seed: &str,
        key: impl Fn(&T) -> String,
        chance: impl Fn(&T) -> f64,
    ) -> Self {
        let mut bank = Self {
            items: Default::default(),
        };
        for (domain, level, item) in items {
            if let Some(list) = bank.list_mut(domain, level) {
                list.push(item);
            }
        }
        for (d, levels) in bank.items.iter_mut().enumerate() {
            for (l, list) in levels.iter_mut().enumerate() {
                list.sort_by_key(&key);
                *list = shuffled(list, &format!("{seed}/{d}/{l}"));
                list.sort_by(|a, b| chance(a).total_cmp(&chance(b)));
            }
        }
        bank
    }
}

impl<T> Bank<T> {
    fn list_mut(&mut self, domain: u8, level: u8) -> Option<&mut Vec<T>> {
        let d = usize::from(domain).checked_sub(1)?;
        let l = usize::from(level).checked_sub(1)?;
        self.items.get_mut(d)?.get_mut(l)
    }

    /// The items of a domain and level.
    pub fn at(&self, domain: u8, level: u8) -> &[T] {
        let d = usize::from(domain).wrapping_sub(1);
        let l = usize::from(level).wrapping_sub(1);
        self.items
            .get(d)
            .and_then(|levels| levels.get(l))
            .map_or(&[], Vec::as_slice)
    }
}

impl DomainState {
    /// Whether a question may still be asked here.
    fn open(&self, capable: bool) -> bool {
        !self.done && (!self.unconfirmed || capable)
    }
}

/// What is known of one domain.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct DomainState {
    /// The highest level passed (0: none yet).
    passed: u8,
    /// Decided: the level above `passed` was failed, or is the top, or has no questions.
    done: bool,
    /// Right and wrong answers at the level being measured (`passed + 1`).
    right: u8,
    wrong: u8,
    /// Questions asked in this domain.
    asked: usize,
    /// Level 1 failed by 2 wrong answers and no right one: decided at level 0 unless the
    /// resident passes a level elsewhere, when one confirming question is asked.
    unconfirmed: bool,
    /// That confirming question was asked.
    confirmed: bool,
    /// Questions asked at each level (to take the next unused one).
    used: [usize; TOP_LEVEL as usize],
}

/// Where a resident stands in one domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// The packs have no question for this domain at level 1.
    NotMeasured,
    /// The highest level passed, 0 to 3.
    Level(u8),
}

/// The next question to ask.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Next {
    /// Its domain, 1 to 5.
    pub domain: u8,
    /// Its level, 1 to 3.
    pub level: u8,
    /// Its place in the bank's list for that domain and level.
    pub index: usize,
}

/// A positioning test under way.
#[derive(Clone, Debug)]
pub struct Positioning {
    domains: [DomainState; DOMAINS],
    not_measured: [bool; DOMAINS],
    asked: usize,
    wrong_in_a_row: u8,
}

impl Positioning {
    /// A new test on `bank`.
    pub fn new<T>(bank: &Bank<T>) -> Self {
        let mut test = Self {
            domains: [DomainState::default(); DOMAINS],
            not_measured: [false; DOMAINS],
            asked: 0,
            wrong_in_a_row: 0,
        };
        for (i, state) in test.domains.iter_mut().enumerate() {
            let domain = u8::try_from(i + 1).unwrap_or(1);
            if bank.at(domain, 1).is_empty() {
                state.done = true;
                test.not_measured[i] = true;
            }
        }
        test
    }

    /// How many questions were answered.
    pub fn asked(&self) -> usize {
        self.asked
    }

    /// Whether the test is over.
    pub fn finished(&self) -> bool {
        let capable = self.capable();
        self.asked >= MAX_QUESTIONS || !self.domains.iter().any(|d| d.open(capable))
    }

    /// Whether the resident passed a level somewhere: then a level 0 needs confirming.
    fn capable(&self) -> bool {
        self.domains.iter().any(|d| d.passed > 0)
    }

    /// How far the test is, from 0 to 1: decided domains and questions asked, whichever
    /// is further, so that the bar never goes back.
    pub fn progress(&self) -> f32 {
        if self.finished() {
            return 1.0;
        }
        // Domains the packs cannot measure count for nothing.
        let measured = self.not_measured.iter().filter(|n| !**n).count();
        let done = self
            .domains
            .iter()
            .zip(&self.not_measured)
            .filter(|(d, not_measured)| d.done && !**not_measured)
            .count();
        #[allow(clippy::cast_precision_loss)]
        let by_domains = done as f32 / measured.max(1) as f32;
        #[allow(clippy::cast_precision_loss)]
        let by_questions = self.asked as f32 / MAX_QUESTIONS as f32;
        by_domains.max(by_questions)
    }

    /// The next question; `None` when the test is over.
    pub fn next(&self) -> Option<Next> {
        if self.finished() {
            return None;
        }
        let capable = self.capable();
        let open = self.domains.iter().zip(1u8..).filter(|(d, _)| d.open(capable));
        let chosen = if self.wrong_in_a_row >= 2 {
            // Ease off: the easiest question still open.
            open.min_by_key(|(d, n)| (d.passed, d.asked, *n))
        } else {
            // Domains take turns.
            open.min_by_key(|(d, n)| (d.asked, *n))
        };
        let (state, domain) = chosen?;
        let level = state.passed + 1;
        Some(Next {
            domain,
            level,
            index: state.used[usize::from(level - 1)],
        })
    }

    /// Takes in the answer to `next`'s question; `available` is how many questions the
    /// bank has at that domain and level.
    pub fn answered(&mut self, next: Next, right: bool, available: usize) {
        let Some(state) = self.domains.get_mut(usize::from(next.domain).wrapping_sub(1)) else {
            return;
        };
        if state.done || next.level != state.passed + 1 {
            return;
        }
        if state.unconfirmed {
            state.unconfirmed = false;
            state.confirmed = true;
        }
        self.asked += 1;
        state.asked += 1;
        state.used[usize::from(next.level - 1)] += 1;
        self.wrong_in_a_row = if right { 0 } else { self.wrong_in_a_row + 1 };
        if right {
            state.right += 1;
        } else {
            state.wrong += 1;
        }
        let used = state.used[usize::from(next.level - 1)];
        if state.right >= 2 {
            state.passed = next.level;
            state.right = 0;
            state.wrong = 0;
            // Nothing above the top level, or no question there: decided.
            state.done = state.passed >= TOP_LEVEL;
        } else if used >= available || state.wrong >= 3 || (state.wrong >= 2 && state.right == 0) {
            // Failed, or no question left to decide: the level is not passed. At level 1,
            // 2 wrong and no right answer wait for a confirming question first.
            if next.level == 1 && state.wrong == 2 && state.right == 0 && !state.confirmed && used < available
            {
                state.unconfirmed = true;
            } else {
                state.done = true;
            }
        }
    }

    /// Marks a domain decided when its next level has no question at all.
    pub fn skip_empty_levels<T>(&mut self, bank: &Bank<T>) {
        for (state, domain) in self.domains.iter_mut().zip(1u8..) {
            if !state.done && bank.at(domain, state.passed + 1).is_empty() {
                state.done = true;
            }
        }
    }

    /// Where the resident stands in each domain (as far as measured so far).
    pub fn standings(&self) -> [Standing; DOMAINS] {
        let mut out = [Standing::NotMeasured; DOMAINS];
        for (i, state) in self.domains.iter().enumerate() {
            if !self.not_measured[i] {
                out[i] = Standing::Level(state.passed);
            }
        }
        out
    }
}

/// Runs a whole test on `bank`, answering with `answer(next, question) -> right`.
pub fn run<T>(bank: &Bank<T>, mut answer: impl FnMut(Next, &T) -> bool) -> Positioning {
    let mut test = Positioning::new(bank);
    test.skip_empty_levels(bank);
    while let Some(next) = test.next() {
        let questions = bank.at(next.domain, next.level);
        // A level is decided before its questions run out, so the question is there.
        let Some(question) = questions.get(next.index) else {
            break;
        };
        let right = answer(next, question);
        test.answered(next, right, questions.len());
        test.skip_empty_levels(bank);
    }
    test
}

/// A question of an installed pack, with where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct PackQuestion {
    /// The pack.
    pub pack: PackId,
    /// The lesson.
    pub lesson: LessonId,
    /// The lesson's title.
    pub lesson_title: Text,
    /// The question.
    pub question: Question,
}

/// An answer given in a positioning run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PositioningAnswer {
    /// Domain, 1 to 5.
    pub domain: u8,
    /// Level, 1 to 3.
    pub level: u8,
    /// Right or not.
    pub correct: bool,
}

/// A finished run's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PositioningResult {
    /// When it ended.
    pub finished_at: i64,
    /// Where the resident stood in each domain.
    pub standings: [Standing; DOMAINS],
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A bank of `per_level` questions at every domain and level.
    fn full_bank(per_level: usize) -> Bank<String> {
        let items = (1..=5u8).flat_map(|d| {
            (1..=TOP_LEVEL).flat_map(move |l| (0..per_level).map(move |i| (d, l, format!("{d}-{l}-{i}"))))
        });
        Bank::new(items, "seed", Clone::clone, |_| 0.25)
    }

    /// A little random generator, reproducible.
    struct Rng(u64);

    impl Rng {
        fn unit(&mut self) -> f64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            #[allow(clippy::cast_precision_loss)]
            let x = (self.0 % 1_000_000) as f64 / 1_000_000.0;
            x
        }
    }

    /// A simulated resident: right `1 - slip` of the time at or under their true level,
    /// and 25 % above it (a lucky guess among 4 choices).
    fn simulate(bank: &Bank<String>, truth: [u8; DOMAINS], slip: f64, rng: &mut Rng) -> Positioning {
        run(bank, |Next { domain, level, .. }, _| {
            let p = if level <= truth[usize::from(domain - 1)] {
                1.0 - slip
            } else {
                0.25
            };
            rng.unit() < p
        })
    }

    /// Runs 2,000 simulated residents of every mix of true levels; returns the share of
    /// domain estimates within one level of the truth, and the share of runs where all 5
    /// are.
    fn accuracy(slip: f64) -> (f64, f64) {
        let bank = full_bank(4);
        let mut rng = Rng(0x5eed_1234_abcd_9876);
        let runs = 2000u32;
        let (mut close, mut all_close, mut total) = (0u32, 0u32, 0u32);
        for run in 0..runs as usize {
            let truth: [u8; DOMAINS] = std::array::from_fn(|d| u8::try_from((run + d * 7) % 4).unwrap_or(0));
            let test = simulate(&bank, truth, slip, &mut rng);
            assert!(
                test.asked() <= MAX_QUESTIONS,
                "run {run}: {} questions",
                test.asked()
            );
            assert!(test.finished());
            let mut every = true;
            for (standing, &true_level) in test.standings().iter().zip(&truth) {
                let Standing::Level(level) = *standing else {
                    panic!("every domain is measured");
                };
                total += 1;
                if level.abs_diff(true_level) <= 1 {
                    close += 1;
                } else {
                    every = false;
                }
            }
            all_close += u32::from(every);
        }
        (
            f64::from(close) / f64::from(total),
            f64::from(all_close) / f64::from(runs),
        )
    }

    #[test]
    fn simulated_residents_are_placed_within_one_level() {
        // Careful residents (1 slip in 20 answers they know).
        let (domains, runs) = accuracy(0.05);
        eprintln!(
            "slips 5 %: {:.1} % of estimates, {:.1} % of runs within one level",
            domains * 100.0,
            runs * 100.0
        );
        assert!(domains >= 0.96 && runs >= 0.85, "{domains} {runs}");
        // Tired or hurried ones (1 in 10).
        let (domains, runs) = accuracy(0.10);
        eprintln!(
            "slips 10 %: {:.1} % of estimates, {:.1} % of runs within one level",
            domains * 100.0,
            runs * 100.0
        );
        assert!(domains >= 0.95 && runs >= 0.78, "{domains} {runs}");
    }

    #[test]
    fn a_perfect_resident_reaches_the_top_and_a_beginner_stops_early() {
        let bank = full_bank(3);
        let expert = run(&bank, |_, _| true);
        assert_eq!(expert.standings(), [Standing::Level(TOP_LEVEL); DOMAINS]);
        assert_eq!(expert.asked(), DOMAINS * 2 * usize::from(TOP_LEVEL));
        let beginner = run(&bank, |_, _| false);
        assert_eq!(beginner.standings(), [Standing::Level(0); DOMAINS]);
        assert_eq!(beginner.asked(), DOMAINS * 2);
    }

    #[test]
    fn inference_easy_start_and_easing_off() {
        let bank = full_bank(3);
        let mut test = Positioning::new(&bank);
        // Level 1 first, the domains taking turns.
        let mut seen = Vec::new();
        for right in [true, true, true, true, true, true, true, true, true, false] {
            let next = test.next().expect("a question");
            seen.push((next.domain, next.level));
            test.answered(next, right, 3);
        }
        assert_eq!(
            seen,
            [
                (1, 1),
                (2, 1),
                (3, 1),
                (4, 1),
                (5, 1),
                (1, 1),
                (2, 1),
                (3, 1),
                (4, 1),
                (5, 1)
            ]
        );
        // Passing level 1 leads to level 2.
        let next = test.next().expect("a question");
        assert_eq!((next.domain, next.level), (1, 2));
        test.answered(next, false, 3);
        // Two wrong in a row: not domain 2 at level 2 (its turn), but the easiest open
        // question: domain 5, level 1.
        let eased = test.next().expect("a question");
        assert_eq!((eased.domain, eased.level), (5, 1));
        test.answered(eased, false, 3);
        // Failing level 1 of domain 5 decides it: nothing harder is asked there.
        assert_eq!(test.standings()[4], Standing::Level(0));
        while let Some(next) = test.next() {
            assert_ne!(next.domain, 5);
            test.answered(next, true, 3);
        }
        assert_eq!(test.standings()[1], Standing::Level(TOP_LEVEL));
    }

    #[test]
    fn two_slips_of_a_capable_resident_are_confirmed_before_a_level_0() {
        let bank = full_bank(4);
        // Wrong twice in "Finding information", right everywhere else.
        let mut slips = 0;
        let test = run(&bank, |Next { domain, .. }, _| {
            if domain == 1 && slips < 2 {
                slips += 1;
                return false;
            }
            true
        });
        assert_eq!(
            test.standings()[0],
            Standing::Level(TOP_LEVEL),
            "confirmed, then measured"
        );
        // The same two slips and a wrong confirming question: 3 wrong decide level 0.
        let mut wrong_in_domain_1 = 0;
        let test = run(&bank, |Next { domain, .. }, _| {
            if domain == 1 {
                wrong_in_domain_1 += 1;
                return false;
            }
            true
        });
        assert_eq!(wrong_in_domain_1, 3, "one confirming question, no more");
        assert_eq!(test.standings()[0], Standing::Level(0));
        // A beginner wrong everywhere is asked no confirming question.
        assert_eq!(run(&bank, |_, _| false).asked(), 2 * DOMAINS);
        // A split result at a level (right, wrong, wrong) takes a fourth question.
        let mut answers = [true, false, false, true].into_iter();
        let test = run(&bank, |Next { domain, .. }, _| {
            if domain == 2 {
                answers.next().unwrap_or(true)
            } else {
                false
            }
        });
        assert_eq!(test.standings()[1], Standing::Level(TOP_LEVEL));
    }

    #[test]
    fn a_test_can_be_taken_again_after_three_days_or_an_hour_in_a_workshop() {
        let day = 86_400_000;
        assert_eq!(next_test_at(10 * day, false), 13 * day);
        assert_eq!(next_test_at(10 * day, true), 10 * day + 3_600_000);
        assert_eq!(next_test_at(i64::MAX, false), i64::MAX);
    }

    #[test]
    fn the_hardest_questions_to_guess_come_first() {
        let items = (0..6).map(|i| (1u8, 1u8, i));
        let bank = Bank::new(items, "s", ToString::to_string, |i: &i32| {
            if i % 2 == 0 { 0.5 } else { 0.02 }
        });
        let list = bank.at(1, 1);
        assert!(list[..3].iter().all(|i| i % 2 == 1), "{list:?}");
        let other = Bank::new(
            (0..6).map(|i| (1u8, 1u8, i)),
            "t",
            ToString::to_string,
            |i: &i32| if i % 2 == 0 { 0.5 } else { 0.02 },
        );
        assert_ne!(bank.at(1, 1), other.at(1, 1), "still mixed for each resident");
    }

    #[test]
    fn missing_questions_are_said_not_guessed() {
        // Domain 3 has no question; domain 2 none above level 1.
        let items = vec![
            (1, 1, "a"),
            (1, 1, "b"),
            (2, 1, "c"),
            (2, 1, "d"),
            (4, 1, "e"),
            (5, 1, "f"),
        ];
        let bank = Bank::new(items, "s", |s: &&str| (*s).to_owned(), |_| 0.25);
        let test = run(&bank, |_, _| true);
        let standings = test.standings();
        assert_eq!(standings[2], Standing::NotMeasured);
        assert_eq!(standings[1], Standing::Level(1));
        // Only 1 question at level 1 in domain 4: one right answer is not enough to pass.
        assert_eq!(standings[3], Standing::Level(0));
    }
}
