//! The learning path's actions: the positioning test (started, answered, paused and
//! resumed, its result), the review of missed questions, and "my progress".

use super::AppError;
use super::PasserelleApp;
use crate::model::calendar::Day;
use crate::model::positioning::{DOMAINS, PackQuestion, next_test_at};
use crate::model::{LessonStatus, QuestionKind, ResidentId};
use crate::session::PathAction;
use crate::session::{
    MyProgressView, PositioningResultView, PositioningSession, QuizQuestion, ReviewSession, Route,
    TestStatus, recommended,
};
use crate::store::{AnswerRecord, now};

/// Answers given outside a lesson's tries (reviews) are kept with try number 0.
const OUTSIDE_A_TRY: u32 = 0;

impl PasserelleApp {
    #[allow(
        clippy::too_many_lines,
        reason = "one exhaustive arm per action of the learning path"
    )]
    pub(super) fn apply_path(&mut self, action: &PathAction) -> Result<(), AppError> {
        let Some(resident) = self.state.resident.clone() else {
            return Ok(());
        };
        match action {
            PathAction::StartPositioning => {
                if matches!(self.test_status(resident.id)?, TestStatus::Resting { .. }) {
                    // The button is not shown then; a stale frame's click starts nothing.
                    return Ok(());
                }
                let (run, answers) = match self.store.open_positioning_run(resident.id)? {
                    Some(open) => open,
                    None => (self.store.start_positioning_run(resident.id)?, Vec::new()),
                };
                let seed = format!("{}/{run}", self.store.resident_uid(resident.id)?);
                let session = PositioningSession::new(run, self.store.all_questions()?, &seed, &answers);
                self.state.route = Route::Positioning(Box::new(session));
                self.show_next_test_question()?;
            }
            PathAction::StartReview => {
                let mut cards = Vec::new();
                for card in self.store.due_reviews(resident.id, now())? {
                    let Some(lesson) = self.store.lesson(&card.pack, &card.lesson)? else {
                        continue;
                    };
                    let Some(question) = lesson.questions.iter().find(|q| q.id == card.question).cloned()
                    else {
                        continue;
                    };
                    let source = PackQuestion {
                        pack: card.pack.clone(),
                        lesson: card.lesson.clone(),
                        lesson_title: lesson.title.clone(),
                        question,
                    };
                    let picture = self.picture_of(&source)?;
                    cards.push((card, QuizQuestion::new(source, picture)));
                }
                self.state.route = Route::Review(Box::new(ReviewSession {
                    cards,
                    index: 0,
                    right: 0,
                }));
            }
            PathAction::OpenMyProgress => {
                let packs = self.store.packs()?;
                let progress = self.store.progress(resident.id)?;
                let done = progress.iter().filter(|p| p.best_correct.is_some()).count();
                self.state.route = Route::MyProgress(MyProgressView {
                    levels: self.store.own_competence_levels(resident.id)?,
                    lessons_done: done,
                    lessons_total: packs.iter().map(|p| p.lessons.len()).sum(),
                    time_spent_ms: self.store.own_time_spent(resident.id)?,
                    procedures: self.store.own_procedures(resident.id)?,
                    standings: self
                        .store
                        .positioning_results(resident.id, 1)?
                        .first()
                        .map(|r| r.standings),
                    reviews_due: self.store.due_review_count(resident.id, now())?,
                    test: self.test_status(resident.id)?,
                    on_network: self.store.network_state()?.site.is_some(),
                });
            }
            PathAction::SubmitAnswer => match &mut self.state.route {
                Route::Positioning(session) => {
                    let graded = session.current.as_ref().and_then(|(_, quiz)| quiz.graded_draft());
                    if let Some((_, grade)) = graded {
                        self.take_test_answer(grade.correct)?;
                    }
                }
                Route::Review(session) => {
                    let Some((card, quiz)) = session.current() else {
                        return Ok(());
                    };
                    let Some((response, grade)) = quiz.graded_draft() else {
                        return Ok(());
                    };
                    // Saved first, like every answer; then the card moves.
                    self.store.record_answer(&AnswerRecord {
                        resident: resident.id,
                        pack: &quiz.source.pack,
                        lesson: &quiz.source.lesson,
                        question: &quiz.source.question.id,
                        attempt: OUTSIDE_A_TRY,
                        response: &response,
                        grade,
                        lang: self.state.lang,
                    })?;
                    self.store
                        .record_review(resident.id, card, grade.correct, now())?;
                    quiz.answered(&response, grade.correct);
                    session.right += usize::from(grade.correct);
                }
                _ => {}
            },
            // Kept like a wrong answer: not known, and nothing guessed.
            PathAction::DontKnow => self.take_test_answer(false)?,
            PathAction::NextQuestion => {
                if let Route::Review(session) = &mut self.state.route
                    && session
                        .cards
                        .get(session.index)
                        .is_some_and(|(_, q)| q.feedback.is_some())
                {
                    session.index += 1;
                }
            }
        }
        Ok(())
    }

    /// Keeps the answer to the test's question shown (before the next one shows), then
    /// shows the next question or the result.
    fn take_test_answer(&mut self, correct: bool) -> Result<(), AppError> {
        let Route::Positioning(session) = &mut self.state.route else {
            return Ok(());
        };
        let Some((next, quiz)) = &session.current else {
            return Ok(());
        };
        self.store
            .record_positioning_answer(&session.run, &quiz.source, next.domain, next.level, correct)?;
        session.answered(correct);
        self.show_next_test_question()
    }

    /// Shows the test's next question, or its result when it is over.
    fn show_next_test_question(&mut self) -> Result<(), AppError> {
        let Route::Positioning(session) = &self.state.route else {
            return Ok(());
        };
        if let Some((next, source)) = session.next_question() {
            let picture = self.picture_of(&source)?;
            if let Route::Positioning(session) = &mut self.state.route {
                session.current = Some((next, QuizQuestion::new(source, picture)));
            }
            return Ok(());
        }
        let (run, standings) = (session.run.clone(), session.standings());
        self.store.finish_positioning_run(&run, &standings)?;
        let Some(resident) = self.state.resident.as_ref().map(|r| r.id) else {
            return Ok(());
        };
        let previous = self
            .store
            .positioning_results(resident, 2)?
            .get(1)
            .map(|r| r.standings);
        let home = self.home_view(resident)?;
        self.state.route = Route::PositioningResult(PositioningResultView {
            standings,
            previous,
            recommended: next_steps(&home, &standings, usize::MAX),
        });
        Ok(())
    }

    /// The bytes of a question's picture, for "click the right place".
    fn picture_of(&self, source: &PackQuestion) -> Result<Option<std::sync::Arc<[u8]>>, AppError> {
        match &source.question.kind {
            QuestionKind::Zone { image, .. } => {
                Ok(self.store.media(&source.pack, &image.file)?.map(Into::into))
            }
            _ => Ok(None),
        }
    }
}

