//! A lesson being taken: its steps, then its questions one by one, then a summary.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use super::activity::ActivityRun;
use crate::model::activity::ActivityOutcome;
use crate::model::progress::RecordedAnswer;
use crate::model::{Activity, Lang};
use crate::model::{
    ChoiceId, GlossaryTerm, Grade, Lesson, LessonPhase, LessonProgress, PackId, Question, QuestionKind,
    Response, grade, shuffle,
};

/// What the resident has picked or typed for the current question, before "Check".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnswerDraft {
    /// Single choice: the picked choice.
    pub choice: Option<ChoiceId>,
    /// Multiple choice: the ticked choices.
    pub ticked: BTreeSet<ChoiceId>,
    /// True/false: the picked value.
    pub truth: Option<bool>,
    /// Typed answer: the text.
    pub text: String,
    /// Several fields: the text of each, by field id.
    pub fields: BTreeMap<ChoiceId, String>,
    /// Items to order: the order shown now (shuffled at first).
    pub order: Vec<ChoiceId>,
    /// Pairs to match: for each left-hand item, the pair whose right-hand side is picked.
    pub pairs: BTreeMap<ChoiceId, ChoiceId>,
    /// A picture: where it was clicked, in its pixels.
    pub point: Option<(u32, u32)>,
}

impl AnswerDraft {
    /// A blank draft for `question`: items to order start shuffled.
    pub fn for_question(question: &Question) -> Self {
        let order = match &question.kind {
            QuestionKind::Order { items } => {
                let ids: Vec<ChoiceId> = items.iter().map(|i| i.id.clone()).collect();
                shuffle::shuffled(&ids, question.id.as_str())
            }
            _ => Vec::new(),
        };
        Self {
            order,
            ..Self::default()
        }
    }

    /// The response to record, or `None` while nothing is picked or typed.
    pub fn response(&self, kind: &QuestionKind) -> Option<Response> {
        match kind {
            QuestionKind::Single { .. } => self.choice.clone().map(Response::Choice),
            QuestionKind::Multiple { .. } => {
                (!self.ticked.is_empty()).then(|| Response::Choices(self.ticked.clone()))
            }
            QuestionKind::TrueFalse { .. } => self.truth.map(Response::Bool),
            QuestionKind::Typed { .. } | QuestionKind::Number { .. } => {
                let text = self.text.trim();
                (!text.is_empty()).then(|| Response::Text(text.to_owned()))
            }
            QuestionKind::Fields { fields } => {
                let typed: BTreeMap<ChoiceId, String> = fields
                    .iter()
                    .filter_map(|f| {
                        let text = self.fields.get(&f.id)?.trim();
                        (!text.is_empty()).then(|| (f.id.clone(), text.to_owned()))
                    })
                    .collect();
                (typed.len() == fields.len()).then_some(Response::Fields(typed))
            }
            QuestionKind::Order { items } => {
                (self.order.len() == items.len()).then(|| Response::Order(self.order.clone()))
            }
            QuestionKind::Match { pairs } => {
                (self.pairs.len() == pairs.len()).then(|| Response::Pairs(self.pairs.clone()))
            }
            QuestionKind::Zone { .. } => self.point.map(|(x, y)| Response::Point { x, y }),
        }
    }

    /// Shows a recorded response again (when coming back to an answered question).
    pub fn from_response(response: &Response) -> Self {
        let mut draft = Self::default();
        match response {
            Response::Choice(c) => draft.choice = Some(c.clone()),
            Response::Choices(c) => draft.ticked.clone_from(c),
            Response::Bool(b) => draft.truth = Some(*b),
            Response::Text(t) => draft.text.clone_from(t),
            Response::Fields(f) => draft.fields = f.clone(),
            Response::Order(o) => draft.order.clone_from(o),
            Response::Pairs(p) => draft.pairs = p.clone(),
            Response::Point { x, y } => draft.point = Some((*x, *y)),
        }
        draft
    }
}

/// Where the resident is in the lesson.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    /// Reading step `n` (from 0).
    Step(usize),
    /// Answering question `index` (from 0).
    Question {
        /// Which question.
        index: usize,
        /// What is picked or typed so far.
        draft: AnswerDraft,
        /// Set once the answer is recorded: whether it was right.
        feedback: Option<bool>,
    },
    /// The end of the lesson.
    Summary,
}

/// The end-of-lesson summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary<'a> {
    /// Right answers in this try.
    pub correct: u32,
    /// Questions in the lesson.
    pub total: u32,
    /// Questions answered wrongly, to review.
    pub to_review: Vec<&'a Question>,
}

