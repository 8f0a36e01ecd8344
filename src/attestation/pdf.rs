//! The attestation's one A4 page as a PDF (pdf-writer): every line shaped with the fonts of
//! the screen (`glyphs.rs`), the fonts embedded as subsets (subsetter) with a map back to
//! the text, so that every name prints exactly and can be copied out of the PDF.

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::glyphs::{PageFonts, Run};

/// How a line looks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Style {
    /// The page's title.
    Title,
    /// A section's title.
    Heading,
    /// Ordinary text.
    Body,
    /// Small print.
    Small,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Self::Title => 18.0,
            Self::Heading => 13.0,
            Self::Body => 11.0,
            Self::Small => 9.0,
        }
    }

    fn bold(self) -> bool {
        matches!(self, Self::Title | Self::Heading)
    }
}

/// A line of the page; an empty text leaves a gap.
pub struct Line {
    /// How it looks.
    pub style: Style,
    /// Its text, in reading order.
    pub text: String,
}

const PAGE: (f32, f32) = (595.0, 842.0);
const MARGIN: f32 = 56.0;
/// The side of the QR code, in the page's top right corner (about 5 cm: its modules stay
/// over 0.4 mm for the facts of a dozen lessons, which a phone reads off a laser print).
const QR_SIDE: f32 = 142.0;
/// The room kept between the QR code and the text beside it.
const QR_GAP: f32 = 14.0;

/// A QR code laid on the page: the dark modules' rows, top first.
struct Qr {
    modules: Vec<Vec<bool>>,
}

impl Qr {
    /// `text` as a QR code (level M: a fold or a stain across 15 % of it is read through);
    /// `None` when it is too long for any QR code.
    fn new(text: &str) -> Option<Self> {
        let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).ok()?;
        let width = code.width();
        let colors = code.to_colors();
        Some(Self {
            modules: colors
                .chunks(width)
                .map(|row| row.iter().map(|c| *c == qrcode::Color::Dark).collect())
                .collect(),
        })
    }

    /// The lowest point it takes on the page.
    fn bottom() -> f32 {
        PAGE.1 - MARGIN - QR_SIDE
    }

    /// Draws it in the top right corner, with the quiet zone of four modules inside
    /// [`QR_SIDE`]; each row's dark runs as one rectangle each.
    fn draw(&self, content: &mut Content) {
        let count = self.modules.len() as f32;
        let module = QR_SIDE / (count + 8.0);
        let left = PAGE.0 - MARGIN - QR_SIDE + 4.0 * module;
        let top = PAGE.1 - MARGIN - 4.0 * module;
        content.set_fill_gray(0.0);
        for (row, cells) in self.modules.iter().enumerate() {
            let y = top - (row as f32 + 1.0) * module;
            let mut column = 0;
            while column < cells.len() {
                if !cells[column] {
                    column += 1;
                    continue;
                }
                let start = column;
                while column < cells.len() && cells[column] {
                    column += 1;
                }
                content.rect(
                    left + start as f32 * module,
                    y,
                    (column - start) as f32 * module,
                    module,
                );
            }
        }
        content.fill_nonzero();
    }
}

/// A line as placed on the page: its runs and where it starts.
struct Placed {
    runs: Vec<Run>,
    size: f32,
    bold: bool,
    y: f32,
    /// The text in reading order, when the line was reordered (right-to-left text): PDF
    /// readers copy this instead of the glyphs' order.
    actual_text: Option<String>,
}

/// The PDF, and the characters no font on this PC could print.
pub struct Page {
    /// The PDF file.
    pub pdf: Vec<u8>,
    /// Characters printed as blanks.
    pub missing: Vec<char>,
}

/// One page to write: its lines, and the signed text of the facts it states.
pub struct PageContent {
    /// Its lines, top first.
    pub lines: Vec<Line>,
    /// The signed text of its facts, if it is signed.
    pub signed: Option<String>,
}

/// A page laid out: its lines placed and its QR code.
struct LaidOut {
    lines: Vec<Placed>,
    qr: Option<Qr>,
}

/// Writes a PDF titled `title` with one A4 page for each of `pages` (wrapping long lines):
/// each page carries the signed text of its facts as a QR code in its top right corner
/// (the lines beside it are wrapped short of it), and the document's metadata carries
/// every page's signed text, separated by `;` (printable ASCII, so written as it is; in
/// neither form's alphabet, so it ends each text).
pub fn document(title: &str, pages: &[PageContent]) -> Page {
    let mut fonts = PageFonts::new();
    let laid_out: Vec<LaidOut> = pages
        .iter()
        .map(|page| lay_out(&mut fonts, &page.lines, page.signed.as_deref()))
        .collect();
    let signed: Vec<&str> = pages.iter().filter_map(|p| p.signed.as_deref()).collect();
    Page {
        pdf: write(&laid_out, &fonts, title, &signed.join(";")),
        missing: fonts.missing.clone(),
    }
}

