//! Files from the screens: what each save writes (progress, tables, attestations,
//! documents, keys) and which files to load; the dialog and the writing run in the
//! background (see `file_dialog.rs`), and the result is told in a notice. What loaded
//! files do is in `file_loads.rs`.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::TryRecvError;

use super::AppError;
use super::PasserelleApp;
use crate::file_dialog::{
    Choice, EXTENSION, FileJob, load_in_background, save_in_background, write_in_background,
};
use crate::i18n::I18n;
use crate::model::{Lang, ResidentUid};
use crate::session::{AgentView, FileAction, Route};
use crate::store::now;

/// What a file job saves or loads.
#[derive(Clone, Debug)]
pub(super) enum FileWork {
    /// A progress file (saved or loaded).
    Progress,
    /// Pack files to install.
    Packs,
    /// A table for spreadsheets; for a long one, rows written out of how many.
    Table(Option<(Arc<AtomicU64>, u64)>),
    /// A document to read or print; the Fluent id of the message once saved.
    Document(&'static str),
    /// An attestation, with the letters of it no font on this PC could print.
    Attestation(String),
    /// A workshop's attestations in one PDF: how many, the letters no font on this PC
    /// could print, and how many residents keep their results to themselves (left out).
    Attestations {
        /// Pages saved.
        count: usize,
        /// Letters printed as blanks.
        missing: String,
        /// Residents left out.
        private: u32,
    },
    /// An attestation to check.
    AttestationCheck,
    /// Keys files whose structures to trust.
    KeysFile,
    /// A site's join file, to put this PC on the library network.
    JoinFile,
    /// A pack file to open in the pack editor.
    PackToEdit,
    /// A picture for a step or question of the pack being written.
    Picture(crate::session::PictureSlot),
    /// A GIFT file, written in this language, to add to the pack being written.
    Gift(Lang),
    /// The pack being written, saved as a folder of files.
    PackFolder,
    /// The pack being written, saved as one file to share.
    PackFile,
    /// The questions of the pack being written, saved as a GIFT file for Moodle; how many
    /// questions GIFT could not hold.
    GiftFile {
        /// Questions left out (fields, order, zone).
        skipped: usize,
    },
}

/// Whose progress a save writes, and how its file's name starts.
struct ProgressSave {
    /// The residents' unique ids; `None`: everyone.
    uids: Option<Vec<ResidentUid>>,
    /// The start of the file's name.
    stem: String,
}

/// A file job started, and what it does (for its message).
type StartedJob = (std::sync::mpsc::Receiver<crate::file_dialog::FileJob>, FileWork);

/// The tables for spreadsheets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Table {
    Residents,
    Answers,
    Workshops,
    /// Drafts of the Coop's activity reports, a workshop each.
    CraDrafts,
}

impl Table {
    /// The Fluent id of the file's name.
    fn file_name_id(self) -> &'static str {
        match self {
            Table::Residents => "csv-residents-file",
            Table::Answers => "csv-answers-file",
            Table::Workshops => "csv-workshops-file",
            Table::CraDrafts => "csv-cra-file",
        }
    }
}

impl PasserelleApp {
    pub(super) fn apply_files(&mut self, action: &FileAction) -> Result<(), AppError> {
        if self.file_job.is_some() {
            return Ok(()); // One dialog at a time.
        }
        let started = match action {
            FileAction::SaveMyProgress | FileAction::SaveEveryonesProgress => self.save_progress(action)?,
            FileAction::SaveAttestation => self.save_attestation()?,
            FileAction::SaveWorkshopAttestations => self.save_workshop_attestations()?,
            FileAction::SaveResidentData | FileAction::SaveMyData => self.save_person_data(action)?,
            FileAction::LoadProgress => Some((
                load_in_background(self.file_dialog.clone(), &[EXTENSION], self.wake()),
                FileWork::Progress,
            )),
            FileAction::CheckAttestation => Some((
                load_in_background(self.file_dialog.clone(), &["pdf"], self.wake()),
                FileWork::AttestationCheck,
            )),
            FileAction::SaveKeysFile => self.save_keys_file()?,
            FileAction::TrustKeysFile => Some((
                load_in_background(
                    self.file_dialog.clone(),
                    &[crate::store::key_file::EXTENSION],
                    self.wake(),
                ),
                FileWork::KeysFile,
            )),
            FileAction::JoinNetwork => Some((
                load_in_background(
                    self.file_dialog.clone(),
                    &[crate::network::join_file::EXTENSION],
                    self.wake(),
                ),
                FileWork::JoinFile,
            )),
            FileAction::AddPack => self.add_pack(),
            FileAction::ExportResidentsTable => self.export_table(Table::Residents)?,
            FileAction::ExportAnswersTable => self.export_table(Table::Answers)?,
            FileAction::ExportWorkshopsTable => self.export_table(Table::Workshops)?,
            FileAction::ExportCraDrafts => self.export_table(Table::CraDrafts)?,
            FileAction::ReplaceWithOlderPack(replace) => {
                self.answer_older_pack(*replace);
                return Ok(());
            }
            FileAction::LoadTickedFiles => self.load_ticked_files(),
            FileAction::OpenKnownFolder => {
                self.open_known_folder();
                None
            }
            FileAction::CancelFileChoice => {
                self.state.file_choice = None;
                None
            }
        };
        if let Some((job, kind)) = started {
            self.file_job = Some(job);
            self.file_job_kind = kind;
            self.state.file_busy = true;
        }
        Ok(())
    }

