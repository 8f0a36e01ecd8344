//! Carrying progress to another PC through the screens: the file dialog is behind a
//! trait, so these tests need no desktop; it runs on a thread of its own.

mod common;

use std::path::PathBuf;
use std::sync::Arc;

use common::open_store;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use passerelle::app::{PasserelleApp, Startup};
use passerelle::file_dialog::{Choice, FileDialog};
use passerelle::model::{Avatar, DisplaySettings, Lang};

/// Saves where told, loads what is listed.
struct Fake {
    save_to: PathBuf,
    open: Vec<PathBuf>,
}

impl FileDialog for Fake {
    fn save(&self, _name: &str) -> Option<Choice> {
        Some(Choice::Chosen(self.save_to.clone()))
    }

    fn open(&self) -> Vec<PathBuf> {
        self.open.clone()
    }
}

type App = Harness<'static, PasserelleApp>;

fn pc(store_path: &std::path::Path, dialog: Fake) -> App {
    let store = open_store(store_path);
    let startup = Startup {
        file_dialog: Some(Arc::new(dialog)),
        ..Startup::default()
    };
    let mut h = common::app_with(store, startup);
    h.set_size(egui::vec2(1000.0, 2400.0));
    h.get_by_label("English").click();
    h.run();
    h
}

fn click(h: &mut App, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// Runs frames until the background file job has reported.
fn wait_for_file_job(h: &mut App) {
    for _ in 0..200 {
        h.run();
        if !h.state().state().file_busy {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the file job never ended");
}

#[test]
fn a_resident_saves_her_progress_and_carries_on_on_another_pc() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("ana.passerelle");
    {
        let mut store = open_store(&dir.path().join("pc1.sqlite3"));
        store
            .create_resident("Ana", Avatar::default(), Lang::En, DisplaySettings::default())
            .expect("resident");
    }
    let mut first = pc(
        &dir.path().join("pc1.sqlite3"),
        Fake {
            save_to: file.clone(),
            open: vec![],
        },
    );
    click(&mut first, "Open Ana's profile");
    click(&mut first, "Save my progress to a file");
    wait_for_file_job(&mut first);
    assert!(
        first
            .query_by_label_contains("Your progress is saved in")
            .is_some()
    );
    assert!(file.exists());

    let foreign = dir.path().join("notes.passerelle");
    std::fs::write(&foreign, "not progress").expect("write");
    let mut second = pc(
        &dir.path().join("pc2.sqlite3"),
        Fake {
            save_to: dir.path().join("unused"),
            open: vec![file, foreign],
        },
    );
    assert!(second.query_by_label("Open Ana's profile").is_none());
    click(&mut second, "Load my progress from a file");
    wait_for_file_job(&mut second);
    assert!(
        second
            .query_by_label_contains("ana.passerelle: loaded (1 new person")
            .is_some()
    );
    assert!(
        second
            .query_by_label_contains("notes.passerelle: not loaded. This is not a Passerelle progress file")
            .is_some()
    );
    click(&mut second, "Open Ana's profile");
    second.get_by_label("Hello Ana!");
}
