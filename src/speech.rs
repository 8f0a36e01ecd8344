//! Reading text aloud with the operating system's own voice, behind one small interface.
//!
//! No speech library is linked: Passerelle starts the system's speech program (on Linux
//! `spd-say` from speech-dispatcher, else `espeak-ng`; on Windows the built-in speech API
//! through PowerShell; on macOS `say`). When none is found, there is no speaker and the
//! "Listen" buttons are not shown.
//!
//! Recordings shipped in packs (WAV) are played the same way: `paplay` or `aplay` on
//! Linux, the Windows sound player through PowerShell, `afplay` on macOS.

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

/// The PowerShell script that reads `text` with a voice of the language `code`.
///
/// The text travels inside the script as Base64 of its UTF-8 bytes, and the script as
/// `-EncodedCommand` (Base64 of UTF-16): only ASCII crosses the command line and nothing
/// goes through the console, whose code page (often 850 or 1252, not UTF-8) would turn
/// "é" or "œ" into other letters before the voice reads them.
fn windows_speech_script(text: &str, code: &str) -> String {
    // A Windows command line holds 32,767 characters; the text takes about 3.6 times its
    // bytes once encoded twice: a longer text is read up to a character near 8,000 bytes.
    let mut end = text.len().min(WINDOWS_MAX_TEXT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    format!(
        "Add-Type -AssemblyName System.Speech; \
         $t = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('{}')); \
         $s = New-Object System.Speech.Synthesis.SpeechSynthesizer; \
         $v = $s.GetInstalledVoices() | Where-Object {{ $_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq '{code}' }} | Select-Object -First 1; \
         if ($v) {{ $s.SelectVoice($v.VoiceInfo.Name) }}; \
         $s.Speak($t)",
        base64(text.as_bytes())
    )
}

/// The most bytes of text read aloud at once on Windows (see [`windows_speech_script`]).
const WINDOWS_MAX_TEXT_BYTES: usize = 8_000;

/// `script` as PowerShell's `-EncodedCommand` takes it: Base64 of its UTF-16LE.
fn encoded_command(script: &str) -> String {
    let utf16: Vec<u8> = script.encode_utf16().flat_map(u16::to_le_bytes).collect();
    base64(&utf16)
}

/// Standard Base64 (RFC 4648, with padding).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

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
                let script = windows_speech_script(text, code);
                c.args([
                    "-NoProfile",
                    "-NonInteractive",
                    "-EncodedCommand",
                    &encoded_command(&script),
                ]);
                hide_console(&mut c);
                c
            }
        };
        command.stdout(Stdio::null()).stderr(Stdio::null());
        match command.spawn() {
            Ok(child) => self.child = Some(child),
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

    /// Standard Base64 read back, for the tests.
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a Base64 digit is under 64, a byte taken from a 24-bit group"
    )]
    fn unbase64(text: &str) -> Vec<u8> {
        const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let digits: Vec<u32> = text
            .bytes()
            .filter(|b| *b != b'=')
            .map(|b| ALPHABET.iter().position(|a| *a == b).expect("base64") as u32)
            .collect();
        digits
            .chunks(4)
            .flat_map(|c| {
                let n = c.iter().enumerate().fold(0u32, |n, (i, d)| n | d << (18 - 6 * i));
                (0..c.len() - 1).map(move |i| (n >> (16 - 8 * i)) as u8)
            })
            .collect()
    }

    #[test]
    fn base64_is_rfc_4648() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), coded);
            assert_eq!(unbase64(coded), plain.as_bytes());
        }
    }

    #[test]
    fn windows_gets_the_text_in_ascii_only_and_whole() {
        let text = "Cœur, élève, « Ça marche ! » — 'quotes' $dollar; Nguyễn 王芳";
        let encoded = encoded_command(&windows_speech_script(text, "fr"));
        assert!(encoded.is_ascii());
        let utf16: Vec<u16> = unbase64(&encoded)
            .chunks(2)
            .map(|p| u16::from_le_bytes([p[0], p[1]]))
            .collect();
        let script = String::from_utf16(&utf16).expect("UTF-16");
        assert!(script.is_ascii(), "no letter left to a code page: {script}");
        assert!(script.contains("-eq 'fr'"));
        let inner = script
            .split("FromBase64String('")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .expect("the text's Base64");
        assert_eq!(String::from_utf8(unbase64(inner)).expect("UTF-8"), text);
    }

    #[test]
    fn a_long_text_still_fits_a_windows_command_line() {
        let text = "é".repeat(20_000);
        let encoded = encoded_command(&windows_speech_script(&text, "fr"));
        assert!(encoded.len() < 32_000, "{}", encoded.len());
    }

    #[test]
    fn a_program_missing_from_the_path_is_not_found() {
        assert_eq!(find_program("passerelle-no-such-program"), None);
    }
}
