//! Choosing where to save a file and which files to load, with the system's own dialog
//! (rfd: Windows' dialogs; on Linux the desktop's, through xdg-desktop-portal, or zenity).
//! It runs on a thread of its own, so a slow or missing dialog never freezes the window.
//! Where no dialog can open, files are saved to a known folder (never over an earlier
//! file), and to load, the files of the kind asked found there are listed for the person
//! to tick, with the folder named and a button to open it.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

/// A way to choose files. Called off the UI thread: it may block.
pub trait FileDialog: Send + Sync {
    /// Where to save a file suggested as `name`; `None` when the person cancels.
    fn save(&self, name: &str) -> Option<Choice>;
    /// Which files to load, among those ending with one of `extensions` (without the
    /// dot).
    fn open(&self, extensions: &[&str]) -> Opened;
}

/// What asking for files to load gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    /// The person chose these files in a dialog (none: they cancelled).
    Chosen(Vec<PathBuf>),
    /// No dialog could open: the files of the kind asked found in `folder`, for the person
    /// to tick.
    Listed {
        /// The known folder.
        folder: PathBuf,
        /// Its files of the kind asked, by name.
        files: Vec<PathBuf>,
    },
}

/// Where a file is to be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// The person chose this path in a dialog.
    Chosen(PathBuf),
    /// No dialog could open: the file goes to this path in the known folder.
    KnownFolder(PathBuf),
}

/// The folder used when no dialog can open: `Documents/Passerelle` (or the data folder's
/// `exchange` folder when there is no Documents folder).
pub fn known_folder(data_dir: &Path) -> PathBuf {
    directories::UserDirs::new()
        .and_then(|d| d.document_dir().map(|p| p.join("Passerelle")))
        .unwrap_or_else(|| data_dir.join("exchange"))
}

/// Saves into the known folder and loads the files of the kind asked found there.
pub struct KnownFolder(pub PathBuf);

impl FileDialog for KnownFolder {
    fn save(&self, name: &str) -> Option<Choice> {
        Some(Choice::KnownFolder(free_path(&self.0, name)))
    }

    fn open(&self, extensions: &[&str]) -> Opened {
        Opened::Listed {
            folder: self.0.clone(),
            files: self.files(extensions),
        }
    }
}

impl KnownFolder {
    /// The files in the folder ending with one of `extensions` (compared as Windows does,
    /// in any case), by name.
    pub fn files(&self, extensions: &[&str]) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.0)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && p.extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
            })
            .collect();
        files.sort();
        files
    }
}

/// `dir/name`, or when a file of that name is already there, `dir/name (2)`, `(3)`…
/// before the extension: a save into the known folder never replaces an earlier file
/// (two saves on one day, two residents of the same name).
fn free_path(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    if std::fs::symlink_metadata(&path).is_err() {
        return path;
    }
    let (stem, extension) = match name.split_once('.') {
        Some((stem, extension)) if !stem.is_empty() => (stem, format!(".{extension}")),
        _ => (name, String::new()),
    };
    (2u32..)
        .map(|n| dir.join(format!("{stem} ({n}){extension}")))
        .find(|candidate| std::fs::symlink_metadata(candidate).is_err())
        .unwrap_or(path)
}

/// The extension of progress files.
pub const EXTENSION: &str = "passerelle";

/// The system's dialog (Windows' own; on Linux the desktop's), falling back to the known
/// folder where none can open; elsewhere the known folder.
pub fn system(data_dir: &Path) -> Arc<dyn FileDialog> {
    let known = KnownFolder(known_folder(data_dir));
    #[cfg(any(windows, all(unix, not(target_os = "macos"))))]
    {
        Arc::new(native::Native::new(known))
    }
    #[cfg(not(any(windows, all(unix, not(target_os = "macos")))))]
    {
        Arc::new(known)
    }
}

#[cfg(any(windows, all(unix, not(target_os = "macos"))))]
mod native {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::{Duration, Instant};

    use super::{Choice, FileDialog, KnownFolder, Opened};

    /// A dialog that comes back empty sooner than this never showed: nobody cancels one
    /// this fast. (rfd says `None` both when the person cancels and when no dialog could
    /// open: a Linux desktop without xdg-desktop-portal or zenity.)
    const NO_DIALOG: Duration = Duration::from_millis(400);

