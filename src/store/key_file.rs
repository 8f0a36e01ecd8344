//! The structures' keys file (`.passerelle-keys`): the public keys this PC knows (its own
//! under the structure's name, and those it trusts), for other structures to trust the
//! attestations signed with them in one step. A plain text file anyone can read:
//!
//! ```text
//! passerelle-keys 1
//! # Key (64 characters), then the structure's name.
//! 3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29 Médiathèque Łódź
//! ```
//!
//! A file comes from anywhere: it is checked whole before anything is trusted, and a
//! bad one is refused with its line and field, changing nothing.

use std::fmt::Write as _;

use rusqlite::{OptionalExtension as _, params};

use super::{Result, Store, StoreError};
use crate::i18n::Tr;
use crate::signing;

/// The extension of keys files.
pub const EXTENSION: &str = "passerelle-keys";

/// The first line of a keys file: its kind and version.
const HEADER: &str = "passerelle-keys 1";

/// The most keys a file may hold (a city's structures, with their older keys).
const MAX_KEYS: usize = 1_000;

/// The longest structure name a file may give, in characters.
const MAX_NAME_CHARS: usize = 120;

/// A key and the structure that holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyEntry {
    /// The public key (64 hex digits).
    pub public: String,
    /// The structure's name.
    pub structure: String,
}

/// Why a keys file is refused (nothing of it is trusted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyFileProblem {
    /// Not text, or not a keys file (its first line is not the header).
    NotAKeysFile,
    /// The key at this line is not a Passerelle key.
    BadKey(usize),
    /// The structure's name at this line is missing, too long or holds control characters.
    BadName(usize),
    /// The same key twice, under different names (at this line).
    TwoNames(usize),
    /// More keys than a keys file holds.
    TooMany,
}

impl KeyFileProblem {
    /// The problem in words, naming the file, the line and the field.
    pub fn message(&self, file: &str, tr: &Tr<'_>) -> String {
        let at = |id: &str, line: &usize| tr.args(id, &[("file", file.into()), ("line", (*line).into())]);
        match self {
            Self::NotAKeysFile => tr.args("attestation-keys-not-keys", &[("file", file.into())]),
            Self::BadKey(line) => at("attestation-keys-bad-key", line),
            Self::BadName(line) => at("attestation-keys-bad-name", line),
            Self::TwoNames(line) => at("attestation-keys-two-names", line),
            Self::TooMany => tr.args(
                "attestation-keys-too-many",
                &[("file", file.into()), ("max", MAX_KEYS.into())],
            ),
        }
    }
}

/// Reads a keys file; every line is checked before any key is returned.
pub fn parse(bytes: &[u8]) -> std::result::Result<Vec<KeyEntry>, KeyFileProblem> {
    let text = std::str::from_utf8(bytes).map_err(|_| KeyFileProblem::NotAKeysFile)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().enumerate();
    if lines.next().map(|(_, l)| l.trim()) != Some(HEADER) {
        return Err(KeyFileProblem::NotAKeysFile);
    }
    let mut entries: Vec<KeyEntry> = Vec::new();
    let mut count = 0;
    for (index, line) in lines {
        let (number, line) = (index + 1, line.trim());
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        count += 1;
        if count > MAX_KEYS {
            return Err(KeyFileProblem::TooMany);
        }
        let (key, name) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let (public, structure) = (key.to_ascii_lowercase(), name.trim().to_owned());
        if !signing::is_public_key(&public) {
            return Err(KeyFileProblem::BadKey(number));
        }
        if structure.is_empty()
            || structure.chars().count() > MAX_NAME_CHARS
            || structure.chars().any(char::is_control)
        {
            return Err(KeyFileProblem::BadName(number));
        }
        match entries.iter().find(|e| e.public == public) {
            Some(known) if known.structure != structure => return Err(KeyFileProblem::TwoNames(number)),
            Some(_) => {}
            None => entries.push(KeyEntry { public, structure }),
        }
    }
    Ok(entries)
}

/// What trusting a keys file did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trusted {
    /// The structures whose keys are new to this PC, by name.
    pub added: Vec<String>,
    /// Keys this PC knew already (its own, or trusted before): left as they were.
    pub known: usize,
}

impl Trusted {
    /// What trusting the file `file` did, in words.
    pub fn message(&self, file: &str, tr: &Tr<'_>) -> String {
        if self.added.is_empty() {
            return tr.args(
                "attestation-keys-nothing-new",
                &[("file", file.into()), ("known", self.known.into())],
            );
        }
        tr.args(
            "attestation-keys-trusted",
            &[
                ("file", file.into()),
                ("structures", self.added.join(", ").into()),
                ("known", self.known.into()),
            ],
        )
    }
}

