//! Saving a pack's files as a folder (the pack editor's "Save as pack files").

use super::PackFiles;
use super::load::{LESSONS_DIR, MANIFEST, MEDIA_DIR};

/// Writes a pack's files into `dir` (made if needed). When `dir` already holds a pack,
/// its lesson files (`lessons/*.toml`) and media (`media/*.png`, `*.wav`) that the pack no
/// longer has are removed, so that the folder is the pack as saved: a lesson removed in
/// the editor does not come back. Nothing else in the folder is touched.
pub fn write_folder(dir: &std::path::Path, files: &PackFiles) -> std::io::Result<()> {
    let was_pack = dir.join(MANIFEST).is_file();
    for (name, bytes) in &files.files {
        let target = dir.join(name);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&target, bytes)?;
    }
    if !was_pack {
        return Ok(());
    }
    for (folder, extensions) in [(LESSONS_DIR, &["toml"][..]), (MEDIA_DIR, &["png", "wav"][..])] {
        let Ok(entries) = std::fs::read_dir(dir.join(folder)) else {
            continue;
        };
        for entry in entries {
            let entry = entry?;
            let name = format!("{folder}{}", entry.file_name().to_string_lossy());
            let ours = entry
                .path()
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.contains(&e.to_ascii_lowercase().as_str()));
            if ours && entry.file_type()?.is_file() && !files.files.iter().any(|(n, _)| *n == name) {
                std::fs::remove_file(entry.path())?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::builtin;

    #[test]
    fn saving_again_into_a_pack_folder_leaves_the_pack_as_saved() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let files = builtin::packs().remove(0);
        write_folder(dir.path(), &files)?;
        std::fs::write(dir.path().join("notes.txt"), "mine")?;
        let mut draft = super::super::draft::PackDraft::read(&files).expect("reads");
        let removed = draft.lessons.remove(0);
        write_folder(dir.path(), &draft.files("x"))?;
        assert!(!dir.path().join(removed.path()).exists());
        assert!(dir.path().join("notes.txt").exists(), "other files stay");
        // ...and `pack check` says the pack does not read them.
        let problems = crate::pack::load_dir(dir.path()).err().unwrap_or_default();
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert_eq!(problems[0].kind, crate::pack::ProblemKind::NotAPackFile);
        std::fs::remove_file(dir.path().join("notes.txt"))?;
        let again = crate::pack::load_dir(dir.path()).expect("a clean pack");
        assert_eq!(again.lessons.len(), draft.lessons.len());
        Ok(())
    }
}
