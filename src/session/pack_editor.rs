//! The pack editor's state: the draft being written, the part shown, the problems
//! `pack check` would find, the translations to check, and undo.

use std::collections::BTreeSet;

use crate::model::Lang;
use crate::pack::draft::PackDraft;
use crate::pack::draft_texts::{self, is_missing_translation};
use crate::pack::{FieldPath, Problem};
use crate::store::drafts::SavedDraft;

/// How many changes can be undone.
const UNDO_DEPTH: usize = 200;
/// Changes to the same text closer together than this are undone together: typing in
/// one box is one change, whatever else comes after.
const UNDO_MERGE_MS: u64 = 1_000;

/// The part of the pack shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditorPart {
    /// The manifest and the glossary.
    Pack,
    /// One lesson, by index.
    Lesson(usize),
}

/// A pack being written.
#[derive(Clone, Debug)]
pub struct PackEditor {
    /// The draft's id in the store.
    pub uid: String,
    /// The pack.
    pub draft: PackDraft,
    /// The part shown.
    pub part: EditorPart,
    /// What `pack check` would find in the pack as it would be saved.
    pub problems: Vec<Problem>,
    /// Per lesson: how many of its texts miss a translation or may be out of date.
    pub to_translate: Vec<usize>,
    /// English translations that may be out of date since their French changed, as
    /// `lessons/01.toml#title.en`.
    pub stale: BTreeSet<String>,
    /// A field to scroll to and focus on the next frame (its path in the shown part).
    pub jump: Option<FieldPath>,
    /// Changed since opened or last saved as pack files: leaving asks first.
    pub unsaved: bool,
    /// Saved as pack files, and not changed since.
    pub saved_as_files: bool,
    /// Leaving with unsaved changes: the trainer is asked.
    pub asking_to_leave: bool,
    /// Changed since last saved into the store.
    pub draft_due: bool,
    /// Earlier drafts with their marks, the latest last.
    undo: Vec<(PackDraft, BTreeSet<String>)>,
    /// When the last change was made, and to which text (`None`: not one text alone).
    last_change: Option<(u64, Option<String>)>,
}

/// The mark key of one language of one text.
pub fn mark_key(file: &str, path: &FieldPath, lang: Lang) -> String {
    format!("{file}#{path}.{}", lang.code())
}

impl PackEditor {
    /// Opens a draft: the texts every lesson needs are added empty, so that the editor
    /// shows a box for each.
    pub fn new(uid: String, mut draft: PackDraft, stale: BTreeSet<String>) -> Self {
        for lesson in &mut draft.lessons {
            draft_texts::lesson_texts(&mut lesson.lesson, &mut |_, _, _| {});
        }
        let manifest = &mut draft.manifest;
        manifest.title.get_or_insert_with(Default::default);
        manifest.description.get_or_insert_with(Default::default);
        for term in &mut draft.glossary.terms {
            term.word.get_or_insert_with(Default::default);
            term.definition.get_or_insert_with(Default::default);
        }
        let mut editor = Self {
            uid,
            draft,
            part: EditorPart::Pack,
            problems: Vec::new(),
            to_translate: Vec::new(),
            stale,
            jump: None,
            unsaved: false,
            saved_as_files: false,
            asking_to_leave: false,
            draft_due: false,
            undo: Vec::new(),
            last_change: None,
        };
        editor.refresh();
        editor
    }

    /// A draft as saved in the store.
    pub fn from_saved(uid: String, saved: SavedDraft) -> Result<Self, Vec<Problem>> {
        let files = crate::pack::PackFiles {
            root: String::new(),
            files: saved.files,
        };
        let draft = PackDraft::read(&files)?;
        let mut editor = Self::new(uid, draft, saved.stale.into_iter().collect());
        // Not saved as pack files since it was last opened: say so when leaving.
        editor.unsaved = true;
        Ok(editor)
    }

    /// What to keep in the store.
    pub fn saved(&self) -> SavedDraft {
        SavedDraft {
            files: self.draft.files("").files,
            stale: self.stale.iter().cloned().collect(),
        }
    }

    /// How the pack is named in problems and file names: its id, or `pack`.
    pub fn root(&self) -> String {
        match self.draft.manifest.id.as_deref().map(str::trim) {
            Some(id) if !id.is_empty() => id.to_owned(),
            _ => "pack".to_owned(),
        }
    }

