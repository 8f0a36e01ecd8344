//! A one-page PDF attestation of a resident's progress, to print or save: their name or
//! pseudonym, the structure, the competences reached (only for lessons whose quiz met
//! [`ATTESTED_MARK_PERCENT`]), the other lessons followed, the dates, and a line for the
//! leader's name and signature. Every name prints exactly, in any script the PC has a font
//! for (`pdf.rs`); a character none has is reported, so the leader can tell the person.

mod glyphs;
mod pdf;

use crate::i18n::Tr;
use crate::model::attestation_check::{Facts, SignedLesson};
use crate::model::calendar::format_date;
use crate::model::progress::{ATTESTED_MARK_PERCENT, FinishedLesson};
use crate::signing::{self, StructureKey};

pub use pdf::{Line, Page, PageContent, Style};

/// What the attestation says.
pub struct Attestation<'a> {
    /// The resident's first name or pseudonym.
    pub name: &'a str,
    /// The structure (library, community centre), as the leaders set it.
    pub structure: &'a str,
    /// The leader who signs for the structure, as the leaders set it (empty: a line to
    /// write the name by hand).
    pub leader: &'a str,
    /// The lessons finished.
    pub lessons: &'a [FinishedLesson],
    /// When it is issued (milliseconds since 1970).
    pub issued_at: i64,
}

impl Attestation<'_> {
    /// The lines of the page, in the language of `tr`.
    pub fn lines(&self, tr: &Tr<'_>) -> Vec<Line> {
        let lang = tr.lang;
        let line = |style, text: String| Line { style, text };
        let gap = || line(Style::Body, String::new());
        let mut lines = vec![line(Style::Title, tr.t("attestation-title")), gap()];
        if !self.structure.trim().is_empty() {
            lines.push(line(Style::Body, self.structure.trim().to_owned()));
            lines.push(gap());
        }
        lines.push(line(
            Style::Body,
            tr.args("attestation-intro", &[("name", self.name.into())]),
        ));
        lines.push(gap());
        let (reached, followed): (Vec<_>, Vec<_>) = self.lessons.iter().partition(|l| l.met_mark());
        lines.push(line(Style::Heading, tr.t("attestation-reached")));
        if reached.is_empty() {
            lines.push(line(Style::Body, tr.t("attestation-none-reached")));
        }
        for lesson in &reached {
            lines.push(line(
                Style::Body,
                tr.args(
                    "attestation-lesson",
                    &[
                        ("title", lesson.title.get(lang).as_str().into()),
                        ("code", lesson.competence.code().into()),
                        ("competence", tr.t(&lesson.competence.message_id()).into()),
                        ("level", lesson.level.get().into()),
                        ("date", format_date(lesson.finished_at, lang).into()),
                        ("right", lesson.best_correct.into()),
                        ("total", lesson.questions.into()),
                    ],
                ),
            ));
        }
        lines.push(line(
            Style::Small,
            tr.args("attestation-mark-rule", &[("mark", ATTESTED_MARK_PERCENT.into())]),
        ));
        if !followed.is_empty() {
            lines.push(gap());
            lines.push(line(Style::Heading, tr.t("attestation-followed")));
            for lesson in &followed {
                lines.push(line(
                    Style::Body,
                    tr.args(
                        "attestation-lesson-followed",
                        &[
                            ("title", lesson.title.get(lang).as_str().into()),
                            ("date", format_date(lesson.finished_at, lang).into()),
                            ("right", lesson.best_correct.into()),
                            ("total", lesson.questions.into()),
                        ],
                    ),
                ));
            }
        }
        lines.push(gap());
        lines.push(line(
            Style::Body,
            tr.args(
                "attestation-issued",
                &[("date", format_date(self.issued_at, lang).into())],
            ),
        ));
        lines.push(gap());
        lines.push(gap());
        lines.push(line(
            Style::Body,
            if self.leader.trim().is_empty() {
                tr.t("attestation-signature")
            } else {
                tr.args(
                    "attestation-signature-named",
                    &[("leader", self.leader.trim().into())],
                )
            },
        ));
        lines.push(gap());
        lines.push(line(Style::Body, "_".repeat(48)));
        lines
    }

    /// The facts the page states, as `key` signs them.
    pub fn facts(&self, tr: &Tr<'_>) -> Facts {
        Facts {
            name: self.name.to_owned(),
            structure: self.structure.trim().to_owned(),
            leader: self.leader.trim().to_owned(),
            issued_at: self.issued_at,
            lessons: self
                .lessons
                .iter()
                .map(|l| SignedLesson {
                    title: l.title.get(tr.lang).clone(),
                    competence: l.competence.code(),
                    level: l.level.get(),
                    finished_at: l.finished_at,
                    right: l.best_correct,
                    questions: l.questions,
                    reached: l.met_mark(),
                })
                .collect(),
            key: String::new(),
        }
    }

    /// The page, signed with the structure's `key` when there is one.
    pub fn page(&self, tr: &Tr<'_>, key: Option<&StructureKey>) -> PageContent {
        let mut lines = self.lines(tr);
        let signed = key.map(|key| {
            lines.push(Line {
                style: Style::Body,
                text: String::new(),
            });
            lines.push(Line {
                style: Style::Small,
                text: tr.args(
                    "attestation-signed",
                    &[("key", signing::fingerprint(&key.public()).into())],
                ),
            });
            key.sign(&self.facts(tr))
        });
        PageContent { lines, signed }
    }

    /// The page as a PDF, signed with the structure's `key` when there is one, and the
    /// characters no font on this PC could print.
    pub fn pdf(&self, tr: &Tr<'_>, key: Option<&StructureKey>) -> Page {
        pdf::document(&tr.t("attestation-title"), &[self.page(tr, key)])
    }
}

