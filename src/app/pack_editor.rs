//! The trainers' actions: the shelf of packs to write, the pack editor (its drafts kept
//! in the store as the trainer types), previews, pictures, GIFT files, and saving the
//! pack as files.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::AppError;
use super::PasserelleApp;
use super::files::FileWork;
use crate::file_dialog::{load_in_background, save_in_background, write_in_background};
use crate::model::{DraftUid, PackId, Text};
use crate::pack::draft::{LessonDraft, PackDraft};
use crate::pack::{PackFiles, builtin, load_files};
use crate::session::EditorAction;
use crate::session::{
    AgentView, EditorPart, LessonContent, LessonSession, PackEditor, PackShelf, PictureSlot, Route,
};

/// The files a trainer loads into the editor, besides pack files.
const GIFT_EXTENSIONS: &[&str] = &["gift", "txt"];

impl PasserelleApp {
    /// Whether the trainers' part of the leaders' area is open: unlocked, or a preview
    /// started from it.
    fn trainer_area_open(&self) -> bool {
        match &self.state.route {
            Route::Agent(view) => !view.is_locked(),
            Route::Lesson(session) => session.preview.is_some(),
            _ => false,
        }
    }

    pub(super) fn apply_pack_editor(&mut self, action: &EditorAction) -> Result<(), AppError> {
        if !self.trainer_area_open() {
            return Ok(());
        }
        match action {
            EditorAction::OpenPackShelf => self.show_shelf(None)?,
            EditorAction::NewPackDraft => {
                let uid = DraftUid::new_random();
                self.open_editor(PackEditor::new(uid, PackDraft::new("mon-pack"), BTreeSet::new()))?;
            }
            EditorAction::CopyBuiltinPack(index) => {
                let Some(files) = builtin::packs().into_iter().nth(*index) else {
                    return Ok(());
                };
                self.open_copy(&files)?;
            }
            EditorAction::OpenPackDraft(uid) => match self.store.draft(uid)? {
                Some(saved) => match PackEditor::from_saved(uid.clone(), saved) {
                    Ok(editor) => self.open_editor(editor)?,
                    Err(problems) => self.tell_problems(&problems),
                },
                None => self.show_shelf(None)?,
            },
            EditorAction::DeletePackDraft(uid) => self.show_shelf(Some(uid.clone()))?,
            EditorAction::ConfirmDeletePackDraft(delete) => {
                if let Route::Agent(AgentView::Packs(shelf)) = &self.state.route
                    && let Some(uid) = shelf.deleting.clone()
                    && *delete
                {
                    self.store.delete_draft(&uid)?;
                }
                self.show_shelf(None)?;
            }
            EditorAction::UndoPackEdit => {
                if let Some(editor) = &mut self.state.pack_editor {
                    editor.undo();
                }
                self.keep_draft()?;
            }
            EditorAction::ShowPackProblem(problem) => {
                if let Some(editor) = &mut self.state.pack_editor {
                    editor.show_problem(problem);
                }
            }
            EditorAction::TranslationStillRight(key) => {
                if let Some(editor) = &mut self.state.pack_editor {
                    editor.still_right(key);
                }
                self.keep_draft()?;
            }
            EditorAction::PreviewLesson(file) => self.preview(file),
            EditorAction::LeavePackEditor => {
                if let Some(editor) = &mut self.state.pack_editor {
                    if editor.unsaved {
                        editor.asking_to_leave = true;
                    } else {
                        self.leave_editor()?;
                    }
                }
            }
            EditorAction::ConfirmLeavePackEditor(leave) => {
                if *leave {
                    self.leave_editor()?;
                } else if let Some(editor) = &mut self.state.pack_editor {
                    editor.asking_to_leave = false;
                }
            }
            EditorAction::OpenPackFileToEdit
            | EditorAction::AddPicture(_)
            | EditorAction::ImportGiftLesson(_)
            | EditorAction::ExportGift(_)
            | EditorAction::SavePackFolder
            | EditorAction::SharePackFile => self.start_editor_file_job(action),
        }
        Ok(())
    }

