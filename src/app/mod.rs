//! The one place that sees everything: it draws the UI, then applies the action the
//! resident asked for to the session and the store.

mod agent;
mod card_code;
mod display;
mod error;
mod file_loads;
mod files;
mod lesson;
mod live_room;
mod network_sync;
mod pack_editor;
mod path;
mod profiles;
pub mod startup;
mod workshops;

use display::display_to_egui;
pub use error::AppError;

use std::path::PathBuf;

use crate::i18n::{I18n, Tr};
use crate::model::DisplaySettings;
use crate::model::idle::{IdleState, IdleWatch};
use crate::session::ProfileAction;
use crate::session::{Action, AgentView, AppState, Notice, Route};
use crate::speech::Speaker;
use crate::store::Store;
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
    /// The structure's key to sign attestations, opened with the leaders' PIN while
    /// their area is open (see `signing.rs`).
    structure_key: Option<crate::signing::StructureKey>,
    /// The library network's rounds, once the leaders' PIN opened its credentials.
    network: Option<network_sync::NetworkSync>,
    /// The live room of workshops, started with the network's rounds.
    live_room: Option<live_room::LiveRoom>,
    /// The leaders' PIN while their area is open: a join file chosen there is sealed
    /// under it (put away with the structure's key when the area closes).
    leaders_pin: Option<String>,
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
    /// The messages, when they were read before the window opened (read here otherwise).
    pub i18n: Option<I18n>,
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
            i18n,
        } = startup;
        egui_extras::install_image_loaders(ctx);
        ui::script_fonts::install(ctx);
        let i18n = i18n.unwrap_or_default();
        let lang = store.language().ok().flatten().unwrap_or_default();
        let display = store.display().unwrap_or_default();
        // The screen shows the most recent cards: a PC with thousands of profiles starts
        // without reading them all (a search reads the others, see `read_searched_cards`).
        let residents = store
            .recent_residents(crate::session::MAX_CARDS)
            .unwrap_or_else(|e| {
                log::error!("{e}");
                Vec::new()
            });
        let total = store.resident_count().unwrap_or(residents.len());
        let mut state = AppState::new(lang, display, residents);
        if let Route::Profiles(cards) = &mut state.route {
            cards.total = total;
        }
        if let Route::Profiles(cards) = &mut state.route {
            cards.by_initial = store.cards_by_initial().unwrap_or(false);
        }
        state.session_timeout_minutes = store
            .session_timeout_minutes()
            .unwrap_or(state.session_timeout_minutes);
        state.notice = notice;
        state.network = crate::network::sync::status(&store, false).unwrap_or_else(|e| {
            log::error!("{e}");
            None
        });
        state.can_listen = speaker.as_ref().is_some_and(|s| s.can_speak());
        state.can_play = speaker.as_ref().is_some_and(|s| s.can_play());
        display_to_egui(ctx, display);
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
            structure_key: None,
            network: None,
            live_room: None,
            leaders_pin: None,
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

    /// Hands the action to the handler of its area.
    fn try_apply(&mut self, action: Action) -> Result<(), AppError> {
        if let Some(speaker) = &mut self.speaker {
            // Whatever the resident does next, the reading of the old screen stops.
            speaker.stop();
        }
        match action {
            Action::Display(action) => self.apply_display(action),
            Action::Profile(action) => self.apply_profile(&action),
            Action::Card(action) => self.apply_card_code(&action),
            Action::Lesson(action) => self.apply_lesson(&action),
            Action::Path(action) => self.apply_path(&action),
            Action::Agent(action) => self.apply_agent(&action),
            Action::Workshop(action) => self.apply_workshops(&action),
            Action::File(action) => self.apply_files(&action),
            Action::Editor(action) => self.apply_pack_editor(&action),
        }
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
                self.apply(Action::Profile(ProfileAction::ChangeProfile));
                self.tell(false, |tr| {
                    tr.args("common-session-closed", &[("minutes", minutes.into())])
                });
                ctx.request_repaint();
            }
        }
    }

    /// Reads every profile once a search is typed on a PC whose screen had only the
    /// most recent ones, and draws the search's result at once.
    fn read_searched_cards(&mut self, ctx: &egui::Context) {
        let Route::Profiles(cards) = &mut self.state.route else {
            return;
        };
        if !cards.needs_everyone() {
            return;
        }
        match self.store.residents() {
            Ok(everyone) => cards.fill(everyone),
            Err(error) => {
                // Said like any store error, and not asked again at every frame: the
                // search is cleared (the count and the search box stay as they were).
                cards.search.clear();
                log::error!("{error}");
                self.tell(true, |tr| error.message(tr));
            }
        }
        ctx.request_repaint();
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
}

impl PasserelleApp {
    /// Draws one frame and applies the action asked for, if any.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        if let Some(first_frame) = self.first_frame.take() {
            first_frame(ui.ctx());
        }
        self.poll_store_check();
        self.poll_file_job();
        self.poll_network();
        self.watch_idle(ui.ctx());
        self.tick_waits(ui.ctx());
        self.sync_display(ui.ctx());
        // What the pack editor's fields change is compared after the frame.
        let editing = matches!(self.state.route, Route::Agent(AgentView::EditPack));
        let before = editing
            .then(|| self.state.pack_editor.as_ref().map(|e| e.draft.clone()))
            .flatten();
        let action = ui::app_ui(ui, &mut self.state, &self.i18n);
        self.read_searched_cards(ui.ctx());
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
        self.tend_live_room();
        self.state.expire_notice();
    }
}

impl eframe::App for PasserelleApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
