//! A problem found in a pack, with where it is and how to fix it.

use std::fmt::Write as _;

use super::FieldPath;
use crate::i18n::Tr;

/// Something wrong in a pack: the file, the line when known, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file, relative to the folder given (e.g. `premiers-pas/lessons/01-souris.toml`).
    pub file: String,
    /// The 1-based line, when the problem is inside a file.
    pub line: Option<usize>,
    /// The field inside the file, when the problem is about one (the pack editor jumps
    /// to it).
    pub field: Option<FieldPath>,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong. Each kind has its own translated message, saying how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The folder or file could not be read.
    Unreadable {
        /// The system's reason.
        reason: String,
    },
    /// The folder has no `pack.toml`.
    NoManifest,
    /// The pack has no lesson files.
    NoLessons,
    /// The file is not UTF-8 text.
    NotUtf8,
    /// A value of the wrong kind: text where a number is needed, and so on.
    WrongType {
        /// What was written: `text`, `whole-number`, `number`, `true-false`, `list`,
        /// `table` or `other`.
        found: &'static str,
        /// What is needed, in the same words.
        expected: &'static str,
    },
    /// The TOML does not parse.
    Syntax {
        /// The parser's own description.
        detail: String,
    },
    /// A required field is absent or empty.
    MissingField {
        /// The field's path.
        field: String,
    },
    /// One language of a text is absent or empty.
    MissingTranslation {
        /// The text's path.
        field: String,
        /// `fr` or `en`.
        lang: String,
    },
    /// `format` is newer than this version of Passerelle reads.
    UnsupportedFormat {
        /// The format found.
        found: i64,
    },
    /// An id with characters other than lower-case letters, digits and `-`.
    BadId {
        /// The field's path.
        field: String,
        /// The id found.
        value: String,
    },
    /// The same id twice in a pack (or twice among a question's choices).
    DuplicateId {
        /// The field's path.
        field: String,
        /// The id.
        value: String,
        /// Where it was first used, `file:line`.
        first: String,
    },
    /// A competence code that is not in the CRCN framework.
    UnknownCompetence {
        /// The field's path.
        field: String,
        /// The code found.
        value: String,
    },
    /// A level outside 1–8.
    BadLevel {
        /// The field's path.
        field: String,
        /// The level found.
        value: i64,
    },
    /// A question type this version does not know.
    UnknownQuestionType {
        /// The field's path.
        field: String,
        /// The type found.
        value: String,
    },
    /// A right answer that names no choice of the question.
    AnswerNotAChoice {
        /// The field's path.
        field: String,
        /// The answer found.
        value: String,
    },
    /// `answer` of a true/false question is not `true` or `false`.
    AnswerNotBoolean {
        /// The field's path.
        field: String,
    },
    /// Fewer choices, fields, items, pairs or zones than the question type needs.
    TooFew {
        /// The field's path.
        field: String,
        /// How many are needed.
        min: usize,
    },
    /// A zone question's picture is not a PNG picture.
    NotAPicture {
        /// The field's path.
        field: String,
        /// The file name.
        file: String,
    },
    /// A zone that goes beyond the edges of its picture.
    ZoneOutsidePicture {
        /// The zone's path.
        field: String,
        /// The picture's width in pixels.
        width: u32,
        /// The picture's height in pixels.
        height: u32,
    },
    /// A zone's position or size that is not a whole number of pixels (or a size of 0).
    BadPixels {
        /// The field's path.
        field: String,
        /// The number found.
        value: i64,
    },
    /// A zone question's answer that names none of its zones.
    AnswerNotAZone {
        /// The field's path.
        field: String,
        /// The answer found.
        value: String,
    },
    /// An activity type this version does not know.
    UnknownActivityType {
        /// The field's path.
        field: String,
        /// The type found.
        value: String,
    },
    /// A mouse task this version does not know.
    UnknownMouseTask {
        /// The field's path.
        field: String,
        /// The task found.
        value: String,
    },
    /// A source's address that is no web page's address.
    NotAWebAddress {
        /// The field's path.
        field: String,
        /// The address found.
        value: String,
    },
    /// A source's `checked` that is no day, or a day after today.
    NotACheckDay {
        /// The field's path.
        field: String,
        /// The text found.
        value: String,
    },
    /// A form field format this version does not know.
    UnknownFieldFormat {
        /// The field's path.
        field: String,
        /// The format found.
        value: String,
    },
    /// A spelling rule this version does not know.
    UnknownSpelling {
        /// The field's path.
        field: String,
        /// The rule found.
        value: String,
    },
    /// A portal page type this version does not know.
    UnknownPageType {
        /// The field's path.
        field: String,
        /// The type found.
        value: String,
    },
    /// A portal's slots page where every slot is taken.
    NoFreeSlot {
        /// The field's path.
        field: String,
    },
    /// A portal's one-time code that is not 4 to 8 digits.
    NotACode {
        /// The field's path.
        field: String,
        /// The code found.
        value: String,
    },
    /// A portal's SMS that does not hold its page's code (in one language).
    CodeNotInSms {
        /// The field's path.
        field: String,
        /// The language of the SMS.
        lang: String,
    },
    /// A portal page that shows or asks for the file number, in a procedure without one.
    NoReference {
        /// The field's path.
        field: String,
    },
    /// A mailbox activity with no scam to find.
    NoScam {
        /// The activity's path.
        field: String,
    },
    /// A field that must be a number (a tolerance: zero or more).
    NotANumber {
        /// The field's path.
        field: String,
    },
    /// A number outside the range allowed.
    OutOfRange {
        /// The field's path.
        field: String,
        /// The number found.
        value: i64,
        /// The smallest allowed.
        min: i64,
        /// The largest allowed.
        max: i64,
    },
    /// A lesson with no steps.
    NoSteps,
    /// A lesson with neither questions nor an activity (every lesson has practice).
    NoPractice,
    /// A picture named in a lesson that is not in `media/`.
    MissingImage {
        /// The field's path.
        field: String,
        /// The file name.
        file: String,
    },
    /// A recording named in a lesson that is not in `media/`.
    MissingAudio {
        /// The field's path.
        field: String,
        /// The file name.
        file: String,
    },
    /// A file in `media/` that is neither a PNG picture nor a WAV recording.
    UnsupportedMedia,
    /// A file a pack does not read (outside `pack.toml`, `glossary.toml`, `lessons/*.toml`
    /// and `media/`).
    NotAPackFile,
    /// A field this part of a question does not use (it would never be shown).
    NotUsedHere {
        /// The field's path.
        field: String,
    },
    /// A picture wider or taller than [`crate::model::picture::MAX_SIDE`].
    PictureTooLarge {
        /// Its width.
        width: u32,
        /// Its height.
        height: u32,
    },
    /// A PNG picture cut short or damaged: it does not decode.
    PictureDamaged,
    /// `**…**` in a text drawn as typed (a prompt, a choice), where it would show as stars.
    MarkupShownAsTyped {
        /// The field.
        field: String,
    },
    /// A symbolic link (a pack holds its own files, never links to others).
    Link,
    /// Something that is neither a file nor a folder (a named pipe, a device).
    NotAFile,
    /// More files than a pack may hold.
    TooManyFiles {
        /// The limit.
        max: usize,
    },
    /// A file heavier than a file of its kind may be.
    FileTooLarge {
        /// Its size.
        bytes: u64,
        /// The limit for its kind.
        max: u64,
    },
    /// All the files together weigh more than a pack may.
    PackTooLarge {
        /// The limit.
        max: u64,
    },
    /// Two files whose names only differ by case (one file on Windows).
    SameNameButCase {
        /// The other file's name.
        other: String,
    },
    /// A version that is not a version number (`1.2.0`).
    BadVersion {
        /// The text found.
        value: String,
    },
}

