//! A resident's home: the packs and lessons with their progress.

use std::collections::HashMap;

use crate::model::workshop::GivenLessons;
use crate::model::{LessonId, LessonPhase, LessonProgress, LessonStatus, LessonSummary, PackId, PackSummary};

/// What the big "continue" button does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContinueTarget {
    /// Go back into a lesson left unfinished.
    Resume {
        /// The pack.
        pack: PackId,
        /// The lesson.
        lesson: LessonId,
    },
    /// Start the next lesson not done yet.
    Start {
        /// The pack.
        pack: PackId,
        /// The lesson.
        lesson: LessonId,
    },
}

/// Home's view model.
#[derive(Clone, Debug)]
pub struct HomeView {
    /// Installed packs with their lessons, in order.
    pub packs: Vec<PackSummary>,
    progress: HashMap<(PackId, LessonId), LessonProgress>,
    /// The big button's target; `None` when every lesson is done.
    pub continue_target: Option<ContinueTarget>,
    /// The lessons given by the resident's workshop (its title and lessons), shown first.
    pub given: Option<(String, Vec<LessonSummary>)>,
    /// Where the resident is with the positioning test.
    pub test: TestStatus,
    /// The lessons recommended by their latest test, not done yet (at most 3).
    pub next_steps: Vec<LessonSummary>,
    /// Missed questions waiting for a review.
    pub reviews_due: u32,
}

/// Where a resident is with the positioning test.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TestStatus {
    /// Never taken.
    #[default]
    NotTaken,
    /// Started and paused.
    Paused,
    /// Taken at least once, and can be taken again now.
    Taken,
    /// Taken lately: it can be taken again from `again_at` (ms since 1970).
    Resting {
        /// When.
        again_at: i64,
    },
}

impl HomeView {
    /// Builds home from the installed packs, the resident's progress (most recent first)
    /// and the lessons their workshop gives, which come first.
    pub fn new(packs: Vec<PackSummary>, progress: Vec<LessonProgress>, given: Option<GivenLessons>) -> Self {
        let exists = |pack: &PackId, lesson: &LessonId| {
            packs
                .iter()
                .any(|p| &p.manifest.id == pack && p.lessons.iter().any(|l| &l.id == lesson))
        };
        let resume = progress
            .iter()
            .find(|p| p.phase != LessonPhase::Done && exists(&p.pack, &p.lesson))
            .map(|p| ContinueTarget::Resume {
                pack: p.pack.clone(),
                lesson: p.lesson.clone(),
            });
        let progress: HashMap<_, _> = progress
            .into_iter()
            .map(|p| ((p.pack.clone(), p.lesson.clone()), p))
            .collect();
        let given: Option<(String, Vec<LessonSummary>)> = given
            .map(|g| {
                let lessons = g
                    .lessons
                    .iter()
                    .filter_map(|(pack, lesson)| {
                        packs
                            .iter()
                            .flat_map(|p| &p.lessons)
                            .find(|l| &l.pack == pack && &l.id == lesson)
                            .cloned()
                    })
                    .collect::<Vec<_>>();
                (g.title, lessons)
            })
            .filter(|(_, lessons)| !lessons.is_empty());
        let start = || {
            let given_first = given.iter().flat_map(|(_, lessons)| lessons);
            given_first
                .chain(packs.iter().flat_map(|p| &p.lessons))
                .find_map(|l| {
                    let done = progress
                        .get(&(l.pack.clone(), l.id.clone()))
                        .is_some_and(|p| p.best_correct.is_some());
                    (!done).then(|| ContinueTarget::Start {
                        pack: l.pack.clone(),
                        lesson: l.id.clone(),
                    })
                })
        };
        let continue_target = resume.or_else(start);
        Self {
            packs,
            progress,
            continue_target,
            given,
            test: TestStatus::NotTaken,
            next_steps: Vec::new(),
            reviews_due: 0,
        }
    }

    /// The lessons recommended by the latest test. With no lesson to resume and no
    /// workshop lesson left to start, the big "Start" button starts the first of them, so
    /// that the button and "Your next steps" agree.
    pub fn set_next_steps(&mut self, steps: Vec<LessonSummary>) {
        let workshop_lesson_left = self
            .given
            .iter()
            .flat_map(|(_, lessons)| lessons)
            .any(|l| !matches!(self.status(&l.pack, &l.id), LessonStatus::Done { .. }));
        let resuming = matches!(self.continue_target, Some(ContinueTarget::Resume { .. }));
        if !resuming
            && !workshop_lesson_left
            && let Some(first) = steps.first()
        {
            self.continue_target = Some(ContinueTarget::Start {
                pack: first.pack.clone(),
                lesson: first.id.clone(),
            });
        }
        self.next_steps = steps;
    }

    /// How far the resident is in a lesson.
    pub fn status(&self, pack: &PackId, lesson: &LessonId) -> LessonStatus {
        self.progress
            .get(&(pack.clone(), lesson.clone()))
            .map_or(LessonStatus::NotStarted, LessonProgress::status)
    }

