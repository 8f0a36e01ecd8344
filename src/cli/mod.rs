//! The command line: run the app (the default), or the headless `pack check`.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

mod attestation;
mod data_store;
mod gift;
mod network;
mod pack_sources;
mod pin;
mod progress;

pub use attestation::run as attestation;
pub use gift::{GiftExport, GiftImport, export_gift, import_gift};
pub use network::{NetworkCommand, run as network};

use data_store::Access;

use crate::i18n::{I18n, Tr};
use crate::model::Lang;
use crate::pack;

/// Passerelle: learn the basics of computers, offline, in French or English.
#[derive(Debug, Parser)]
#[command(name = "passerelle", version)]
pub struct Cli {
    /// Keep all data (profiles, progress) in this folder.
    #[arg(long, global = true, value_name = "PATH")]
    pub data_dir: Option<PathBuf>,
    /// Language of messages: fr or en (default: the system's).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// How to draw the window: auto, standard or safe (for weak graphics drivers).
    #[arg(long, value_enum, default_value_t = crate::renderer::RendererChoice::Auto)]
    pub renderer: crate::renderer::RendererChoice,
    /// What to do; with none, the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Work with lesson packs.
    #[command(subcommand)]
    Pack(PackCommand),
    /// Move residents' progress between PCs.
    #[command(subcommand)]
    Progress(ProgressCommand),
    /// Check signed attestations, and the structures' keys that sign them.
    #[command(subcommand)]
    Attestation(AttestationCommand),
    /// The library network: set up its server, join it, sync with it.
    #[command(subcommand)]
    Network(NetworkCommand),
    /// Measure the speed targets (pack check, import, answer commit) against baselines
    /// taken in the same run, and print a table.
    #[command(hide = true)]
    Bench {
        /// Measure the library network too, on this PostgreSQL server on this PC (a
        /// database owner's URL: `postgresql://user:password@127.0.0.1:port/postgres`).
        #[arg(long, value_name = "URL")]
        network: Option<String>,
    },
    /// For the crash test and the Windows smoke test: records answers one by one in the
    /// data folder, printing each answer's id once it is durably saved.
    #[command(hide = true)]
    RecordAnswers {
        /// How many answers to record.
        #[arg(long, default_value_t = 1000)]
        count: u32,
    },
    /// For measurements: fills the data folder's store with many residents and answers.
    #[command(hide = true)]
    Seed {
        /// How many residents to add.
        #[arg(long, default_value_t = 10_000)]
        residents: usize,
        /// How many answers each.
        #[arg(long, default_value_t = 100)]
        answers_each: usize,
    },
}

/// `passerelle pack …`
#[derive(Debug, Subcommand)]
pub enum PackCommand {
    /// Check pack folders and print every problem as `file:line: message`.
    /// A folder holding several packs checks each. Exit status 1 when anything is wrong.
    Check {
        /// Pack folders (or folders of packs).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Also list every lesson's sources.
        #[arg(long)]
        sources: bool,
    },
    /// Write a pack folder as one file to share (it must pass `pack check`).
    Build {
        /// The pack folder.
        dir: PathBuf,
        /// The file to write (`.passerelle-pack`).
        #[arg(long, short)]
        out: PathBuf,
    },
    /// Turn a Moodle GIFT quiz file into a lesson of questions in a pack folder.
    ImportGift {
        /// The GIFT file.
        file: PathBuf,
        /// The language it is written in: fr or en.
        #[arg(long = "in", value_name = "LANG")]
        written_in: String,
        /// The pack folder to write into (made if it does not exist).
        #[arg(long)]
        into: PathBuf,
        /// The same bank in the other language, paired by question name, else by order.
        #[arg(long)]
        other: Option<PathBuf>,
        /// The CRCN competence of the questions, e.g. 4.1.
        #[arg(long, default_value = "5.2")]
        competence: String,
        /// Their level, 1 to 8.
        #[arg(long, default_value_t = 1)]
        level: i64,
        /// Replace the lesson file when the pack already has one of that name.
        #[arg(long)]
        force: bool,
    },
    /// Write a pack's questions as a Moodle GIFT file.
    ExportGift {
        /// The pack folder.
        dir: PathBuf,
        /// The language to write: fr or en.
        #[arg(long = "in", value_name = "LANG")]
        written_in: String,
        /// The GIFT file to write.
        #[arg(short, long)]
        out: PathBuf,
        /// Replace the file when it exists.
        #[arg(long)]
        force: bool,
    },
    /// Install a pack file on this PC (a newer version replaces the older one).
    Install {
        /// The pack file.
        file: PathBuf,
        /// Replace the installed pack even when this file holds an older version.
        #[arg(long)]
        allow_older: bool,
    },
}

