//! How the app is shown to one person: text size, contrast, easy-to-read text.

/// Display settings, remembered per profile (and for the PC before a profile is open).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DisplaySettings {
    /// Text size in percent, from [`DisplaySettings::MIN_TEXT`] to [`DisplaySettings::MAX_TEXT`].
    pub text_percent: u16,
    /// The high-contrast theme.
    pub high_contrast: bool,
    /// Show the easy-to-read version of lesson text where the pack has one.
    pub easy_text: bool,
}

impl Default for DisplaySettings {
    fn default() -> Self {
        Self {
            text_percent: 100,
            high_contrast: false,
            easy_text: false,
        }
    }
}

impl DisplaySettings {
    /// The smallest text size, in percent.
    pub const MIN_TEXT: u16 = 100;
    /// The largest text size, in percent.
    pub const MAX_TEXT: u16 = 200;
    /// One step of the "larger / smaller text" buttons, in percent.
    pub const TEXT_STEP: u16 = 25;

    /// A text size brought within the allowed range.
    pub fn clamp_text(percent: i64) -> u16 {
        let clamped = percent.clamp(i64::from(Self::MIN_TEXT), i64::from(Self::MAX_TEXT));
        u16::try_from(clamped).unwrap_or(Self::MIN_TEXT)
    }

    /// The next larger text size.
    pub fn larger(self) -> u16 {
        Self::clamp_text(i64::from(self.text_percent) + i64::from(Self::TEXT_STEP))
    }

    /// The next smaller text size.
    pub fn smaller(self) -> u16 {
        Self::clamp_text(i64::from(self.text_percent) - i64::from(Self::TEXT_STEP))
    }

    /// The zoom factor for egui.
    pub fn zoom(self) -> f32 {
        f32::from(self.text_percent) / 100.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_size_stays_between_100_and_200_percent() {
        let mut d = DisplaySettings::default();
        assert_eq!(d.smaller(), 100);
        for _ in 0..10 {
            d.text_percent = d.larger();
        }
        assert_eq!(d.text_percent, 200);
        assert_eq!(DisplaySettings::clamp_text(37), 100);
        assert_eq!(DisplaySettings::clamp_text(i64::MAX), 200);
        assert!((d.zoom() - 2.0).abs() < f32::EPSILON);
    }
}
