//! A one-page PDF attestation of a resident's progress, to print or save: their name or
//! pseudonym, the lessons and competences they finished with the dates, the structure's
//! name, and a short code that ties the page to these facts. Written by hand with the
//! PDF's standard Helvetica font (no font file, no dependency): the text is encoded in
//! Windows-1252, which holds every letter of French.

use crate::i18n::Tr;
use crate::model::calendar::format_date;
use crate::model::progress::FinishedLesson;
use crate::model::shuffle::Fnv;

/// What the attestation says.
pub struct Attestation<'a> {
    /// The resident's first name or pseudonym.
    pub name: &'a str,
    /// The structure (library, community centre), as the leaders set it.
    pub structure: &'a str,
    /// The lessons finished.
    pub lessons: &'a [FinishedLesson],
    /// When it is issued (milliseconds since 1970).
    pub issued_at: i64,
    /// The resident's unique id (only its trace is printed, in the code).
    pub resident_uid: &'a str,
}

impl Attestation<'_> {
    /// A short code made from the attested facts: the same facts give the same code.
    pub fn verification_code(&self) -> String {
        let mut hash = Fnv::default();
        hash.feed(self.resident_uid.as_bytes());
        hash.feed(self.name.as_bytes());
        for lesson in self.lessons {
            hash.feed(lesson.title.fr.as_bytes());
            hash.feed(&lesson.finished_at.to_le_bytes());
        }
        hash.feed(&self.issued_at.div_euclid(86_400_000).to_le_bytes());
        let code = format!("{:08X}", hash.finish() as u32);
        format!("{}-{}", &code[..4], &code[4..])
    }

    /// The lines of the page, in the language of `tr`: (bold, text).
    pub fn lines(&self, tr: &Tr<'_>) -> Vec<(bool, String)> {
        let lang = tr.lang;
        let mut lines = vec![(true, tr.t("attestation-title")), (false, String::new())];
        if !self.structure.trim().is_empty() {
            lines.push((false, self.structure.trim().to_owned()));
            lines.push((false, String::new()));
        }
        lines.push((false, tr.args("attestation-intro", &[("name", self.name.into())])));
        lines.push((false, String::new()));
        if self.lessons.is_empty() {
            lines.push((false, tr.t("attestation-none")));
        }
        for lesson in self.lessons {
            lines.push((
                false,
                tr.args(
                    "attestation-lesson",
                    &[
                        ("title", lesson.title.get(lang).as_str().into()),
                        ("code", lesson.competence.code().into()),
                        ("competence", tr.t(&lesson.competence.message_id()).into()),
                        ("level", lesson.level.get().into()),
                        ("date", format_date(lesson.finished_at, lang).into()),
                    ],
                ),
            ));
        }
        lines.push((false, String::new()));
        lines.push((
            false,
            tr.args(
                "attestation-issued",
                &[("date", format_date(self.issued_at, lang).into())],
            ),
        ));
        lines.push((
            false,
            tr.args("attestation-code", &[("code", self.verification_code().into())]),
        ));
        lines
    }

    /// The PDF file.
    pub fn pdf(&self, tr: &Tr<'_>) -> Vec<u8> {
        let mut content = Vec::new();
        let mut y = 780;
        for (bold, line) in self.lines(tr) {
            for part in wrap(&line, if bold { 60 } else { 88 }) {
                if part.is_empty() {
                    continue;
                }
                let (font, size) = if bold { ("F2", 18) } else { ("F1", 11) };
                content.extend_from_slice(format!("BT /{font} {size} Tf 56 {y} Td (").as_bytes());
                content.extend(pdf_string(&part));
                content.extend_from_slice(b") Tj ET\n");
                y -= if bold { 26 } else { 16 };
            }
            if line.is_empty() {
                y -= 12;
            }
        }
        pdf_file(&content)
    }
}

/// Splits a line at spaces so that no part is longer than `width` characters.
fn wrap(line: &str, width: usize) -> Vec<String> {
    let mut parts = vec![String::new()];
    for word in line.split(' ') {
        let last = parts.last_mut().map_or(0, |p| p.chars().count());
        if last > 0 && last + 1 + word.chars().count() > width {
            parts.push(String::new());
        }
        if let Some(part) = parts.last_mut() {
            if !part.is_empty() {
                part.push(' ');
            }
            part.push_str(word);
        }
    }
    parts
}

/// Text as a PDF string in Windows-1252, with `(`, `)` and `\` escaped; a character that
/// encoding lacks becomes `?`.
fn pdf_string(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let byte = match c {
            '(' | ')' | '\\' => {
                out.push(b'\\');
                c as u8
            }
            ' '..='~' => c as u8,
            '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '€' => 0x80,
            '…' => 0x85,
            'Œ' => 0x8C,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '–' => 0x96,
            '—' => 0x97,
            'œ' => 0x9C,
            'Ÿ' => 0x9F,
            _ => b'?',
        };
        out.push(byte);
    }
    out
}

/// A one-page A4 PDF around a content stream.
fn pdf_file(content: &[u8]) -> Vec<u8> {
    let mut out: Vec<u8> = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    let objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>".to_vec(),
        [
            format!("<< /Length {} >>\nstream\n", content.len()).into_bytes(),
            content.to_vec(),
            b"\nendstream".to_vec(),
        ]
        .concat(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>".to_vec(),
    ];
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::I18n;
    use crate::model::{Competence, Lang, Level, Text};

    #[test]
    fn a_pdf_with_the_name_the_lessons_and_a_stable_code() {
        let lessons = [FinishedLesson {
            title: Text::new("La souris", "The mouse"),
            competence: Competence::parse("5.2").expect("code"),
            level: Level::new(1).expect("level"),
            finished_at: 1_763_800_000_000,
        }];
        let attestation = Attestation {
            name: "Hélène (Lyon)",
            structure: "Médiathèque",
            lessons: &lessons,
            issued_at: 1_763_900_000_000,
            resident_uid: "u-1",
        };
        let i18n = I18n::new();
        let pdf = attestation.pdf(&i18n.tr(Lang::Fr));
        assert!(pdf.starts_with(b"%PDF-1.4") && pdf.ends_with(b"%%EOF\n"));
        let name = pdf_string("Hélène (Lyon)");
        assert!(
            pdf.windows(name.len()).any(|w| w == name.as_slice()),
            "the name, in Windows-1252"
        );
        assert!(pdf.windows(9).any(|w| w == b"La souris"));
        let code = attestation.verification_code();
        assert_eq!(code.len(), 9);
        assert_eq!(code, attestation.verification_code());
        assert!(pdf.windows(code.len()).any(|w| w == code.as_bytes()));
        // The cross-reference table points at each object.
        let text = String::from_utf8_lossy(&pdf);
        let xref_at: usize = text
            .rsplit("startxref\n")
            .next()
            .and_then(|t| t.lines().next())
            .and_then(|n| n.parse().ok())
            .expect("startxref");
        assert!(pdf[xref_at..].starts_with(b"xref"));
    }

    #[test]
    fn long_lines_wrap_at_spaces() {
        assert_eq!(wrap("un deux trois", 7), ["un deux", "trois"]);
        assert_eq!(pdf_string("a(b)\\ é€ 😀"), b"a\\(b\\)\\\\ \xe9\x80 ?".to_vec());
    }
}
