//! The pack editor's state: the draft being written, the part shown, the problems
//! `pack check` would find, the translations to check, and undo.

use std::collections::BTreeSet;

use crate::model::saved_draft::SavedDraft;
use crate::model::{DraftUid, Lang};
use crate::pack::draft::PackDraft;
use crate::pack::draft_texts::{self, TextCopy, is_missing_translation};
use crate::pack::{FieldPath, Problem};

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

/// Where a picture chosen in the editor goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureSlot {
    /// A step's picture (lesson, step).
    Step(usize, usize),
    /// A "click the right place" question's picture (lesson, question).
    Question(usize, usize),
}

/// A pack being written.
#[derive(Clone, Debug)]
pub struct PackEditor {
    /// The draft's id in the store.
    pub uid: DraftUid,
    /// The pack.
    pub draft: PackDraft,
    /// The part shown.
    pub part: EditorPart,
    /// What `pack check` would find in the pack as it would be saved.
    pub problems: Vec<Problem>,
    /// Per lesson: how many of its texts miss a translation or may be out of date.
    pub to_translate: Vec<usize>,
    /// The same for the manifest and the glossary.
    pub pack_to_translate: usize,
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
    pub fn new(uid: DraftUid, mut draft: PackDraft, stale: BTreeSet<String>) -> Self {
        for lesson in &mut draft.lessons {
            draft_texts::lesson_texts(&mut lesson.lesson, &mut |_, _, _| {});
        }
        draft_texts::manifest_texts(&mut draft.manifest, &mut |_, _, _| {});
        draft_texts::glossary_texts(&mut draft.glossary, &mut |_, _, _| {});
        let mut editor = Self {
            uid,
            draft,
            part: EditorPart::Pack,
            problems: Vec::new(),
            to_translate: Vec::new(),
            pack_to_translate: 0,
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
    pub fn from_saved(uid: DraftUid, saved: SavedDraft) -> Result<Self, Vec<Problem>> {
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

    /// Takes note of the edits made since `before` (at `now_ms`): undo, marks, problems.
    pub fn edited(&mut self, before: PackDraft, now_ms: u64) {
        if before == self.draft {
            return;
        }
        let marks_before = self.stale.clone();
        // Every text before and after, read once for the marks, undo and counts.
        let (old_texts, new_texts) = (
            draft_texts::pack_texts(&before),
            draft_texts::pack_texts(&self.draft),
        );
        self.mark_stale(&old_texts, &new_texts);
        let field = changed_text(&before, &self.draft, &old_texts, &new_texts);
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
        self.refresh_with(&new_texts);
    }

    /// Puts a picture of the pack's media into `slot` (with its words for those who
    /// cannot see it, to write).
    pub fn set_picture(&mut self, slot: PictureSlot, name: String) {
        let lessons = &mut self.draft.lessons;
        let (image, alt) = match slot {
            PictureSlot::Step(l, s) => match lessons.get_mut(l).and_then(|l| l.lesson.steps.get_mut(s)) {
                Some(step) => (&mut step.image, &mut step.image_alt),
                None => return,
            },
            PictureSlot::Question(l, q) => {
                match lessons.get_mut(l).and_then(|l| l.lesson.questions.get_mut(q)) {
                    Some(question) => (&mut question.image, &mut question.image_alt),
                    None => return,
                }
            }
        };
        *image = Some(name);
        alt.get_or_insert_with(Default::default);
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
        let root = self.draft.root();
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
        self.jump.clone_from(&problem.field);
    }

    /// Whether one language of a text is marked out of date.
    pub fn is_stale(&self, file: &str, path: &FieldPath, lang: Lang) -> bool {
        self.stale.contains(&mark_key(file, path, lang))
    }

    /// French is the source: a French text that changes marks its English translation as
    /// to check; editing the English clears the mark.
    fn mark_stale(&mut self, old_files: &[(String, Vec<TextCopy>)], new_files: &[(String, Vec<TextCopy>)]) {
        for (file, texts) in new_files {
            let Some((_, old_texts)) = old_files.iter().find(|(f, _)| f == file) else {
                continue;
            };
            let old: std::collections::HashMap<&str, (&str, &str)> = old_texts
                .iter()
                .map(|(p, fr, en)| (p.as_str(), (fr.as_str(), en.as_str())))
                .collect();
            for (path, fr, en) in texts {
                let Some((old_fr, old_en)) = old.get(path.as_str()) else {
                    continue;
                };
                let key = format!("{file}#{path}.{}", Lang::En.code());
                if en != old_en {
                    self.stale.remove(&key);
                } else if fr != old_fr && !en.trim().is_empty() {
                    self.stale.insert(key);
                }
            }
        }
    }

    /// Recomputes the problems and the translations to check.
    fn refresh(&mut self) {
        let texts = draft_texts::pack_texts(&self.draft);
        self.refresh_with(&texts);
    }

    /// [`Self::refresh`], with the draft's texts already read.
    fn refresh_with(&mut self, texts: &[(String, Vec<TextCopy>)]) {
        self.problems = self.draft.problems();
        let stale = &self.stale;
        let count = |file: &str, texts: &[draft_texts::TextCopy]| {
            texts
                .iter()
                .filter(|(path, fr, en)| {
                    let marked = |lang: Lang| stale.contains(&format!("{file}#{path}.{}", lang.code()));
                    is_missing_translation(Some(fr), Some(en)) || marked(Lang::Fr) || marked(Lang::En)
                })
                .count()
        };
        let counts: Vec<usize> = texts.iter().map(|(file, texts)| count(file, texts)).collect();
        // The manifest and the glossary come first, then the lessons.
        self.pack_to_translate = counts.iter().take(2).sum();
        self.to_translate = counts.into_iter().skip(2).collect();
    }
}

/// The one text changed between two drafts (`file#path.lang`), when the change is only
/// that; the manifest's other fields count as one text.
fn changed_text(
    before: &PackDraft,
    after: &PackDraft,
    old_files: &[(String, Vec<TextCopy>)],
    new_files: &[(String, Vec<TextCopy>)],
) -> Option<String> {
    if old_files.len() != new_files.len() || before.media != after.media {
        return None;
    }
    let mut changed = Vec::new();
    let fields_only = |m: &crate::pack::format::RawManifest| {
        let mut m = m.clone();
        m.title = None;
        m.description = None;
        m
    };
    if fields_only(&before.manifest) != fields_only(&after.manifest) {
        changed.push("pack.toml#fields".to_owned());
    }
    for ((old_file, old_texts), (file, texts)) in old_files.iter().zip(new_files) {
        if old_file != file || old_texts.len() != texts.len() {
            return None;
        }
        for ((path, old_fr, old_en), (new_path, fr, en)) in old_texts.iter().zip(texts) {
            if path != new_path {
                return None;
            }
            if old_fr != fr {
                changed.push(format!("{file}#{path}.fr"));
            }
            if old_en != en {
                changed.push(format!("{file}#{path}.en"));
            }
        }
    }
    match changed.as_slice() {
        // One text alone, unless something else changed with it (an answer, a level).
        [one] if same_but_texts(before, after) => Some(one.clone()),
        _ => None,
    }
}

/// Whether two drafts differ only in their texts.
fn same_but_texts(before: &PackDraft, after: &PackDraft) -> bool {
    let blank = |draft: &PackDraft| {
        let mut draft = draft.clone();
        let clear: &mut draft_texts::TextVisitor<'_> = &mut |_, fr, en| {
            *fr = None;
            *en = None;
        };
        draft_texts::manifest_texts(&mut draft.manifest, clear);
        draft_texts::glossary_texts(&mut draft.glossary, clear);
        for lesson in &mut draft.lessons {
            draft_texts::lesson_texts(&mut lesson.lesson, clear);
        }
        draft.manifest.id = None;
        draft.manifest.version = None;
        draft.manifest.licence = None;
        draft.manifest.authors = None;
        draft
    };
    blank(before) == blank(after)
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

    fn lesson_title(editor: &PackEditor, lang: Lang) -> Option<&str> {
        let title = editor.draft.lessons[0].lesson.title.as_ref()?;
        title.get(lang).map(String::as_str)
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
        assert!(editor.is_stale("lessons/01-lesson.toml", &title, Lang::En));
        assert_eq!(editor.to_translate, [1]);
        set_title(&mut editor, Lang::En, "The computer mouse", 5_000);
        assert!(!editor.is_stale("lessons/01-lesson.toml", &title, Lang::En));
        assert_eq!(editor.to_translate, [0]);
        // Changing the English marks nothing: French is the source.
        set_title(&mut editor, Lang::En, "The mouse", 10_000);
        assert_eq!(editor.to_translate, [0]);
        set_title(&mut editor, Lang::Fr, "La souris", 20_000);
        let key = mark_key("lessons/01-lesson.toml", &title, Lang::En);
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
        assert_eq!(lesson_title(&editor, Lang::Fr), Some("La souris"));
        editor.undo();
        assert_eq!(lesson_title(&editor, Lang::En), Some(""));
        assert_eq!(editor.to_translate, [1]);
        assert!(!editor.can_undo());
    }

    #[test]
    fn the_packs_own_texts_are_marked_and_counted_too() {
        let mut editor = editor_with_title("La souris", "The mouse");
        let before = editor.draft.clone();
        editor.draft.manifest.title = Some(RawText {
            fr: Some("Premiers pas".into()),
            en: Some("First steps".into()),
        });
        editor.edited(before, 0);
        // The description is empty in both languages: a problem, not a translation to check.
        assert_eq!(editor.pack_to_translate, 0);
        let before = editor.draft.clone();
        if let Some(title) = &mut editor.draft.manifest.title {
            title.fr = Some("Tout premiers pas".into());
        }
        editor.edited(before, 5_000);
        let title = FieldPath::root().key("title");
        assert!(editor.is_stale("pack.toml", &title, Lang::En));
        assert_eq!(editor.pack_to_translate, 1);
        // A text of the manifest is its own change for undo, the lesson's title another.
        set_title(&mut editor, Lang::En, "Mouse", 5_100);
        editor.undo();
        assert_eq!(lesson_title(&editor, Lang::En), Some("The mouse"));
        assert!(editor.is_stale("pack.toml", &title, Lang::En));
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
