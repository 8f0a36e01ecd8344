//! Files to tick where no dialog can open: the known folder's files of the kind asked,
//! shown with the folder named, so that nothing is loaded without being chosen.

use std::path::PathBuf;

/// The files of the kind asked found in the known folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileChoice {
    /// The known folder, as the person reads it.
    pub folder: PathBuf,
    /// Its files, by name.
    pub files: Vec<ListedFile>,
    /// The page it was asked from (see `AppState::screen_page`): leaving it closes the list.
    pub on_page: (u8, usize),
}

/// A file in the list, ticked or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedFile {
    /// Where it is.
    pub path: PathBuf,
    /// Its name, as shown.
    pub name: String,
    /// Whether the person ticked it (a draft the UI changes).
    pub ticked: bool,
}

impl FileChoice {
    /// The list of `files` in `folder`, none ticked, asked from the page `on_page`.
    pub fn new(folder: PathBuf, files: Vec<PathBuf>, on_page: (u8, usize)) -> Self {
        let files = files
            .into_iter()
            .map(|path| ListedFile {
                name: path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                ),
                path,
                ticked: false,
            })
            .collect();
        Self {
            folder,
            files,
            on_page,
        }
    }

    /// The files ticked.
    pub fn ticked(&self) -> Vec<PathBuf> {
        self.files
            .iter()
            .filter(|f| f.ticked)
            .map(|f| f.path.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_ticked_until_the_person_ticks_it() {
        let mut choice = FileChoice::new(
            PathBuf::from("/docs"),
            vec![
                PathBuf::from("/docs/ana.passerelle"),
                PathBuf::from("/docs/bea.passerelle"),
            ],
            (6, 8),
        );
        assert_eq!(choice.files[1].name, "bea.passerelle");
        assert!(choice.ticked().is_empty());
        choice.files[1].ticked = true;
        assert_eq!(choice.ticked(), [PathBuf::from("/docs/bea.passerelle")]);
    }
}