    fn show_shelf(&mut self, deleting: Option<DraftUid>) -> Result<(), AppError> {
        let builtin = builtin::packs()
            .iter()
            .map(|files| {
                // Read, not checked: only the titles are needed.
                let draft = PackDraft::read(files).unwrap_or_default();
                Text::new(
                    draft.title(crate::model::Lang::Fr),
                    draft.title(crate::model::Lang::En),
                )
            })
            .collect();
        self.state.pack_editor = None;
        self.state.route = Route::Agent(AgentView::Packs(PackShelf {
            drafts: self.store.drafts()?,
            builtin,
            deleting,
        }));
        Ok(())
    }

    /// Opens a copy of a pack's files: a new draft, the pack itself never changes.
    fn open_copy(&mut self, files: &PackFiles) -> Result<(), AppError> {
        match PackDraft::read(files) {
            Ok(draft) => {
                let uid = DraftUid::new_random();
                let mut editor = PackEditor::new(uid, draft, BTreeSet::new());
                editor.draft_due = true;
                self.open_editor(editor)
            }
            Err(problems) => {
                self.tell_problems(&problems);
                Ok(())
            }
        }
    }

    fn open_editor(&mut self, editor: PackEditor) -> Result<(), AppError> {
        self.state.pack_editor = Some(Box::new(editor));
        self.state.route = Route::Agent(AgentView::EditPack);
        self.keep_draft()
    }

    fn leave_editor(&mut self) -> Result<(), AppError> {
        self.keep_draft()?;
        self.show_shelf(None)
    }

    /// Saves the draft into the store when it changed.
    pub(super) fn keep_draft(&mut self) -> Result<(), AppError> {
        if let Some(editor) = &mut self.state.pack_editor
            && editor.draft_due
        {
            self.store.save_draft(
                &editor.uid,
                &editor.draft.title(self.state.lang),
                &editor.saved(),
                crate::store::now(),
            )?;
            editor.draft_due = false;
        }
        Ok(())
    }

    /// Takes note of what the trainer changed in this frame, and keeps the draft.
    pub(super) fn after_editor_frame(&mut self, before: Option<PackDraft>, now_ms: u64) {
        if let (Some(before), Some(editor)) = (before, &mut self.state.pack_editor) {
            editor.edited(before, now_ms);
        }
        if let Err(e) = self.keep_draft() {
            self.tell(true, |tr| e.message(tr));
        }
    }

    /// Shows a lesson of the draft as a resident would see it, recording nothing.
    fn preview(&mut self, file: &str) {
        let Some(editor) = &self.state.pack_editor else {
            return;
        };
        let Some(lesson) = editor.draft.lessons.iter().find(|l| l.path() == file) else {
            return;
        };
        // The lesson alone with the manifest, glossary and media: other lessons' problems
        // do not stop its preview.
        let mut alone = editor.draft.clone();
        alone.lessons = vec![lesson.clone()];
        let root = editor.draft.root();
        match load_files(&alone.files(&root)) {
            Ok(pack) => {
                let Some(lesson) = pack.lessons.into_iter().next() else {
                    return;
                };
                let content = LessonContent {
                    pack: PackId(root),
                    lesson,
                    media: pack
                        .media
                        .into_iter()
                        .map(|(name, bytes)| (name, bytes.into()))
                        .collect(),
                    glossary: pack.glossary,
                };
                let mut session = LessonSession::preview(content, file.to_owned());
                session.sync_activity(self.state.lang);
                self.state.route = Route::Lesson(Box::new(session));
            }
            Err(problems) => {
                self.tell(true, |tr| {
                    tr.args("editor-preview-problems", &[("count", problems.len().into())])
                });
            }
        }
    }