impl Problem {
    /// The problem as one line, `file:line: message`, in the language of `tr`.
    pub fn message(&self, tr: &Tr<'_>) -> String {
        let mut out = super::limits::printable(&self.file);
        if let Some(line) = self.line {
            let _ = write!(out, ":{line}");
        }
        out.push_str(": ");
        if let Some(id) = self.field.as_ref().and_then(FieldPath::question) {
            out.push_str(&super::limits::printable(
                &tr.args("pack-in-question", &[("id", id.into())]),
            ));
            out.push(' ');
        }
        out.push_str(&super::limits::printable(&self.kind.message(tr)));
        out
    }
}

/// The kind of a TOML value as serde names it (`string "1"`, `i64`, `a boolean`), in the
/// words of [`ProblemKind::WrongType`].
fn value_kind(serde_words: &str) -> &'static str {
    let w = serde_words.trim();
    let has = |words: &[&str]| words.iter().any(|x| w.contains(x));
    if w.starts_with("string") || has(&["a string", "str"]) && !has(&["struct"]) {
        "text"
    } else if w.starts_with("integer") || has(&["i64", "i32", "u64", "u32", "u16", "u8", "usize", "integer"])
    {
        "whole-number"
    } else if w.starts_with("floating point") || has(&["f64", "f32", "float"]) {
        "number"
    } else if has(&["bool"]) {
        "true-false"
    } else if has(&["sequence", "array"]) {
        "list"
    } else if has(&["map", "struct", "table"]) {
        "table"
    } else {
        "other"
    }
}