/// Places `lines` on a page, beside the QR code of `signed`.
fn lay_out(fonts: &mut PageFonts, lines: &[Line], signed: Option<&str>) -> LaidOut {
    let mut placed = Vec::new();
    let qr = signed.and_then(Qr::new);
    let mut y = PAGE.1 - MARGIN - 10.0;
    for line in lines {
        let size = line.style.size();
        if line.text.trim().is_empty() {
            y -= size * 0.8;
            continue;
        }
        // Wrapped for the room left beside the QR code at its first row (a line that
        // wraps below the code keeps that width: a rare, harmless narrowing).
        let beside_qr = qr.is_some() && y - size * 0.3 > Qr::bottom() - QR_GAP;
        let max = PAGE.0 - 2.0 * MARGIN - if beside_qr { QR_SIDE + QR_GAP } else { 0.0 };
        for part in wrap(fonts, &line.text, size, max) {
            let reordered = crate::model::bidi::visual_line(&part) != part.as_str();
            placed.push(Placed {
                runs: fonts.shape(&part),
                size,
                bold: line.style.bold(),
                y,
                actual_text: reordered.then_some(part),
            });
            y -= size * 1.45;
        }
    }
    LaidOut { lines: placed, qr }
}

/// The width of `text` at `size` points.
fn width(fonts: &mut PageFonts, text: &str, size: f32) -> f32 {
    let runs = fonts.shape(text);
    runs.iter()
        .map(|run| {
            let em = fonts.fonts[run.font].units_per_em;
            run.glyphs.iter().map(|g| g.advance).sum::<f32>() * size / em
        })
        .sum()
}

/// Splits `text` at spaces so that each part fits in `max` points.
fn wrap(fonts: &mut PageFonts, text: &str, size: f32, max: f32) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if !current.is_empty() && width(fonts, &candidate, size) > max {
            parts.push(std::mem::take(&mut current));
            word.clone_into(&mut current);
        } else {
            current = candidate;
        }
    }
    parts.push(current);
    parts
}

/// A PDF name for a font: letters and digits only.
fn pdf_font_name(index: usize, name: &str) -> String {
    // A subset's name starts with six capital letters and '+', as PDF asks.
    let tag: String = (0..6)
        .map(|i| char::from(b'A' + u8::try_from((index * 7 + i) % 26).unwrap_or(0)))
        .collect();
    let clean: String = name.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("{tag}+{clean}")
}

/// Each font's subset: its PDF name and object ids (Type 0 font, CID font, descriptor,
/// file, ToUnicode map) with the subset's bytes; `None` for a font no glyph uses.
type FontRefs = Vec<Option<(String, (Ref, Ref, Ref, Ref, Ref, Vec<u8>))>>;

/// The drawing of one page: its lines with the fonts' subsets, then its QR code.
fn page_content(
    page: &LaidOut,
    fonts: &PageFonts,
    font_refs: &FontRefs,
    remappers: &[subsetter::GlyphRemapper],
) -> Vec<u8> {
    let mut content = Content::new();
    let lines = &page.lines;
    for line in lines {
        if let Some(text) = &line.actual_text {
            content
                .begin_marked_content_with_properties(Name(b"Span"))
                .properties()
                .actual_text(TextStr(text));
        }
        if line.bold {
            content.set_text_rendering_mode(pdf_writer::types::TextRenderingMode::FillStroke);
            content.set_line_width(line.size * 0.03);
        }
        content.begin_text();
        let mut x = MARGIN;
        for run in &line.runs {
            let font = &fonts.fonts[run.font];
            let Some((name, _)) = &font_refs[run.font] else {
                continue;
            };
            let scale = line.size / font.units_per_em;
            content.set_font(Name(name.as_bytes()), line.size);
            for glyph in &run.glyphs {
                let Some(cid) = remappers[run.font].get(glyph.glyph) else {
                    continue;
                };
                content.set_text_matrix([
                    1.0,
                    0.0,
                    0.0,
                    1.0,
                    x + glyph.offset.0 * scale,
                    line.y + glyph.offset.1 * scale,
                ]);
                content.show(Str(&cid.to_be_bytes()));
                x += glyph.advance * scale;
            }
        }
        content.end_text();
        if line.bold {
            content.set_text_rendering_mode(pdf_writer::types::TextRenderingMode::Fill);
        }
        if line.actual_text.is_some() {
            content.end_marked_content();
        }
    }
    if let Some(qr) = &page.qr {
        qr.draw(&mut content);
    }
    compress(&content.finish())
}

