//! Pictures as this PC's graphics card can show them. A picture wider or taller than the
//! card's largest texture would abort the program inside the driver, so it is drawn from
//! a smaller copy made once; one too large to decode safely (only a store filled before
//! pictures were checked can hold one) is replaced by a framed placeholder that says so,
//! with the picture's description. Each case is logged once.

use std::sync::Arc;

use egui::load::{Bytes, SizedTexture};
use egui::{ImageSource, TextureHandle, TextureOptions};

use super::{theme, widgets};
use crate::i18n::Tr;
use crate::model::picture;

/// What was made of a picture too large for the card, kept for the next frames.
#[derive(Clone)]
enum Prepared {
    /// A smaller copy, uploaded once.
    Smaller(TextureHandle),
    /// Nothing can be shown.
    Refused,
}

/// The picture `bytes` (a PNG file, cached by egui under `uri`) as an image source this
/// PC can draw, or `None` when it cannot be shown (draw [`placeholder`] instead).
pub fn source(ctx: &egui::Context, uri: &str, bytes: &Arc<[u8]>) -> Option<ImageSource<'static>> {
    let (width, height) = picture::png_size(bytes)?;
    let card_max = u32::try_from(ctx.input(|i| i.max_texture_side)).unwrap_or(u32::MAX);
    if width <= card_max.min(picture::MAX_SIDE) && height <= card_max.min(picture::MAX_SIDE) {
        return Some(ImageSource::Bytes {
            uri: uri.to_owned().into(),
            bytes: Bytes::Shared(bytes.clone()),
        });
    }
    let key = egui::Id::unique(("smaller picture", uri, card_max));
    let prepared = ctx.data(|d| d.get_temp::<Prepared>(key)).unwrap_or_else(|| {
        let prepared = prepare(ctx, uri, bytes, card_max);
        ctx.data_mut(|d| d.insert_temp(key, prepared.clone()));
        prepared
    });
    match prepared {
        Prepared::Smaller(texture) => Some(ImageSource::Texture(SizedTexture::from_handle(&texture))),
        Prepared::Refused => None,
    }
}

fn prepare(ctx: &egui::Context, uri: &str, bytes: &[u8], card_max: u32) -> Prepared {
    let Some(full) = picture::decode(bytes) else {
        log::warn!("picture {uri} is too large or damaged to show: replaced by a placeholder");
        return Prepared::Refused;
    };
    let (width, height) = full.dimensions();
    let scale = f64::from(card_max) / f64::from(width.max(height));
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let side = |n: u32| ((f64::from(n) * scale).floor() as u32).clamp(1, card_max);
    let smaller = image::imageops::resize(
        &full,
        side(width),
        side(height),
        image::imageops::FilterType::Triangle,
    );
    log::warn!(
        "picture {uri} is {width} × {height}, over this graphics card's {card_max}: shown from a {} × {} copy",
        smaller.width(),
        smaller.height()
    );
    let size = [smaller.width() as usize, smaller.height() as usize];
    let image = egui::ColorImage::from_rgba_unmultiplied(size, smaller.as_raw());
    Prepared::Smaller(ctx.load_texture(uri, image, TextureOptions::LINEAR))
}

/// In place of a picture that cannot be shown: a frame saying so, with what it shows.
pub fn placeholder(ui: &mut egui::Ui, alt: &str, tr: &Tr<'_>) {
    let palette = theme::palette(ui);
    widgets::boxed(ui, palette.panel, egui::Stroke::new(1.0, palette.border), |ui| {
        ui.label(tr.t("lesson-picture-not-shown"));
        ui.label(alt);
    });
}
