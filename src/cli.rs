//! The command line: run the app (the default), or the headless `pack check`.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

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
    },
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
pub fn pack_check(paths: &[PathBuf], lang: Lang, out: &mut dyn Write) -> std::io::Result<bool> {
    let i18n = I18n::new();
    let tr = i18n.tr(lang);
    let mut clean = true;
    for path in paths {
        for dir in pack_dirs(path) {
            clean &= check_one(&dir, &tr, out)?;
        }
    }
    Ok(clean)
}

fn check_one(dir: &Path, tr: &Tr<'_>, out: &mut dyn Write) -> std::io::Result<bool> {
    match pack::load_dir(dir) {
        Ok(pack) => {
            let questions: usize = pack.lessons.iter().map(|l| l.questions.len()).sum();
            writeln!(
                out,
                "{}",
                tr.args(
                    "cli-pack-ok",
                    &[
                        ("path", dir.display().to_string().into()),
                        ("lessons", pack.lessons.len().into()),
                        ("questions", questions.into()),
                    ],
                )
            )?;
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
