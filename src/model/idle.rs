//! Closing a resident's session on a shared PC when nobody has touched it for a while,
//! after a visible countdown, so that the next person never lands in someone else's
//! lessons.

/// The default time without activity before a resident's session closes, in seconds.
pub const DEFAULT_TIMEOUT_SECS: u32 = 600;

/// The choices offered to agents, in minutes.
pub const TIMEOUT_CHOICES_MINUTES: [u32; 5] = [5, 10, 15, 30, 60];

/// The countdown is shown for this long before the session closes, in seconds.
pub const WARNING_SECS: f64 = 60.0;

/// Watches for activity during a resident's session.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IdleWatch {
    /// When something last happened (egui's clock, in seconds).
    pub last_activity: f64,
    /// How long without activity closes the session, in seconds.
    pub timeout_secs: f64,
}

/// What the watch says at a moment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum IdleState {
    /// Someone is there; look again after this many seconds.
    Active {
        /// Seconds until the countdown starts.
        check_in: f64,
    },
    /// The countdown: seconds left, rounded up.
    Closing {
        /// Seconds left.
        seconds_left: u32,
    },
    /// Time is up: close the session.
    TimeUp,
}

impl IdleWatch {
    /// A watch with `timeout_secs`, starting now.
    pub fn new(now: f64, timeout_secs: u32) -> Self {
        Self {
            last_activity: now,
            timeout_secs: f64::from(timeout_secs),
        }
    }

    /// Notes activity at `now`.
    pub fn touch(&mut self, now: f64) {
        self.last_activity = now;
    }

    /// The state at `now`.
    pub fn state(&self, now: f64) -> IdleState {
        let left = self.timeout_secs - (now - self.last_activity);
        if left <= 0.0 {
            IdleState::TimeUp
        } else if left <= WARNING_SECS.min(self.timeout_secs) {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let seconds_left = left.ceil() as u32;
            IdleState::Closing { seconds_left }
        } else {
            IdleState::Active {
                check_in: left - WARNING_SECS,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_countdown_in_the_last_minute_then_time_up() {
        let mut watch = IdleWatch::new(0.0, 600);
        assert_eq!(watch.state(100.0), IdleState::Active { check_in: 440.0 });
        assert_eq!(watch.state(545.5), IdleState::Closing { seconds_left: 55 });
        assert_eq!(watch.state(600.0), IdleState::TimeUp);
        watch.touch(590.0);
        assert!(matches!(watch.state(600.0), IdleState::Active { .. }));
    }
}
