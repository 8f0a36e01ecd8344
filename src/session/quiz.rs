//! A question asked outside a lesson (in the positioning test or a review): the
//! question, where it comes from, the answer being drafted and, once checked, whether it
//! was right.

use std::sync::Arc;

use super::AnswerDraft;
use crate::model::positioning::PackQuestion;
use crate::model::{Grade, Question, QuestionKind, Response, grade};

/// One question on screen.
#[derive(Clone, Debug)]
pub struct QuizQuestion {
    /// The question and its lesson.
    pub source: PackQuestion,
    /// The answer being drafted.
    pub draft: AnswerDraft,
    /// Once checked (and saved): right or not. The test shows no feedback; a review does.
    pub feedback: Option<bool>,
    /// The picture of a "click the right place" question: its egui address and bytes.
    pub picture: Option<(String, Arc<[u8]>)>,
}

impl QuizQuestion {
    /// The question, with nothing answered; `picture` holds the bytes of its picture, if
    /// it has one.
    pub fn new(source: PackQuestion, picture: Option<Arc<[u8]>>) -> Self {
        let picture = match (&source.question.kind, picture) {
            (QuestionKind::Zone { image, .. }, Some(bytes)) => {
                Some((format!("bytes://{}/{}", source.pack, image.file), bytes))
            }
            _ => None,
        };
        Self {
            draft: AnswerDraft::for_question(&source.question),
            source,
            feedback: None,
            picture,
        }
    }

    /// The question.
    pub fn question(&self) -> &Question {
        &self.source.question
    }

    /// The drafted response, graded, when one can be checked and was not yet.
    pub fn graded_draft(&self) -> Option<(Response, Grade)> {
        if self.feedback.is_some() {
            return None;
        }
        let response = self.draft.response(&self.source.question.kind)?;
        let grade = grade(&self.source.question.kind, &response);
        Some((response, grade))
    }

    /// Shows the answer as checked.
    pub fn answered(&mut self, response: &Response, correct: bool) {
        self.draft = AnswerDraft::from_response(response);
        self.feedback = Some(correct);
    }
}
