//! Every integration test in one binary: one link instead of one per file, which keeps
//! `cargo test` quick and its target folder small on the old, small machines we build on.

mod common;

mod accessibility;
mod activities;
mod agent;
mod architecture;
mod attestation_pdf;
mod builtin_packs;
mod card_lock;
mod choice_feedback;
mod content_rules;
mod disk_trouble;
mod doc_example;
mod erasure;
mod exchange;
mod exchange_path;
mod fuzz;
mod gift_import;
mod hostile_cli;
mod hostile_input;
mod hostile_progress;
mod i18n_parity;
mod learning_path;
mod network;
mod network_live;
mod network_partition;
mod network_workshops;
mod pack_archive;
mod pack_editor;
mod pack_validation;
mod portal;
mod positioning_profiles;
mod progress;
mod progress_files;
mod question_types;
mod recovery;
mod resident_report;
mod right_of_access;
mod scripts;
mod signed_attestation;
mod ui_flow;
mod workshops;
