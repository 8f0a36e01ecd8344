//! Keeps the store's copy of the built-in packs in step with the ones in the binary, and
//! installs packs shared as one file.

use crate::model::Pack;
use crate::pack::{self, PackFiles, Problem};
use crate::store::{Store, StoreError};

/// What happened to the built-in packs at start-up.
#[derive(Debug, Default)]
pub struct SyncReport {
    /// Packs imported or updated.
    pub imported: Vec<String>,
    /// Problems in packs that could not be imported (the store keeps its older copy).
    pub problems: Vec<Problem>,
}

/// Imports each built-in pack whose files changed since it was last imported.
/// Residents' progress is kept for every lesson and question id that still exists.
pub fn sync_builtin(store: &mut Store, packs: &[PackFiles]) -> Result<SyncReport, StoreError> {
    let mut report = SyncReport::default();
    for files in packs {
        let fingerprint = pack::builtin::fingerprint(files);
        if store.has_pack_fingerprint(&fingerprint)? {
            continue; // Unchanged since it was imported: nothing to parse.
        }
        let loaded: Result<Pack, Vec<Problem>> = pack::load_files(files);
        match loaded {
            Ok(pack) => {
                store.import_pack(&pack, &fingerprint, true)?;
                report.imported.push(pack.manifest.id.0);
            }
            Err(problems) => report.problems.extend(problems),
        }
    }
    Ok(report)
}

/// Why a pack file was not installed (nothing was changed).
#[derive(Debug)]
pub enum InstallProblem {
    /// The archive itself is refused.
    Archive(pack::archive::ArchiveProblem),
    /// The pack inside has problems.
    Pack(Vec<Problem>),
    /// This PC has a newer version: replacing it needs to be asked for.
    Older {
        /// The version installed.
        installed: String,
        /// The version offered.
        offered: String,
    },
    /// The store failed.
    Store(StoreError),
}

impl InstallProblem {
    /// The message for a person, in `tr`'s language (one line per pack problem).
    pub fn message(&self, tr: &crate::i18n::Tr<'_>) -> String {
        match self {
            InstallProblem::Archive(problem) => problem.message(tr),
            InstallProblem::Pack(problems) => problems
                .iter()
                .map(|p| p.message(tr))
                .collect::<Vec<_>>()
                .join("\n"),
            InstallProblem::Older { installed, offered } => tr.args(
                "pack-install-older",
                &[
                    ("installed", installed.as_str().into()),
                    ("offered", offered.as_str().into()),
                ],
            ),
            InstallProblem::Store(e) => e.message(tr),
        }
    }
}

/// A pack installed from a file.
#[derive(Debug, PartialEq, Eq)]
pub struct Installed {
    /// Its id.
    pub id: String,
    /// Its version.
    pub version: String,
    /// The version it replaced, if any.
    pub replaced: Option<String>,
}

/// Installs a pack archive (`name` is how the file is named in messages): checked whole
/// first; a newer or equal version replaces the installed one (residents keep their
/// progress in every lesson and question whose id remains); an older one only with
/// `allow_older`.
pub fn install_pack(
    store: &mut Store,
    bytes: &[u8],
    name: &str,
    allow_older: bool,
) -> Result<Installed, InstallProblem> {
    let files = pack::archive::read(bytes, name).map_err(InstallProblem::Archive)?;
    let pack = pack::load_files(&files).map_err(InstallProblem::Pack)?;
    let installed = store
        .pack_version(&pack.manifest.id)
        .map_err(InstallProblem::Store)?;
    if let Some(installed) = &installed
        && !allow_older
        && crate::model::version::compare(&pack.manifest.version, installed).is_lt()
    {
        return Err(InstallProblem::Older {
            installed: installed.clone(),
            offered: pack.manifest.version.clone(),
        });
    }
    let fingerprint = pack::builtin::fingerprint(&files);
    store
        .import_pack(&pack, &fingerprint, false)
        .map_err(InstallProblem::Store)?;
    Ok(Installed {
        id: pack.manifest.id.0.clone(),
        version: pack.manifest.version.clone(),
        replaced: installed,
    })
}
