//! Where Passerelle keeps its data.
//!
//! In order: `--data-dir PATH`; the `PASSERELLE_DATA_DIR` environment variable; portable
//! mode (a `data/` folder or a `passerelle-portable.txt` file beside the program, for a
//! USB key or a PC wiped every night), which keeps everything in `data/` beside the
//! program; else the system's data folder for applications (`directories`).

use std::path::{Path, PathBuf};

/// The environment variable that sets the data folder.
pub const ENV_VAR: &str = "PASSERELLE_DATA_DIR";
/// A file beside the program that turns portable mode on.
pub const PORTABLE_MARKER: &str = "passerelle-portable.txt";
/// The folder beside the program used in portable mode.
pub const PORTABLE_DIR: &str = "data";

/// Why this data folder was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataDirSource {
    /// `--data-dir`.
    Flag,
    /// The environment variable.
    Environment,
    /// Portable mode.
    Portable,
    /// The system's folder.
    System,
}

/// The data folder and why it was chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataDir {
    /// The folder.
    pub path: PathBuf,
    /// Why.
    pub source: DataDirSource,
}

/// Chooses the data folder. `exe_dir` is the program's folder; `system` the system's
/// data folder for Passerelle, if the system has one.
pub fn resolve(
    flag: Option<PathBuf>,
    env: Option<PathBuf>,
    exe_dir: Option<&Path>,
    system: Option<PathBuf>,
) -> Option<DataDir> {
    let pick = |path, source| Some(DataDir { path, source });
    if let Some(path) = flag {
        return pick(path, DataDirSource::Flag);
    }
    if let Some(path) = env.filter(|p| !p.as_os_str().is_empty()) {
        return pick(path, DataDirSource::Environment);
    }
    if let Some(dir) = exe_dir {
        let data = dir.join(PORTABLE_DIR);
        if data.is_dir() || dir.join(PORTABLE_MARKER).is_file() {
            return pick(data, DataDirSource::Portable);
        }
    }
    system.and_then(|path| pick(path, DataDirSource::System))
}

/// Makes the data folder readable by its owner only (Unix: the folder 0700, its files
/// and its backups 0600), so that other accounts of a shared PC cannot read residents'
/// progress. Run at every start, so a folder made by an older Passerelle is tightened.
/// Elsewhere (Windows keeps a user's AppData to that user) it does nothing. A folder
/// that cannot be changed (a USB key, a network drive) is logged and used as it is.
pub fn restrict_to_owner(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let set = |path: &Path, mode: u32| {
            if let Err(e) = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)) {
                log::warn!("cannot restrict {} to its owner: {e}", path.display());
            }
        };
        set(dir, 0o700);
        let mut folders = vec![dir.to_path_buf()];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
                match entry.file_type() {
                    Ok(t) if t.is_dir() => {
                        set(&entry.path(), 0o700);
                        folders.push(entry.path());
                    }
                    Ok(t) if t.is_file() => set(&entry.path(), 0o600),
                    _ => {}
                }
            }
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Restricts a file Passerelle wrote for a leader (a table, a progress file) to its
/// owner where the file system allows it (Unix; not on a USB key's FAT).
pub fn restrict_file_to_owner(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// The lock file that keeps a second Passerelle off the same data folder.
pub const LOCK_FILE: &str = "passerelle.lock";

/// Why the data folder could not be locked.
#[derive(Debug)]
pub enum LockError {
    /// Another Passerelle has it.
    AlreadyOpen,
    /// Locks do not work here (some network drives): Passerelle goes on without one.
    Io(std::io::Error),
}

/// Locks the data folder for this run; the lock is released when the file is dropped
/// (or the process ends, even when killed). `Ok(None)` never happens today; it is kept
/// for folders where locking is not supported.
pub fn lock_data_dir(dir: &Path) -> Result<Option<std::fs::File>, LockError> {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(LOCK_FILE))
        .map_err(LockError::Io)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(std::fs::TryLockError::WouldBlock) => Err(LockError::AlreadyOpen),
        Err(std::fs::TryLockError::Error(e)) => Err(LockError::Io(e)),
    }
}

