//! The pretend file explorer: find the file just downloaded, give it a clear name, put
//! it in the right folder, then attach it to a message and send it.

use crate::model::{FilesTask, Lang, matching::fold};

/// The folders of the pretend explorer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Folder {
    /// Where downloaded files land.
    Downloads,
    /// Documents.
    Documents,
    /// Pictures.
    Pictures,
    /// The folder the task names (e.g. "Bills").
    Task,
}

impl Folder {
    /// Every folder, in the order listed.
    pub const ALL: [Folder; 4] = [
        Folder::Downloads,
        Folder::Documents,
        Folder::Pictures,
        Folder::Task,
    ];
}

/// A file of the pretend explorer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskFile {
    /// Its name without the extension.
    pub stem: String,
    /// Its extension with the dot (`.pdf`), or nothing.
    pub extension: String,
    /// Where it is.
    pub folder: Folder,
}

impl TaskFile {
    fn new(name: &str, folder: Folder) -> Self {
        let (stem, extension) = match name.rfind('.') {
            Some(dot) if dot > 0 => (&name[..dot], &name[dot..]),
            _ => (name, ""),
        };
        Self {
            stem: stem.to_owned(),
            extension: extension.to_owned(),
            folder,
        }
    }

    /// Its whole name.
    pub fn name(&self) -> String {
        format!("{}{}", self.stem, self.extension)
    }
}

/// What the resident has done in the explorer. File 0 is the task's file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilesRun {
    /// Every file; the task's file first.
    pub files: Vec<TaskFile>,
    /// The folder shown.
    pub folder: Folder,
    /// The file selected, if any.
    pub selected: Option<usize>,
    /// The new name being typed, while renaming the selected file.
    pub renaming: Option<String>,
    /// The "move to" folders are shown.
    pub moving: bool,
    /// The message is being written.
    pub writing: bool,
    /// The message's recipient.
    pub to: String,
    /// The file attached to the message.
    pub attached: Option<usize>,
    /// The task's file was found (selected once).
    pub found: bool,
}

/// Why the message sent does not do the last part of the task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendProblem {
    /// No file attached.
    NoFile,
    /// Another file attached (its name).
    OtherFile(String),
    /// No address typed.
    NoAddress,
    /// An address other than the one asked for (as typed).
    WrongAddress(String),
}

/// The task's file is always the first.
const TASK_FILE: usize = 0;

impl FilesRun {
    /// The explorer at the start: the downloaded file among others in Downloads.
    pub fn new(task: &FilesTask, lang: Lang) -> Self {
        let mut files = vec![TaskFile::new(task.file.get(lang), Folder::Downloads)];
        files.extend(
            task.other_files
                .iter()
                .map(|f| TaskFile::new(f.get(lang), Folder::Downloads)),
        );
        Self {
            files,
            folder: Folder::Documents,
            selected: None,
            renaming: None,
            moving: false,
            writing: false,
            to: String::new(),
            attached: None,
            found: false,
        }
    }

    /// Shows a folder.
    pub fn open_folder(&mut self, folder: Folder) {
        self.folder = folder;
        self.selected = None;
        self.renaming = None;
        self.moving = false;
    }

    /// The files of the folder shown, with their index.
    pub fn shown(&self) -> impl Iterator<Item = (usize, &TaskFile)> {
        self.files
            .iter()
            .enumerate()
            .filter(|(_, f)| f.folder == self.folder)
    }

    /// Selects a file.
    pub fn select(&mut self, index: usize) {
        self.selected = Some(index);
        self.renaming = None;
        self.moving = false;
        if index == TASK_FILE {
            self.found = true;
        }
    }

    /// Starts renaming the selected file.
    pub fn start_rename(&mut self) {
        if let Some(file) = self.selected.and_then(|i| self.files.get(i)) {
            self.renaming = Some(file.stem.clone());
        }
    }

    /// Gives the selected file the name typed (its extension stays).
    pub fn confirm_rename(&mut self) {
        let (Some(index), Some(name)) = (self.selected, self.renaming.take()) else {
            return;
        };
        let name = name.trim();
        if let Some(file) = self.files.get_mut(index)
            && !name.is_empty()
        {
            name.clone_into(&mut file.stem);
        }
    }

    /// Moves the selected file to `folder`.
    pub fn move_to(&mut self, folder: Folder) {
        if let Some(file) = self.selected.and_then(|i| self.files.get_mut(i)) {
            file.folder = folder;
        }
        self.moving = false;
        self.selected = None;
    }

