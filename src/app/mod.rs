//! The one place that sees everything: it draws the UI, then applies the action the
//! resident asked for to the session and the store.

mod agent;
mod card_code;
mod files;
mod pack_editor;
mod path;
mod workshops;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::i18n::{I18n, Tr};
use crate::model::idle::{IdleState, IdleWatch};
use crate::model::{DisplaySettings, LessonId, LessonPhase, PackId, QuestionKind};
use crate::session::{
    Action, AgentView, AppState, HomeView, LessonContent, LessonSession, Notice, Place, ProfileCards,
    ProfileDraft, Route,
};
use crate::speech::Speaker;
use crate::store::{ActivityRecord, AnswerRecord, Store, StoreError};
use crate::ui;

/// Passerelle's window.
pub struct PasserelleApp {
    store: Store,
    i18n: I18n,
    state: AppState,
    /// The display settings last applied to egui, to notice changes (including Ctrl +/−).
    applied: DisplaySettings,
    /// The system's voice, when this PC has one.
    speaker: Option<Box<dyn Speaker>>,
    /// Where daily backups go (none in tests that do not ask for them).
    backup_dir: Option<PathBuf>,
    /// Called once the first frame is drawn.
    first_frame: Option<FirstFrame>,
    /// The background check of the store, until it reports.
    store_check: Option<std::sync::mpsc::Receiver<bool>>,
    /// Watches for activity during a resident's session.
    idle: Option<IdleWatch>,
    /// Where files are saved and loaded.
    file_dialog: std::sync::Arc<dyn crate::file_dialog::FileDialog>,
    /// A file dialog open in the background, until it reports.
    file_job: Option<std::sync::mpsc::Receiver<crate::file_dialog::FileJob>>,
    /// What the file job saves, for its message; and for a long export, rows written
    /// out of how many.
    file_job_kind: files::FileWork,
    /// The bytes of a pack file holding an older version, waiting for the leader's answer.
    older_pack_bytes: Option<Vec<u8>>,
    /// The egui context, to wake the window when background work ends.
    ctx: egui::Context,
}

/// Work to do once the window has drawn its first frame.
pub type FirstFrame = Box<dyn FnOnce(&egui::Context)>;

/// What the app is started with, besides its store.
#[derive(Default)]
pub struct Startup {
    /// A message to show first (a restored backup, a pack that could not be updated…).
    pub notice: Option<Notice>,
    /// The system's voice, when the PC has one.
    pub speaker: Option<Box<dyn Speaker>>,
    /// Where to keep daily backups of the store.
    pub backup_dir: Option<PathBuf>,
    /// Called once the first frame is drawn (the window works).
    pub first_frame: Option<FirstFrame>,
    /// The result of the store's full check, running in the background: `false` when it
    /// found damage.
    pub store_check: Option<std::sync::mpsc::Receiver<bool>>,
    /// Where files are saved and loaded (default: a `passerelle-files` folder in the
    /// system's temporary folder, for tests).
    pub file_dialog: Option<std::sync::Arc<dyn crate::file_dialog::FileDialog>>,
}

impl PasserelleApp {
    /// Sets up the look of `ctx` and opens the profile cards.
    pub fn new(ctx: &egui::Context, store: Store, startup: Startup) -> Self {
        let Startup {
            notice,
            speaker,
            backup_dir,
            first_frame,
            store_check,
            file_dialog,
        } = startup;
        egui_extras::install_image_loaders(ctx);
        let i18n = I18n::new();
        let lang = store.language().ok().flatten().unwrap_or_default();
        let display = store.display().unwrap_or_default();
        let residents = store.residents().unwrap_or_else(|e| {
            log::error!("{e}");
            Vec::new()
        });
        let mut state = AppState::new(lang, display, residents);
        if let Route::Profiles(cards) = &mut state.route {
            cards.by_initial = store.cards_by_initial().unwrap_or(false);
        }
        state.session_timeout_minutes = store
            .session_timeout_minutes()
            .unwrap_or(state.session_timeout_minutes);
        state.notice = notice;
        state.can_listen = speaker.as_ref().is_some_and(|s| s.can_speak());
        state.can_play = speaker.as_ref().is_some_and(|s| s.can_play());
        apply_display(ctx, display);
        Self {
            store,
            i18n,
            state,
            applied: display,
            speaker,
            backup_dir,
            first_frame,
            store_check,
            idle: None,
            file_dialog: file_dialog.unwrap_or_else(|| {
                std::sync::Arc::new(crate::file_dialog::KnownFolder(
                    std::env::temp_dir().join("passerelle-files"),
                ))
            }),
            file_job: None,
            file_job_kind: files::FileWork::Progress,
            older_pack_bytes: None,
            ctx: ctx.clone(),
        }
    }

