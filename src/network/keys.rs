//! The structures' public keys on the network (server schema version 6): each PC puts
//! its structure's key under its own site, and trusts the keys the other sites put
//! there, named with their site, so that an attestation signed at any site of the
//! network checks as signed by a known structure, and a pack published on the network
//! can be checked against the key of the site that published it.

use postgres::{Client, GenericClient};

use crate::signing::is_public_key;
use crate::store::{Store, now};

use super::sync::SyncError;

/// The longest structure name kept from the network.
const MAX_STRUCTURE_CHARS: usize = 200;

/// Puts this structure's public key on the server under this PC's site, once.
pub fn put_own(
    client: &mut impl GenericClient,
    public: &str,
    structure: &str,
) -> Result<(), postgres::Error> {
    let structure: String = structure.chars().take(MAX_STRUCTURE_CHARS).collect();
    let structure = if structure.trim().is_empty() {
        "?".to_owned()
    } else {
        structure
    };
    client.execute(
        "INSERT INTO passerelle.structure_key (public_key, structure) VALUES ($1, $2)
         ON CONFLICT (site, public_key) DO NOTHING",
        &[&public, &structure],
    )?;
    Ok(())
}

/// This PC's key on the server (when it has one), and the other sites' keys trusted
/// here: how many were new.
pub fn exchange(store: &mut Store, client: &mut Client) -> Result<usize, SyncError> {
    if let Some(public) = store.own_public_key()? {
        let structure = store.structure_name()?;
        put_own(client, &public, &structure)?;
    }
    let rows = client.query(
        "SELECT coalesce(s.name, k.site::text), k.public_key, k.structure
         FROM passerelle.structure_key k LEFT JOIN passerelle.site s ON s.role = k.site
         ORDER BY k.published_at",
        &[],
    )?;
    let mut added = 0;
    for row in rows {
        let (site, public, structure): (String, String, String) = (row.get(0), row.get(1), row.get(2));
        if !is_public_key(&public) {
            continue;
        }
        if !matches!(
            store.signer(&public)?,
            crate::model::attestation_check::Signer::Unknown
        ) {
            continue;
        }
        let named = crate::model::text_clean::one_line(&format!("{structure} ({site})"), MAX_STRUCTURE_CHARS);
        store.trust_key(&public, &named, now())?;
        added += 1;
    }
    Ok(added)
}