/// Attestations' pages in one PDF titled `title` (one, or a workshop's to print at once):
/// each page carries its own signed facts and QR code, checked one by one.
pub fn document(title: &str, pages: &[PageContent]) -> Page {
    pdf::document(title, pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::I18n;
    use crate::model::{Competence, Lang, Level, Text};

    fn lesson(title: &str, best_correct: u32, questions: u32) -> FinishedLesson {
        FinishedLesson {
            title: Text::new(title, title),
            competence: Competence::parse("5.2").expect("code"),
            level: Level::new(1).expect("level"),
            finished_at: 1_763_800_000_000,
            best_correct,
            questions,
        }
    }

    #[test]
    fn only_lessons_whose_quiz_met_the_mark_count_as_reached() {
        let lessons = [lesson("La souris", 5, 6), lesson("Le clavier", 1, 6)];
        let attestation = Attestation {
            name: "Hélène",
            structure: "Médiathèque",
            leader: "",
            lessons: &lessons,
            issued_at: 1_763_900_000_000,
        };
        let i18n = I18n::new();
        let lines: Vec<String> = attestation
            .lines(&i18n.tr(Lang::Fr))
            .into_iter()
            .map(|l| l.text)
            .collect();
        let at = |needle: &str| lines.iter().position(|l| l.contains(needle)).expect(needle);
        let reached = at("Compétences atteintes");
        let followed = at("Autres leçons suivies");
        assert!(reached < at("La souris") && at("La souris") < followed);
        assert!(followed < at("Le clavier"), "{lines:#?}");
        assert!(lines.iter().any(|l| l.contains("80 %")), "the mark is stated");
        assert!(lines.iter().any(|l| l.contains("signature")));
    }

    #[test]
    fn a_lesson_without_questions_attests_no_competence() {
        assert!(!lesson("Pratique", 0, 0).met_mark());
        assert!(lesson("Quiz", 4, 5).met_mark());
        assert!(!lesson("Quiz", 3, 5).met_mark());
    }
}