    /// Wakes the window when a background file job reports.
    fn wake(&self) -> impl Fn() + Send + 'static {
        let ctx = self.ctx.clone();
        move || ctx.request_repaint()
    }

    /// Saves the open resident's progress, or everyone's (leaders' area).
    fn save_progress(&self, action: &FileAction) -> Result<Option<StartedJob>, AppError> {
        let Some(ProgressSave { uids, stem }) = self.progress_to_save(action)? else {
            return Ok(None);
        };
        let file = self.store.export_progress(uids.as_deref())?;
        let name = format!("{stem}-{}.{EXTENSION}", today());
        let job = save_in_background(self.file_dialog.clone(), name, file.to_bytes(), self.wake());
        Ok(Some((job, FileWork::Progress)))
    }

    /// Saves the attestation (PDF) of the resident of the report.
    fn save_attestation(&self) -> Result<Option<StartedJob>, AppError> {
        let Route::Agent(AgentView::Resident(report)) = &self.state.route else {
            return Ok(None);
        };
        let summary = &report.summary;
        let names = (self.store.structure_name()?, self.store.leader_name()?);
        let (page, lang) = self.attestation_page(&summary.uid, &summary.name, &names, now())?;
        let pdf = crate::attestation::document(&self.i18n.tr(lang).t("attestation-title"), &[page]);
        let missing: String = pdf.missing.iter().collect();
        let name = format!(
            "attestation-{}-{}.pdf",
            crate::model::text_clean::file_safe(&summary.name),
            today()
        );
        let job = save_in_background(self.file_dialog.clone(), name, pdf.pdf, self.wake());
        Ok(Some((job, FileWork::Attestation(missing))))
    }

    /// Saves the attestations of the open workshop's residents who share their results
    /// (docs/privacy.md), each page in its resident's language, in one PDF to print at once.
    fn save_workshop_attestations(&self) -> Result<Option<StartedJob>, AppError> {
        let Route::Agent(AgentView::Workshop(report)) = &self.state.route else {
            return Ok(None);
        };
        if report.members.is_empty() {
            return Ok(None);
        }
        let names = (self.store.structure_name()?, self.store.leader_name()?);
        let issued_at = now();
        let mut pages = Vec::with_capacity(report.members.len());
        for member in &report.members {
            pages.push(
                self.attestation_page(&member.uid, &member.name, &names, issued_at)?
                    .0,
            );
        }
        let tr = self.i18n.tr(self.state.lang);
        let pdf = crate::attestation::document(&tr.t("attestation-title"), &pages);
        let name = format!(
            "{}-{}-{}.pdf",
            tr.t("workshop-attestations-file"),
            crate::model::text_clean::file_safe(&report.workshop.title),
            today()
        );
        let work = FileWork::Attestations {
            count: pages.len(),
            missing: pdf.missing.iter().collect(),
            private: report.private_members,
        };
        let job = save_in_background(self.file_dialog.clone(), name, pdf.pdf, self.wake());
        Ok(Some((job, work)))
    }

    /// The attestation page of the resident `uid` called `name`, with the structure's and
    /// the leader's `names`, signed with the structure's key when the area holds it; in the
    /// resident's language when known, else the screen's (which it returns).
    fn attestation_page(
        &self,
        uid: &ResidentUid,
        name: &str,
        (structure, leader): &(String, String),
        issued_at: i64,
    ) -> Result<(crate::attestation::PageContent, Lang), AppError> {
        let lessons = self.store.finished_lessons(uid)?;
        let lang = self.store.resident_language(uid)?.unwrap_or(self.state.lang);
        let attestation = crate::attestation::Attestation {
            name,
            structure,
            leader,
            lessons: &lessons,
            issued_at,
        };
        Ok((
            attestation.page(&self.i18n.tr(lang), self.structure_key.as_ref()),
            lang,
        ))
    }

    /// Reads the files ticked in the known folder's list, for the work that listed them.
    fn load_ticked_files(&mut self) -> Option<StartedJob> {
        let files = self.state.file_choice.take()?.ticked();
        if files.is_empty() {
            return None;
        }
        Some((
            crate::file_dialog::read_in_background(files, self.wake()),
            self.file_job_kind.clone(),
        ))
    }

    /// Opens the known folder in the PC's file manager (made first if it is not there
    /// yet), so that a file can be put there from a USB key; says so when it cannot.
    fn open_known_folder(&mut self) {
        let Some(folder) = self.state.file_choice.as_ref().map(|c| c.folder.clone()) else {
            return;
        };
        let opened = std::fs::create_dir_all(&folder).and_then(|()| {
            let program = if cfg!(windows) {
                "explorer"
            } else if cfg!(target_os = "macos") {
                "open"
            } else {
                "xdg-open"
            };
            std::process::Command::new(program)
                .arg(&folder)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .map(drop)
        });
        if let Err(e) = opened {
            let shown = folder.display().to_string();
            self.tell(true, |tr| {
                tr.args(
                    "file-choice-not-opened",
                    &[
                        ("folder", shown.as_str().into()),
                        ("detail", crate::i18n::io_message(&e, tr).into()),
                    ],
                )
            });
        }
    }

    /// Saves the keys this PC knows as a keys file for other structures (leaders' area);
    /// says what is missing when the structure has no name yet.
    fn save_keys_file(&mut self) -> Result<Option<StartedJob>, AppError> {
        if !matches!(self.state.route, Route::Agent(AgentView::Open { .. })) {
            return Ok(None);
        }
        let Some(text) = self.store.keys_file()? else {
            self.tell(true, |tr| tr.t("attestation-keys-no-name"));
            return Ok(None);
        };
        let name = format!(
            "{}-{}.{}",
            self.i18n.tr(self.state.lang).t("attestation-keys-name"),
            today(),
            crate::store::key_file::EXTENSION
        );
        let job = save_in_background(self.file_dialog.clone(), name, text.into_bytes(), self.wake());
        Ok(Some((job, FileWork::Document("attestation-keys-saved"))))
    }

    /// Saves everything kept about a person as a page (their right of access): the
    /// resident of the report (leaders), or the open resident ("My progress").
    fn save_person_data(&self, action: &FileAction) -> Result<Option<StartedJob>, AppError> {
        let uid = match (action, &self.state.route, &self.state.resident) {
            (FileAction::SaveResidentData, Route::Agent(AgentView::Resident(report)), _) => {
                report.summary.uid.clone()
            }
            (FileAction::SaveMyData, _, Some(resident)) => self.store.resident_uid(resident.id)?,
            _ => return Ok(None),
        };
        let Some(data) = self.store.person_data(&uid)? else {
            return Ok(None);
        };
        // In the person's own language: it is their document.
        let tr = self.i18n.tr(data.resident.lang);
        let page = crate::access_document::html(&data, &self.store.structure_name()?, now(), &tr);
        let name = format!(
            "{}-{}-{}.html",
            crate::model::text_clean::file_safe(&data.resident.name),
            tr.t("access-file"),
            today()
        );
        let job = save_in_background(self.file_dialog.clone(), name, page.into_bytes(), self.wake());
        Ok(Some((job, FileWork::Document("access-saved"))))
    }

    /// Asks for pack files to install (leaders' area).
    fn add_pack(&self) -> Option<StartedJob> {
        if !matches!(self.state.route, Route::Agent(AgentView::Open { .. })) {
            return None;
        }
        let extensions = &[crate::pack::archive::EXTENSION];
        Some((
            load_in_background(self.file_dialog.clone(), extensions, self.wake()),
            FileWork::Packs,
        ))
    }

    /// Saves a table for a spreadsheet, from the screen that offers it, written on a
    /// connection of its own so that the window stays free.
    fn export_table(&self, table: Table) -> Result<Option<StartedJob>, AppError> {
        if !matches!(
            (&self.state.route, table),
            (
                Route::Agent(AgentView::Open { .. }),
                Table::Residents | Table::Answers
            ) | (
                Route::Agent(AgentView::Workshops(_)),
                Table::Workshops | Table::CraDrafts
            )
        ) {
            return Ok(None);
        }
        let reader = self.store.reopen_read_only()?;
        let lang = self.state.lang;
        let done = Arc::new(AtomicU64::new(0));
        let counter = done.clone();
        let total = if table == Table::Answers {
            reader.shared_answer_count()?
        } else {
            0
        };
        let name = format!("{}-{}.csv", self.i18n.tr(lang).t(table.file_name_id()), today());
        let write = move |path: &std::path::Path| {
            let i18n = I18n::new();
            let tr = i18n.tr(lang);
            let mut file = std::fs::File::create(path)?;
            let written = match table {
                Table::Answers => reader.answers_csv(&tr, &mut file, &counter),
                Table::Residents => reader.residents_csv(&tr, &mut file),
                Table::Workshops => reader.workshops_csv(&tr, &mut file),
                Table::CraDrafts => reader.cra_csv(&tr, &mut file),
            };
            written.map_err(|e| crate::file_read::FileError::Said(e.message(&tr)))
        };
        let job = write_in_background(self.file_dialog.clone(), name, write, self.wake());
        Ok(Some((
            job,
            FileWork::Table((table == Table::Answers).then_some((done, total))),
        )))
    }

    /// Whose progress a save action saves (`None`: everyone's) and the file name's start;
    /// `None` when the screen shown does not offer that save.
    fn progress_to_save(&self, action: &FileAction) -> Result<Option<ProgressSave>, AppError> {
        Ok(match (action, &self.state.route) {
            (FileAction::SaveMyProgress, _) => match &self.state.resident {
                Some(resident) => Some(ProgressSave {
                    uids: Some(vec![self.store.resident_uid(resident.id)?]),
                    stem: crate::model::text_clean::file_safe(&resident.name),
                }),
                None => None,
            },
            // Only the residents who share their results (docs/privacy.md); the others
            // carry their own progress with "Save my progress".
            (FileAction::SaveEveryonesProgress, Route::Agent(AgentView::Open { .. })) => Some(ProgressSave {
                uids: Some(self.store.sharing_resident_uids()?),
                stem: "passerelle".to_owned(),
            }),
            _ => None,
        })
    }

    /// Tells where a file was saved, or why it was not.
    fn tell_saved(&mut self, choice: &Choice, error: Option<&crate::file_read::FileError>) {
        // The same words whether the person chose the place or no dialog could
        // open (the file then went to the known folder): the path says where.
        let (Choice::Chosen(path) | Choice::KnownFolder(path)) = choice;
        let key = match &self.file_job_kind {
            FileWork::PackFolder => "editor-saved-folder",
            FileWork::PackFile => "editor-saved-file",
            FileWork::GiftFile { .. } => "editor-saved-gift",
            // The other kinds of pack work only load files.
            FileWork::Progress
            | FileWork::Packs
            | FileWork::PackToEdit
            | FileWork::Picture(_)
            | FileWork::Gift(_)
            | FileWork::AttestationCheck
            | FileWork::KeysFile
            | FileWork::JoinFile => "exchange-saved",
            FileWork::Table(_) => "csv-saved",
            FileWork::Document(key) => key,
            FileWork::Attestation(missing) if missing.is_empty() => "attestation-saved",
            FileWork::Attestation(_) => "attestation-saved-missing",
            FileWork::Attestations { missing, .. } if missing.is_empty() => "workshop-attestations-saved",
            FileWork::Attestations { .. } => "workshop-attestations-saved-missing",
        };
        let path = path.display().to_string();
        self.editor_file_saved(error.is_none());
        match error {
            None => {
                if let (Choice::Chosen(p) | Choice::KnownFolder(p), Some(data)) = (&choice, self.data_dir()) {
                    crate::store::erasure::log_export(&data, p);
                }
                let skipped = match self.file_job_kind {
                    FileWork::GiftFile { skipped } => skipped,
                    _ => 0,
                };
                let (missing, count, private) = match &self.file_job_kind {
                    FileWork::Attestation(missing) => (missing.clone(), 1, 0),
                    FileWork::Attestations {
                        count,
                        missing,
                        private,
                    } => (missing.clone(), *count, *private),
                    _ => (String::new(), 0, 0),
                };
                self.tell(!missing.is_empty(), |tr| {
                    tr.args(
                        key,
                        &[
                            ("path", path.as_str().into()),
                            ("skipped", skipped.into()),
                            ("missing", missing.as_str().into()),
                            ("count", count.into()),
                            ("private", private.into()),
                        ],
                    )
                });
            }
            Some(error) => self.tell(true, |tr| {
                tr.args(
                    "exchange-not-saved",
                    &[
                        ("path", path.as_str().into()),
                        ("detail", error.message(tr).into()),
                    ],
                )
            }),
        }
    }

    /// Shows the result of a background file job once it is done.
    pub(super) fn poll_file_job(&mut self) {
        let Some(job) = &self.file_job else {
            return;
        };
        let job = match job.try_recv() {
            Ok(job) => job,
            Err(TryRecvError::Empty) => {
                if let FileWork::Table(Some((done, total))) = &self.file_job_kind {
                    #[allow(clippy::cast_precision_loss)]
                    let fraction = done.load(Ordering::Relaxed) as f32 / (*total).max(1) as f32;
                    self.state.export_progress = Some(fraction.min(1.0));
                    self.ctx
                        .request_repaint_after(std::time::Duration::from_millis(100));
                }
                return;
            }
            Err(TryRecvError::Disconnected) => FileJob::Cancelled,
        };
        self.file_job = None;
        self.state.file_busy = false;
        self.state.export_progress = None;
        match job {
            FileJob::Cancelled => {}
            FileJob::Saved { choice, error } => self.tell_saved(&choice, error.as_ref()),
            FileJob::Listed { folder, files } => {
                let on_page = self.state.screen_page();
                self.state.file_choice = Some(crate::session::FileChoice::new(folder, files, on_page));
            }
            FileJob::Loaded(files) if matches!(self.file_job_kind, FileWork::Packs) => {
                self.install_files(files);
            }
            FileJob::Loaded(files) if matches!(self.file_job_kind, FileWork::AttestationCheck) => {
                self.check_attestation(files);
            }
            FileJob::Loaded(files) if matches!(self.file_job_kind, FileWork::KeysFile) => {
                self.trust_key_files(files);
            }
            FileJob::Loaded(files) if matches!(self.file_job_kind, FileWork::JoinFile) => {
                if let Err(e) = self.join_network_file(files) {
                    self.tell(true, |tr| e.message(tr));
                }
            }
            FileJob::Loaded(files)
                if matches!(
                    self.file_job_kind,
                    FileWork::PackToEdit | FileWork::Picture(_) | FileWork::Gift(_)
                ) =>
            {
                self.editor_files_loaded(files);
            }
            FileJob::Loaded(files) => self.merge_files(files),
        }
    }

    /// Tells that a resident was deleted.
    /// Tells what an erasure did: the store, the backups, and the files saved earlier
    /// that are still on the PC (for the leader to delete).
    pub(super) fn tell_erased(&mut self, name: &str, erasure: &crate::store::erasure::Erasure) {
        self.tell(false, |tr| {
            let mut lines = vec![tr.args(
                "agent-erased",
                &[
                    ("name", name.into()),
                    ("rewritten", erasure.backups_rewritten.into()),
                    ("deleted", erasure.backups_deleted.into()),
                ],
            )];
            if !erasure.exported_files.is_empty() {
                lines.push(tr.args(
                    "agent-erased-files",
                    &[("count", erasure.exported_files.len().into())],
                ));
                lines.extend(erasure.exported_files.iter().map(|p| p.display().to_string()));
            }
            lines.join("\n")
        });
    }

    /// The data folder, when this app runs on one (not in tests of a lone store).
    pub(super) fn data_dir(&self) -> Option<std::path::PathBuf> {
        self.backup_dir
            .as_deref()
            .and_then(std::path::Path::parent)
            .map(std::path::Path::to_path_buf)
    }

    /// Tells that the structure's name is kept.
    pub(super) fn tell_structure_saved(&mut self) {
        self.tell(false, |tr| tr.t("agent-structure-saved"));
    }
}

/// Today on this PC, as `yyyy-mm-dd`, for file names.
fn today() -> String {
    crate::model::calendar::Day::today().iso()
}