/// `passerelle attestation …`
#[derive(Debug, Subcommand)]
pub enum AttestationCommand {
    /// Check an attestation: valid, altered, or signed by a structure this PC does not know.
    /// Exit status 0 only when it is valid and signed by a known structure.
    Verify {
        /// The attestation's PDF file (or the text of its signature).
        file: String,
    },
    /// Print this structure's key, to give to the structures that check its attestations.
    Key,
    /// Write the keys this PC knows (this structure's, and those it trusts) to a file
    /// other structures trust in one step.
    Keys {
        /// The file to write (`.passerelle-keys`).
        #[arg(long, short)]
        out: PathBuf,
    },
    /// Trust every structure of a keys file (asks for the leaders' PIN).
    TrustFile {
        /// The keys file (`.passerelle-keys`).
        file: PathBuf,
        /// Read the leaders' PIN from standard input.
        #[arg(long)]
        pin_stdin: bool,
    },
    /// Trust another structure's key, as its `attestation key` printed it.
    Trust {
        /// The key (64 characters).
        key: String,
        /// The structure's name, as this PC will show it.
        #[arg(long)]
        structure: String,
        /// Read the leaders' PIN from standard input.
        #[arg(long)]
        pin_stdin: bool,
    },
}

/// `passerelle progress …`
#[derive(Debug, Subcommand)]
pub enum ProgressCommand {
    /// Save the progress of the residents who share their results to one file.
    Export {
        /// The file to write.
        #[arg(long, short)]
        out: PathBuf,
        /// Only this resident (first name or pseudonym); repeat for several. Default: all.
        #[arg(long)]
        resident: Vec<String>,
        /// Read the leaders' PIN from standard input.
        #[arg(long)]
        pin_stdin: bool,
    },
    /// Load progress files (from this or other PCs) into this PC's store.
    Import {
        /// The files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Read the leaders' PIN from standard input.
        #[arg(long)]
        pin_stdin: bool,
    },
}

/// Runs `passerelle progress …` on the data folder's store.
pub fn progress(data_dir: Option<PathBuf>, command: &ProgressCommand, lang: Lang) -> std::process::ExitCode {
    let i18n = I18n::new();
    let tr = i18n.tr(lang);
    let (access, pin_stdin) = match command {
        ProgressCommand::Export { pin_stdin, .. } => (Access::Read, *pin_stdin),
        ProgressCommand::Import { pin_stdin, .. } => (Access::Write, *pin_stdin),
    };
    let mut opened = match data_store::open(data_dir, access, &tr) {
        Ok(opened) => opened,
        Err(e) => {
            eprintln!("{e}");
            return std::process::ExitCode::from(2);
        }
    };
    let store = &mut opened.store;
    if let Err(refused) = pin::require(store, access == Access::Read, pin_stdin, &tr) {
        eprintln!("{refused}");
        return std::process::ExitCode::from(2);
    }
    let mut out = std::io::stdout().lock();
    let result = match command {
        ProgressCommand::Export {
            out: path, resident, ..
        } => progress::export(store, resident, path, &tr, &mut out).map(|()| true),
        ProgressCommand::Import { files, .. } => {
            progress::import(store, files, &tr, &mut out).map_err(Into::into)
        }
    };
    exit_status(result)
}

/// A command's exit status: 0 when all went well, 1 when it found something wrong, 2
/// when it could not do its job (said on standard error).
pub fn exit_status<E: std::fmt::Display>(result: Result<bool, E>) -> std::process::ExitCode {
    match result {
        Ok(true) => std::process::ExitCode::SUCCESS,
        Ok(false) => std::process::ExitCode::from(1),
        Err(e) => {
            eprintln!("{e}");
            std::process::ExitCode::from(2)
        }
    }
}

