//! A workshop being written by a leader: its fields, the lessons it gives and its
//! residents, chosen among those who share their results.

use std::collections::BTreeSet;

use super::ResidentList;
use crate::model::progress::ResidentSummary;
use crate::model::workshop::{Workshop, WorkshopFields, WorkshopProblem};
use crate::model::{Lang, LessonId, PackId, PackSummary, ResidentUid, Text, WorkshopUid};

/// A lesson that a workshop can give.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonChoice {
    /// The pack.
    pub pack: PackId,
    /// The lesson.
    pub lesson: LessonId,
    /// The lesson's title.
    pub title: Text,
    /// Given by the workshop.
    pub chosen: bool,
}

/// The workshop form.
#[derive(Debug)]
pub struct WorkshopDraft {
    /// The workshop's unique id (a new one for a new workshop).
    pub uid: WorkshopUid,
    /// Whether it is new.
    pub is_new: bool,
    /// Title, day, time, place, topic, as typed.
    pub fields: WorkshopFields,
    /// Every installed lesson, in the packs' order, with the packs' titles.
    pub lessons: Vec<(Text, Vec<LessonChoice>)>,
    /// The residents who share their results, to choose from.
    pub residents: ResidentList,
    /// The residents chosen, by unique id.
    pub members: BTreeSet<ResidentUid>,
    /// Residents already in the workshop who no longer share their results: kept, unnamed.
    hidden_members: Vec<ResidentUid>,
    /// Why the last "Save" was refused.
    pub problems: Vec<WorkshopProblem>,
}

impl WorkshopDraft {
    /// The form for a new workshop (`existing` is `None`) or to edit one.
    pub fn new(
        packs: &[PackSummary],
        residents: Vec<ResidentSummary>,
        existing: Option<&Workshop>,
        lang: Lang,
    ) -> Self {
        let given = |pack: &PackId, lesson: &LessonId| {
            existing.is_some_and(|w| w.lessons.iter().any(|(p, l)| p == pack && l == lesson))
        };
        let lessons = packs
            .iter()
            .map(|p| {
                let choices = p
                    .lessons
                    .iter()
                    .map(|l| LessonChoice {
                        pack: l.pack.clone(),
                        lesson: l.id.clone(),
                        title: l.title.clone(),
                        chosen: given(&l.pack, &l.id),
                    })
                    .collect();
                (p.manifest.title.clone(), choices)
            })
            .collect();
        let residents = ResidentList::new(residents);
        let (members, hidden_members): (BTreeSet<ResidentUid>, Vec<ResidentUid>) =
            existing.map_or_else(Default::default, |w| {
                let (shown, hidden): (Vec<ResidentUid>, Vec<ResidentUid>) = w
                    .members
                    .iter()
                    .cloned()
                    .partition(|uid| residents.get(uid).is_some());
                (shown.into_iter().collect(), hidden)
            });
        Self {
            uid: existing.map_or_else(WorkshopUid::new_random, |w| w.uid.clone()),
            is_new: existing.is_none(),
            fields: existing.map(|w| WorkshopFields::of(w, lang)).unwrap_or_default(),
            lessons,
            residents,
            members,
            hidden_members,
            problems: Vec::new(),
        }
    }

    /// The workshop to save, or what is wrong with the form.
    pub fn workshop(&self) -> Result<Workshop, Vec<WorkshopProblem>> {
        let (title, day, time) = self.fields.check()?;
        Ok(Workshop {
            uid: self.uid.clone(),
            title,
            day,
            time,
            place: self.fields.place.trim().to_owned(),
            topic: self.fields.topic.trim().to_owned(),
            lessons: self
                .lessons
                .iter()
                .flat_map(|(_, choices)| choices)
                .filter(|c| c.chosen)
                .map(|c| (c.pack.clone(), c.lesson.clone()))
                .collect(),
            members: self.members.iter().chain(&self.hidden_members).cloned().collect(),
        })
    }

    /// The residents to draw: those chosen first, then those the search finds (at most
    /// [`super::MAX_LISTED`]), and how many more the search finds.
    pub fn residents_shown(&self) -> (Vec<&ResidentSummary>, usize) {
        let chosen = self.members.iter().filter_map(|uid| self.residents.get(uid));
        let (found, more) = self.residents.shown();
        let others: Vec<&ResidentSummary> = found
            .into_iter()
            .filter(|r| !self.members.contains(&r.uid))
            .collect();
        (chosen.chain(others).collect(), more)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::calendar::Day;

    fn resident(uid: &str) -> ResidentSummary {
        ResidentSummary {
            uid: uid.into(),
            name: uid.to_uppercase(),
            last_seen_at: 0,
            lessons_done: 0,
            answers: 0,
            right: 0,
        }
    }

    #[test]
    fn editing_keeps_residents_who_stopped_sharing() {
        let existing = Workshop {
            uid: "w1".into(),
            title: "E-mails".into(),
            day: Day::parse("24/11/2026").expect("day"),
            time: None,
            place: String::new(),
            topic: String::new(),
            lessons: vec![],
            members: vec!["ana".into(), "private".into()],
        };
        let mut draft = WorkshopDraft::new(
            &[],
            vec![resident("ana"), resident("bea")],
            Some(&existing),
            Lang::Fr,
        );
        assert_eq!(draft.fields.day, "24/11/2026");
        assert_eq!(
            draft
                .residents_shown()
                .0
                .iter()
                .map(|r| r.uid.as_str())
                .collect::<Vec<_>>(),
            ["ana", "bea"]
        );
        draft.members.insert("bea".into());
        let saved = draft.workshop().expect("valid");
        assert_eq!(
            saved.members,
            [ResidentUid::from("ana"), "bea".into(), "private".into()]
        );
        draft.fields.title.clear();
        assert_eq!(draft.workshop().err(), Some(vec![WorkshopProblem::Title]));
    }
}