    /// What is shown, for tests.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The store, for tests that make it misbehave (full, read-only).
    pub fn store_for_tests(&mut self) -> &mut Store {
        &mut self.store
    }

    /// What is shown, for tests that fill in drafts as the UI would.
    pub fn state_mut(&mut self) -> &mut AppState {
        &mut self.state
    }

    /// Applies one action. A store error is shown as a notice and nothing is half-done:
    /// in particular, an answer's feedback appears only once the answer is saved.
    pub fn apply(&mut self, action: Action) {
        if let Err(error) = self.try_apply(action) {
            log::error!("{error}");
            self.tell(true, |tr| error.message(tr));
        }
    }

    fn try_apply(&mut self, action: Action) -> Result<(), StoreError> {
        if let Some(speaker) = &mut self.speaker {
            // Whatever the resident does next, the reading of the old screen stops.
            speaker.stop();
        }
        match action {
            Action::Listen(text) => {
                if let Some(speaker) = &mut self.speaker {
                    speaker.speak(&text, self.state.lang);
                }
            }
            Action::Play(recording) => {
                if let Some(speaker) = &mut self.speaker {
                    speaker.play(&recording);
                }
            }
            Action::SetLanguage(lang) => {
                self.state.lang = lang;
                self.store.set_language(lang)?;
                if let Some(resident) = &mut self.state.resident {
                    resident.lang = lang;
                    self.store.touch_resident(resident.id, lang)?;
                }
            }
            Action::ToggleDisplaySettings => {
                self.state.display_settings_open = !self.state.display_settings_open;
            }
            Action::SetTextSize(percent) => {
                let display = DisplaySettings {
                    text_percent: DisplaySettings::clamp_text(i64::from(percent)),
                    ..self.state.display
                };
                self.set_display(display)?;
            }
            Action::SetHighContrast(high_contrast) => {
                self.set_display(DisplaySettings {
                    high_contrast,
                    ..self.state.display
                })?;
            }
            Action::SetEasyText(easy_text) => {
                self.set_display(DisplaySettings {
                    easy_text,
                    ..self.state.display
                })?;
            }
            Action::DismissNotice => self.state.notice = None,
            Action::NewProfile => self.state.route = Route::NewProfile(ProfileDraft::default()),
            Action::CancelNewProfile => self.show_profiles()?,
            Action::ChangeProfile => {
                // What was said to this resident is not left for the next one.
                self.state.notice = None;
                self.show_profiles()?;
                self.backup_if_due();
            }
            Action::CreateProfile => {
                let Route::NewProfile(draft) = &mut self.state.route else {
                    return Ok(());
                };
                let Some(name) = draft.clean_name() else {
                    draft.name_missing = true;
                    return Ok(());
                };
                let shares = draft.shares_results;
                let mut resident =
                    self.store
                        .create_resident(&name, draft.avatar(), self.state.lang, self.state.display)?;
                if shares {
                    self.store.set_shares_results(resident.id, true)?;
                    resident.shares_results = true;
                }
                self.state.resident = Some(resident);
                self.show_home()?;
            }
            Action::PickResident(_)
            | Action::PickCodePicture(_)
            | Action::EraseCodePicture
            | Action::CancelCardCode
            | Action::ChooseCardCode
            | Action::RemoveMyCardCode
            | Action::ResetCardCode(_)
            | Action::SetCardsByInitial(_) => self.apply_card_code(&action)?,
            Action::GoHome => {
                if !self.end_preview() {
                    self.show_home()?;
                }
            }
            Action::OpenLesson { pack, lesson } => self.open_lesson(&pack, &lesson, false)?,
            Action::RetakeLesson => {
                if let Route::Lesson(session) = &self.state.route
                    && let Some(index) = session.preview
                {
                    self.apply_pack_editor(&Action::PreviewLesson(index))?;
                } else if let Route::Lesson(session) = &self.state.route {
                    let (pack, lesson) = (session.pack.clone(), session.lesson.id.clone());
                    self.open_lesson(&pack, &lesson, true)?;
                }
            }
            Action::NextStep | Action::PreviousStep => self.move_in_lesson(&action)?,
            Action::NextQuestion | Action::SubmitAnswer if !matches!(self.state.route, Route::Lesson(_)) => {
                self.apply_path(&action)?;
            }
            Action::NextQuestion => self.move_in_lesson(&action)?,
            Action::SubmitAnswer => self.submit_answer()?,
            Action::ReplaceWithOlderPack(replace) => self.answer_older_pack(replace)?,
            Action::StartPositioning | Action::StartReview | Action::OpenMyProgress => {
                self.apply_path(&action)?
            }
            Action::CheckActivity => self.check_activity()?,
            Action::OpenAgentArea
            | Action::ChooseAgentPin
            | Action::UnlockAgentArea
            | Action::StartPinRecovery
            | Action::RecoveryCodeNoted
            | Action::ChangeAgentPin
            | Action::CloseAgentArea
            | Action::BackToResidents
            | Action::OpenResidentReport(_)
            | Action::AskDeleteResident
            | Action::ConfirmDeleteResident
            | Action::SaveStructureName
            | Action::SaveResidentNote
            | Action::RenameResident
            | Action::StartMergeResident
            | Action::ChooseMergeResident(_)
            | Action::ConfirmMergeResident => self.apply_agent(&action)?,
            Action::OpenWorkshops
            | Action::NewWorkshop
            | Action::EditWorkshop
            | Action::SaveWorkshop
            | Action::OpenWorkshop(_)
            | Action::SetAttendance { .. } => self.apply_workshops(&action)?,
            Action::SetSessionTimeout(minutes) => {
                self.store.set_session_timeout_minutes(minutes)?;
                self.state.session_timeout_minutes = minutes;
            }
            // The click itself was activity: the countdown stops.
            Action::StillHere => self.state.closing_in = None,
            Action::SaveMyProgress
            | Action::SaveEveryonesProgress
            | Action::LoadProgress
            | Action::ExportResidentsTable
            | Action::ExportAnswersTable
            | Action::ExportWorkshopsTable
            | Action::AddPack
            | Action::SaveResidentData
            | Action::SaveMyData
            | Action::SaveAttestation => {
                self.apply_files(&action)?;
            }
            Action::SetSharesResults(shares) => {
                if let Some(resident) = &mut self.state.resident {
                    self.store.set_shares_results(resident.id, shares)?;
                    resident.shares_results = shares;
                }
            }
            Action::OpenPackShelf
            | Action::NewPackDraft
            | Action::CopyBuiltinPack(_)
            | Action::OpenPackFileToEdit
            | Action::OpenPackDraft(_)
            | Action::DeletePackDraft(_)
            | Action::ConfirmDeletePackDraft(_)
            | Action::UndoPackEdit
            | Action::ShowPackProblem(_)
            | Action::TranslationStillRight(_)
            | Action::AddPicture(_)
            | Action::ImportGiftLesson(_)
            | Action::ExportGift(_)
            | Action::PreviewLesson(_)
            | Action::SavePackFolder
            | Action::SharePackFile
            | Action::LeavePackEditor
            | Action::ConfirmLeavePackEditor(_) => self.apply_pack_editor(&action)?,
            Action::TryActivityAgain => {
                if let Route::Lesson(session) = &mut self.state.route {
                    session.try_activity_again(self.state.lang);
                }
            }
        }
        Ok(())
    }