impl Store {
    /// This PC's keys file: its own keys (the present one and older ones) under the
    /// structure's present name, then the keys it trusts. `None` when the structure has
    /// no key yet, or no name to give it.
    pub fn keys_file(&self) -> Result<Option<String>> {
        let structure = self.structure_name()?;
        if structure.trim().is_empty() || self.own_public_key()?.is_none() {
            return Ok(None);
        }
        let mut statement = self
            .conn
            .prepare_cached(include_str!("key_file/known_keys.sql"))?;
        let rows = statement.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
            ))
        })?;
        let mut text = format!("{HEADER}\n# Key (64 characters), then the structure's name.\n");
        for row in rows {
            let (public, name, own) = row?;
            let name = if own { structure.trim() } else { name.as_str() };
            let _ = writeln!(text, "{public} {name}");
        }
        Ok(Some(text))
    }

    /// Trusts the keys of `entries` this PC does not know yet, in one transaction.
    pub fn trust_keys(&mut self, entries: &[KeyEntry], now_ms: i64) -> Result<Trusted> {
        self.transact(|tx| {
            let mut trusted = Trusted::default();
            for entry in entries {
                let known: Option<String> = tx
                    .prepare_cached(include_str!("structure_keys/known_key.sql"))?
                    .query_row([&entry.public], |r| r.get(0))
                    .optional()?;
                if known.is_some() {
                    trusted.known += 1;
                    continue;
                }
                tx.prepare_cached(include_str!("structure_keys/add_known_key.sql"))?
                    .execute(params![entry.public, entry.structure, 0, now_ms])?;
                if !trusted.added.contains(&entry.structure) {
                    trusted.added.push(entry.structure.clone());
                }
            }
            Ok::<_, StoreError>(trusted)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: u8) -> String {
        let made = signing::new_key(&format!("pin {n}")).expect("a key");
        made.public
    }

    #[test]
    fn a_keys_file_is_read_with_its_own_small_limit() {
        let path = std::path::PathBuf::from(format!("cles.{EXTENSION}"));
        assert_eq!(
            crate::file_read::max_bytes_for(&path),
            crate::file_read::MAX_KEYS_FILE_BYTES
        );
        // The most keys a file may hold, with the longest names, fit under it.
        let longest = format!("{} {}\n", "a".repeat(64), "é".repeat(MAX_NAME_CHARS));
        assert!((longest.len() * MAX_KEYS) as u64 <= crate::file_read::MAX_KEYS_FILE_BYTES);
    }

    #[test]
    fn a_good_file_is_read_and_every_bad_line_is_named() {
        let (a, b) = (key(1), key(2));
        let good = format!(
            "{HEADER}\n# comment\n\n{a} Médiathèque Łódź\n{} Centre social\t\n",
            b.to_uppercase()
        );
        assert_eq!(
            parse(good.as_bytes()),
            Ok(vec![
                KeyEntry {
                    public: a.clone(),
                    structure: "Médiathèque Łódź".into()
                },
                KeyEntry {
                    public: b.clone(),
                    structure: "Centre social".into()
                },
            ])
        );
        let bad = |body: &str| parse(format!("{HEADER}\n{body}").as_bytes());
        // (A key with one hex digit changed may still be a point: these never are.)
        assert_eq!(
            bad(&format!("{a} A\n{}g B", &b[..63])),
            Err(KeyFileProblem::BadKey(3)),
            "not hex"
        );
        assert_eq!(
            bad(&format!("{a} A\n{} B", &b[..62])),
            Err(KeyFileProblem::BadKey(3)),
            "too short"
        );
        assert_eq!(
            bad(&format!("{} A", "ab".repeat(32))),
            Err(KeyFileProblem::BadKey(2)),
            "not a point"
        );
        assert_eq!(bad(&a), Err(KeyFileProblem::BadName(2)));
        assert_eq!(
            bad(&format!("{a} {}", "x".repeat(121))),
            Err(KeyFileProblem::BadName(2))
        );
        assert_eq!(bad(&format!("{a} A\u{7}B")), Err(KeyFileProblem::BadName(2)));
        assert_eq!(bad(&format!("{a} A\n{a} B")), Err(KeyFileProblem::TwoNames(3)));
        assert_eq!(
            bad(&format!("{a} A\n{a} A")).map(|e| e.len()),
            Ok(1),
            "the same line twice"
        );
        assert_eq!(bad(&format!("{a} A\n").repeat(MAX_KEYS)).map(|e| e.len()), Ok(1));
        assert_eq!(
            bad(&format!("{a} A\n").repeat(MAX_KEYS + 1)),
            Err(KeyFileProblem::TooMany)
        );
        assert_eq!(parse(b"\xff\xfe"), Err(KeyFileProblem::NotAKeysFile));
        assert_eq!(
            parse(format!("{a} A").as_bytes()),
            Err(KeyFileProblem::NotAKeysFile)
        );
    }
}
