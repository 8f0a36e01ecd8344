//! Starts Passerelle: reads the command line, finds the data folder, opens the store,
//! and runs the window (or a headless command).

#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use passerelle::cli::{Command, PackCommand, message_lang, pack_check, parse_localized};
use passerelle::i18n::I18n;
use passerelle::model::{Lang, Text};
use passerelle::session::Notice;
use passerelle::speech::{Speaker, SystemSpeaker};
use passerelle::store::Store;
use passerelle::{app, library, pack, paths, store};

fn main() -> ExitCode {
    init_logging();
    let cli = parse_localized();
    let lang = message_lang(cli.lang.as_deref());
    match cli.command {
        Some(Command::Pack(PackCommand::Check { paths })) => {
            match pack_check(&paths, lang, &mut std::io::stdout().lock()) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::from(1),
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::from(2)
                }
            }
        }
        None => run_app(cli.data_dir, lang),
    }
}

fn run_app(data_dir: Option<std::path::PathBuf>, lang: Lang) -> ExitCode {
    let i18n = I18n::new();
    let tr = i18n.tr(lang);
    let Some(data) = paths::resolve_for_this_run(data_dir) else {
        eprintln!("{}", tr.t("error-no-data-dir"));
        return ExitCode::from(2);
    };
    let opened = std::fs::create_dir_all(&data.path)
        .map_err(|e| {
            tr.args(
                "error-create-data-dir",
                &[
                    ("path", data.path.display().to_string().into()),
                    ("detail", e.to_string().into()),
                ],
            )
        })
        .and_then(|()| Store::open(&data.path.join(store::FILE_NAME)).map_err(|e| e.message(&tr)));
    let mut store = match opened {
        Ok(store) => store,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let notice = match library::sync_builtin(&mut store, &pack::builtin::packs()) {
        Ok(report) if report.problems.is_empty() => None,
        Ok(report) => {
            for problem in &report.problems {
                log::error!("{}", problem.message(&i18n.tr(Lang::En)));
            }
            Some(Notice {
                text: Text::new(
                    i18n.tr(Lang::Fr).t("error-builtin-pack"),
                    i18n.tr(Lang::En).t("error-builtin-pack"),
                ),
                is_error: true,
            })
        }
        Err(e) => {
            eprintln!("{}", e.message(&tr));
            return ExitCode::from(2);
        }
    };

    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Passerelle")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 600.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Passerelle",
        options,
        Box::new(move |cc| {
            let speaker = SystemSpeaker::find().map(|s| Box::new(s) as Box<dyn Speaker>);
            Ok(Box::new(app::PasserelleApp::new(
                &cc.egui_ctx,
                store,
                notice,
                speaker,
            )))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", tr.args("error-window", &[("detail", e.to_string().into())]));
            ExitCode::from(2)
        }
    }
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