    /// Takes the daily backup when one is due (the PC may stay on for days). A failure is
    /// logged: it must not stop a resident from working.
    fn backup_if_due(&self) {
        if let Some(dir) = &self.backup_dir
            && let Err(e) = self.store.backup_if_due(dir, crate::store::now())
        {
            log::error!("backup: {e}");
        }
    }

    /// Changes the display settings of the open profile, or of this PC.
    fn set_display(&mut self, display: DisplaySettings) -> Result<(), StoreError> {
        self.state.display = display;
        match &mut self.state.resident {
            Some(resident) => {
                resident.display = display;
                self.store.set_resident_display(resident.id, display)
            }
            None => self.store.set_display(display),
        }
    }

    /// Follows a text size changed with Ctrl +/− (egui's own zoom keys), then applies
    /// changed settings to egui.
    fn sync_display(&mut self, ctx: &egui::Context) {
        let zoom = ctx.zoom_factor();
        if (zoom - self.applied.zoom()).abs() > 0.001 {
            #[allow(clippy::cast_possible_truncation)]
            let percent = (zoom * 100.0).round() as i64;
            self.apply(Action::SetTextSize(DisplaySettings::clamp_text(percent)));
        }
        let zoom_differs = (ctx.zoom_factor() - self.state.display.zoom()).abs() > 0.001;
        if self.state.display != self.applied || zoom_differs {
            apply_display(ctx, self.state.display);
            self.applied = self.state.display;
        }
    }