impl ProblemKind {
    /// The problem the TOML reader reports, in plain words where it is a value of the
    /// wrong kind (`invalid type: string "1", expected i64`).
    pub fn from_parser(detail: &str) -> ProblemKind {
        let first_line = detail.lines().next().unwrap_or_default();
        if let Some(rest) = first_line.strip_prefix("invalid type: ")
            && let Some((found, expected)) = rest.rsplit_once(", expected ")
        {
            return ProblemKind::WrongType {
                found: value_kind(found),
                expected: value_kind(expected),
            };
        }
        ProblemKind::Syntax {
            detail: detail.to_owned(),
        }
    }

    /// What is wrong and how to fix it, in the language of `tr`.
    #[allow(
        clippy::too_many_lines,
        reason = "one arm per kind of problem, each with its message."
    )]
    pub fn message(&self, tr: &Tr<'_>) -> String {
        use ProblemKind as K;
        match self {
            K::Unreadable { reason } => tr.args("pack-unreadable", &[("reason", reason.as_str().into())]),
            K::NoManifest => tr.t("pack-no-manifest"),
            K::NoLessons => tr.t("pack-no-lessons"),
            K::NotUtf8 => tr.t("pack-not-utf8"),
            K::WrongType { found, expected } => tr.args(
                "pack-wrong-type",
                &[("found", (*found).into()), ("expected", (*expected).into())],
            ),
            K::Syntax { detail } => tr.args("pack-syntax", &[("detail", detail.as_str().into())]),
            K::MissingField { field } => tr.args("pack-missing-field", &[("field", field.as_str().into())]),
            K::MissingTranslation { field, lang } => tr.args(
                "pack-missing-translation",
                &[("field", field.as_str().into()), ("lang", lang.as_str().into())],
            ),
            K::UnsupportedFormat { found } => tr.args(
                "pack-unsupported-format",
                &[
                    ("found", (*found).into()),
                    ("supported", super::FORMAT_VERSION.into()),
                ],
            ),
            K::BadId { field, value } => tr.args(
                "pack-bad-id",
                &[("field", field.as_str().into()), ("value", value.as_str().into())],
            ),
            K::DuplicateId { field, value, first } => tr.args(
                "pack-duplicate-id",
                &[
                    ("field", field.as_str().into()),
                    ("value", value.as_str().into()),
                    ("first", first.as_str().into()),
                ],
            ),
            K::UnknownCompetence { field, value } => tr.args(
                "pack-unknown-competence",
                &[("field", field.as_str().into()), ("value", value.as_str().into())],
            ),
            K::BadLevel { field, value } => tr.args(
                "pack-bad-level",
                &[("field", field.as_str().into()), ("value", (*value).into())],
            ),
            K::UnknownQuestionType { field, value } => tr.args(
                "pack-unknown-question-type",
                &[("field", field.as_str().into()), ("value", value.as_str().into())],
            ),
            K::AnswerNotAChoice { field, value } => tr.args(
                "pack-answer-not-a-choice",
                &[("field", field.as_str().into()), ("value", value.as_str().into())],
            ),
            K::AnswerNotBoolean { field } => {
                tr.args("pack-answer-not-boolean", &[("field", field.as_str().into())])
            }
            K::TooFew { field, min } => tr.args(
                "pack-too-few",
                &[("field", field.as_str().into()), ("min", (*min).into())],
            ),
            K::NotAPicture { field, file } => tr.args(
                "pack-not-a-picture",
                &[("field", field.as_str().into()), ("file", file.as_str().into())],
            ),
            K::ZoneOutsidePicture { field, width, height } => tr.args(
                "pack-zone-outside-picture",
                &[
                    ("field", field.as_str().into()),
                    ("width", (*width).into()),
                    ("height", (*height).into()),
                ],
            ),
            K::BadPixels { field, value } => tr.args(
                "pack-bad-pixels",
                &[("field", field.as_str().into()), ("value", (*value).into())],
            ),
            K::AnswerNotAZone { field, value } => tr.args(
                "pack-answer-not-a-zone",
                &[("field", field.as_str().into()), ("value", value.as_str().into())],
            ),
            K::UnknownActivityType { field, value } => tr.args(
                "pack-unknown-activity-type",
                &[("field", field.as_str().into()), ("value", value.as_str().into())],
            ),
            K::UnknownMouseTask { field, value } => tr.args(
                "pack-unknown-mouse-task",
                &[("field", field.as_str().into()), ("value", value.as_str().into())],
            ),
            K::NotAWebAddress { field, value } => tr.args(
                "pack-not-a-web-address",
                &[("field", field.as_str().into()), ("value", value.as_str().into())],
            ),
            K::NotACheckDay { field, value } => tr.args(
                "pack-not-a-check-day",
                &[("field", field.as_str().into()), ("value", value.as_str().into())],
            ),
            K::UnknownFieldFormat { field, value } => tr.args(
                "pack-unknown-field-format",
                &[("field", field.as_str().into()), ("value", value.as_str().into())],
            ),
            K::UnknownSpelling { field, value } => tr.args(
                "pack-unknown-spelling",
                &[("field", field.as_str().into()), ("value", value.as_str().into())],
            ),
            K::NoScam { field } => tr.args("pack-no-scam", &[("field", field.as_str().into())]),
            K::UnknownPageType { field, value } => tr.args(
                "pack-unknown-page-type",
                &[("field", field.as_str().into()), ("value", value.as_str().into())],
            ),
            K::NoFreeSlot { field } => tr.args("pack-no-free-slot", &[("field", field.as_str().into())]),
            K::NotACode { field, value } => tr.args(
                "pack-not-a-code",
                &[("field", field.as_str().into()), ("value", value.as_str().into())],
            ),
            K::CodeNotInSms { field, lang } => tr.args(
                "pack-code-not-in-sms",
                &[("field", field.as_str().into()), ("lang", lang.as_str().into())],
            ),
            K::NoReference { field } => tr.args("pack-no-reference", &[("field", field.as_str().into())]),
            K::NotANumber { field } => tr.args("pack-not-a-number", &[("field", field.as_str().into())]),
            K::OutOfRange {
                field,
                value,
                min,
                max,
            } => tr.args(
                "pack-out-of-range",
                &[
                    ("field", field.as_str().into()),
                    ("value", (*value).into()),
                    ("min", (*min).into()),
                    ("max", (*max).into()),
                ],
            ),
            K::NoSteps => tr.t("pack-no-steps"),
            K::NoPractice => tr.t("pack-no-questions"),
            K::MissingImage { field, file } => tr.args(
                "pack-missing-image",
                &[("field", field.as_str().into()), ("file", file.as_str().into())],
            ),
            K::MissingAudio { field, file } => tr.args(
                "pack-missing-audio",
                &[("field", field.as_str().into()), ("file", file.as_str().into())],
            ),
            K::UnsupportedMedia => tr.t("pack-unsupported-media"),
            K::NotAPackFile => tr.t("pack-not-a-pack-file"),
            K::NotUsedHere { field } => tr.args("pack-not-used-here", &[("field", field.as_str().into())]),
            K::PictureTooLarge { width, height } => tr.args(
                "pack-picture-too-large",
                &[
                    ("width", (*width).into()),
                    ("height", (*height).into()),
                    ("max", crate::model::picture::MAX_SIDE.into()),
                ],
            ),
            K::PictureDamaged => tr.t("pack-picture-damaged"),
            K::MarkupShownAsTyped { field } => {
                tr.args("pack-markup-shown-as-typed", &[("field", field.as_str().into())])
            }
            K::Link => tr.t("pack-link"),
            K::NotAFile => tr.t("pack-not-a-file"),
            K::TooManyFiles { max } => tr.args("pack-too-many-files", &[("max", (*max).into())]),
            K::FileTooLarge { bytes, max } => tr.args(
                "pack-file-too-large",
                &[
                    ("kilobytes", bytes.div_ceil(1024).into()),
                    ("max", (max / 1024).into()),
                ],
            ),
            K::PackTooLarge { max } => tr.args("pack-too-large", &[("max", (max / (1024 * 1024)).into())]),
            K::SameNameButCase { other } => {
                tr.args("pack-same-name-but-case", &[("other", other.as_str().into())])
            }
            K::BadVersion { value } => tr.args("pack-bad-version", &[("value", value.as_str().into())]),
        }
    }
}