/// Parses the command line, with help texts in the language of `--lang` (or the system's).
pub fn parse_localized() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang_flag = args.windows(2).find_map(|pair| {
        let first = pair[0].to_str()?;
        match first.strip_prefix("--lang=") {
            Some(value) => Some(value.to_owned()),
            None if first == "--lang" => pair[1].to_str().map(str::to_owned),
            None => None,
        }
    });
    // The messages are read only when clap has something to say (help, a mistake): a
    // plain start does not wait for them (they are read again, on another thread, for
    // the window).
    if let Ok(cli) = Cli::command()
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        return cli;
    }
    let i18n = I18n::new();
    let tr = i18n.tr(message_lang(lang_flag.as_deref()));
    let command = localized_command(&tr);
    let matches = command.get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The command-line definition with its help texts from Fluent.
pub fn localized_command(tr: &Tr<'_>) -> clap::Command {
    Cli::command()
        .about(tr.t("cli-about"))
        .mut_arg("data_dir", |a| a.help(tr.t("cli-data-dir")))
        .mut_arg("lang", |a| a.help(tr.t("cli-lang")))
        .mut_arg("renderer", |a| a.help(tr.t("cli-renderer")))
        .mut_subcommand("attestation", |c| {
            c.about(tr.t("cli-attestation"))
                .mut_subcommand("verify", |c| {
                    c.about(tr.t("cli-attestation-verify"))
                        .mut_arg("file", |a| a.help(tr.t("cli-attestation-verify-file")))
                })
                .mut_subcommand("key", |c| c.about(tr.t("cli-attestation-key-about")))
                .mut_subcommand("keys", |c| {
                    c.about(tr.t("cli-attestation-keys-about"))
                        .mut_arg("out", |a| a.help(tr.t("cli-attestation-keys-out")))
                })
                .mut_subcommand("trust-file", |c| {
                    c.about(tr.t("cli-attestation-trust-file-about"))
                        .mut_arg("file", |a| a.help(tr.t("cli-attestation-trust-file-file")))
                        .mut_arg("pin_stdin", |a| a.help(tr.t("cli-pin-stdin")))
                })
                .mut_subcommand("trust", |c| {
                    c.about(tr.t("cli-attestation-trust"))
                        .mut_arg("key", |a| a.help(tr.t("cli-attestation-trust-key")))
                        .mut_arg("structure", |a| a.help(tr.t("cli-attestation-trust-structure")))
                        .mut_arg("pin_stdin", |a| a.help(tr.t("cli-pin-stdin")))
                })
        })
        .mut_subcommand("network", |c| network::localized(c, tr))
        .mut_subcommand("progress", |c| {
            c.about(tr.t("cli-progress"))
                .mut_subcommand("export", |c| {
                    c.about(tr.t("cli-progress-export"))
                        .mut_arg("out", |a| a.help(tr.t("cli-progress-out")))
                        .mut_arg("resident", |a| a.help(tr.t("cli-progress-resident")))
                        .mut_arg("pin_stdin", |a| a.help(tr.t("cli-pin-stdin")))
                })
                .mut_subcommand("import", |c| {
                    c.about(tr.t("cli-progress-import"))
                        .mut_arg("files", |a| a.help(tr.t("cli-progress-files")))
                        .mut_arg("pin_stdin", |a| a.help(tr.t("cli-pin-stdin")))
                })
        })
        .mut_subcommand("pack", |c| {
            c.about(tr.t("cli-pack"))
                .mut_subcommand("build", |c| {
                    c.about(tr.t("cli-pack-build"))
                        .mut_arg("dir", |a| a.help(tr.t("cli-pack-build-dir")))
                        .mut_arg("out", |a| a.help(tr.t("cli-pack-build-out")))
                })
                .mut_subcommand("import-gift", |c| {
                    c.about(tr.t("cli-pack-gift"))
                        .mut_arg("file", |a| a.help(tr.t("cli-pack-gift-file")))
                        .mut_arg("written_in", |a| a.help(tr.t("cli-pack-gift-lang")))
                        .mut_arg("into", |a| a.help(tr.t("cli-pack-gift-into")))
                        .mut_arg("other", |a| a.help(tr.t("cli-pack-gift-other")))
                        .mut_arg("competence", |a| a.help(tr.t("cli-pack-gift-competence")))
                        .mut_arg("level", |a| a.help(tr.t("cli-pack-gift-level")))
                        .mut_arg("force", |a| a.help(tr.t("cli-pack-gift-force")))
                })
                .mut_subcommand("export-gift", |c| {
                    c.about(tr.t("cli-pack-export-gift"))
                        .mut_arg("dir", |a| a.help(tr.t("cli-pack-export-gift-dir")))
                        .mut_arg("written_in", |a| a.help(tr.t("cli-pack-export-gift-lang")))
                        .mut_arg("out", |a| a.help(tr.t("cli-pack-export-gift-out")))
                        .mut_arg("force", |a| a.help(tr.t("cli-pack-export-gift-force")))
                })
                .mut_subcommand("install", |c| {
                    c.about(tr.t("cli-pack-install"))
                        .mut_arg("file", |a| a.help(tr.t("cli-pack-install-file")))
                        .mut_arg("allow_older", |a| a.help(tr.t("cli-pack-install-allow-older")))
                })
                .mut_subcommand("check", |c| {
                    c.about(tr.t("cli-pack-check"))
                        .mut_arg("paths", |a| a.help(tr.t("cli-pack-check-paths")))
                        .mut_arg("sources", |a| a.help(tr.t("cli-pack-check-sources")))
                })
        })
}

