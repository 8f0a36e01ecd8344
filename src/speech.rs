//! Reading text aloud with the operating system's own voice, behind one small interface.
//!
//! No speech library is linked: Passerelle starts the system's speech program (on Linux
//! `spd-say` from speech-dispatcher, else `espeak-ng`; on Windows the built-in speech API
//! through PowerShell; on macOS `say`). When none is found, there is no speaker and the
//! "Listen" buttons are not shown.
//!
//! Recordings shipped in packs (WAV) are played the same way: `paplay` or `aplay` on
//! Linux, the Windows sound player through PowerShell, `afplay` on macOS.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::model::Lang;

/// Something that reads text aloud.
pub trait Speaker {
    /// Reads `text` in `lang`, stopping whatever was being read.
    fn speak(&mut self, text: &str, lang: Lang);
    /// Plays a WAV recording, stopping whatever was being read.
    fn play(&mut self, recording: &[u8]);
    /// Stops reading.
    fn stop(&mut self);
    /// Whether text can be read with a voice.
    fn can_speak(&self) -> bool;
    /// Whether recordings can be played.
    fn can_play(&self) -> bool;
}

/// The system sound players Passerelle knows.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Player {
    Unix(PathBuf),
    WindowsSoundPlayer(PathBuf),
}

/// The system speech programs Passerelle knows.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Program {
    SpdSay(PathBuf),
    EspeakNg(PathBuf),
    WindowsSpeech(PathBuf),
    MacSay(PathBuf),
}

/// Reads aloud by starting the system's speech program.
#[derive(Debug)]
pub struct SystemSpeaker {
    program: Option<Program>,
    player: Option<Player>,
    child: Option<Child>,
    /// The recording being played, kept in a temporary file.
    recording: Option<PathBuf>,
}

impl SystemSpeaker {
    /// The system's speaker, if this PC has a speech program or a sound player.
    pub fn find() -> Option<SystemSpeaker> {
        let (program, player) = if cfg!(windows) {
            let shell = find_program("powershell.exe");
            (
                shell.clone().map(Program::WindowsSpeech),
                shell.map(Player::WindowsSoundPlayer),
            )
        } else if cfg!(target_os = "macos") {
            (
                find_program("say").map(Program::MacSay),
                find_program("afplay").map(Player::Unix),
            )
        } else {
            (
                find_program("spd-say")
                    .map(Program::SpdSay)
                    .or_else(|| find_program("espeak-ng").map(Program::EspeakNg)),
                find_program("paplay")
                    .or_else(|| find_program("aplay"))
                    .map(Player::Unix),
            )
        };
        (program.is_some() || player.is_some()).then_some(SystemSpeaker {
            program,
            player,
            child: None,
            recording: None,
        })
    }
}

/// Finds a program on the `PATH`.
fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| is_file(candidate))
}

fn is_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

/// The PowerShell script that reads its standard input with a voice of the language.
const WINDOWS_SCRIPT: &str = "Add-Type -AssemblyName System.Speech; \
     $s = New-Object System.Speech.Synthesis.SpeechSynthesizer; \
     $v = $s.GetInstalledVoices() | Where-Object { $_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq $args[0] } | Select-Object -First 1; \
     if ($v) { $s.SelectVoice($v.VoiceInfo.Name) }; \
     $s.Speak([Console]::In.ReadToEnd())";

impl Speaker for SystemSpeaker {
    fn speak(&mut self, text: &str, lang: Lang) {
        self.stop();
        let code = lang.code();
        let Some(program) = &self.program else {
            return;
        };
        let mut command = match program {
            Program::SpdSay(path) => {
                let mut c = Command::new(path);
                c.args(["--wait", "-l", code, "--", text]);
                c
            }
            Program::EspeakNg(path) => {
                let mut c = Command::new(path);
                c.args(["-v", code, "--", text]);
                c
            }
            Program::MacSay(path) => {
                let mut c = Command::new(path);
                c.args(["--", text]);
                c
            }
            Program::WindowsSpeech(path) => {
                let mut c = Command::new(path);
                c.args(["-NoProfile", "-NonInteractive", "-Command", WINDOWS_SCRIPT, code]);
                c.stdin(Stdio::piped());
                hide_console(&mut c);
                c
            }
        };
        command.stdout(Stdio::null()).stderr(Stdio::null());
        match command.spawn() {
            Ok(mut child) => {
                if let Some(mut stdin) = child.stdin.take() {
                    // The text goes through standard input: no quoting problems.
                    if let Err(e) = stdin.write_all(text.as_bytes()) {
                        log::warn!("speech: {e}");
                    }
                }
                self.child = Some(child);
            }
            Err(e) => log::warn!("speech: {e}"),
        }
    }

    fn play(&mut self, recording: &[u8]) {
        self.stop();
        let Some(player) = &self.player else {
            return;
        };
        let path = std::env::temp_dir().join(format!("passerelle-{}.wav", std::process::id()));
        if let Err(e) = std::fs::write(&path, recording) {
            log::warn!("recording: {e}");
            return;
        }
        let mut command = match player {
            Player::Unix(program) => {
                let mut c = Command::new(program);
                c.arg(&path);
                c
            }
            Player::WindowsSoundPlayer(shell) => {
                let mut c = Command::new(shell);
                c.args([
                    "-NoProfile",
                    "-NonInteractive",
                    "-Command",
                    "(New-Object Media.SoundPlayer $args[0]).PlaySync()",
                ]);
                c.arg(&path);
                hide_console(&mut c);
                c
            }
        };
        command.stdout(Stdio::null()).stderr(Stdio::null());
        match command.spawn() {
            Ok(child) => self.child = Some(child),
            Err(e) => log::warn!("recording: {e}"),
        }
        self.recording = Some(path);
    }

    fn can_speak(&self) -> bool {
        self.program.is_some()
    }

    fn can_play(&self) -> bool {
        self.player.is_some()
    }

    fn stop(&mut self) {
        if let Some(path) = self.recording.take() {
            // Removed once stopped; a file still open for playing is left for the system.
            let _ = std::fs::remove_file(path);
        }
        let Some(mut child) = self.child.take() else {
            return; // Nothing was started.
        };
        // The program may have finished already: nothing to report then.
        let _ = child.kill();
        let _ = child.wait();
        if let Some(Program::SpdSay(path)) = &self.program {
            // speech-dispatcher keeps speaking after its client ends: cancel it too.
            let _ = Command::new(path)
                .arg("--cancel")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }
}

impl Drop for SystemSpeaker {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(windows)]
fn hide_console(command: &mut Command) {
    use std::os::windows::process::CommandExt;
    const CREATE_NO_WINDOW: u32 = 0x0800_0000;
    command.creation_flags(CREATE_NO_WINDOW);
}

#[cfg(not(windows))]
fn hide_console(_command: &mut Command) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_program_missing_from_the_path_is_not_found() {
        assert_eq!(find_program("passerelle-no-such-program"), None);
    }
}
