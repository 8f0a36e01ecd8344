//! The site's credentials kept on the PC sealed under the leaders' PIN: Argon2id turns
//! the PIN and a fresh salt into a key (as for the structure's signing key), and
//! ChaCha20-Poly1305 seals the join file with it, so that a copy of the data folder does
//! not give anyone the way into the city's server, and a wrong PIN opens nothing.

use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};

use super::join_file::{JoinFile, JoinProblem};
use crate::signing::{KeyError, from_hex, mask, random, to_hex};

/// Seals `join` under `pin`.
pub fn seal(join: &JoinFile, pin: &str) -> Result<String, KeyError> {
    let salt: [u8; 16] = random()?;
    let nonce: [u8; 12] = random()?;
    let key = mask(pin, &salt)?;
    let cipher = ChaCha20Poly1305::new(Key::from_slice(&key));
    let sealed = cipher
        .encrypt(Nonce::from_slice(&nonce), join.to_bytes().as_slice())
        .map_err(|e| KeyError::Seal(e.to_string()))?;
    Ok(format!(
        "v1:{}:{}:{}",
        to_hex(&salt),
        to_hex(&nonce),
        to_hex(&sealed)
    ))
}

/// Why sealed credentials did not open.
#[derive(Debug, PartialEq, Eq)]
pub enum OpenProblem {
    /// Not the PIN they were sealed under (or the seal was changed).
    WrongPin,
    /// They opened, but what they hold is not a good join file.
    Join(JoinProblem),
}

/// Opens credentials sealed under `pin`.
pub fn open(sealed: &str, pin: &str) -> Result<JoinFile, OpenProblem> {
    let mut parts = sealed.split(':');
    let (Some("v1"), Some(salt), Some(nonce), Some(body), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return Err(OpenProblem::WrongPin);
    };
    let (Some(salt), Some(nonce), Some(body)) = (from_hex(salt), from_hex(nonce), from_hex(body)) else {
        return Err(OpenProblem::WrongPin);
    };
    if nonce.len() != 12 {
        return Err(OpenProblem::WrongPin);
    }
    let key = mask(pin, &salt).map_err(|_| OpenProblem::WrongPin)?;
    let plain = ChaCha20Poly1305::new(Key::from_slice(&key))
        .decrypt(Nonce::from_slice(&nonce), body.as_slice())
        .map_err(|_| OpenProblem::WrongPin)?;
    JoinFile::from_bytes(&plain).map_err(OpenProblem::Join)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_open_only_with_their_pin_and_hide_the_password() -> Result<(), KeyError> {
        let join = JoinFile {
            format: super::super::join_file::FORMAT_TAG.into(),
            version: 1,
            site: "bib".into(),
            host: "localhost".into(),
            port: 5432,
            dbname: "passerelle".into(),
            user: "passerelle_site_bib".into(),
            password: "tres-secret".into(),
            server_certificate: String::new(),
        };
        let sealed = seal(&join, "743951")?;
        assert!(!sealed.contains("tres-secret"));
        assert_eq!(open(&sealed, "743951"), Ok(join));
        assert_eq!(open(&sealed, "743952"), Err(OpenProblem::WrongPin));
        let mut changed = sealed.clone();
        let last = changed.pop();
        changed.push(if last == Some('0') { '1' } else { '0' });
        assert_ne!(changed, sealed);
        assert!(open(&changed, "743951").is_err());
        Ok(())
    }
}