    /// Back from a preview to the editor, on the lesson previewed.
    pub(super) fn end_preview(&mut self) -> bool {
        let Route::Lesson(session) = &self.state.route else {
            return false;
        };
        let Some(file) = &session.preview else {
            return false;
        };
        if let Some(editor) = &mut self.state.pack_editor
            && let Some(index) = editor.draft.lessons.iter().position(|l| l.path() == *file)
        {
            editor.part = EditorPart::Lesson(index);
        }
        self.state.route = Route::Agent(AgentView::EditPack);
        true
    }

    fn tell_problems(&mut self, problems: &[crate::pack::Problem]) {
        let lines: Vec<Text> = problems
            .iter()
            .take(5)
            .map(|p| self.i18n.both(|tr| p.message(tr)))
            .collect();
        self.state.notice = Some(super::file_loads::notice_of(&lines, true));
    }

    fn start_editor_file_job(&mut self, action: &EditorAction) {
        if self.file_job.is_some() {
            return;
        }
        let wake = {
            let ctx = self.ctx.clone();
            move || ctx.request_repaint()
        };
        let dialog = self.file_dialog.clone();
        let (job, kind) = match action {
            EditorAction::OpenPackFileToEdit => (
                load_in_background(dialog, &[crate::pack::archive::EXTENSION], wake),
                FileWork::PackToEdit,
            ),
            EditorAction::AddPicture(slot) => (
                load_in_background(dialog, &["png"], wake),
                FileWork::Picture(*slot),
            ),
            EditorAction::ImportGiftLesson(lang) => (
                load_in_background(dialog, GIFT_EXTENSIONS, wake),
                FileWork::Gift(*lang),
            ),
            EditorAction::ExportGift(lang) => {
                let Some(editor) = &self.state.pack_editor else {
                    return;
                };
                let root = editor.draft.root();
                // Only a pack that passes its checks goes out: Moodle would get a broken bank.
                let pack = match load_files(&editor.draft.files(&root)) {
                    Ok(pack) => pack,
                    Err(problems) => return self.tell_problems(&problems),
                };
                let (text, skipped) = crate::pack::gift_export::export(&pack, *lang);
                let name = format!("{root}-{}.gift", lang.code());
                (
                    save_in_background(dialog, name, text.into_bytes(), wake),
                    FileWork::GiftFile {
                        skipped: skipped.len(),
                    },
                )
            }
            EditorAction::SavePackFolder | EditorAction::SharePackFile => {
                let Some(editor) = &self.state.pack_editor else {
                    return;
                };
                let root = editor.draft.root();
                let files = editor.draft.files(&root);
                if matches!(action, EditorAction::SharePackFile) {
                    let Ok(bytes) = crate::pack::archive::build(&files) else {
                        return;
                    };
                    let version = editor.draft.manifest.version.clone().unwrap_or_default();
                    let name = format!("{root}-{version}.{}", crate::pack::archive::EXTENSION);
                    (save_in_background(dialog, name, bytes, wake), FileWork::PackFile)
                } else {
                    let write = move |path: &std::path::Path| {
                        crate::pack::save_folder::write_folder(path, &files).map_err(Into::into)
                    };
                    (
                        write_in_background(dialog, root, write, wake),
                        FileWork::PackFolder,
                    )
                }
            }
            _ => return,
        };
        self.file_job = Some(job);
        self.file_job_kind = kind;
        self.state.file_busy = true;
    }

    /// A file job of the editor ended with files read.
    pub(super) fn editor_files_loaded(
        &mut self,
        files: Vec<(PathBuf, Result<Vec<u8>, crate::file_read::FileError>)>,
    ) {
        let kind = self.file_job_kind.clone();
        for (path, bytes) in files {
            let shown = super::file_loads::shown_name(&path);
            let bytes = match bytes {
                Ok(bytes) => bytes,
                Err(error) => {
                    self.tell(true, |tr| format!("{shown}: {}", error.message(tr)));
                    continue;
                }
            };
            match kind {
                FileWork::PackToEdit => match crate::pack::archive::read(&bytes, &shown) {
                    Ok(files) => {
                        if let Err(e) = self.open_copy(&files) {
                            self.tell(true, |tr| e.message(tr));
                        }
                    }
                    Err(problem) => self.tell(true, |tr| problem.message(tr)),
                },
                FileWork::Picture(slot) => self.add_picture(slot, &shown, bytes),
                FileWork::Gift(lang) => self.add_gift_lesson(&path, &shown, &bytes, lang),
                _ => {}
            }
        }
    }