/// The language for command-line messages: `--lang`, else the system's, else English.
pub fn message_lang(flag: Option<&str>) -> Lang {
    flag.and_then(Lang::from_code)
        .or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .find(|v| !v.is_empty())
                .and_then(|v| Lang::from_code(&v))
        })
        .unwrap_or(Lang::En)
}

/// Runs `pack check`; returns whether every pack is clean.
pub fn pack_check(
    paths: &[PathBuf],
    show_sources: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<bool> {
    let i18n = I18n::new();
    let tr = i18n.tr(lang);
    let mut clean = true;
    for path in paths {
        for dir in pack_dirs(path) {
            clean &= check_one(&dir, show_sources, &tr, out)?;
        }
    }
    Ok(clean)
}

fn check_one(dir: &Path, show_sources: bool, tr: &Tr<'_>, out: &mut dyn Write) -> std::io::Result<bool> {
    match pack::load_dir(dir) {
        Ok(pack) => {
            let questions: usize = pack.lessons.iter().map(|l| l.questions.len()).sum();
            let activities = pack
                .lessons
                .iter()
                .flat_map(|l| &l.steps)
                .filter(|s| s.activity.is_some())
                .count();
            writeln!(
                out,
                "{}",
                tr.args(
                    "cli-pack-ok",
                    &[
                        ("path", dir.display().to_string().into()),
                        ("lessons", pack.lessons.len().into()),
                        ("questions", questions.into()),
                        ("activities", activities.into()),
                    ],
                )
            )?;
            pack_sources::report(dir, &pack, show_sources, tr, out)?;
            Ok(true)
        }
        Err(problems) => {
            for problem in &problems {
                writeln!(out, "{}", problem.message(tr))?;
            }
            writeln!(
                out,
                "{}",
                tr.args(
                    "cli-pack-problems",
                    &[
                        ("path", dir.display().to_string().into()),
                        ("count", problems.len().into())
                    ],
                )
            )?;
            Ok(false)
        }
    }
}

/// A pack folder is checked as it is; a folder without `pack.toml` whose sub-folders
/// have one is a folder of packs.
fn pack_dirs(path: &Path) -> Vec<PathBuf> {
    if path.join("pack.toml").is_file() {
        return vec![path.to_path_buf()];
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(path)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("pack.toml").is_file())
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        // Not a pack: let the loader say why, with the path.
        dirs.push(path.to_path_buf());
    }
    dirs
}

/// `seed`: adds `residents` residents with `answers_each` answers each to the data
/// folder's store (after importing the built-in packs).
pub fn seed(data_dir: Option<PathBuf>, residents: usize, answers_each: usize) -> std::process::ExitCode {
    exit_code((|| {
        let tr = I18n::new();
        let tr = tr.tr(Lang::En);
        data_store::open(data_dir, Access::Write, &tr)?
            .store
            .seed(residents, answers_each)?;
        Ok(())
    })())
}