impl PasserelleApp {
    /// Where the resident is with the positioning test: a paused test can always go on;
    /// a finished one can be taken again after a pause (see [`next_test_at`]).
    pub(super) fn test_status(&self, resident: ResidentId) -> Result<TestStatus, AppError> {
        if self.store.open_positioning_run(resident)?.is_some() {
            return Ok(TestStatus::Paused);
        }
        let Some(latest) = self.store.positioning_results(resident, 1)?.first().copied() else {
            return Ok(TestStatus::NotTaken);
        };
        let now = now();
        let in_workshop = self.store.in_workshop_on(resident, Day::local(now))?;
        let again_at = next_test_at(latest.finished_at, in_workshop);
        Ok(if again_at > now {
            TestStatus::Resting { again_at }
        } else {
            TestStatus::Taken
        })
    }
}

/// The lessons recommended by a test's result that are not done yet, at most `limit`.
pub(super) fn next_steps(
    home: &crate::session::HomeView,
    standings: &[crate::model::positioning::Standing; DOMAINS],
    limit: usize,
) -> Vec<crate::model::LessonSummary> {
    let lessons: Vec<_> = home
        .packs
        .iter()
        .flat_map(|p| p.lessons.iter().cloned())
        .collect();
    // Each lesson is in one domain, so it is recommended at most once.
    let mut steps = recommended(standings, &lessons, |l| {
        matches!(home.status(&l.pack, &l.id), LessonStatus::Done { .. })
    });
    steps.truncate(limit);
    steps
}
