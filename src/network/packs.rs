//! Packs on the network: a trainer publishes a pack file, checked first as `pack install`
//! checks it; every PC takes it at its next sync, checked again there (the server is
//! not trusted blindly) and installed as a pack file would be: a newer or equal version
//! replaces the installed one, an older one is left, a bad one is refused. Each published
//! pack is taken once per PC.

use postgres::Client;

use super::sync::{RoundReport, SyncError};
use crate::pack;
use crate::pack_install::{InstallProblem, install_pack};
use crate::store::Store;

/// Why a pack was not published.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// The file is not a good pack (the problems, in `InstallProblem`'s words).
    #[error("not a good pack")]
    Pack(InstallProblem),
    /// The server refused (the same version published twice, say).
    #[error("{}", super::connect::words(.0))]
    Server(#[from] postgres::Error),
}

/// Publishes the pack file `bytes` (named `name` in messages): returns its id and version.
pub fn publish(client: &mut Client, bytes: &[u8], name: &str) -> Result<(String, String), PublishError> {
    let files =
        pack::archive::read(bytes, name).map_err(|p| PublishError::Pack(InstallProblem::Archive(p)))?;
    let checked = pack::load_files(&files).map_err(|p| PublishError::Pack(InstallProblem::Pack(p)))?;
    let (id, version) = (checked.manifest.id.0.clone(), checked.manifest.version.clone());
    client.execute(
        "INSERT INTO passerelle.pack (id, version, bytes) VALUES ($1, $2, $3)",
        &[&id, &version, &bytes],
    )?;
    Ok((id, version))
}

/// Installs the packs published since this PC last looked.
pub fn take(store: &mut Store, client: &mut Client, report: &mut RoundReport) -> Result<(), SyncError> {
    let seen = store.network_packs_seen()?;
    let listed = client.query(
        "SELECT site::text, id, version FROM passerelle.pack ORDER BY published_at, site, id, version",
        &[],
    )?;
    for row in listed {
        let key: (String, String, String) = (row.get(0), row.get(1), row.get(2));
        if seen.contains(&key) {
            continue;
        }
        let (site, id, version) = &key;
        let bytes: Vec<u8> = client
            .query_one(
                "SELECT bytes FROM passerelle.pack WHERE site = $1::text::name AND id = $2 AND version = $3",
                &[site, id, version],
            )?
            .get(0);
        let name = format!("{site}/{id}-{version}");
        match install_pack(store, &bytes, &name, false) {
            Ok(_) => report.packs_installed += 1,
            Err(InstallProblem::Older { .. }) => {}
            Err(InstallProblem::Store(e)) => return Err(SyncError::Store(e)),
            Err(problem) => {
                log::warn!("network pack {name} refused: {problem:?}");
                report.packs_refused += 1;
            }
        }
        store.set_network_pack_seen(site, id, version)?;
    }
    Ok(())
}