/// `passerelle pack build DIR -o FILE`: true when the file is written; the pack's
/// problems are printed otherwise.
pub fn pack_build(dir: &Path, out_path: &Path, lang: Lang, out: &mut dyn Write) -> std::io::Result<bool> {
    let i18n = I18n::new();
    let tr = i18n.tr(lang);
    let checked = pack::PackFiles::read_dir(dir).and_then(|files| pack::load_files(&files).map(|_| files));
    match checked {
        Ok(files) => {
            std::fs::write(out_path, pack::archive::build(&files)?)?;
            writeln!(
                out,
                "{}",
                tr.args(
                    "cli-pack-built",
                    &[("path", out_path.display().to_string().into())]
                )
            )?;
            Ok(true)
        }
        Err(problems) => {
            for problem in &problems {
                writeln!(out, "{}", problem.message(&tr))?;
            }
            Ok(false)
        }
    }
}

/// `passerelle pack install FILE`: installs into the data folder's store.
pub fn pack_install(
    data_dir: Option<PathBuf>,
    file: &Path,
    allow_older: bool,
    lang: Lang,
) -> std::process::ExitCode {
    let i18n = I18n::new();
    let tr = i18n.tr(lang);
    let run = || -> Result<Result<crate::pack_install::Installed, crate::pack_install::InstallProblem>, Box<dyn std::error::Error>> {
        let mut opened = data_store::open(data_dir, Access::Write, &tr)?;
        let bytes = crate::file_read::read_limited(file, pack::limits::MAX_TOTAL_BYTES)
            .map_err(|e| data_store::CliError(format!("{}: {}", file.display(), e.message(&tr))))?;
        let store = &mut opened.store;
        let name = file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
        Ok(crate::pack_install::install_pack(store, &bytes, &name, allow_older))
    };
    match run() {
        Ok(Ok(installed)) => {
            println!(
                "{}",
                tr.args(
                    "pack-installed",
                    &[
                        ("id", installed.id.as_str().into()),
                        ("version", installed.version.as_str().into()),
                    ],
                )
            );
            std::process::ExitCode::SUCCESS
        }
        Ok(Err(problem)) => {
            println!(
                "{}",
                tr.args("pack-install-refused", &[("reason", problem.message(&tr).into())])
            );
            std::process::ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::ExitCode::from(2)
        }
    }
}

/// Success, or the error on stderr and exit code 2.
fn exit_code(result: Result<(), Box<dyn std::error::Error>>) -> std::process::ExitCode {
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            std::process::ExitCode::from(2)
        }
    }
}

/// `record-answers`: records `count` answers for a test resident, printing `saved <id>`
/// after each commit. Used by the crash test, which kills it at random moments.
pub fn record_answers(data_dir: Option<PathBuf>, count: u32) -> std::process::ExitCode {
    use crate::model::{Avatar, DisplaySettings, Response, grade};
    use crate::store::AnswerRecord;
    let run = || -> Result<(), Box<dyn std::error::Error>> {
        let i18n = I18n::new();
        let mut opened = data_store::open(data_dir, Access::Write, &i18n.tr(Lang::En))?;
        let store = &mut opened.store;
        let pack = store.packs()?.into_iter().next().ok_or("no pack")?;
        let lesson_id = pack.lessons.first().ok_or("no lesson")?.id.clone();
        let lesson = store.lesson(&pack.manifest.id, &lesson_id)?.ok_or("no lesson")?;
        let resident =
            store.create_resident("test", Avatar::default(), Lang::Fr, DisplaySettings::default())?;
        let progress = store.start_lesson(resident.id, &pack.manifest.id, &lesson_id)?;
        let mut out = std::io::stdout().lock();
        for i in 0..count {
            let question = &lesson.questions[i as usize % lesson.questions.len()];
            let response = Response::Text(format!("answer {i}"));
            let uid = store.record_answer(&AnswerRecord {
                resident: resident.id,
                pack: &pack.manifest.id,
                lesson: &lesson_id,
                question: &question.id,
                attempt: progress.attempt,
                response: &response,
                grade: grade(&question.kind, &response),
                lang: Lang::Fr,
            })?;
            writeln!(out, "saved {uid}")?;
            out.flush()?;
        }
        Ok(())
    };
    exit_code(run())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_is_translated() {
        let i18n = I18n::new();
        let help = localized_command(&i18n.tr(Lang::Fr))
            .render_long_help()
            .to_string();
        assert!(help.contains("sans internet"), "{help}");
        let help = localized_command(&i18n.tr(Lang::En))
            .render_long_help()
            .to_string();
        assert!(help.contains("Keep all data"), "{help}");
    }

    #[test]
    fn command_line_is_valid() {
        Cli::command().debug_assert();
    }
}
