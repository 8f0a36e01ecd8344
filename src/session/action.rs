//! What the UI asks for, by area. `app` applies each action in one place: one handler
//! an area, each matching every action of its area, so that an action added and not
//! handled does not compile.

use crate::model::{DraftUid, Lang, LessonId, PackId, ResidentId, ResidentUid, WorkshopUid};

/// A request from the UI, applied after the frame is drawn.
///
/// Drafts (a name being typed, a choice being picked before "Check") are edited by the
/// UI directly; everything that changes what is stored or shown goes through here.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum Action {
    /// How things are shown and heard: language, text size, contrast, reading aloud, the notice.
    Display(DisplayAction),
    /// The profile cards and the resident's own session.
    Profile(ProfileAction),
    /// Opening a card, and its picture code.
    Card(CardAction),
    /// Inside a lesson: its steps, questions and practice activities.
    Lesson(LessonAction),
    /// The learning path: the positioning test, the review of missed questions, "my progress".
    Path(PathAction),
    /// The leaders' area: its PIN, its settings, the residents' reports.
    Agent(AgentAction),
    /// Workshops: their list, form, group view and attendance.
    Workshop(WorkshopAction),
    /// Files saved and loaded: progress, tables, packs, attestations, right-of-access pages.
    File(FileAction),
    /// The pack editor and its shelf of drafts.
    Editor(EditorAction),
}

/// How things are shown and heard: language, text size, contrast, reading aloud, the notice.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum DisplayAction {
    /// Show the whole app in this language.
    SetLanguage(Lang),
    /// Open or close the text size and contrast settings.
    ToggleDisplaySettings,
    /// Show text at this size, in percent (100 to 200).
    SetTextSize(u16),
    /// Switch the high-contrast theme on or off.
    SetHighContrast(bool),
    /// Show the easy-to-read version of lesson text, where there is one.
    SetEasyText(bool),
    /// Read this text aloud, in the current language.
    Listen(String),
    /// Play this recording (a WAV file from a pack).
    Play(std::sync::Arc<[u8]>),
    /// Hide the notice.
    DismissNotice,
}

impl From<DisplayAction> for Action {
    fn from(action: DisplayAction) -> Self {
        Self::Display(action)
    }
}

/// The profile cards and the resident's own session.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum ProfileAction {
    /// Open the "new profile" form.
    NewProfile,
    /// Leave the form without creating anything.
    CancelNewProfile,
    /// Create the profile from the form.
    CreateProfile,
    /// Close the resident's session and go back to the profile cards.
    ChangeProfile,
    /// Go back to the resident's home.
    GoHome,
    /// The resident shares their results with the workshop leaders, or stops.
    SetSharesResults(bool),
    /// The resident's card follows them to the network's other sites, or stops.
    SetFollowsMe(bool),
    /// "I'm still here": stop the countdown before the session closes.
    StillHere,
}

impl From<ProfileAction> for Action {
    fn from(action: ProfileAction) -> Self {
        Self::Profile(action)
    }
}

/// Opening a card, and its picture code.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum CardAction {
    /// Open this resident's home (asking for the card's picture code first, when it has one).
    PickResident(ResidentId),
    /// Add this picture to the picture code being given or chosen.
    PickCodePicture(crate::model::picture_code::CodePicture),
    /// Take back the last picture picked.
    EraseCodePicture,
    /// Leave the picture code screen (back to the cards, or to "My progress").
    CancelCardCode,
    /// Choose a picture code for the resident's own card ("My progress").
    ChooseCardCode,
    /// Remove the picture code of the resident's own card.
    RemoveMyCardCode,
    /// Remove the picture code of this card, for a resident who forgot it (leaders).
    ResetCardCode(ResidentId),
    /// Show the profile cards by initial and picture only, or with first names (leaders).
    SetCardsByInitial(bool),
}

impl From<CardAction> for Action {
    fn from(action: CardAction) -> Self {
        Self::Card(action)
    }
}

