//! Starts Passerelle: reads the command line, finds the data folder, opens the store,
//! and runs the window (or a headless command).

#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::cell::RefCell;
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;

use passerelle::app::startup::{Prepared, prepare_in_background};
use passerelle::app::{PasserelleApp, Startup};
use passerelle::cli::{Command, PackCommand, message_lang, pack_check, parse_localized};
use passerelle::data_folder;
use passerelle::i18n::{I18n, Tr};
use passerelle::model::Lang;
use passerelle::renderer;
use passerelle::speech::{Speaker, SystemSpeaker};
use passerelle::store::backup::BACKUP_DIR;
use passerelle::store::recovery::check_history_in_background;

fn main() -> ExitCode {
    init_logging();
    let cli = parse_localized();
    let lang = message_lang(cli.lang.as_deref());
    match cli.command {
        Some(Command::Progress(command)) => passerelle::cli::progress(cli.data_dir, &command, lang),
        Some(Command::Attestation(command)) => passerelle::cli::attestation(cli.data_dir, &command, lang),
        Some(Command::Network(command)) => passerelle::cli::network(cli.data_dir, &command, lang),
        Some(Command::Pack(PackCommand::Check { paths, sources })) => {
            passerelle::cli::exit_status(pack_check(&paths, sources, lang, &mut std::io::stdout().lock()))
        }
        Some(Command::Pack(PackCommand::Build { dir, out })) => passerelle::cli::exit_status(
            passerelle::cli::pack_build(&dir, &out, lang, &mut std::io::stdout().lock()),
        ),
        Some(Command::Pack(PackCommand::ImportGift {
            file,
            written_in,
            into,
            other,
            competence,
            level,
            force,
        })) => {
            let i18n = I18n::new();
            let tr = i18n.tr(lang);
            let (Some(written), Some(competence), Some(level)) = (
                Lang::from_code(&written_in),
                passerelle::model::Competence::parse(&competence),
                passerelle::model::Level::new(level),
            ) else {
                eprintln!("{}", tr.t("gift-bad-arguments"));
                return ExitCode::from(2);
            };
            let job = passerelle::cli::GiftImport {
                file: &file,
                lang: written,
                other: other.as_deref(),
                into: &into,
                competence,
                level,
                force,
            };
            match passerelle::cli::import_gift(&job, &tr, &mut std::io::stdout().lock()) {
                Ok(_) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::from(2)
                }
            }
        }
        Some(Command::Pack(PackCommand::ExportGift {
            dir,
            written_in,
            out,
            force,
        })) => {
            let i18n = I18n::new();
            let tr = i18n.tr(lang);
            let Some(written) = Lang::from_code(&written_in) else {
                eprintln!("{}", tr.t("gift-bad-arguments"));
                return ExitCode::from(2);
            };
            let job = passerelle::cli::GiftExport {
                pack: &dir,
                lang: written,
                out: &out,
                force,
            };
            passerelle::cli::exit_status(passerelle::cli::export_gift(
                &job,
                &tr,
                &mut std::io::stdout().lock(),
            ))
        }
        Some(Command::Pack(PackCommand::Install { file, allow_older })) => {
            passerelle::cli::pack_install(cli.data_dir, &file, allow_older, lang)
        }
        Some(Command::RecordAnswers { count }) => passerelle::cli::record_answers(cli.data_dir, count),
        Some(Command::Bench { network }) => run_bench(network.as_deref()),
        Some(Command::Seed {
            residents,
            answers_each,
        }) => passerelle::cli::seed(cli.data_dir, residents, answers_each),
        None => run_app(cli.data_dir, lang, cli.renderer),
    }
}

