//! Keeps the store's copy of the built-in packs in step with the ones in the binary.

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
