//! The built-in packs, embedded from `lessons/` by `build.rs`.

use super::PackFiles;

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

/// A fingerprint of a pack's files, so the store re-imports a pack whose files changed.
pub fn fingerprint(pack: &PackFiles) -> String {
    // FNV-1a: stable across Rust versions and platforms, unlike `DefaultHasher`.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let mut files: Vec<&(String, Vec<u8>)> = pack.files.iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, bytes) in files {
        feed(name.as_bytes());
        feed(&[0]);
        feed(bytes);
        feed(&[0]);
    }
    format!("{hash:016x}")
}