fn run_app(data_dir: Option<PathBuf>, lang: Lang, renderer_choice: renderer::RendererChoice) -> ExitCode {
    let Some(data) = data_folder::resolve_for_this_run(data_dir) else {
        return fatal(lang, |tr| tr.t("error-no-data-dir"));
    };
    if let Err(e) = std::fs::create_dir_all(&data.path) {
        return fatal(lang, |tr| {
            let detail = passerelle::i18n::io_message(&e, tr);
            tr.args(
                "error-create-data-dir",
                &[
                    ("path", data.path.display().to_string().into()),
                    ("detail", detail.into()),
                ],
            )
        });
    }
    data_folder::restrict_to_owner(&data.path);
    // One Passerelle per data folder: a second one would show stale progress.
    let _lock = match data_folder::lock_data_dir(&data.path) {
        Ok(lock) => lock,
        Err(data_folder::LockError::AlreadyOpen) => return fatal(lang, |tr| tr.t("error-already-open")),
        Err(data_folder::LockError::Io(e)) => {
            log::warn!("no lock on the data folder ({e}); going on without it");
            None
        }
    };
    let backup_dir = data.path.join(BACKUP_DIR);
    // The store is opened while the window is made; the window's first frame waits for it.
    // It waits here until then, so that a second try (in safe mode) still has it when the
    // first could not open a window.
    let pending: Pending = Rc::new(RefCell::new(Some(prepare_in_background(
        data.path.clone(),
        backup_dir.clone(),
        lang,
    ))));
    let stopped: Stopped = Rc::new(RefCell::new(None));
    let mode = renderer::mode_for_this_run(renderer_choice, &data.path);
    let mut result = open_window(mode, &pending, &stopped, &data.path, backup_dir.clone());
    let mut tried_safe = mode == renderer::Mode::Safe;
    // Only a graphics driver's failure calls for the safe mode: a display that refused
    // the connection for a moment (an X server starting) would refuse it again, and is
    // no reason to change what this PC remembers.
    if result.as_ref().is_err_and(renderer::is_driver_failure)
        && mode == renderer::Mode::Standard
        && pending.borrow().is_some()
    {
        tried_safe = true;
        log::warn!("no window in the standard mode ({result:?}): trying the safe mode");
        result = open_window(renderer::Mode::Safe, &pending, &stopped, &data.path, backup_dir);
        if result.is_ok() {
            renderer::remember(&data.path, renderer::Mode::Safe);
        }
    }
    // No window ever took the store: let its preparation finish its writes (the day's
    // backup, the built-in packs) before the program ends.
    if let Some(preparing) = pending.borrow_mut().take() {
        let _ = preparing.join();
    }
    if let Some(message) = stopped.borrow_mut().take() {
        return fatal(lang, move |_| message);
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // No window could open, so the message cannot be shown in one.
            let i18n = I18n::new();
            let tr = i18n.tr(lang);
            let mut message = tr.args("error-window", &[("detail", e.to_string().into())]);
            if tried_safe {
                message.push(' ');
                message.push_str(&tr.t("error-window-safe-mode-too"));
            }
            eprintln!("{message}");
            #[cfg(windows)]
            rfd::MessageDialog::new()
                .set_title("Passerelle")
                .set_description(&message)
                .set_level(rfd::MessageLevel::Error)
                .show();
            ExitCode::from(2)
        }
    }
}

/// How long after the first frame the answer history is checked (see recovery.rs).
const HISTORY_CHECK_AFTER: std::time::Duration = std::time::Duration::from_secs(2);

/// The store's preparation, until a window takes what it made.
type Pending = Rc<RefCell<Option<std::thread::JoinHandle<Result<Prepared, String>>>>>;

/// The message of a problem found while preparing the store, which stops Passerelle.
type Stopped = Rc<RefCell<Option<String>>>;

