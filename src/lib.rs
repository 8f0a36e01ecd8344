//! Passerelle: an offline, bilingual (French/English) trainer for basic digital skills,
//! made for shared public PCs.
//!
//! Data flows one way: pack files → [`pack`] → [`model`] → [`store`] (SQLite) →
//! [`session`] → [`ui`] → [`session::Action`] → [`app`].

pub mod access_document;
pub mod answer_words;
pub mod app;
pub mod attestation;
pub mod bench;
pub mod cli;
pub mod data_folder;
pub mod file_dialog;
pub mod file_read;
pub mod fonts;
pub mod i18n;
pub mod model;
pub mod network;
pub mod network_drive;
pub mod pack;
pub mod pack_install;
pub mod renderer;
pub mod session;
pub mod signing;
pub mod speech;
pub mod store;
pub mod ui;