    /// The pack's title in `lang`, or its id.
    pub fn title(&self, lang: Lang) -> String {
        let title = self.draft.manifest.title.as_ref().and_then(|t| match lang {
            Lang::Fr => t.fr.clone(),
            Lang::En => t.en.clone(),
        });
        title
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| self.root())
    }

    /// Takes note of the edits made since `before` (at `now_ms`): undo, marks, problems.
    pub fn edited(&mut self, before: PackDraft, now_ms: u64) {
        if before == self.draft {
            return;
        }
        let marks_before = self.stale.clone();
        self.mark_stale(&before);
        let field = changed_text(&before, &self.draft);
        let merge = match (&self.last_change, &field) {
            (Some((last_ms, Some(last_field))), Some(field)) => {
                last_field == field && now_ms.saturating_sub(*last_ms) < UNDO_MERGE_MS
            }
            _ => false,
        } && !self.undo.is_empty();
        if !merge {
            self.undo.push((before, marks_before));
            if self.undo.len() > UNDO_DEPTH {
                self.undo.remove(0);
            }
        }
        self.last_change = Some((now_ms, field));
        self.unsaved = true;
        self.saved_as_files = false;
        self.draft_due = true;
        self.refresh();
    }

    /// Whether there is a change to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Goes back to before the last change.
    pub fn undo(&mut self) {
        if let Some((previous, marks)) = self.undo.pop() {
            self.draft = previous;
            self.stale = marks;
            self.last_change = None;
            self.unsaved = true;
            self.saved_as_files = false;
            self.draft_due = true;
            if let EditorPart::Lesson(i) = self.part
                && i >= self.draft.lessons.len()
            {
                self.part = EditorPart::Pack;
            }
            self.refresh();
        }
    }

    /// The shown translation was checked: it is right as it is.
    pub fn still_right(&mut self, key: &str) {
        if self.stale.remove(key) {
            self.draft_due = true;
            self.refresh();
        }
    }

    /// Shows the field a problem is about.
    pub fn show_problem(&mut self, problem: &Problem) {
        let root = self.root();
        let file = problem
            .file
            .strip_prefix(&format!("{root}/"))
            .unwrap_or(&problem.file);
        self.part = self
            .draft
            .lessons
            .iter()
            .position(|l| l.path() == file)
            .map_or(EditorPart::Pack, EditorPart::Lesson);
        self.jump = problem.field.clone();
    }

    /// Whether one language of a text is marked out of date.
    pub fn is_stale(&self, file: &str, path: &FieldPath, lang: Lang) -> bool {
        self.stale.contains(&mark_key(file, path, lang))
    }

    /// French is the source: a French text that changes marks its English translation as
    /// to check; editing the English clears the mark.
    fn mark_stale(&mut self, before: &PackDraft) {
        for lesson in &self.draft.lessons {
            let Some(old) = before.lessons.iter().find(|l| l.file == lesson.file) else {
                continue;
            };
            let old_texts = draft_texts::collect(&old.lesson);
            for (path, fr, en) in draft_texts::collect(&lesson.lesson) {
                let Some((_, old_fr, old_en)) = old_texts.iter().find(|(p, _, _)| *p == path) else {
                    continue;
                };
                let key = format!("{}#{path}.{}", lesson.file, Lang::En.code());
                if en != *old_en {
                    self.stale.remove(&key);
                } else if fr != *old_fr && !en.trim().is_empty() {
                    self.stale.insert(key);
                }
            }
        }
    }

    /// Recomputes the problems and the translations to check.
    fn refresh(&mut self) {
        self.problems = self.draft.problems(&self.root());
        let stale = &self.stale;
        self.to_translate = self
            .draft
            .lessons
            .iter()
            .map(|lesson| {
                draft_texts::collect(&lesson.lesson)
                    .iter()
                    .filter(|(path, fr, en)| {
                        let marked =
                            |lang: Lang| stale.contains(&format!("{}#{path}.{}", lesson.file, lang.code()));
                        is_missing_translation(Some(fr), Some(en)) || marked(Lang::Fr) || marked(Lang::En)
                    })
                    .count()
            })
            .collect();
    }
}