    fn show_profiles(&mut self) -> Result<(), StoreError> {
        self.state.resident = None;
        // Back on the shared screen: this PC's settings, not the last resident's.
        self.state.display = self.store.display()?;
        let mut cards = ProfileCards::new(self.store.residents()?);
        cards.by_initial = self.store.cards_by_initial()?;
        self.state.route = Route::Profiles(cards);
        Ok(())
    }

    fn show_home(&mut self) -> Result<(), StoreError> {
        let Some(resident) = &self.state.resident else {
            return self.show_profiles();
        };
        let home = self.home_view(resident.id)?;
        self.state.route = Route::Home(home);
        Ok(())
    }

    /// Home for a resident: the packs, their progress, their workshop's lessons, their
    /// next steps after the positioning test, and the review waiting.
    fn home_view(&self, resident: crate::model::ResidentId) -> Result<HomeView, StoreError> {
        let mut home = HomeView::new(
            self.store.packs()?,
            self.store.progress(resident)?,
            self.store.given_lessons(resident)?,
        );
        home.test = match (
            self.store.open_positioning_run(resident)?,
            self.store.positioning_results(resident, 1)?.first(),
        ) {
            (Some(_), _) => crate::session::TestStatus::Paused,
            (None, Some(result)) => {
                home.next_steps = path::next_steps(&home, &result.standings, 3);
                crate::session::TestStatus::Taken
            }
            (None, None) => crate::session::TestStatus::NotTaken,
        };
        home.reviews_due = self.store.due_review_count(resident, crate::store::now())?;
        Ok(home)
    }