    /// Attaches the selected file to the message.
    pub fn attach_selected(&mut self) {
        if self.selected.is_some() {
            self.attached = self.selected;
        }
    }

    /// The parts of the task, in order: found, renamed, moved, and (when the task has a
    /// recipient) sent to the right person with the file attached.
    pub fn parts_done(&self, task: &FilesTask) -> Vec<bool> {
        let file = &self.files[TASK_FILE];
        let stem = fold(&file.stem);
        let renamed = stem == fold(&task.rename_to.fr) || stem == fold(&task.rename_to.en);
        let moved = file.folder == Folder::Task;
        let mut parts = vec![self.found, renamed, moved];
        if let Some(recipient) = &task.recipient {
            parts.push(self.attached == Some(TASK_FILE) && fold(&self.to) == fold(recipient));
        }
        parts
    }

    /// What is wrong with the message sent, when its part of the task is not done.
    pub fn send_problem(&self, task: &FilesTask) -> Option<SendProblem> {
        if task.recipient.is_none() || self.parts_done(task).get(3) == Some(&true) {
            return None;
        }
        Some(match self.attached {
            None => SendProblem::NoFile,
            Some(i) if i != TASK_FILE => {
                SendProblem::OtherFile(self.files.get(i).map(TaskFile::name).unwrap_or_default())
            }
            Some(_) if self.to.trim().is_empty() => SendProblem::NoAddress,
            Some(_) => SendProblem::WrongAddress(self.to.trim().to_owned()),
        })
    }

    /// Success, parts done, parts not done; for a task that ends with a message, only
    /// once the message is being written.
    pub fn score(&self, task: &FilesTask) -> Option<(bool, u32, u32)> {
        if task.recipient.is_some() && !self.writing {
            return None;
        }
        let parts = self.parts_done(task);
        let count = |done: bool| u32::try_from(parts.iter().filter(|d| **d == done).count()).unwrap_or(0);
        Some((!parts.contains(&false), count(true), count(false)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    fn task() -> FilesTask {
        FilesTask {
            file: Text::new("scan_0412.pdf", "scan_0412.pdf"),
            rename_to: Text::new("Facture électricité mars", "Electricity bill March"),
            folder: Text::new("Factures", "Bills"),
            other_files: vec![Text::new("photo.png", "photo.png")],
            recipient: Some("mairie@ville.example".into()),
        }
    }

    #[test]
    fn the_whole_task_done_in_order() {
        let task = task();
        let mut run = FilesRun::new(&task, Lang::Fr);
        assert_eq!(run.shown().count(), 0, "Documents is empty at first");
        run.open_folder(Folder::Downloads);
        assert_eq!(run.shown().count(), 2);
        run.select(0);
        run.start_rename();
        assert_eq!(run.renaming.as_deref(), Some("scan_0412"));
        run.renaming = Some("facture electricite mars".into());
        run.confirm_rename();
        assert_eq!(run.files[0].name(), "facture electricite mars.pdf");
        run.move_to(Folder::Task);
        assert_eq!(run.score(&task), None, "no message yet");
        run.writing = true;
        run.to = "Mairie@ville.example".into();
        run.open_folder(Folder::Task);
        run.select(0);
        run.attach_selected();
        assert_eq!(run.score(&task), Some((true, 4, 0)));
    }

    #[test]
    fn the_wrong_file_or_no_rename_is_counted() {
        let task = task();
        let mut run = FilesRun::new(&task, Lang::En);
        run.open_folder(Folder::Downloads);
        run.select(1);
        run.attach_selected();
        run.writing = true;
        run.to = "mairie@ville.example".into();
        assert_eq!(run.parts_done(&task), [false, false, false, false]);
        assert_eq!(run.score(&task), Some((false, 0, 4)));
    }

    #[test]
    fn a_message_sent_wrong_says_what_to_fix() {
        let task = task();
        let mut run = FilesRun::new(&task, Lang::Fr);
        assert_eq!(run.send_problem(&task), Some(SendProblem::NoFile));
        run.attached = Some(TASK_FILE);
        assert_eq!(run.send_problem(&task), Some(SendProblem::NoAddress));
        run.to = " marie@exemple.fr ".into();
        assert_eq!(
            run.send_problem(&task),
            Some(SendProblem::WrongAddress("marie@exemple.fr".into()))
        );
        run.to = task.recipient.clone().expect("a recipient");
        assert_eq!(run.send_problem(&task), None);
    }
}
