//! Packs on the network: a trainer publishes a pack file, checked first as `pack install`
//! checks it, and signed by the structure's key (opened with the leaders' PIN), whose
//! public half goes on the server under the site's name (`keys.rs`). Every PC takes it
//! at its next sync, checked again there (the server is not trusted blindly: the
//! signature must be that of a key the publishing site put on the server) and installed
//! as a pack file would be: a newer or equal version replaces the installed one, an
//! older one is left, a bad or unsigned one is refused. Each published pack is taken
//! once per PC.

use postgres::Client;

use super::sync::{RoundReport, SyncError};
use crate::pack;
use crate::pack_install::{InstallProblem, install_pack};
use crate::signing::{StructureKey, pack_signed_by};
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

/// Publishes the pack file `bytes` (named `name` in messages), signed by `key`, the
/// key of the structure named `structure`: returns its id and version.
pub fn publish(
    client: &mut Client,
    bytes: &[u8],
    name: &str,
    key: &StructureKey,
    structure: &str,
) -> Result<(String, String), PublishError> {
    let files =
        pack::archive::read(bytes, name).map_err(|p| PublishError::Pack(InstallProblem::Archive(p)))?;
    let checked = pack::load_files(&files).map_err(|p| PublishError::Pack(InstallProblem::Pack(p)))?;
    let (id, version) = (checked.manifest.id.0.clone(), checked.manifest.version.clone());
    let mut tx = client.transaction()?;
    super::keys::put_own(&mut tx, &key.public(), structure)?;
    tx.execute(
        "INSERT INTO passerelle.pack (id, version, bytes, signer, signature) VALUES ($1, $2, $3, $4, $5)",
        &[&id, &version, &bytes, &key.public(), &key.sign_pack(bytes)],
    )?;
    tx.commit()?;
    Ok((id, version))
}

/// Whether a pack on the server was signed by a key its site put there.
fn signed_by_its_site(
    client: &mut Client,
    site: &str,
    bytes: &[u8],
    signer: Option<&str>,
    signature: Option<&str>,
) -> Result<bool, postgres::Error> {
    let (Some(signer), Some(signature)) = (signer, signature) else {
        return Ok(false);
    };
    let vouched: bool = client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM passerelle.structure_key
                            WHERE site = $1::text::name AND public_key = $2)",
            &[&site, &signer],
        )?
        .get(0);
    Ok(vouched && pack_signed_by(signer, bytes, signature))
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
        let row = client.query_one(
            "SELECT bytes, signer, signature FROM passerelle.pack
             WHERE site = $1::text::name AND id = $2 AND version = $3",
            &[site, id, version],
        )?;
        let (bytes, signer, signature): (Vec<u8>, Option<String>, Option<String>) =
            (row.get(0), row.get(1), row.get(2));
        let name = format!("{site}/{id}-{version}");
        if !signed_by_its_site(client, site, &bytes, signer.as_deref(), signature.as_deref())? {
            log::warn!("network pack {name} refused: not signed by its site's structure");
            report.packs_refused += 1;
            store.set_network_pack_seen(site, id, version)?;
            continue;
        }
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