/// Opens Passerelle's window in `mode` and runs it until it closes.
fn open_window(
    mode: renderer::Mode,
    pending: &Pending,
    stopped: &Stopped,
    data_dir: &std::path::Path,
    backup_dir: PathBuf,
) -> eframe::Result {
    let pending = pending.clone();
    let stopped = stopped.clone();
    let file_dialog = passerelle::file_dialog::system(data_dir);
    let data_dir = data_dir.to_path_buf();
    let options = eframe::NativeOptions {
        glow_options: renderer::glow_options(mode),
        ..window_options()
    };
    eframe::run_native(
        "Passerelle",
        options,
        Box::new(move |cc| {
            // The GL context is made: from here to the first frame, only the driver can
            // stop the program (see renderer.rs).
            renderer::window_opening(&data_dir);
            let preparing = pending.borrow_mut().take().ok_or("the store was already used")?;
            let Prepared { i18n, store, notice } = match preparing.join() {
                Ok(Ok(prepared)) => prepared,
                Ok(Err(message)) => {
                    *stopped.borrow_mut() = Some(message.clone());
                    return Err(message.into());
                }
                Err(_) => return Err("the store's preparation stopped".into()),
            };
            let (checked, store_check) = std::sync::mpsc::channel();
            let first_frame = move |ctx: &egui::Context| {
                renderer::window_shown(&data_dir);
                // The answer history is checked once the window is up (see recovery.rs).
                let ctx = ctx.clone();
                check_history_in_background(&data_dir, HISTORY_CHECK_AFTER, move |sound| {
                    let _ = checked.send(sound);
                    ctx.request_repaint();
                });
            };
            let startup = Startup {
                notice,
                speaker: SystemSpeaker::find().map(|s| Box::new(s) as Box<dyn Speaker>),
                backup_dir: Some(backup_dir),
                first_frame: Some(Box::new(first_frame)),
                store_check: Some(store_check),
                file_dialog: Some(file_dialog),
                i18n: Some(i18n),
            };
            Ok(Box::new(PasserelleApp::new(&cc.egui_ctx, store, startup)))
        }),
    )
}

fn run_bench(network: Option<&str>) -> ExitCode {
    let measured = tempfile_dir().and_then(|dir| {
        let result = passerelle::bench::run(&dir, network);
        let _ = std::fs::remove_dir_all(&dir);
        result
    });
    match measured {
        Ok(measures) => {
            print!("{}", passerelle::bench::report(&measures));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

/// A fresh scratch folder under the system's temporary folder.
fn tempfile_dir() -> Result<PathBuf, Box<dyn std::error::Error>> {
    let dir = std::env::temp_dir().join(format!("passerelle-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn window_options() -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Passerelle")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 600.0])
            .with_icon(window_icon()),
        // Passerelle adds its own fonts, and the PC's only when a text needs them (ui/script_fonts.rs).
        system_font_fallback: false,
        ..Default::default()
    }
}

/// The window's icon (the taskbar shows it).
fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../assets/passerelle.png")).unwrap_or_else(|e| {
        log::warn!("window icon: {e}");
        egui::IconData::default()
    })
}

/// Shows a problem that stops Passerelle from starting, in a window (people who start it
/// with a double-click never see the terminal) and on the standard error.
fn fatal(lang: Lang, message: impl FnOnce(&Tr<'_>) -> String) -> ExitCode {
    let i18n = I18n::new();
    let tr = i18n.tr(lang);
    let message = message(&tr);
    eprintln!("{message}");
    let title = tr.t("error-title");
    let close = tr.t("error-close");
    let shown = eframe::run_ui_native("Passerelle", window_options(), move |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(&title);
            ui.label(egui::RichText::new(&message).size(20.0));
            if ui.button(egui::RichText::new(&close).size(20.0)).clicked() {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        });
    });
    if let Err(e) = shown {
        log::error!("{e}");
    }
    ExitCode::from(2)
}

/// Logs warnings and errors to the standard error, without a logging crate.
fn init_logging() {
    struct StderrLogger;
    impl log::Log for StderrLogger {
        fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
            metadata.level() <= log::Level::Warn
        }
        fn log(&self, record: &log::Record<'_>) {
            if self.enabled(record.metadata()) {
                eprintln!("[{}] {}: {}", record.level(), record.target(), record.args());
            }
        }
        fn flush(&self) {}
    }
    static LOGGER: StderrLogger = StderrLogger;
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(log::LevelFilter::Warn);
    }
}
