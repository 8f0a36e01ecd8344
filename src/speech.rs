//! Reading text aloud with the operating system's own voice, behind one small interface.
//!
//! No speech library is linked: Passerelle starts the system's speech program (on Linux
//! `spd-say` from speech-dispatcher, else `espeak-ng`; on Windows the built-in speech API
//! through PowerShell; on macOS `say`). When none is found, there is no speaker and the
//! "Listen" buttons are not shown.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::model::Lang;

/// Something that reads text aloud.
pub trait Speaker {
    /// Reads `text` in `lang`, stopping whatever was being read.
    fn speak(&mut self, text: &str, lang: Lang);
    /// Stops reading.
    fn stop(&mut self);
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
    program: Program,
    child: Option<Child>,
}

impl SystemSpeaker {
    /// The system's speaker, if this PC has a speech program.
    pub fn find() -> Option<SystemSpeaker> {
        let program = if cfg!(windows) {
            find_program("powershell.exe").map(Program::WindowsSpeech)
        } else if cfg!(target_os = "macos") {
            find_program("say").map(Program::MacSay)
        } else {
            find_program("spd-say")
                .map(Program::SpdSay)
                .or_else(|| find_program("espeak-ng").map(Program::EspeakNg))
        }?;
        Some(SystemSpeaker { program, child: None })
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
        let mut command = match &self.program {
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

    fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return; // Nothing was started.
        };
        // The program may have finished already: nothing to report then.
        let _ = child.kill();
        let _ = child.wait();
        if let Program::SpdSay(path) = &self.program {
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