    /// Opens a lesson where the resident left it; starts a new try when it is finished,
    /// never opened, or `again` is set.
    fn open_lesson(&mut self, pack: &PackId, lesson_id: &LessonId, again: bool) -> Result<(), StoreError> {
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

    fn move_in_lesson(&mut self, action: &Action) -> Result<(), StoreError> {
        let Route::Lesson(session) = &mut self.state.route else {
            return Ok(());
        };
        match action {
            Action::NextStep => session.next_step(),
            Action::PreviousStep => session.previous_step(),
            Action::NextQuestion => session.next_question(),
            _ => {}
        }
        session.sync_activity(self.state.lang);
        self.save_place()
    }

    /// Saves where the resident is in the open lesson; on reaching the summary, records
    /// the lesson as finished.
    fn save_place(&mut self) -> Result<(), StoreError> {
        let (Route::Lesson(session), Some(resident)) = (&self.state.route, &self.state.resident) else {
            return Ok(());
        };
        if session.preview.is_some() {
            return Ok(());
        }
        let (pack, lesson) = (&session.pack, &session.lesson.id);
        match session.place {
            Place::Summary => self
                .store
                .finish_lesson(resident.id, pack, lesson, session.summary().correct),
            Place::Step(step) => self
                .store
                .save_place(resident.id, pack, lesson, LessonPhase::Steps, step),
            Place::Question { .. } => {
                self.store
                    .save_place(resident.id, pack, lesson, LessonPhase::Questions, 0)
            }
        }
    }

    fn submit_answer(&mut self) -> Result<(), StoreError> {
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
}

impl PasserelleApp {
    /// Closes a resident's session after the agents' time without activity, with a
    /// countdown in its last minute. Between checks egui sleeps: no frame is drawn until
    /// the countdown starts or something happens.
    fn watch_idle(&mut self, ctx: &egui::Context) {
        if self.state.resident.is_none() {
            self.idle = None;
            self.state.closing_in = None;
            return;
        }
        let (now, active) = ctx.input(|i| {
            let active = i.events.iter().any(|e| {
                matches!(
                    e,
                    egui::Event::PointerButton { .. }
                        | egui::Event::PointerMoved(_)
                        | egui::Event::MouseWheel { .. }
                        | egui::Event::Key { .. }
                        | egui::Event::Text(_)
                )
            });
            (i.time, active)
        });
        let timeout = self.state.session_timeout_minutes.max(1) * 60;
        let watch = self.idle.get_or_insert_with(|| IdleWatch::new(now, timeout));
        watch.timeout_secs = f64::from(timeout);
        if active {
            watch.touch(now);
        }
        match watch.state(now) {
            IdleState::Active { check_in } => {
                self.state.closing_in = None;
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(check_in));
            }
            IdleState::Closing { seconds_left } => {
                self.state.closing_in = Some(seconds_left);
                ctx.request_repaint_after(std::time::Duration::from_secs(1));
            }
            IdleState::TimeUp => {
                self.idle = None;
                self.state.closing_in = None;
                let minutes = self.state.session_timeout_minutes;
                self.apply(Action::ChangeProfile);
                self.tell(false, |tr| {
                    tr.args("common-session-closed", &[("minutes", minutes.into())])
                });
                ctx.request_repaint();
            }
        }
    }

    /// Shows a notice, in both languages so that a language switch translates it.
    fn tell(&mut self, is_error: bool, message: impl Fn(&Tr<'_>) -> String) {
        self.state.notice = Some(Notice {
            text: self.i18n.both(message),
            is_error,
            page: None,
        });
    }

    /// Tells the resident when the background check of the store found damage.
    fn poll_store_check(&mut self) {
        let Some(check) = &self.store_check else {
            return;
        };
        match check.try_recv() {
            Ok(true) | Err(std::sync::mpsc::TryRecvError::Disconnected) => self.store_check = None,
            Ok(false) => {
                self.store_check = None;
                self.tell(true, |tr| tr.t("error-damage-found"));
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
        }
    }

    /// Records the try of the activity shown, then shows its result.
    fn check_activity(&mut self) -> Result<(), StoreError> {
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
        // Saved first: the result is shown only once the try is safely stored.
        self.store.record_activity(&ActivityRecord {
            resident: resident.id,
            pack: &session.pack,
            lesson: &session.lesson.id,
            activity: &activity.id,
            kind: activity.kind.type_name(),
            attempt: session.attempt,
            outcome,
            lang: self.state.lang,
        })?;
        session.activity_recorded(outcome);
        Ok(())
    }
}

/// Applies text size and theme to egui.
fn apply_display(ctx: &egui::Context, display: DisplaySettings) {
    ui::theme::apply(ctx, ui::theme::Palette::for_contrast(display.high_contrast));
    ctx.set_zoom_factor(display.zoom());
}

impl PasserelleApp {
    /// Draws one frame and applies the action asked for, if any.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        if let Some(first_frame) = self.first_frame.take() {
            first_frame(ui.ctx());
        }
        self.poll_store_check();
        self.poll_file_job();
        self.watch_idle(ui.ctx());
        self.tick_waits(ui.ctx());
        self.sync_display(ui.ctx());
        // What the pack editor's fields change is compared after the frame.
        let editing = matches!(self.state.route, Route::Agent(AgentView::EditPack));
        let before = editing
            .then(|| self.state.pack_editor.as_ref().map(|e| e.draft.clone()))
            .flatten();
        let action = ui::app_ui(ui, &mut self.state, &self.i18n);
        if editing {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let now_ms = (ui.input(|i| i.time) * 1000.0) as u64;
            self.after_editor_frame(before, now_ms);
        }
        if let Some(action) = action {
            self.apply(action);
            // Draw the result of the action at once; otherwise egui waits for the next input.
            ui.ctx().request_repaint();
        }
        self.state.expire_notice();
    }
}

impl eframe::App for PasserelleApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
