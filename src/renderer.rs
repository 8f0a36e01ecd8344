//! How the window is drawn, and what happens on PCs whose graphics cannot cope.
//!
//! Passerelle draws with OpenGL (glow). Only that renderer is compiled: wgpu would add
//! several megabytes and minutes of build for the old PCs this runs on. The fallback is
//! therefore a **safe mode** of the same renderer, made for weak or broken drivers: no
//! vertical sync, no requirement of hardware acceleration (a software OpenGL is
//! accepted), and the oldest shaders (GLSL 1.20).
//!
//! - `--renderer standard|safe` chooses for this run and is remembered in the data folder;
//!   `auto` (the default) uses what is remembered.
//! - When the standard mode cannot open a window because of the graphics driver (no
//!   suitable OpenGL configuration or context, shaders that do not compile), safe mode is
//!   tried at once, and remembered if it works. A display that refuses the connection
//!   (an X server not yet up, a remote session gone) is reported as such and changes
//!   nothing remembered.
//! - When a start never reached its first frame after its OpenGL context was made (the
//!   driver crashed the program), the next start uses safe mode: a marker file is
//!   written once the context exists and removed at the first frame.

use std::path::Path;

/// The `--renderer` option.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum RendererChoice {
    /// What worked last time on this PC (standard at first).
    #[default]
    Auto,
    /// The standard mode.
    Standard,
    /// The safe mode, for weak or broken graphics drivers.
    Safe,
}

/// How this run draws its window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// OpenGL with eframe's defaults.
    Standard,
    /// OpenGL for weak drivers.
    Safe,
}

/// Remembers "safe" on a PC that needs it.
const REMEMBERED: &str = "renderer.txt";
/// Present while a window is opening; removed at its first frame.
const OPENING: &str = "window-opening";

/// The mode for this run, from the option and what the data folder remembers; an
/// explicit choice is remembered.
pub fn mode_for_this_run(choice: RendererChoice, data_dir: &Path) -> Mode {
    match choice {
        RendererChoice::Standard => {
            remember(data_dir, Mode::Standard);
            Mode::Standard
        }
        RendererChoice::Safe => {
            remember(data_dir, Mode::Safe);
            Mode::Safe
        }
        RendererChoice::Auto => {
            let remembered =
                std::fs::read_to_string(data_dir.join(REMEMBERED)).is_ok_and(|s| s.trim() == "safe");
            let crashed_last_time = data_dir.join(OPENING).exists();
            if crashed_last_time && !remembered {
                log::warn!("the last start stopped before its first frame: using the safe renderer");
                remember(data_dir, Mode::Safe);
            }
            if remembered || crashed_last_time {
                Mode::Safe
            } else {
                Mode::Standard
            }
        }
    }
}

/// Remembers the mode for the next runs (a failure only costs the memory).
pub fn remember(data_dir: &Path, mode: Mode) {
    let result = match mode {
        Mode::Safe => std::fs::write(data_dir.join(REMEMBERED), "safe\n"),
        Mode::Standard => match std::fs::remove_file(data_dir.join(REMEMBERED)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        },
    };
    if let Err(e) = result {
        log::warn!("cannot remember the renderer: {e}");
    }
}

/// Marks that a window is opening.
pub fn window_opening(data_dir: &Path) {
    if let Err(e) = std::fs::write(data_dir.join(OPENING), "") {
        log::warn!("{e}");
    }
}

/// Marks that the window drew its first frame.
pub fn window_shown(data_dir: &Path) {
    let _ = std::fs::remove_file(data_dir.join(OPENING));
}

/// Whether a window that could not open failed because of the graphics driver (safe
/// mode may help), rather than the display or the program itself.
pub fn is_driver_failure(error: &eframe::Error) -> bool {
    matches!(
        error,
        eframe::Error::Glutin(_) | eframe::Error::NoGlutinConfigs(..) | eframe::Error::OpenGL(_)
    )
}

/// The window's graphics settings for `mode`.
pub fn glow_options(mode: Mode) -> eframe::egui_glow::GlowConfiguration {
    match mode {
        Mode::Standard => eframe::egui_glow::GlowConfiguration::default(),
        Mode::Safe => eframe::egui_glow::GlowConfiguration {
            vsync: false,
            hardware_acceleration: eframe::egui_glow::HardwareAcceleration::Off,
            shader_version: Some(eframe::egui_glow::ShaderVersion::Gl120),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_until_a_start_fails_then_safe_until_asked_otherwise() {
        let dir = tempfile_dir("renderer-a");
        assert_eq!(mode_for_this_run(RendererChoice::Auto, &dir), Mode::Standard);
        // A start that never reached its first frame.
        window_opening(&dir);
        assert_eq!(mode_for_this_run(RendererChoice::Auto, &dir), Mode::Safe);
        window_shown(&dir);
        assert_eq!(
            mode_for_this_run(RendererChoice::Auto, &dir),
            Mode::Safe,
            "remembered"
        );
        assert_eq!(mode_for_this_run(RendererChoice::Standard, &dir), Mode::Standard);
        assert_eq!(
            mode_for_this_run(RendererChoice::Auto, &dir),
            Mode::Standard,
            "forgotten"
        );
        assert_eq!(mode_for_this_run(RendererChoice::Safe, &dir), Mode::Safe);
        assert_eq!(mode_for_this_run(RendererChoice::Auto, &dir), Mode::Safe);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn safe_mode_asks_little_of_the_driver() {
        let safe = glow_options(Mode::Safe);
        assert!(!safe.vsync);
        assert_eq!(
            safe.hardware_acceleration,
            eframe::egui_glow::HardwareAcceleration::Off
        );
        assert!(glow_options(Mode::Standard).vsync);
    }

    #[test]
    fn a_failure_of_the_program_itself_is_no_driver_failure() {
        assert!(!is_driver_failure(&eframe::Error::AppCreation("no store".into())));
    }

    fn tempfile_dir(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("passerelle-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }
}
