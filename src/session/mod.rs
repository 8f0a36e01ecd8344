//! What the app is showing and doing: the route, the screens' view models, and the
//! actions the UI asks for. No egui and no I/O here, so every rule is unit-testable.

mod action;
pub mod activity;
mod agent;
mod card_code;
mod file_choice;
mod home;
mod lesson;
mod pack_editor;
mod path;
mod profiles;
mod quiz;
mod workshop;

use crate::model::{DisplaySettings, Lang, Resident, Text};

pub use action::{
    Action, AgentAction, CardAction, DisplayAction, EditorAction, FileAction, LessonAction, PathAction,
    ProfileAction, WorkshopAction,
};
pub use agent::{AgentView, MAX_LISTED, MergeChoice, PackShelf, ResidentList, ResidentReport, SortBy};
pub use card_code::{CardCodeView, CodeProblem, CodePurpose};
pub use file_choice::{FileChoice, ListedFile};
pub use home::{ContinueTarget, HomeView, TestStatus};
pub use lesson::{AnswerDraft, LessonContent, LessonSession, Place, Summary};
pub use pack_editor::{EditorPart, PackEditor, PictureSlot, mark_key};
pub use path::{
    MyProgressView, PositioningResultView, PositioningSession, ReviewSession, recommended, test_bank,
};
pub use profiles::{MAX_CARDS, MAX_NAME_CHARS, ProfileCards, ProfileDraft, clean_name};
pub use quiz::QuizQuestion;
pub use workshop::{LessonChoice, WorkshopDraft};

/// Everything the UI draws from.
#[derive(Debug)]
pub struct AppState {
    /// The language of the whole UI and of lesson content.
    pub lang: Lang,
    /// Text size, contrast and easy-to-read text: the resident's, or this PC's.
    pub display: DisplaySettings,
    /// The resident whose profile is open, if any.
    pub resident: Option<Resident>,
    /// The screen shown.
    pub route: Route,
    /// Whether the text size and contrast settings are open under the top bar.
    pub display_settings_open: bool,
    /// Whether this PC can read text aloud with a voice.
    pub can_listen: bool,
    /// Whether this PC can play the recordings that packs ship.
    pub can_play: bool,
    /// A message to show above the screen until dismissed, in both languages so that a
    /// language switch translates it too.
    pub notice: Option<Notice>,
    /// During a resident's session: the seconds left before it closes for lack of
    /// activity, once the countdown is on.
    pub closing_in: Option<u32>,
    /// Minutes without activity before a resident's session closes (set by agents).
    pub session_timeout_minutes: u32,
    /// A file dialog is open: the file buttons wait.
    pub file_busy: bool,
    /// A long export is being written: how far, from 0 to 1.
    pub export_progress: Option<f32>,
    /// A pack file holds an older version than the one installed: the leader is asked.
    pub older_pack: Option<OlderPack>,
    /// No dialog could open: the files to load are ticked in a list of the known folder's.
    pub file_choice: Option<FileChoice>,
    /// The pack a trainer is writing, while the pack editor or its preview is open.
    pub pack_editor: Option<Box<PackEditor>>,
    /// The library network's state, when this PC is on one.
    pub network: Option<crate::model::network_status::NetworkStatus>,
    /// The live room of the workshop open in the leaders' area, as last read.
    pub live_room: Option<crate::model::live_room::LiveRoomView>,
}

/// A pack file holding an older version than the one installed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OlderPack {
    /// The file's name.
    pub file: String,
    /// The version installed.
    pub installed: String,
    /// The file's version.
    pub offered: String,
}

/// A message shown above the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The message, in both languages.
    pub text: Text,
    /// Whether it reports a problem (shown in the error colour) or news.
    pub is_error: bool,
    /// The page it was first shown on: leaving that page clears it, so that a message
    /// does not outstay what it speaks of (`None` until it is shown).
    pub page: Option<(u8, usize)>,
}

