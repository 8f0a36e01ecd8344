//! The keys that sign attestations (see `signing.rs`): this structure's, sealed under the
//! leaders' PIN, and the public halves of the keys this PC knows.

use rusqlite::{OptionalExtension as _, params};

use super::{Result, Store, StoreError};
use crate::model::attestation_check::Signer;
use crate::signing::{self, StructureKey};

/// The structure's key pair, sealed under the PIN.
pub(super) const KEY_SEALED: &str = "agent.key_sealed";
/// Its public half.
pub(super) const KEY_PUBLIC: &str = "agent.key_public";

/// Makes a new key pair sealed under `pin` and writes it with the settings of `tx`: the
/// one place a PIN is written calls this (see `agent.rs`).
pub(super) fn write_new_key(
    tx: &rusqlite::Connection,
    pin: &str,
    structure: &str,
    now_ms: i64,
) -> Result<()> {
    let key = signing::new_key(pin).map_err(|e| StoreError::Secret(e.to_string()))?;
    super::settings::write_settings(tx, &[(KEY_SEALED, &key.sealed), (KEY_PUBLIC, &key.public)])?;
    tx.prepare(include_str!("structure_keys/add_known_key.sql"))?
        .execute(params![key.public, structure, 1, now_ms])?;
    Ok(())
}

impl Store {
    /// The structure's key, opened with the leaders' PIN (call it with the right PIN);
    /// a PIN chosen before keys existed gets its key made now. `None` when the PIN does
    /// not open it.
    pub fn structure_key(&mut self, pin: &str) -> Result<Option<StructureKey>> {
        if self.setting(KEY_SEALED)?.is_none() {
            let structure = self.structure_name()?;
            self.transact(|tx| write_new_key(tx, pin, &structure, super::now()))?;
        }
        let (Some(sealed), Some(public)) = (self.setting(KEY_SEALED)?, self.setting(KEY_PUBLIC)?) else {
            return Ok(None);
        };
        Ok(signing::open_key(&sealed, &public, pin))
    }

    /// Who holds the key `public`, as this PC knows.
    pub fn signer(&self, public: &str) -> Result<Signer> {
        let found: Option<(String, bool)> = self
            .conn
            .prepare(include_str!("structure_keys/known_key.sql"))?
            .query_row([public], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(match found {
            Some((_, true)) => Signer::Own,
            Some((structure, false)) => Signer::Trusted(structure),
            None => Signer::Unknown,
        })
    }

    /// Trusts the key `public` as that of the structure named `structure`.
    pub fn trust_key(&mut self, public: &str, structure: &str, now_ms: i64) -> Result<()> {
        self.conn
            .prepare(include_str!("structure_keys/add_known_key.sql"))?
            .execute(params![public, structure, 0, now_ms])?;
        Ok(())
    }

    /// The structure's present public key and name, to give to other structures.
    pub fn own_public_key(&self) -> Result<Option<String>> {
        self.setting(KEY_PUBLIC)
    }
}