/// Inside a lesson: its steps, questions and practice activities.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum LessonAction {
    /// Open a lesson where the resident left it, or start it.
    OpenLesson {
        /// The pack.
        pack: PackId,
        /// The lesson.
        lesson: LessonId,
    },
    /// Show the next step (or the first question after the last step).
    NextStep,
    /// Show the previous step.
    PreviousStep,
    /// Check the answer drafted for the current question (recorded before its feedback).
    SubmitAnswer,
    /// Check the activity of the step shown (its outcome is recorded before its result).
    CheckActivity,
    /// Do the activity of the step shown again, after its result.
    TryActivityAgain,
    /// Go on after a question's feedback.
    NextQuestion,
    /// Take the finished lesson again.
    RetakeLesson,
}

impl From<LessonAction> for Action {
    fn from(action: LessonAction) -> Self {
        Self::Lesson(action)
    }
}

/// The learning path: the positioning test, the review of missed questions, "my progress".
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum PathAction {
    /// Start the positioning test, or go on with the one paused.
    StartPositioning,
    /// Start a review of the questions due.
    StartReview,
    /// Show "my progress".
    OpenMyProgress,
    /// Check the answer drafted for the question of the test or the review.
    SubmitAnswer,
    /// "I don't know" to the test's question: counted as not known, with no guess.
    DontKnow,
    /// Go on after a review question's feedback.
    NextQuestion,
}

impl From<PathAction> for Action {
    fn from(action: PathAction) -> Self {
        Self::Path(action)
    }
}

/// The leaders' area: its PIN, its settings, the residents' reports.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum AgentAction {
    /// Go to the agent area (it asks for the PIN, or to choose one).
    OpenAgentArea,
    /// Sync with the library network now.
    SyncNetwork,
    /// Choose the PIN typed in the form (first use, change or recovery).
    ChooseAgentPin,
    /// Try the PIN typed.
    UnlockAgentArea,
    /// Forgot the PIN: show the recovery form.
    StartPinRecovery,
    /// The recovery code is written down: open the agent area.
    RecoveryCodeNoted,
    /// Change the agent area's PIN.
    ChangeAgentPin,
    /// Close the agent area and go back to the profile cards.
    CloseAgentArea,
    /// Close an idle resident's session after this many minutes.
    SetSessionTimeout(u32),
    /// Back from a report to the residents' list.
    BackToResidents,
    /// Show one resident's report (leaders' area), by unique id.
    OpenResidentReport(ResidentUid),
    /// Ask to confirm deleting the resident of the report.
    AskDeleteResident,
    /// Delete the resident of the report and all their data.
    ConfirmDeleteResident,
    /// Keep the structure's and the leader's names typed in the leaders' area.
    SaveAttestationNames,
    /// Trust the key of the attestation being checked, under the name typed.
    TrustSigner,
    /// Keep the note typed on the resident of the report.
    SaveResidentNote,
    /// Give the resident of the report the name typed.
    RenameResident,
    /// Choose another profile of the same person, to merge it into the report's.
    StartMergeResident,
    /// This profile (by unique id) is the same person: ask to confirm the merge.
    ChooseMergeResident(ResidentUid),
    /// Merge the chosen profile into the report's.
    ConfirmMergeResident,
    /// Show how each question of a pack goes (the first pack when `None`).
    OpenQuestionStats(Option<crate::model::PackId>),
}

impl From<AgentAction> for Action {
    fn from(action: AgentAction) -> Self {
        Self::Agent(action)
    }
}

/// Workshops: their list, form, group view and attendance.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum WorkshopAction {
    /// Show the workshops.
    OpenWorkshops,
    /// Open the form for a new workshop.
    NewWorkshop,
    /// Edit the workshop shown.
    EditWorkshop,
    /// Save the workshop of the form.
    SaveWorkshop,
    /// Show a workshop's group view, by unique id.
    OpenWorkshop(WorkshopUid),
    /// Mark a resident (by unique id) present at the workshop shown, or not.
    SetAttendance {
        /// The resident's unique id.
        resident: ResidentUid,
        /// Present.
        present: bool,
    },
}

impl From<WorkshopAction> for Action {
    fn from(action: WorkshopAction) -> Self {
        Self::Workshop(action)
    }
}