    fn add_picture(&mut self, slot: PictureSlot, shown: &str, bytes: Vec<u8>) {
        let Some(editor) = &mut self.state.pack_editor else {
            return;
        };
        let before = editor.draft.clone();
        match editor.draft.add_picture(shown, bytes) {
            Ok(name) => {
                editor.set_picture(slot, name);
                editor.edited(before, u64::MAX);
            }
            Err(problem) => self.tell(true, |tr| problem.message(tr)),
        }
    }

    fn add_gift_lesson(
        &mut self,
        path: &std::path::Path,
        shown: &str,
        bytes: &[u8],
        lang: crate::model::Lang,
    ) {
        let Some(editor) = &mut self.state.pack_editor else {
            return;
        };
        let Ok((text, _)) = crate::pack::text_encoding::decode(bytes) else {
            self.tell(true, |tr| {
                tr.args("editor-gift-not-utf8", &[("file", shown.into())])
            });
            return;
        };
        let gift = crate::pack::gift::parse(&text);
        let stem = path
            .file_stem()
            .map_or_else(|| "gift".to_owned(), |s| s.to_string_lossy().into_owned());
        // Those of the lesson shown, else the first ones: the trainer sets them after.
        let shown_lesson = match editor.part {
            EditorPart::Lesson(i) => editor.draft.lessons.get(i).map(|l| &l.lesson),
            EditorPart::Pack => None,
        };
        let competence = shown_lesson
            .and_then(|l| l.competence.as_deref())
            .and_then(crate::model::Competence::parse)
            .or_else(|| crate::model::Competence::all().next());
        let level = shown_lesson
            .and_then(|l| l.level)
            .and_then(crate::model::Level::new)
            .or_else(|| crate::model::Level::new(1));
        let (Some(competence), Some(level)) = (competence, level) else {
            return;
        };
        let destination = crate::pack::gift::Destination {
            lesson_id: crate::pack::gift::slug(&stem),
            title: stem,
            competence,
            level,
        };
        // One lesson per category of the bank.
        let lessons = crate::pack::gift::to_lessons(&gift, lang, None, &destination);
        let before = editor.draft.clone();
        for lesson in &lessons {
            let raw = crate::pack::write::raw_lesson(lesson).unwrap_or_default();
            let file = editor.draft.new_lesson_file();
            editor.draft.lessons.push(LessonDraft { file, lesson: raw });
        }
        editor.part = EditorPart::Lesson(editor.draft.lessons.len().saturating_sub(1));
        editor.edited(before, u64::MAX);
        let imported: usize = lessons.iter().map(|l| l.questions.len()).sum();
        let skipped = gift.not_imported.len();
        self.tell(skipped > 0, |tr| {
            let mut lines = vec![tr.args(
                "editor-gift-imported",
                &[("imported", imported.into()), ("skipped", skipped.into())],
            )];
            lines.extend(
                gift.changed
                    .iter()
                    .map(|(line, change)| tr.args(change.message_id(), &[("line", (*line).into())])),
            );
            lines.join("\n")
        });
    }

    /// A file job of the editor ended with a file written.
    pub(super) fn editor_file_saved(&mut self, ok: bool) {
        if let (true, FileWork::PackFolder, Some(editor)) =
            (ok, &self.file_job_kind, &mut self.state.pack_editor)
        {
            editor.unsaved = false;
            editor.saved_as_files = true;
            if editor.asking_to_leave
                && let Err(e) = self.leave_editor()
            {
                self.tell(true, |tr| e.message(tr));
            }
        }
    }
}