    /// The system's dialogs through rfd: Windows' own, or on Linux the desktop's through
    /// xdg-desktop-portal (zenity where there is no portal); the known folder once none
    /// could open.
    pub struct Native {
        fallback: KnownFolder,
        missing: AtomicBool,
    }

    impl Native {
        pub fn new(fallback: KnownFolder) -> Self {
            Self {
                fallback,
                missing: AtomicBool::new(false),
            }
        }

        /// Whether a dialog that gave nothing after `started` never showed; remembered,
        /// so that the next file goes straight to the known folder.
        fn never_showed(&self, started: Instant) -> bool {
            if started.elapsed() >= NO_DIALOG {
                return false;
            }
            log::warn!(
                "no file dialog could open: files go to {}",
                self.fallback.0.display()
            );
            self.missing.store(true, Ordering::Relaxed);
            true
        }
    }

    impl FileDialog for Native {
        fn save(&self, name: &str) -> Option<Choice> {
            if !self.missing.load(Ordering::Relaxed) {
                // The filter of the file's own kind: a progress file, a table or a PDF.
                let extension = std::path::Path::new(name)
                    .extension()
                    .and_then(|e| e.to_str())
                    .unwrap_or(super::EXTENSION);
                let started = Instant::now();
                let chosen = rfd::FileDialog::new()
                    .set_file_name(name)
                    .add_filter(extension.to_uppercase(), &[extension])
                    .save_file();
                match chosen {
                    Some(path) => return Some(Choice::Chosen(path)),
                    None if !self.never_showed(started) => return None,
                    None => {}
                }
            }
            self.fallback.save(name)
        }

        fn open(&self, extensions: &[&str]) -> Opened {
            if !self.missing.load(Ordering::Relaxed) {
                let started = Instant::now();
                let chosen = rfd::FileDialog::new()
                    .add_filter(extensions.join(", ").to_uppercase(), extensions)
                    .pick_files();
                match chosen {
                    Some(files) => return Opened::Chosen(files),
                    None if !self.never_showed(started) => return Opened::Chosen(Vec::new()),
                    None => {}
                }
            }
            self.fallback.open(extensions)
        }
    }
}

/// What a background file job found.
#[derive(Debug)]
pub enum FileJob {
    /// A file was written (or not: the error in words).
    Saved {
        /// Where it went.
        choice: Choice,
        /// Why writing failed.
        error: Option<crate::file_read::FileError>,
    },
    /// Files were read (each with its bytes, or why not).
    Loaded(Vec<(PathBuf, Result<Vec<u8>, crate::file_read::FileError>)>),
    /// No dialog could open: these files of the kind asked are in the known folder, for the
    /// person to tick (then [`read_in_background`]).
    Listed {
        /// The known folder.
        folder: PathBuf,
        /// Its files of the kind asked.
        files: Vec<PathBuf>,
    },
    /// The person cancelled.
    Cancelled,
}

/// Asks where to save `bytes` as `name` and writes them, on a thread of its own.
pub fn save_in_background(
    dialog: Arc<dyn FileDialog>,
    name: String,
    bytes: Vec<u8>,
    wake: impl Fn() + Send + 'static,
) -> Receiver<FileJob> {
    write_in_background(
        dialog,
        name,
        move |path| std::fs::write(path, &bytes).map_err(Into::into),
        wake,
    )
}

/// Asks where to save a file suggested as `name`, then lets `write` write it there, on
/// a thread of its own (for long exports).
pub fn write_in_background(
    dialog: Arc<dyn FileDialog>,
    name: String,
    write: impl FnOnce(&Path) -> Result<(), crate::file_read::FileError> + Send + 'static,
    wake: impl Fn() + Send + 'static,
) -> Receiver<FileJob> {
    let (sender, receiver) = channel();
    std::thread::spawn(move || {
        let job = match dialog.save(&name) {
            None => FileJob::Cancelled,
            Some(choice) => {
                let path = match &choice {
                    Choice::Chosen(p) | Choice::KnownFolder(p) => p.clone(),
                };
                let written = path
                    .parent()
                    .map_or(Ok(()), std::fs::create_dir_all)
                    .map_err(Into::into)
                    .and_then(|()| write(&path))
                    .inspect(|()| crate::data_folder::restrict_file_to_owner(&path));
                FileJob::Saved {
                    choice,
                    error: written.err(),
                }
            }
        };
        let _ = sender.send(job);
        wake();
    });
    receiver
}

