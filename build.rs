//! Embeds the built-in lesson packs (`lessons/`) and the Fluent files (`i18n/`) in the
//! binary, so the app runs from a single file on a PC with nothing installed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    embed(&root, "lessons", &out.join("builtin_lessons.rs"));
    embed(&root, "i18n", &out.join("i18n_files.rs"));
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resources(&root);
    }
}

/// The icon and version information of `passerelle.exe` (version from `Cargo.toml`).
fn windows_resources(root: &Path) {
    let icon = root.join("assets").join("passerelle.ico");
    println!("cargo:rerun-if-changed={}", icon.display());
    let mut resources = winresource::WindowsResource::new();
    resources
        .set_icon(&icon.display().to_string())
        .set("ProductName", "Passerelle")
        .set("FileDescription", "Passerelle")
        .set("LegalCopyright", "Passerelle developers, MIT OR Apache-2.0");
    if let Err(e) = resources.compile() {
        panic!("could not add the icon and version information to passerelle.exe: {e}");
    }
}

/// Writes `&[(relative path, bytes)]` for every file under `root/dir`, sorted by path.
fn embed(root: &Path, dir: &str, target: &Path) {
    let base = root.join(dir);
    let mut files = Vec::new();
    collect(&base, &mut files);
    files.sort();
    let mut code = String::from("&[\n");
    for file in &files {
        let relative = file
            .strip_prefix(&base)
            .expect("collected under base")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        writeln!(
            code,
            "    ({relative:?}, include_bytes!({:?}).as_slice()),",
            file.display().to_string()
        )
        .expect("writing to a String");
    }
    code.push(']');
    std::fs::write(target, code).expect("OUT_DIR is writable");
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if !entry.file_name().to_string_lossy().starts_with('.') {
            println!("cargo:rerun-if-changed={}", path.display());
            files.push(path);
        }
    }
}