/// Files saved and loaded: progress, tables, packs, attestations, right-of-access pages.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum FileAction {
    /// Save the open resident's progress to a file.
    SaveMyProgress,
    /// Save every resident's progress to a file (agent area).
    SaveEveryonesProgress,
    /// Load progress files into this PC.
    LoadProgress,
    /// Save the residents' table (leaders' area) for a spreadsheet.
    ExportResidentsTable,
    /// Save every shared answer (leaders' area) for a spreadsheet.
    ExportAnswersTable,
    /// Save the workshops' table for a spreadsheet.
    ExportWorkshopsTable,
    /// Save a draft of the Coop's activity report for each workshop.
    ExportCraDrafts,
    /// Install pack files (leaders' area).
    AddPack,
    /// The answer about a pack file holding an older version: replace the installed one
    /// (true) or keep it (false).
    ReplaceWithOlderPack(bool),
    /// Save everything kept about the resident of the report as a page to read or print
    /// (their right of access).
    SaveResidentData,
    /// Save everything kept about the resident themself as a page to read ("My progress").
    SaveMyData,
    /// Save the attestation (PDF) of the resident of the report.
    SaveAttestation,
    /// Save the attestations of the open workshop's residents who share their results, one
    /// page each, in one PDF to print at once.
    SaveWorkshopAttestations,
    /// Choose an attestation (PDF) and check its signature.
    CheckAttestation,
    /// Save the keys this PC knows (its own, and those it trusts) as a keys file for
    /// other structures.
    SaveKeysFile,
    /// Choose keys files and trust the structures they name.
    TrustKeysFile,
    /// Choose a site's join file and put this PC on the library network.
    JoinNetwork,
    /// Load the files ticked in the known folder's list.
    LoadTickedFiles,
    /// Open the known folder in the PC's file manager.
    OpenKnownFolder,
    /// Close the known folder's list without loading anything.
    CancelFileChoice,
}

impl From<FileAction> for Action {
    fn from(action: FileAction) -> Self {
        Self::File(action)
    }
}

/// The pack editor and its shelf of drafts.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub enum EditorAction {
    /// Show the packs a trainer can write: drafts, built-in packs, a new one.
    OpenPackShelf,
    /// Start writing a new, empty pack.
    NewPackDraft,
    /// Start writing a copy of a built-in pack (by its place in the shelf's list).
    CopyBuiltinPack(usize),
    /// Start writing a copy of a pack file chosen in a dialog.
    OpenPackFileToEdit,
    /// Go on writing a draft (by its unique id).
    OpenPackDraft(DraftUid),
    /// Ask to delete a draft (by its unique id).
    DeletePackDraft(DraftUid),
    /// The answer to "delete this draft?": delete (true) or keep (false).
    ConfirmDeletePackDraft(bool),
    /// Undo the last change in the pack editor.
    UndoPackEdit,
    /// Show the field of this problem of the pack.
    ShowPackProblem(crate::pack::Problem),
    /// An English translation marked out of date is right as it is (its mark).
    TranslationStillRight(String),
    /// Add a picture, chosen in a dialog, to a step or a question.
    AddPicture(super::PictureSlot),
    /// Add the questions of a GIFT file written in this language, chosen in a dialog, as
    /// a new lesson.
    ImportGiftLesson(Lang),
    /// Save the pack's questions in this language as a GIFT file for Moodle.
    ExportGift(Lang),
    /// See a lesson of the pack being written (by its file's path in the pack) as a
    /// resident would, recording nothing.
    PreviewLesson(String),
    /// Save the pack being written as a folder of pack files.
    SavePackFolder,
    /// Save the pack being written as one pack file, to share.
    SharePackFile,
    /// Leave the pack editor (asks first when changes are not saved as files).
    LeavePackEditor,
    /// The answer to "leave without saving the files?": leave (true) or stay (false).
    ConfirmLeavePackEditor(bool),
}

impl From<EditorAction> for Action {
    fn from(action: EditorAction) -> Self {
        Self::Editor(action)
    }
}