/// What a lesson shows, as read from the store.
#[derive(Clone, Debug)]
pub struct LessonContent {
    /// The pack it comes from.
    pub pack: PackId,
    /// The lesson.
    pub lesson: Lesson,
    /// Pictures used by the steps, by file name.
    pub media: HashMap<String, Arc<[u8]>>,
    /// The pack's glossary.
    pub glossary: Vec<GlossaryTerm>,
}

/// A lesson being taken.
#[derive(Debug)]
pub struct LessonSession {
    /// The pack it comes from.
    pub pack: PackId,
    /// Its content, as stored.
    pub lesson: Lesson,
    /// Which try this is.
    pub attempt: u32,
    /// Pictures used by the steps, by file name.
    pub media: HashMap<String, Arc<[u8]>>,
    /// The pack's glossary, for the "words to know" of each step.
    pub glossary: Vec<GlossaryTerm>,
    /// Where the resident is.
    pub place: Place,
    /// The practice activity of the step shown, if it has one.
    pub activity: Option<ActivityRun>,
    /// The answers of this try, in the order given.
    answers: Vec<RecordedAnswer>,
    /// A trainer's preview from the pack editor (the lesson of the draft with this file's
    /// path): nothing is recorded.
    pub preview: Option<String>,
}

impl LessonSession {
    /// Opens a lesson at the saved place: a step while reading, else the first question
    /// not yet answered in this try (or the summary when all are answered).
    pub fn resume(content: LessonContent, saved: &LessonProgress, answers: Vec<RecordedAnswer>) -> Self {
        let LessonContent {
            pack,
            lesson,
            media,
            glossary,
        } = content;
        let mut session = Self {
            pack,
            lesson,
            attempt: saved.attempt,
            media,
            glossary,
            place: Place::Summary,
            activity: None,
            answers,
            preview: None,
        };
        session.place = match saved.phase {
            LessonPhase::Steps if !session.lesson.steps.is_empty() => {
                Place::Step(saved.step.min(session.lesson.steps.len() - 1))
            }
            _ => session.first_unanswered(),
        };
        session
    }

    /// A trainer's preview of lesson `index` of the pack being written, from its start.
    pub fn preview(content: LessonContent, file: String) -> Self {
        let saved = LessonProgress {
            pack: content.pack.clone(),
            lesson: content.lesson.id.clone(),
            attempt: 1,
            phase: LessonPhase::Steps,
            step: 0,
            best_correct: None,
            updated_at: 0,
        };
        let mut session = Self::resume(content, &saved, Vec::new());
        session.preview = Some(file);
        session
    }

    fn first_unanswered(&self) -> Place {
        self.lesson
            .questions
            .iter()
            .position(|q| !self.answers.iter().any(|a| a.question == q.id))
            .map_or(Place::Summary, |index| Place::Question {
                index,
                draft: AnswerDraft::for_question(&self.lesson.questions[index]),
                feedback: None,
            })
    }

    /// The activity of the step shown, if it has one.
    pub fn current_activity(&self) -> Option<&Activity> {
        match self.place {
            Place::Step(n) => self.lesson.steps.get(n)?.activity.as_ref(),
            _ => None,
        }
    }

    /// Starts the activity of the step shown, if it has one and it is not already
    /// started; forgets the activity of a step left.
    pub fn sync_activity(&mut self, lang: Lang) {
        let step = match self.place {
            Place::Step(n) => n,
            _ => usize::MAX,
        };
        let Some(activity) = self.current_activity() else {
            self.activity = None;
            return;
        };
        if self.activity.as_ref().is_none_or(|run| run.step != step) {
            self.activity = Some(ActivityRun::new(step, &activity.kind, lang));
        }
    }

    /// The outcome of the activity shown, when there is one to record now.
    pub fn activity_outcome(&self, lang: Lang, name: &str) -> Option<(&Activity, ActivityOutcome)> {
        let activity = self.current_activity()?;
        let outcome = self.activity.as_ref()?.outcome(&activity.kind, lang, name)?;
        Some((activity, outcome))
    }

