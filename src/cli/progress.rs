//! `passerelle progress export|import`: progress files from the command line (a USB key
//! of files from several PCs can be loaded in one go).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::i18n::Tr;
use crate::model::ResidentUid;
use crate::store::Store;
use crate::store::exchange::{FileProblem, ProgressFile};

impl FileProblem {
    /// What is wrong with the file, in plain words.
    pub fn message(&self, tr: &Tr<'_>) -> String {
        match self {
            FileProblem::NotProgress(_, 0) => tr.t("exchange-not-progress"),
            FileProblem::NotProgress(_, line) => {
                tr.args("exchange-not-progress-at", &[("line", (*line).into())])
            }
            FileProblem::Newer(_) => tr.t("exchange-newer"),
        }
    }
}

/// Writes the progress of every resident (or of those named) to `out`.
pub fn export(
    store: &Store,
    names: &[String],
    out: &Path,
    tr: &Tr<'_>,
    say: &mut dyn Write,
) -> Result<(), Box<dyn std::error::Error>> {
    // Only the residents who share their results leave the PC this way (docs/privacy.md).
    let sharing = store.sharing_resident_uids()?;
    let uids: Vec<ResidentUid> = if names.is_empty() {
        sharing
    } else {
        let named = store
            .residents()?
            .into_iter()
            .filter(|r| names.contains(&r.name))
            .map(|r| store.resident_uid(r.id))
            .collect::<Result<Vec<_>, _>>()?;
        named.into_iter().filter(|uid| sharing.contains(uid)).collect()
    };
    let file = store.export_progress(Some(&uids))?;
    std::fs::write(out, file.to_bytes())?;
    writeln!(
        say,
        "{}",
        tr.args(
            "exchange-exported",
            &[
                ("count", file.residents.len().into()),
                ("path", out.display().to_string().into()),
            ],
        )
    )?;
    Ok(())
}

/// Merges each file into the store; a refused file is named with its reason and the
/// others go on. Returns whether every file was merged.
pub fn import(
    store: &mut Store,
    files: &[PathBuf],
    tr: &Tr<'_>,
    say: &mut dyn Write,
) -> std::io::Result<bool> {
    let mut all_merged = true;
    for path in files {
        let shown = path.display().to_string();
        let read = crate::file_read::read_limited(path, crate::file_read::MAX_PROGRESS_FILE_BYTES)
            .map_err(|e| e.message(tr))
            .and_then(|bytes| ProgressFile::from_bytes(&bytes).map_err(|p| p.message(tr)));
        let merged = read.and_then(|file| store.merge_progress(&file).map_err(|e| e.message(tr)));
        match merged {
            Ok(report) => writeln!(say, "{}", report.message(&shown, tr))?,
            Err(reason) => {
                all_merged = false;
                writeln!(
                    say,
                    "{}",
                    tr.args(
                        "exchange-refused",
                        &[("path", shown.into()), ("reason", reason.into())]
                    )
                )?;
            }
        }
    }
    Ok(all_merged)
}