/// Asks which files (ending with one of `extensions`) to load and reads them, on a
/// thread of its own; where no dialog can open, lists the known folder's instead.
pub fn load_in_background(
    dialog: Arc<dyn FileDialog>,
    extensions: &'static [&'static str],
    wake: impl Fn() + Send + 'static,
) -> Receiver<FileJob> {
    let (sender, receiver) = channel();
    std::thread::spawn(move || {
        let job = match dialog.open(extensions) {
            Opened::Chosen(files) if files.is_empty() => FileJob::Cancelled,
            Opened::Chosen(files) => FileJob::Loaded(read_all(files)),
            Opened::Listed { folder, files } => FileJob::Listed { folder, files },
        };
        let _ = sender.send(job);
        wake();
    });
    receiver
}

/// Reads the files ticked in the known folder's list, on a thread of its own.
pub fn read_in_background(files: Vec<PathBuf>, wake: impl Fn() + Send + 'static) -> Receiver<FileJob> {
    let (sender, receiver) = channel();
    std::thread::spawn(move || {
        let _ = sender.send(FileJob::Loaded(read_all(files)));
        wake();
    });
    receiver
}

/// Each file's bytes, read with the limits of its kind, or why not.
fn read_all(files: Vec<PathBuf>) -> Vec<(PathBuf, Result<Vec<u8>, crate::file_read::FileError>)> {
    files
        .into_iter()
        .map(|p| {
            let bytes = crate::file_read::read_limited(&p, crate::file_read::max_bytes_for(&p));
            (p, bytes)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_known_folder_never_replaces_an_earlier_file() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        let folder = KnownFolder(dir.path().to_owned());
        let saved = |name: &str| match folder.save(name) {
            Some(Choice::KnownFolder(path)) => std::fs::write(&path, b"x")
                .map(|()| path.file_name().map(|n| n.to_string_lossy().into_owned())),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            saved("ana-2026-12-07.passerelle")?.as_deref(),
            Some("ana-2026-12-07.passerelle")
        );
        assert_eq!(
            saved("ana-2026-12-07.passerelle")?.as_deref(),
            Some("ana-2026-12-07 (2).passerelle")
        );
        assert_eq!(
            saved("ana-2026-12-07.passerelle")?.as_deref(),
            Some("ana-2026-12-07 (3).passerelle")
        );
        assert_eq!(
            saved("cles.passerelle-keys")?.as_deref(),
            Some("cles.passerelle-keys")
        );
        assert_eq!(
            saved("cles.passerelle-keys")?.as_deref(),
            Some("cles (2).passerelle-keys")
        );
        Ok(())
    }

    #[test]
    fn the_known_folder_offers_only_files_of_the_kind_asked() -> std::io::Result<()> {
        let dir = tempfile::tempdir()?;
        for name in [
            "ana.passerelle",
            "cours.passerelle-pack",
            "notes.txt",
            "photo.png",
            "SCAN.PNG",
        ] {
            std::fs::write(dir.path().join(name), b"x")?;
        }
        let folder = KnownFolder(dir.path().to_owned());
        let names = |extensions: &[&str]| -> Vec<String> {
            folder
                .files(extensions)
                .iter()
                .filter_map(|p| p.file_name()?.to_str().map(str::to_owned))
                .collect()
        };
        assert_eq!(names(&[EXTENSION]), ["ana.passerelle"]);
        assert_eq!(
            names(&[crate::pack::archive::EXTENSION]),
            ["cours.passerelle-pack"]
        );
        assert_eq!(
            names(&["png"]),
            ["SCAN.PNG", "photo.png"],
            "in any case, as on Windows"
        );
        assert_eq!(
            folder.open(&["txt"]),
            Opened::Listed {
                folder: dir.path().to_owned(),
                files: vec![dir.path().join("notes.txt")]
            },
            "listed for the person to tick, not loaded"
        );
        Ok(())
    }
}