    /// What the activity shown needed another try for (a procedure's page types), to
    /// record with its outcome.
    pub fn activity_stumbles(&self) -> Vec<&'static str> {
        match (self.current_activity(), &self.activity) {
            (Some(activity), Some(run)) => run.stumbles(&activity.kind),
            _ => Vec::new(),
        }
    }

    /// Shows the activity's result once its outcome is recorded.
    pub fn activity_recorded(&mut self, outcome: ActivityOutcome) {
        let Some(kind) = self.current_activity().map(|a| a.kind.clone()) else {
            return;
        };
        if let Some(run) = &mut self.activity {
            run.recorded(&kind, outcome);
        }
    }

    /// Goes back to the activity after its result.
    pub fn try_activity_again(&mut self, lang: Lang) {
        let Some(kind) = self.current_activity().map(|a| a.kind.clone()) else {
            return;
        };
        if let Some(run) = &mut self.activity {
            run.try_again(&kind, lang);
        }
    }

    /// The question shown, if any.
    pub fn current_question(&self) -> Option<&Question> {
        match &self.place {
            Place::Question { index, .. } => self.lesson.questions.get(*index),
            _ => None,
        }
    }

    /// The phase to save for the current place.
    pub fn phase(&self) -> LessonPhase {
        match self.place {
            Place::Step(_) => LessonPhase::Steps,
            Place::Question { .. } => LessonPhase::Questions,
            Place::Summary => LessonPhase::Done,
        }
    }

    /// Moves to the next step, or to the questions after the last step.
    pub fn next_step(&mut self) {
        if let Place::Step(n) = self.place {
            self.place = if n + 1 < self.lesson.steps.len() {
                Place::Step(n + 1)
            } else {
                self.first_unanswered()
            };
        }
    }

    /// Moves back one step; from the first question, back to the last step.
    pub fn previous_step(&mut self) {
        match self.place {
            Place::Step(n) if n > 0 => self.place = Place::Step(n - 1),
            Place::Question { feedback: None, .. } if !self.lesson.steps.is_empty() => {
                self.place = Place::Step(self.lesson.steps.len() - 1);
            }
            _ => {}
        }
    }

    /// The drafted response to the current question, graded, when one can be checked.
    pub fn graded_draft(&self) -> Option<(Response, Grade)> {
        let Place::Question {
            draft,
            feedback: None,
            ..
        } = &self.place
        else {
            return None;
        };
        let question = self.current_question()?;
        let response = draft.response(&question.kind)?;
        let grade = grade(&question.kind, &response);
        Some((response, grade))
    }

    /// Shows the feedback once the answer is recorded.
    pub fn answer_recorded(&mut self, response: Response, correct: bool) {
        let Some(question) = self.current_question().map(|q| q.id.clone()) else {
            return;
        };
        if let Place::Question { draft, feedback, .. } = &mut self.place {
            *draft = AnswerDraft::from_response(&response);
            *feedback = Some(correct);
        }
        self.answers.push(RecordedAnswer {
            question,
            response,
            correct,
        });
    }

    /// Moves on after a feedback: the next unanswered question, or the summary.
    pub fn next_question(&mut self) {
        if matches!(
            self.place,
            Place::Question {
                feedback: Some(_),
                ..
            }
        ) {
            self.place = self.first_unanswered();
        }
    }

    /// The summary of this try.
    pub fn summary(&self) -> Summary<'_> {
        let mut correct = 0;
        let mut to_review = Vec::new();
        for question in &self.lesson.questions {
            // The first answer of this try counts.
            match self.answers.iter().find(|a| a.question == question.id) {
                Some(a) if a.correct => correct += 1,
                _ => to_review.push(question),
            }
        }
        Summary {
            correct,
            total: u32::try_from(self.lesson.questions.len()).unwrap_or(u32::MAX),
            to_review,
        }
    }

    /// How far through the lesson the resident is: pages done (steps, then questions
    /// answered) out of all of them.
    pub fn position(&self) -> (usize, usize) {
        let steps = self.lesson.steps.len();
        let total = steps + self.lesson.questions.len();
        let done = match &self.place {
            Place::Step(n) => *n,
            Place::Question { index, feedback, .. } => steps + index + usize::from(feedback.is_some()),
            Place::Summary => total,
        };
        (done, total)
    }

    /// How far through the lesson the resident is, from 0 to 1, for the progress bar.
    pub fn progress_fraction(&self) -> f32 {
        let (done, total) = self.position();
        #[allow(clippy::cast_precision_loss)]
        let fraction = done as f32 / total.max(1) as f32;
        fraction
    }

    /// Their last answers in this try that were wrong, in a row.
    pub fn wrong_in_a_row(&self) -> usize {
        self.answers.iter().rev().take_while(|a| !a.correct).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Choice, Competence, Level, Localized, Step, Text};

    fn lesson() -> Lesson {
        let competence = Competence::parse("5.2").expect("valid");
        let level = Level::new(1).expect("valid");
        let question = |id: &str, kind| Question {
            id: id.into(),
            competence,
            level,
            prompt: Text::new("?", "?"),
            kind,
            explanation: Text::new("!", "!"),
        };
        Lesson {
            id: "l".into(),
            title: Text::new("L", "L"),
            competence,
            level,
            steps: vec![
                Step {
                    text: Text::new("1", "1"),
                    text_easy: None,
                    audio: None,
                    image: None,
                    tip: None,
                    activity: None,
                },
                Step {
                    text: Text::new("2", "2"),
                    text_easy: None,
                    audio: None,
                    image: None,
                    tip: None,
                    activity: None,
                },
            ],
            questions: vec![
                question(
                    "q1",
                    QuestionKind::Single {
                        choices: vec![
                            Choice {
                                id: "a".into(),
                                label: Text::new("a", "a"),
                                explanation: None,
                            },
                            Choice {
                                id: "b".into(),
                                label: Text::new("b", "b"),
                                explanation: None,
                            },
                        ],
                        answer: "a".into(),
                    },
                ),
                question("q2", QuestionKind::TrueFalse { answer: true }),
                question(
                    "q3",
                    QuestionKind::Typed {
                        accepted: Localized {
                            fr: vec!["souris".into()],
                            en: vec!["mouse".into()],
                        },
                        spelling: crate::model::Spelling::Forgiving,
                    },
                ),
            ],
            sources: Vec::new(),
        }
    }

    fn content() -> LessonContent {
        LessonContent {
            pack: "p".into(),
            lesson: lesson(),
            media: HashMap::new(),
            glossary: vec![],
        }
    }

    fn saved(phase: LessonPhase, step: usize) -> LessonProgress {
        LessonProgress {
            pack: "p".into(),
            lesson: "l".into(),
            attempt: 1,
            phase,
            step,
            best_correct: None,
            updated_at: 0,
        }
    }

    fn start() -> LessonSession {
        LessonSession::resume(content(), &saved(LessonPhase::Steps, 0), vec![])
    }

    fn answer(session: &mut LessonSession, set: impl FnOnce(&mut AnswerDraft)) -> bool {
        if let Place::Question { draft, .. } = &mut session.place {
            set(draft);
        }
        let (response, grade) = session.graded_draft().expect("a drafted answer");
        session.answer_recorded(response, grade.correct);
        session.next_question();
        grade.correct
    }

    #[test]
    fn steps_then_questions_then_summary() {
        let mut s = start();
        assert_eq!(s.place, Place::Step(0));
        s.previous_step();
        assert_eq!(s.place, Place::Step(0));
        s.next_step();
        s.next_step();
        assert!(matches!(s.place, Place::Question { index: 0, .. }));
        s.previous_step();
        assert_eq!(s.place, Place::Step(1));
        s.next_step();

        assert!(answer(&mut s, |d| d.choice = Some("a".into())));
        assert!(!answer(&mut s, |d| d.truth = Some(false)));
        assert!(answer(&mut s, |d| d.text = "Souri".into()));
        assert_eq!(s.place, Place::Summary);
        let summary = s.summary();
        assert_eq!((summary.correct, summary.total), (2, 3));
        assert_eq!(summary.to_review.len(), 1);
        assert_eq!(summary.to_review[0].id.as_str(), "q2");
    }

    #[test]
    fn nothing_to_check_until_something_is_picked() {
        let mut s = start();
        s.next_step();
        s.next_step();
        assert!(s.graded_draft().is_none());
        if let Place::Question { draft, .. } = &mut s.place {
            draft.text = "   ".into();
        }
        assert!(s.graded_draft().is_none());
    }

    #[test]
    fn resuming_skips_answered_questions() {
        let answered = vec![RecordedAnswer {
            question: "q1".into(),
            response: Response::Choice("b".into()),
            correct: false,
        }];
        let s = LessonSession::resume(content(), &saved(LessonPhase::Questions, 0), answered);
        assert!(matches!(s.place, Place::Question { index: 1, .. }));
    }

    #[test]
    fn resuming_a_step_past_the_end_shows_the_last_step() {
        let s = LessonSession::resume(content(), &saved(LessonPhase::Steps, 9), vec![]);
        assert_eq!(s.place, Place::Step(1));
    }

    #[test]
    fn progress_goes_from_zero_to_one() {
        let mut s = start();
        assert!(s.progress_fraction().abs() < f32::EPSILON);
        s.place = Place::Summary;
        assert!((s.progress_fraction() - 1.0).abs() < f32::EPSILON);
    }
}
