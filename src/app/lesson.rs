//! Inside a lesson: opening it where the resident left it, its steps, its questions
//! (each answer stored before its feedback), its practice activities, and taking it again.

use std::collections::HashMap;
use std::sync::Arc;

use super::AppError;
use super::PasserelleApp;
use crate::model::{LessonId, LessonPhase, PackId, QuestionKind};
use crate::session::{EditorAction, LessonAction, LessonContent, LessonSession, Place, Route};
use crate::store::{ActivityRecord, AnswerRecord};

impl PasserelleApp {
    pub(super) fn apply_lesson(&mut self, action: &LessonAction) -> Result<(), AppError> {
        match action {
            LessonAction::OpenLesson { pack, lesson } => self.open_lesson(pack, lesson, false)?,
            LessonAction::RetakeLesson => {
                if let Route::Lesson(session) = &self.state.route
                    && let Some(file) = session.preview.clone()
                {
                    self.apply_pack_editor(&EditorAction::PreviewLesson(file))?;
                } else if let Route::Lesson(session) = &self.state.route {
                    let (pack, lesson) = (session.pack.clone(), session.lesson.id.clone());
                    self.open_lesson(&pack, &lesson, true)?;
                }
            }
            LessonAction::NextStep => self.move_in_lesson(LessonSession::next_step)?,
            LessonAction::PreviousStep => self.move_in_lesson(LessonSession::previous_step)?,
            LessonAction::NextQuestion => self.move_in_lesson(LessonSession::next_question)?,
            LessonAction::SubmitAnswer => self.submit_answer()?,
            LessonAction::CheckActivity => self.check_activity()?,
            LessonAction::TryActivityAgain => {
                if let Route::Lesson(session) = &mut self.state.route {
                    session.try_activity_again(self.state.lang);
                }
            }
        }
        Ok(())
    }

    /// Opens a lesson where the resident left it; starts a new try when it is finished,
    /// never opened, or `again` is set.
    fn open_lesson(&mut self, pack: &PackId, lesson_id: &LessonId, again: bool) -> Result<(), AppError> {
        let Some(resident) = self.state.resident.as_ref().map(|r| r.id) else {
            return self.show_profiles();
        };
        let Some(lesson) = self.store.lesson(pack, lesson_id)? else {
            return self.show_home();
        };
        let progress = match self.store.lesson_progress(resident, pack, lesson_id)? {
            Some(p) if p.phase != LessonPhase::Done && !again => p,
            _ => self.store.start_lesson(resident, pack, lesson_id)?,
        };
        let answers = self.store.answers(resident, pack, lesson_id, progress.attempt)?;
        let mut media = HashMap::new();
        let zone_images = lesson.questions.iter().filter_map(|q| match &q.kind {
            QuestionKind::Zone { image, .. } => Some(image),
            _ => None,
        });
        let images = lesson
            .steps
            .iter()
            .filter_map(|s| s.image.as_ref())
            .chain(zone_images)
            .map(|i| &i.file);
        let recordings = lesson
            .steps
            .iter()
            .filter_map(|s| s.audio.as_ref())
            .flat_map(|a| [&a.fr, &a.en]);
        for file in images.chain(recordings) {
            if let Some(bytes) = self.store.media(pack, file)? {
                media.insert(file.clone(), Arc::<[u8]>::from(bytes));
            }
        }
        let content = LessonContent {
            pack: pack.clone(),
            lesson,
            media,
            glossary: self.store.glossary(pack)?,
        };
        let mut session = LessonSession::resume(content, &progress, answers);
        session.sync_activity(self.state.lang);
        self.state.route = Route::Lesson(Box::new(session));
        self.save_place()
    }

    /// Moves in the open lesson, then saves where the resident is.
    fn move_in_lesson(&mut self, step: fn(&mut LessonSession)) -> Result<(), AppError> {
        let Route::Lesson(session) = &mut self.state.route else {
            return Ok(());
        };
        step(session);
        session.sync_activity(self.state.lang);
        self.save_place()
    }

    /// Saves where the resident is in the open lesson; on reaching the summary, records
    /// the lesson as finished.
    fn save_place(&mut self) -> Result<(), AppError> {
        let (Route::Lesson(session), Some(resident)) = (&self.state.route, &self.state.resident) else {
            return Ok(());
        };
        if session.preview.is_some() {
            return Ok(());
        }
        let (pack, lesson) = (&session.pack, &session.lesson.id);
        match session.place {
            Place::Summary => {
                self.store
                    .finish_lesson(resident.id, pack, lesson, session.summary().correct)?;
            }
            Place::Step(step) => {
                self.store
                    .save_place(resident.id, pack, lesson, LessonPhase::Steps, step)?;
            }
            Place::Question { .. } => {
                self.store
                    .save_place(resident.id, pack, lesson, LessonPhase::Questions, 0)?;
            }
        }
        Ok(())
    }

    fn submit_answer(&mut self) -> Result<(), AppError> {
        if let Route::Lesson(session) = &mut self.state.route
            && session.preview.is_some()
        {
            // A trainer's preview: the feedback, and nothing recorded.
            if let Some((response, grade)) = session.graded_draft() {
                session.answer_recorded(response, grade.correct);
            }
            return Ok(());
        }
        let (Route::Lesson(session), Some(resident)) = (&mut self.state.route, &self.state.resident) else {
            return Ok(());
        };
        let Some((response, grade)) = session.graded_draft() else {
            return Ok(());
        };
        let Some(question) = session.current_question() else {
            return Ok(());
        };
        // Saved first: the feedback is shown only once the answer is safely stored.
        self.store.record_answer(&AnswerRecord {
            resident: resident.id,
            pack: &session.pack,
            lesson: &session.lesson.id,
            question: &question.id,
            attempt: session.attempt,
            response: &response,
            grade,
            lang: self.state.lang,
        })?;
        if !grade.correct {
            // A missed question comes back in a review.
            self.store.schedule_missed(
                resident.id,
                &session.pack,
                &session.lesson.id,
                &question.id,
                crate::store::now(),
            )?;
        }
        session.answer_recorded(response, grade.correct);
        Ok(())
    }

    /// Records the try of the activity shown, then shows its result.
    fn check_activity(&mut self) -> Result<(), AppError> {
        if let Route::Lesson(session) = &mut self.state.route
            && session.preview.is_some()
        {
            // A trainer's preview: the result, and nothing recorded.
            if let Some((_, outcome)) = session.activity_outcome(self.state.lang, "") {
                session.activity_recorded(outcome);
            }
            return Ok(());
        }
        let (Route::Lesson(session), Some(resident)) = (&mut self.state.route, &self.state.resident) else {
            return Ok(());
        };
        let Some((activity, outcome)) = session.activity_outcome(self.state.lang, &resident.name) else {
            return Ok(());
        };
        let stumbles = session.activity_stumbles();
        // Saved first: the result is shown only once the try is safely stored.
        self.store.record_activity(&ActivityRecord {
            resident: resident.id,
            pack: &session.pack,
            lesson: &session.lesson.id,
            activity: &activity.id,
            kind: activity.kind.type_name(),
            attempt: session.attempt,
            outcome,
            stumbles: &stumbles,
            lang: self.state.lang,
        })?;
        session.activity_recorded(outcome);
        Ok(())
    }
}