/// Chooses the data folder for this run, from the real environment.
pub fn resolve_for_this_run(flag: Option<PathBuf>) -> Option<DataDir> {
    let env = std::env::var_os(ENV_VAR).map(PathBuf::from);
    let exe = std::env::current_exe().ok();
    let exe_dir = exe.as_deref().and_then(Path::parent);
    let system = directories::ProjectDirs::from("fr", "Passerelle", "Passerelle")
        .map(|dirs| dirs.data_dir().to_path_buf());
    resolve(flag, env, exe_dir, system)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_then_the_environment() {
        let flag = Some(PathBuf::from("/flag"));
        let env = Some(PathBuf::from("/env"));
        let system = Some(PathBuf::from("/system"));
        let chosen = resolve(flag, env.clone(), None, system.clone());
        assert_eq!(chosen.map(|d| d.source), Some(DataDirSource::Flag));
        let chosen = resolve(None, env, None, system);
        assert_eq!(chosen.map(|d| d.path), Some(PathBuf::from("/env")));
    }

    #[test]
    fn portable_mode_keeps_data_beside_the_program() -> std::io::Result<()> {
        let exe_dir = tempfile::tempdir()?;
        let system = Some(PathBuf::from("/system"));
        let chosen = resolve(None, None, Some(exe_dir.path()), system.clone());
        assert_eq!(chosen.map(|d| d.source), Some(DataDirSource::System));

        std::fs::write(exe_dir.path().join(PORTABLE_MARKER), "")?;
        let chosen = resolve(None, None, Some(exe_dir.path()), system.clone());
        assert_eq!(
            chosen,
            Some(DataDir {
                path: exe_dir.path().join(PORTABLE_DIR),
                source: DataDirSource::Portable
            })
        );

        std::fs::remove_file(exe_dir.path().join(PORTABLE_MARKER))?;
        std::fs::create_dir(exe_dir.path().join(PORTABLE_DIR))?;
        let chosen = resolve(None, None, Some(exe_dir.path()), system);
        assert_eq!(chosen.map(|d| d.source), Some(DataDirSource::Portable));
        Ok(())
    }

    #[test]
    fn a_second_lock_on_the_same_folder_is_refused_until_the_first_is_released() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let first = lock_data_dir(dir.path());
        assert!(matches!(first, Ok(Some(_))));
        assert!(matches!(lock_data_dir(dir.path()), Err(LockError::AlreadyOpen)));
        drop(first);
        assert!(matches!(lock_data_dir(dir.path()), Ok(Some(_))));
        Ok(())
    }

    #[test]
    fn portable_mode_works_from_a_folder_with_accents_and_a_long_path() -> std::io::Result<()> {
        let base = tempfile::tempdir()?;
        let exe_dir = base
            .path()
            .join("Hélène")
            .join("Clé USB de la médiathèque")
            .join("x".repeat(120));
        std::fs::create_dir_all(&exe_dir)?;
        std::fs::write(exe_dir.join(PORTABLE_MARKER), "")?;
        let chosen = resolve(None, None, Some(&exe_dir), None).map(|d| d.path);
        assert_eq!(chosen, Some(exe_dir.join(PORTABLE_DIR)));
        let data = exe_dir.join(PORTABLE_DIR);
        std::fs::create_dir_all(&data)?;
        assert!(matches!(lock_data_dir(&data), Ok(Some(_))));
        Ok(())
    }

    #[test]
    fn an_empty_environment_variable_is_ignored() {
        let chosen = resolve(None, Some(PathBuf::new()), None, Some(PathBuf::from("/system")));
        assert_eq!(chosen.map(|d| d.source), Some(DataDirSource::System));
    }

    #[cfg(unix)]
    #[test]
    fn the_data_folder_is_tightened_to_its_owner() -> std::io::Result<()> {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir()?;
        let data = dir.path().join("data");
        std::fs::create_dir_all(data.join("backups"))?;
        std::fs::write(data.join("passerelle.sqlite3"), b"x")?;
        std::fs::write(data.join("backups/b.sqlite3"), b"x")?;
        for p in [&data, &data.join("backups")] {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755))?;
        }
        restrict_to_owner(&data);
        let mode = |p: &Path| std::fs::metadata(p).map(|m| m.permissions().mode() & 0o777);
        assert_eq!(mode(&data)?, 0o700);
        assert_eq!(mode(&data.join("backups"))?, 0o700);
        assert_eq!(mode(&data.join("passerelle.sqlite3"))?, 0o600);
        assert_eq!(mode(&data.join("backups/b.sqlite3"))?, 0o600);
        Ok(())
    }
}