    /// How many lessons of a pack are done.
    pub fn done_count(&self, pack: &PackSummary) -> usize {
        pack.lessons
            .iter()
            .filter(|l| matches!(self.status(&l.pack, &l.id), LessonStatus::Done { .. }))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LessonSummary;
    use crate::model::{Competence, Level, PackManifest, Text};

    fn pack(id: &str, lessons: &[&str]) -> PackSummary {
        PackSummary {
            manifest: PackManifest {
                id: id.into(),
                version: "1".into(),
                title: Text::new(id, id),
                description: Text::new(id, id),
                authors: vec![],
                licence: String::new(),
            },
            lessons: lessons
                .iter()
                .map(|l| LessonSummary {
                    pack: id.into(),
                    id: (*l).into(),
                    title: Text::new(*l, *l),
                    competence: Competence::parse("5.2").expect("valid"),
                    level: Level::new(1).expect("valid"),
                    question_count: 3,
                })
                .collect(),
        }
    }

    fn progress(lesson: &str, phase: LessonPhase, best: Option<u32>) -> LessonProgress {
        LessonProgress {
            pack: "p".into(),
            lesson: lesson.into(),
            attempt: 1,
            phase,
            step: 0,
            best_correct: best,
            updated_at: 0,
        }
    }

    #[test]
    fn a_new_resident_starts_the_first_lesson() {
        let home = HomeView::new(vec![pack("p", &["a", "b"])], vec![], None);
        assert_eq!(
            home.continue_target,
            Some(ContinueTarget::Start {
                pack: "p".into(),
                lesson: "a".into()
            })
        );
    }

    #[test]
    fn an_unfinished_lesson_is_resumed_first() {
        let home = HomeView::new(
            vec![pack("p", &["a", "b"])],
            vec![
                progress("b", LessonPhase::Questions, None),
                progress("a", LessonPhase::Done, Some(2)),
            ],
            None,
        );
        assert_eq!(
            home.continue_target,
            Some(ContinueTarget::Resume {
                pack: "p".into(),
                lesson: "b".into()
            })
        );
        assert_eq!(
            home.status(&"p".into(), &"a".into()),
            LessonStatus::Done { best_correct: 2 }
        );
        assert_eq!(home.status(&"p".into(), &"b".into()), LessonStatus::InProgress);
    }

    #[test]
    fn after_the_last_lesson_there_is_nothing_to_continue() {
        let home = HomeView::new(
            vec![pack("p", &["a"])],
            vec![progress("a", LessonPhase::Done, Some(3))],
            None,
        );
        assert_eq!(home.continue_target, None);
    }

    #[test]
    fn progress_in_a_removed_lesson_is_not_resumed() {
        let home = HomeView::new(
            vec![pack("p", &["a"])],
            vec![progress("gone", LessonPhase::Steps, None)],
            None,
        );
        assert_eq!(
            home.continue_target,
            Some(ContinueTarget::Start {
                pack: "p".into(),
                lesson: "a".into()
            })
        );
    }

    #[test]
    fn the_workshop_lessons_come_first() {
        let given = GivenLessons {
            title: "Atelier".into(),
            lessons: vec![
                ("p".into(), "c".into()),
                ("p".into(), "removed".into()),
                ("p".into(), "a".into()),
            ],
        };
        let home = HomeView::new(
            vec![pack("p", &["a", "b", "c"])],
            vec![progress("c", LessonPhase::Done, Some(3))],
            Some(given),
        );
        let (title, lessons) = home.given.as_ref().expect("given lessons");
        assert_eq!(title, "Atelier");
        assert_eq!(
            lessons.iter().map(|l| l.id.as_str()).collect::<Vec<_>>(),
            ["c", "a"]
        );
        // "c" is done: the next workshop lesson is started before "b".
        assert_eq!(
            home.continue_target,
            Some(ContinueTarget::Start {
                pack: "p".into(),
                lesson: "a".into()
            })
        );
    }

    #[test]
    fn start_follows_the_next_steps_unless_a_lesson_or_a_workshop_comes_first() {
        let start = |lesson: &str| {
            Some(ContinueTarget::Start {
                pack: "p".into(),
                lesson: lesson.into(),
            })
        };
        let steps = |home: &HomeView| {
            let lessons = &home.packs[0].lessons;
            vec![lessons[2].clone(), lessons[1].clone()]
        };
        // The test recommends "c": the big button starts it, not "a".
        let mut home = HomeView::new(vec![pack("p", &["a", "b", "c"])], vec![], None);
        let recommended = steps(&home);
        home.set_next_steps(recommended);
        assert_eq!(home.continue_target, start("c"));
        assert_eq!(home.next_steps.len(), 2);
        // A lesson under way is resumed first.
        let mut home = HomeView::new(
            vec![pack("p", &["a", "b", "c"])],
            vec![progress("a", LessonPhase::Steps, None)],
            None,
        );
        let recommended = steps(&home);
        home.set_next_steps(recommended);
        assert!(matches!(
            home.continue_target,
            Some(ContinueTarget::Resume { .. })
        ));
        // A workshop lesson left to do comes first.
        let given = GivenLessons {
            title: "Atelier".into(),
            lessons: vec![("p".into(), "a".into())],
        };
        let mut home = HomeView::new(vec![pack("p", &["a", "b", "c"])], vec![], Some(given));
        let recommended = steps(&home);
        home.set_next_steps(recommended);
        assert_eq!(home.continue_target, start("a"));
    }
}