/// The one text changed between two drafts (`file#path`), when the change is only that;
/// the manifest counts as one text.
fn changed_text(before: &PackDraft, after: &PackDraft) -> Option<String> {
    if before.lessons.len() != after.lessons.len()
        || before.glossary != after.glossary
        || before.media != after.media
    {
        return None;
    }
    let mut changed = Vec::new();
    if before.manifest != after.manifest {
        changed.push("pack.toml".to_owned());
    }
    for (old, new) in before.lessons.iter().zip(&after.lessons) {
        if old == new {
            continue;
        }
        let (old_texts, new_texts) = (
            draft_texts::collect(&old.lesson),
            draft_texts::collect(&new.lesson),
        );
        let structure = |l: &crate::pack::format::RawLesson| (l.steps.len(), l.questions.len());
        if old.file != new.file
            || old_texts.len() != new_texts.len()
            || structure(&old.lesson) != structure(&new.lesson)
        {
            return None;
        }
        let mut texts = Vec::new();
        for ((path, old_fr, old_en), (_, fr, en)) in old_texts.iter().zip(&new_texts) {
            if old_fr != fr {
                texts.push(format!("{}#{path}.fr", new.file));
            }
            if old_en != en {
                texts.push(format!("{}#{path}.en", new.file));
            }
        }
        if texts.is_empty() {
            // Something other than a text changed (an answer, a competence).
            return None;
        }
        changed.extend(texts);
    }
    match changed.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::draft::LessonDraft;
    use crate::pack::format::{RawLesson, RawText};

    fn editor_with_title(fr: &str, en: &str) -> PackEditor {
        let mut draft = PackDraft::new("essai");
        draft.lessons.push(LessonDraft {
            file: "01-lesson.toml".into(),
            lesson: RawLesson {
                title: Some(RawText {
                    fr: Some(fr.into()),
                    en: Some(en.into()),
                }),
                ..RawLesson::default()
            },
        });
        PackEditor::new("d".into(), draft, BTreeSet::new())
    }

    fn set_title(editor: &mut PackEditor, lang: Lang, text: &str, now_ms: u64) {
        let before = editor.draft.clone();
        let title = editor.draft.lessons[0].lesson.title.as_mut().expect("title");
        match lang {
            Lang::Fr => title.fr = Some(text.into()),
            Lang::En => title.en = Some(text.into()),
        }
        editor.edited(before, now_ms);
    }

    #[test]
    fn changing_the_french_marks_the_english_until_it_is_edited_or_checked() {
        let mut editor = editor_with_title("La souris", "The mouse");
        assert_eq!(editor.to_translate, [0]);
        set_title(&mut editor, Lang::Fr, "La souris d'ordinateur", 0);
        let title = FieldPath::root().key("title");
        assert!(editor.is_stale("01-lesson.toml", &title, Lang::En));
        assert_eq!(editor.to_translate, [1]);
        set_title(&mut editor, Lang::En, "The computer mouse", 5_000);
        assert!(!editor.is_stale("01-lesson.toml", &title, Lang::En));
        assert_eq!(editor.to_translate, [0]);
        // Changing the English marks nothing: French is the source.
        set_title(&mut editor, Lang::En, "The mouse", 10_000);
        assert_eq!(editor.to_translate, [0]);
        set_title(&mut editor, Lang::Fr, "La souris", 20_000);
        let key = mark_key("01-lesson.toml", &title, Lang::En);
        assert!(editor.stale.contains(&key));
        editor.still_right(&key);
        assert_eq!(editor.to_translate, [0]);
    }

    #[test]
    fn a_text_in_one_language_is_counted_and_undo_goes_back_a_text_at_a_time() {
        let mut editor = editor_with_title("La souris", "");
        assert_eq!(editor.to_translate, [1]);
        assert!(!editor.can_undo());
        // Typed within a second: one change.
        set_title(&mut editor, Lang::En, "The", 0);
        set_title(&mut editor, Lang::En, "The mouse", 500);
        assert_eq!(editor.to_translate, [0]);
        // Another text, even at once: another change.
        set_title(&mut editor, Lang::Fr, "Une souris", 800);
        editor.undo();
        assert_eq!(
            editor.draft.lessons[0]
                .lesson
                .title
                .as_ref()
                .and_then(|t| t.fr.as_deref()),
            Some("La souris")
        );
        editor.undo();
        assert_eq!(
            editor.draft.lessons[0]
                .lesson
                .title
                .as_ref()
                .and_then(|t| t.en.as_deref()),
            Some("")
        );
        assert_eq!(editor.to_translate, [1]);
        assert!(!editor.can_undo());
    }

    #[test]
    fn a_problem_shows_its_lesson_and_field() {
        let mut editor = editor_with_title("La souris", "");
        let problem = editor
            .problems
            .iter()
            .find(|p| p.file.ends_with("01-lesson.toml") && p.field.is_some())
            .cloned()
            .expect("the lesson has problems");
        editor.show_problem(&problem);
        assert_eq!(editor.part, EditorPart::Lesson(0));
        assert_eq!(editor.jump, problem.field);
    }
}