fn write(laid_out: &[LaidOut], fonts: &PageFonts, title: &str, signed: &str) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let mut next = Ref::new(1);
    let mut alloc = || next.bump();
    let catalog = alloc();
    let pages = alloc();
    let info = alloc();
    let page_ids: Vec<(Ref, Ref)> = laid_out.iter().map(|_| (alloc(), alloc())).collect();

    // Each font's subset, and its glyphs' new numbers (CIDs).
    let mut font_refs: FontRefs = Vec::new();
    let mut remappers = Vec::new();
    for (i, font) in fonts.fonts.iter().enumerate() {
        let mut remapper = subsetter::GlyphRemapper::new();
        for glyph in font.used.keys() {
            remapper.remap(*glyph);
        }
        let subset = if font.used.is_empty() {
            None
        } else {
            subsetter::subset(font.data.font.as_ref().as_ref(), font.data.index, &remapper).ok()
        };
        let ids = subset.map(|bytes| (alloc(), alloc(), alloc(), alloc(), alloc(), bytes));
        font_refs.push(ids.map(|ids| (format!("F{i}"), ids)));
        remappers.push(remapper);
    }

    pdf.catalog(catalog).pages(pages);
    pdf.pages(pages)
        .kids(page_ids.iter().map(|(page, _)| *page))
        .count(i32::try_from(page_ids.len()).unwrap_or(i32::MAX));
    for (laid, (page, content_id)) in laid_out.iter().zip(&page_ids) {
        let content = page_content(laid, fonts, &font_refs, &remappers);
        let mut p = pdf.page(*page);
        p.media_box(Rect::new(0.0, 0.0, PAGE.0, PAGE.1))
            .parent(pages)
            .contents(*content_id);
        let mut resources = p.resources();
        let mut font_dict = resources.fonts();
        for (name, ids) in font_refs.iter().flatten() {
            font_dict.pair(Name(name.as_bytes()), ids.0);
        }
        font_dict.finish();
        resources.finish();
        p.finish();
        pdf.stream(*content_id, &content).filter(Filter::FlateDecode);
    }
    let mut document_info = pdf.document_info(info);
    document_info
        .title(TextStr(title))
        .producer(TextStr("Passerelle"));
    if !signed.is_empty() {
        // ASCII only: written as it is, for `signing::find_in_pdf`.
        document_info.keywords(TextStr(signed));
    }
    document_info.finish();

    for (i, (font, entry)) in fonts.fonts.iter().zip(&font_refs).enumerate() {
        if let Some((_, ids)) = entry {
            write_font(&mut pdf, i, font, ids, &remappers[i]);
        }
    }
    pdf.finish()
}

/// One font's subset: its Type 0 font, CID font, descriptor, file and `ToUnicode` map.
fn write_font(
    pdf: &mut Pdf,
    i: usize,
    font: &super::glyphs::PageFont,
    (type0, cid_font, descriptor, file, cmap, subset): &(Ref, Ref, Ref, Ref, Ref, Vec<u8>),
    remapper: &subsetter::GlyphRemapper,
) {
    let base = pdf_font_name(i, &font.name);
    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    pdf.type0_font(*type0)
        .base_font(Name(base.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(*cid_font)
        .to_unicode(*cmap);
    let per_mille = 1000.0 / font.units_per_em;
    let mut cid = pdf.cid_font(*cid_font);
    cid.subtype(if font.true_type {
        CidFontType::Type2
    } else {
        CidFontType::Type0
    })
    .base_font(Name(base.as_bytes()))
    .system_info(system)
    .font_descriptor(*descriptor)
    .default_width(0.0);
    if font.true_type {
        cid.cid_to_gid_map_predefined(Name(b"Identity"));
    }
    let mut widths = cid.widths();
    for (glyph, (advance, _)) in &font.used {
        if let Some(new) = remapper.get(*glyph) {
            widths.consecutive(new, [advance * per_mille]);
        }
    }
    widths.finish();
    cid.finish();
    let mut descriptor_writer = pdf.font_descriptor(*descriptor);
    descriptor_writer
        .name(Name(base.as_bytes()))
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(
            0.0,
            font.descent * per_mille,
            1000.0,
            font.ascent * per_mille,
        ))
        .italic_angle(0.0)
        .ascent(font.ascent * per_mille)
        .descent(font.descent * per_mille)
        .cap_height(font.ascent * per_mille * 0.7)
        .stem_v(80.0);
    if font.true_type {
        descriptor_writer.font_file2(*file);
    } else {
        descriptor_writer.font_file3(*file);
    }
    descriptor_writer.finish();
    let compressed = compress(subset);
    let mut stream = pdf.stream(*file, &compressed);
    stream.filter(Filter::FlateDecode);
    if font.true_type {
        stream.pair(Name(b"Length1"), i32::try_from(subset.len()).unwrap_or(i32::MAX));
    } else {
        stream.pair(Name(b"Subtype"), Name(b"OpenType"));
    }
    stream.finish();
    let mut to_unicode = UnicodeCmap::new(Name(b"Passerelle-UTF16"), system);
    for (glyph, (_, text)) in &font.used {
        if let (Some(new), false) = (remapper.get(*glyph), text.is_empty()) {
            to_unicode.pair_with_multiple(new, text.chars());
        }
    }
    pdf.cmap(*cmap, &to_unicode.finish());
}

/// `data` compressed for a `FlateDecode` stream.
fn compress(data: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(data);
    encoder.finish().unwrap_or_default()
}
