//! The built-in packs, embedded from `lessons/` by `build.rs`.

use super::PackFiles;
use crate::model::shuffle::Fnv;

/// Every file under `lessons/`, as `("premiers-pas/pack.toml", bytes)`.
const FILES: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/builtin_lessons.rs"));

/// The built-in packs' files, one [`PackFiles`] per folder of `lessons/`, sorted by folder.
pub fn packs() -> Vec<PackFiles> {
    let mut packs: Vec<PackFiles> = Vec::new();
    for (path, bytes) in FILES {
        let Some((folder, inner)) = path.split_once('/') else {
            continue;
        };
        let root = format!("lessons/{folder}");
        match packs.last_mut() {
            Some(pack) if pack.root == root => {}
            _ => packs.push(PackFiles {
                root: root.clone(),
                files: Vec::new(),
            }),
        }
        if let Some(pack) = packs.last_mut() {
            pack.files.push((inner.to_owned(), bytes.to_vec()));
        }
    }
    packs
}

/// The version of how pack files become lessons, fed to every fingerprint.
const READING: &str = "reading 2: French no-break spaces";

/// A fingerprint of a pack's files, so the store re-imports a pack whose files changed.
pub fn fingerprint(pack: &PackFiles) -> String {
    let mut hash = Fnv::default();
    // How files are read is part of what is stored: when it changes (French spacing),
    // the built-in packs are imported again.
    hash.feed(READING.as_bytes());
    let mut files: Vec<&(String, Vec<u8>)> = pack.files.iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, bytes) in files {
        hash.feed(name.as_bytes());
        hash.feed(&[0]);
        hash.feed(bytes);
        hash.feed(&[0]);
    }
    format!("{:016x}", hash.finish())
}