/// The screen shown.
#[derive(Debug)]
pub enum Route {
    /// The profile cards.
    Profiles(ProfileCards),
    /// Creating a profile.
    NewProfile(ProfileDraft),
    /// A resident's home: packs, lessons, progress, "continue".
    Home(HomeView),
    /// A lesson being taken.
    Lesson(Box<LessonSession>),
    /// The agent area (behind its PIN).
    Agent(AgentView),
    /// The positioning test under way.
    Positioning(Box<PositioningSession>),
    /// The positioning test's result.
    PositioningResult(PositioningResultView),
    /// A review of missed questions.
    Review(Box<ReviewSession>),
    /// "My progress".
    MyProgress(MyProgressView),
    /// A card's picture code: choosing it, or giving it to open the card.
    CardCode(Box<CardCodeView>),
}

impl Route {
    /// Which page is shown: it changes when the resident moves on to something new (a
    /// screen, a lesson step, the next question), so that the new page starts at its top.
    pub fn page(&self) -> (u8, usize) {
        match self {
            Route::Profiles(_) => (0, 0),
            Route::NewProfile(_) => (1, 0),
            Route::Home(_) => (2, 0),
            Route::Lesson(session) => match &session.place {
                Place::Step(n) => (3, *n),
                Place::Question { index, .. } => (4, *index),
                Place::Summary => (5, 0),
            },
            Route::Agent(view) => (
                6,
                match view {
                    AgentView::ChoosePin { .. } => 0,
                    AgentView::RecoveryCode { .. } => 1,
                    AgentView::Unlock { .. } => 2,
                    AgentView::Recover { .. } => 3,
                    AgentView::Resident(_) => 4,
                    AgentView::Workshops(_) => 5,
                    AgentView::EditWorkshop(_) => 6,
                    AgentView::Workshop(_) => 7,
                    AgentView::Open { .. } => 8,
                    AgentView::Packs(_) => 9,
                    AgentView::EditPack => 10,
                    AgentView::CheckedAttestation(_) => 11,
                    AgentView::QuestionStats(_) => 12,
                },
            ),
            Route::Positioning(session) => (7, session.asked()),
            Route::PositioningResult(_) => (8, 0),
            Route::Review(session) => (9, session.index),
            Route::MyProgress(_) => (10, 0),
            Route::CardCode(view) => (
                11,
                match view.purpose {
                    CodePurpose::Unlock => 0,
                    CodePurpose::Choose => 1,
                    CodePurpose::Confirm(_) => 2,
                },
            ),
        }
    }
}

impl AppState {
    /// Which page is shown (see [`Route::page`]); the pack editor's parts are pages of
    /// their own.
    pub fn page(&self) -> (u8, usize) {
        if self.file_choice.is_some() {
            return (13, 0);
        }
        self.screen_page()
    }

    /// The page of the screen itself, under a list of files to tick.
    pub fn screen_page(&self) -> (u8, usize) {
        match (&self.route, &self.pack_editor) {
            (Route::Agent(AgentView::EditPack), Some(editor)) => match editor.part {
                EditorPart::Pack => (12, 0),
                EditorPart::Lesson(i) => (12, i + 1),
            },
            (route, _) => route.page(),
        }
    }

    /// Clears the notice once its page is left; stamps a new one with the page shown.
    /// Called once per frame, after the frame's action.
    pub fn expire_notice(&mut self) {
        // A list of files to tick goes with the screen it was asked from.
        let screen = self.screen_page();
        if self.file_choice.as_ref().is_some_and(|c| c.on_page != screen) {
            self.file_choice = None;
        }
        let page = self.page();
        match &mut self.notice {
            Some(notice) if notice.page.is_none() => notice.page = Some(page),
            Some(notice) if notice.page != Some(page) => self.notice = None,
            _ => {}
        }
    }

    /// The profiles listed on the profile screen (empty on other screens).
    pub fn route_residents(&self) -> &[Resident] {
        match &self.route {
            Route::Profiles(cards) => &cards.residents,
            _ => &[],
        }
    }

    /// The state at start: the profile cards, in the language last used on this PC.
    pub fn new(lang: Lang, display: DisplaySettings, residents: Vec<Resident>) -> Self {
        Self {
            lang,
            display,
            resident: None,
            route: Route::Profiles(ProfileCards::new(residents)),
            display_settings_open: false,
            can_listen: false,
            can_play: false,
            notice: None,
            closing_in: None,
            session_timeout_minutes: crate::model::idle::DEFAULT_TIMEOUT_SECS / 60,
            file_busy: false,
            export_progress: None,
            older_pack: None,
            file_choice: None,
            pack_editor: None,
            network: None,
            live_room: None,
        }
    }
}
