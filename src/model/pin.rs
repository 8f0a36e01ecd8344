//! The rules of the agent area's PIN (or passphrase): what is accepted, and how long a
//! wrong try makes the next one wait.

use std::time::Duration;

/// The shortest PIN accepted.
pub const MIN_PIN_CHARS: usize = 6;

/// Tries allowed before each new try has to wait.
pub const FREE_TRIES: u32 = 5;

/// Why a new PIN is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinProblem {
    /// Fewer than [`MIN_PIN_CHARS`] characters.
    TooShort,
    /// One character repeated, or digits that follow each other (`123456`, `654321`).
    TooSimple,
    /// The confirmation differs.
    Mismatch,
}

impl PinProblem {
    /// The Fluent id of its message.
    pub fn message_id(self) -> &'static str {
        match self {
            PinProblem::TooShort => "agent-pin-too-short",
            PinProblem::TooSimple => "agent-pin-too-simple",
            PinProblem::Mismatch => "agent-pin-mismatch",
        }
    }
}

/// Checks a new PIN and its confirmation.
pub fn check_new_pin(pin: &str, confirmation: &str) -> Result<(), PinProblem> {
    let chars: Vec<char> = pin.chars().collect();
    if chars.len() < MIN_PIN_CHARS {
        return Err(PinProblem::TooShort);
    }
    let same = chars.iter().all(|c| *c == chars[0]);
    let digits: Vec<i64> = chars
        .iter()
        .filter_map(|c| c.to_digit(10).map(i64::from))
        .collect();
    let run = digits.len() == chars.len()
        && digits
            .windows(2)
            .map(|w| w[1] - w[0])
            .collect::<Vec<_>>()
            .windows(2)
            .all(|d| d[0] == d[1] && d[0].abs() == 1);
    if same || run {
        return Err(PinProblem::TooSimple);
    }
    if pin != confirmation {
        return Err(PinProblem::Mismatch);
    }
    Ok(())
}

/// How wrong tries in a row make the next one wait: nothing for the first `free_tries`,
/// then `first_wait`, doubling each time, at most `longest`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Throttle {
    /// Wrong tries allowed before any wait.
    pub free_tries: u32,
    /// The wait after the first counted wrong try.
    pub first_wait: Duration,
    /// The longest wait.
    pub longest: Duration,
}

impl Throttle {
    /// How long to wait after `failures` wrong tries in a row.
    pub fn wait_after(self, failures: u32) -> Duration {
        if failures < self.free_tries {
            return Duration::ZERO;
        }
        let doublings = (failures - self.free_tries).min(16);
        self.first_wait.saturating_mul(1 << doublings).min(self.longest)
    }

    /// [`Throttle::wait_after`] in milliseconds, as the store keeps times.
    pub fn wait_ms(self, failures: u32) -> i64 {
        i64::try_from(self.wait_after(failures).as_millis()).unwrap_or(i64::MAX)
    }
}

/// The leaders' PIN: nothing for the first [`FREE_TRIES`], then 30 seconds, doubling
/// each time, at most 15 minutes: enough to make guessing hopeless, short enough that a
/// resident trying PINs cannot keep the leaders out for long (and the recovery code does
/// not wait for it).
pub const PIN_THROTTLE: Throttle = Throttle {
    free_tries: FREE_TRIES,
    first_wait: Duration::from_secs(30),
    longest: Duration::from_mins(15),
};

/// The answer to a recovery code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecoveryAnswer {
    /// Right: the new PIN is set; the next recovery code, to write down.
    NewCode(String),
    /// Wrong; the next try is possible after this many milliseconds (0: at once).
    Wrong {
        /// Milliseconds to wait.
        wait_ms: i64,
    },
    /// Too soon after wrong codes: not even checked.
    TooSoon {
        /// Milliseconds left.
        wait_ms: i64,
    },
}

/// The answer to a PIN try.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinCheck {
    /// No PIN is set yet: the agent chooses one.
    NotSet,
    /// Right: the agent area opens.
    Right,
    /// Wrong; the next try is possible after this many milliseconds (0: at once).
    Wrong {
        /// Milliseconds to wait before the next try.
        wait_ms: i64,
    },
    /// Too soon after wrong tries: not even checked. Milliseconds left to wait.
    TooSoon {
        /// Milliseconds left.
        wait_ms: i64,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_or_short_pins_are_refused() {
        assert_eq!(check_new_pin("1234", "1234"), Err(PinProblem::TooShort));
        assert_eq!(check_new_pin("111111", "111111"), Err(PinProblem::TooSimple));
        assert_eq!(check_new_pin("123456", "123456"), Err(PinProblem::TooSimple));
        assert_eq!(check_new_pin("987654", "987654"), Err(PinProblem::TooSimple));
        assert_eq!(check_new_pin("482915", "482916"), Err(PinProblem::Mismatch));
        assert_eq!(check_new_pin("482915", "482915"), Ok(()));
        assert_eq!(check_new_pin("atelier du mardi", "atelier du mardi"), Ok(()));
    }

    #[test]
    fn waiting_grows_after_five_wrong_tries() {
        assert_eq!(PIN_THROTTLE.wait_after(4), Duration::ZERO);
        assert_eq!(PIN_THROTTLE.wait_after(5), Duration::from_secs(30));
        assert_eq!(PIN_THROTTLE.wait_after(6), Duration::from_mins(1));
        assert_eq!(PIN_THROTTLE.wait_after(50), Duration::from_mins(15));
    }
}
