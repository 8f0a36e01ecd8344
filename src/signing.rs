//! Attestations anyone can verify offline: each structure signs the facts of its
//! attestations with its own Ed25519 key (ed25519-dalek).
//!
//! A new key pair is made whenever the leaders' PIN is written (chosen, changed or
//! recovered with the code). Its secret half is kept only sealed under the PIN: Argon2id
//! turns the PIN and a fresh salt into 32 bytes that mask the key's seed, and the key
//! opened with a PIN is checked against the public half, so a wrong PIN opens nothing.
//! The public halves of the structure's keys, old ones too, stay known to the store, so
//! that its older attestations keep verifying after a PIN change.
//!
//! A signed attestation is a line of text: [`PREFIX`], then in base45 (the alphabet a QR
//! code stores most compactly) the signature followed by the facts (JSON) compressed. The
//! PDF carries it in its metadata and, drawn, as a QR code; `passerelle attestation
//! verify` reads it back and says whether it is valid, altered, or signed by a structure
//! this PC does not know. Attestations signed before the QR code ([`PREFIX_V1`]: the facts
//! and the signature in hex) are still checked.

use crate::model::attestation_check::{CheckOutcome, Facts, Signer};
use crate::model::base45;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};

/// How a signed attestation's text starts (only QR alphanumeric characters).
pub const PREFIX: &str = "PASSERELLE-ATTESTATION-2:";

/// How the text of attestations signed before the QR code starts (facts in hex).
pub const PREFIX_V1: &str = "PASSERELLE-ATTESTATION-1.";

/// The largest facts a signed text may unpack to: a hostile text cannot make the check
/// fill memory (an attestation's facts are a few kilobytes at most).
const MAX_FACTS_BYTES: u64 = 256 * 1024;

/// A structure's key pair, opened with the leaders' PIN.
pub struct StructureKey(SigningKey);

/// A new key pair, and its secret half sealed under `pin`, and its public half (hex).
pub struct NewKey {
    /// The secret half, sealed under the PIN.
    pub sealed: String,
    /// The public half, in hex.
    pub public: String,
}

/// Why a key could not be made or opened.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The PC gave no random numbers.
    #[error("no random numbers: {0}")]
    Random(String),
    /// Argon2 refused.
    #[error("the PIN could not seal the key: {0}")]
    Seal(String),
}

/// Random bytes from the PC.
pub(crate) fn random<const N: usize>() -> Result<[u8; N], KeyError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| KeyError::Random(e.to_string()))?;
    Ok(bytes)
}

/// 32 bytes drawn from `pin` and `salt` (Argon2id, its default cost): the key that
/// seals a secret under the leaders' PIN.
pub(crate) fn mask(pin: &str, salt: &[u8]) -> Result<[u8; 32], KeyError> {
    let mut out = [0u8; 32];
    argon2::Argon2::default()
        .hash_password_into(pin.as_bytes(), salt, &mut out)
        .map_err(|e| KeyError::Seal(e.to_string()))?;
    Ok(out)
}

/// `bytes` in lower-case hex.
pub(crate) fn to_hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes
        .iter()
        .fold(String::with_capacity(2 * bytes.len()), |mut hex, b| {
            let _ = write!(hex, "{b:02x}");
            hex
        })
}

/// The bytes of a hex text; `None` when it is not hex.
pub(crate) fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// Makes a new key pair sealed under `pin`.
pub fn new_key(pin: &str) -> Result<NewKey, KeyError> {
    let seed: [u8; 32] = random()?;
    let salt: [u8; 16] = random()?;
    let mask = mask(pin, &salt)?;
    let masked: Vec<u8> = seed.iter().zip(mask).map(|(s, m)| s ^ m).collect();
    let key = SigningKey::from_bytes(&seed);
    Ok(NewKey {
        sealed: format!("v1:{}:{}", to_hex(&salt), to_hex(&masked)),
        public: to_hex(key.verifying_key().as_bytes()),
    })
}

/// Opens a key sealed under `pin`; `None` when the PIN or the seal is not right.
pub fn open_key(sealed: &str, public: &str, pin: &str) -> Option<StructureKey> {
    let mut parts = sealed.split(':');
    let (Some("v1"), Some(salt), Some(masked), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let (salt, masked) = (from_hex(salt)?, from_hex(masked)?);
    let mask = mask(pin, &salt).ok()?;
    let seed: [u8; 32] = masked
        .iter()
        .zip(mask)
        .map(|(m, k)| m ^ k)
        .collect::<Vec<_>>()
        .try_into()
        .ok()?;
    let key = SigningKey::from_bytes(&seed);
    (to_hex(key.verifying_key().as_bytes()) == public).then_some(StructureKey(key))
}

/// What a pack's signature covers: this tag, then the pack file's BLAKE2b-512 hash (a
/// signature for a pack is never one for an attestation, nor the other way round).
const PACK_TAG: &[u8] = b"PASSERELLE-PACK-1\n";

fn pack_message(bytes: &[u8]) -> Vec<u8> {
    use blake2::Digest as _;
    let hash = blake2::Blake2b512::digest(bytes);
    [PACK_TAG, hash.as_slice()].concat()
}

/// The Ed25519 key of a public half in hex, if it is one.
fn verifying_key(public: &str) -> Option<VerifyingKey> {
    from_hex(public)
        .and_then(|k| <[u8; 32]>::try_from(k).ok())
        .and_then(|k| VerifyingKey::from_bytes(&k).ok())
}

/// Whether `signature` (hex) is the key `public`'s (hex) on the pack file `bytes`.
pub fn pack_signed_by(public: &str, bytes: &[u8], signature: &str) -> bool {
    let signature = from_hex(signature)
        .and_then(|s| <[u8; 64]>::try_from(s).ok())
        .map(|s| Signature::from_bytes(&s));
    match (verifying_key(public), signature) {
        (Some(key), Some(signature)) => {
            !key.is_weak() && key.verify_strict(&pack_message(bytes), &signature).is_ok()
        }
        _ => false,
    }
}

impl StructureKey {
    /// A pack file's signature (hex), as the library network carries it beside the file.
    pub fn sign_pack(&self, bytes: &[u8]) -> String {
        to_hex(&self.0.sign(&pack_message(bytes)).to_bytes())
    }

    /// The public half (hex).
    pub fn public(&self) -> String {
        to_hex(self.0.verifying_key().as_bytes())
    }

    /// `facts` signed, as the text an attestation carries.
    pub fn sign(&self, facts: &Facts) -> String {
        let facts = Facts {
            key: self.public(),
            ..facts.clone()
        };
        // Serialising a struct of strings and numbers cannot fail.
        let json = serde_json::to_vec(&facts).unwrap_or_default();
        let mut blob = self.0.sign(&json).to_bytes().to_vec();
        blob.extend(deflate(&json));
        format!("{PREFIX}{}", base45::encode(&blob))
    }
}

/// What checking an attestation's text found.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The facts are as their key signed them.
    Signed(Facts),
    /// The text is not as it was signed (or not an attestation at all).
    Altered,
}

/// `data` compressed (zlib).
fn deflate(data: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(data);
    encoder.finish().unwrap_or_default()
}

/// `data` uncompressed, if it is zlib data of at most [`MAX_FACTS_BYTES`].
fn inflate(data: &[u8]) -> Option<Vec<u8>> {
    use std::io::Read as _;
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(data)
        .take(MAX_FACTS_BYTES + 1)
        .read_to_end(&mut out)
        .ok()?;
    (out.len() as u64 <= MAX_FACTS_BYTES).then_some(out)
}

/// A signed text as read from a file, a QR code or a terminal: the line breaks and
/// tabs around it left out (not a last space: it is one of base45's characters).
fn clean(text: &str) -> &str {
    text.trim_start().trim_end_matches(['\r', '\n', '\t'])
}

/// The signed JSON and its signature, from a text of either form.
fn unpack(text: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    let text = clean(text);
    if let Some(body) = text.strip_prefix(PREFIX) {
        let blob = base45::decode(body)?;
        if blob.len() <= 64 {
            return None;
        }
        let (signature, packed) = blob.split_at(64);
        return Some((inflate(packed)?, signature.to_vec()));
    }
    let (facts_hex, signature_hex) = text.strip_prefix(PREFIX_V1)?.split_once('.')?;
    Some((from_hex(facts_hex)?, from_hex(signature_hex)?))
}

/// Does `text` start as a signed attestation's text (of either form)?
pub fn looks_signed(text: &str) -> bool {
    let text = clean(text);
    text.starts_with(PREFIX) || text.starts_with(PREFIX_V1)
}

/// Checks a signed attestation's text (found in a PDF, read from its QR code or typed).
pub fn check(text: &str) -> Verdict {
    let Some((json, signature)) = unpack(text) else {
        return Verdict::Altered;
    };
    let Ok(facts) = serde_json::from_slice::<Facts>(&json) else {
        return Verdict::Altered;
    };
    let key = verifying_key(&facts.key);
    let signature = <[u8; 64]>::try_from(signature)
        .ok()
        .map(|s| Signature::from_bytes(&s));
    match (key, signature) {
        (Some(key), Some(signature)) if key.verify_strict(&json, &signature).is_ok() => {
            Verdict::Signed(facts)
        }
        _ => Verdict::Altered,
    }
}

/// What checking `file` (a PDF, or the text of its signature) finds: one outcome for each
/// attestation it holds (a workshop's PDF has one a page; a file with none gives
/// [`CheckOutcome::Unsigned`]), `signer_of` telling who holds a key.
pub fn outcomes<E>(
    file: &[u8],
    mut signer_of: impl FnMut(&str) -> Result<Signer, E>,
) -> Result<Vec<CheckOutcome>, E> {
    let texts = match std::str::from_utf8(file) {
        Ok(text) if looks_signed(text) => vec![clean(text).to_owned()],
        _ => find_all_in_pdf(file),
    };
    if texts.is_empty() {
        return Ok(vec![CheckOutcome::Unsigned]);
    }
    texts
        .iter()
        .map(|text| {
            Ok(match check(text) {
                Verdict::Altered => CheckOutcome::Altered,
                Verdict::Signed(facts) => CheckOutcome::Signed {
                    signer: signer_of(&facts.key)?,
                    fingerprint: fingerprint(&facts.key),
                    facts,
                },
            })
        })
        .collect()
}

/// The most attestations read from one file (a workshop's PDF has one a page).
const MAX_ATTESTATIONS_IN_A_FILE: usize = 1_000;

/// The first signed text inside a PDF written by Passerelle (in its metadata), if any.
pub fn find_in_pdf(pdf: &[u8]) -> Option<String> {
    find_all_in_pdf(pdf).into_iter().next()
}

/// Every signed text inside a PDF written by Passerelle (in its metadata, one for each
/// page), in order: each runs to the first character its form does not use.
pub fn find_all_in_pdf(pdf: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < pdf.len() && found.len() < MAX_ATTESTATIONS_IN_A_FILE {
        let rest = &pdf[at..];
        let next = [PREFIX, PREFIX_V1]
            .into_iter()
            .filter_map(|prefix| {
                Some((
                    rest.windows(prefix.len()).position(|w| w == prefix.as_bytes())?,
                    prefix,
                ))
            })
            .min();
        let Some((start, prefix)) = next else {
            break;
        };
        let allowed: fn(u8) -> bool = if prefix == PREFIX {
            base45::is_base45
        } else {
            |b| b.is_ascii_alphanumeric() || b == b'.'
        };
        let text = &rest[start..];
        let end = text[prefix.len()..]
            .iter()
            .position(|b| !allowed(*b))
            .map_or(text.len(), |end| prefix.len() + end);
        found.extend(String::from_utf8(text[..end].to_vec()).ok());
        at += start + end;
    }
    found
}

/// Is `text` a public key as [`StructureKey::public`] writes it (64 hex digits of a
/// valid Ed25519 point, not one of the few weak points no real key is and that no
/// signature can be checked against)?
pub fn is_public_key(text: &str) -> bool {
    verifying_key(text).is_some_and(|k| !k.is_weak())
}

/// A short fingerprint of a public key, to read out or compare: its first 8 bytes.
pub fn fingerprint(public: &str) -> String {
    let short: String = public.chars().take(16).collect();
    short
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).to_uppercase())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::attestation_check::SignedLesson;

    fn facts() -> Facts {
        Facts {
            name: "محمد علي".into(),
            structure: "Médiathèque Łódź".into(),
            leader: "Samia Ben Ali".into(),
            issued_at: 1_763_900_000_000,
            lessons: vec![SignedLesson {
                title: "La souris".into(),
                competence: "5.2".into(),
                level: 1,
                finished_at: 1_763_800_000_000,
                right: 6,
                questions: 6,
                reached: true,
            }],
            key: String::new(),
        }
    }

    #[test]
    fn a_key_opens_only_with_its_pin() -> Result<(), KeyError> {
        let made = new_key("1234 soleil")?;
        assert!(open_key(&made.sealed, &made.public, "1234 soleil").is_some());
        assert!(open_key(&made.sealed, &made.public, "1234 lune").is_none());
        assert!(!made.sealed.contains(&made.public));
        Ok(())
    }

    #[test]
    fn a_genuine_attestation_is_signed_and_any_change_is_caught() -> Result<(), KeyError> {
        let made = new_key("pin")?;
        let key = open_key(&made.sealed, &made.public, "pin").expect("opens");
        let text = key.sign(&facts());
        let Verdict::Signed(signed) = check(&text) else {
            panic!("not valid: {text}");
        };
        assert_eq!(signed.name, "محمد علي");
        assert_eq!(signed.key, made.public);
        // Change one character anywhere after the prefix: never valid.
        for at in PREFIX.len()..text.len() {
            let mut changed = text.clone().into_bytes();
            changed[at] = if changed[at] == b'0' { b'1' } else { b'0' };
            let changed = String::from_utf8(changed).expect("ascii");
            assert_eq!(check(&changed), Verdict::Altered, "at {at}");
        }
        // Cut short, or with a character more: never valid.
        assert_eq!(check(&text[..text.len() - 1]), Verdict::Altered);
        assert_eq!(check(&format!("{text}0")), Verdict::Altered);
        Ok(())
    }

    #[test]
    fn facts_signed_by_another_key_carry_that_key() -> Result<(), KeyError> {
        let ours = new_key("a")?;
        let theirs = new_key("b")?;
        let key = open_key(&theirs.sealed, &theirs.public, "b").expect("opens");
        let Verdict::Signed(signed) = check(&key.sign(&facts())) else {
            panic!("not valid");
        };
        assert_ne!(signed.key, ours.public);
        Ok(())
    }

    #[test]
    fn the_text_is_found_in_a_pdf() {
        let pdf = format!("%PDF-1.7\n<< /Keywords ({PREFIX}00 A$%*+-./:Z) >>\n");
        assert_eq!(
            find_in_pdf(pdf.as_bytes()).as_deref(),
            Some(&*format!("{PREFIX}00 A$%*+-./:Z"))
        );
        let pdf = format!("%PDF-1.7\n<< /Keywords ({PREFIX_V1}00ab.cd) >>\n");
        assert_eq!(
            find_in_pdf(pdf.as_bytes()).as_deref(),
            Some(&*format!("{PREFIX_V1}00ab.cd"))
        );
        // A workshop's PDF: one a page.
        let pdf = format!("<< /Keywords ({PREFIX}AB C;{PREFIX}DE;{PREFIX_V1}0f.1) >>");
        assert_eq!(
            find_all_in_pdf(pdf.as_bytes()),
            [
                format!("{PREFIX}AB C"),
                format!("{PREFIX}DE"),
                format!("{PREFIX_V1}0f.1")
            ]
        );
    }

    #[test]
    fn the_text_is_short_enough_for_a_qr_code_and_older_texts_still_check() -> Result<(), KeyError> {
        let made = new_key("pin")?;
        let key = open_key(&made.sealed, &made.public, "pin").expect("opens");
        let mut many = facts();
        many.lessons = (0..12)
            .map(|i| SignedLesson {
                title: format!("Leçon numéro {i} : envoyer un courriel"),
                ..facts().lessons[0].clone()
            })
            .collect();
        let text = key.sign(&many);
        assert!(
            text.bytes()
                .all(|b| PREFIX.contains(char::from(b)) || base45::is_base45(b))
        );
        // A QR code of version 40 at level M holds 2,331 alphanumeric characters.
        assert!(text.len() < 1_400, "{} characters", text.len());
        assert_eq!(
            check(&format!("{text}\r\n")),
            check(&text),
            "a line break is no change"
        );
        // The form signed before the QR code: facts and signature in hex.
        let json = serde_json::to_vec(&Facts {
            key: key.public(),
            ..facts()
        })
        .expect("json");
        let v1 = format!(
            "{PREFIX_V1}{}.{}",
            to_hex(&json),
            to_hex(&key.0.sign(&json).to_bytes())
        );
        assert!(matches!(check(&v1), Verdict::Signed(f) if f.name == "محمد علي"));
        let mut altered = v1.into_bytes();
        altered[PREFIX_V1.len() + 3] ^= 1;
        assert_eq!(
            check(&String::from_utf8(altered).expect("ascii")),
            Verdict::Altered
        );
        Ok(())
    }

    #[test]
    fn a_text_that_unpacks_to_a_flood_is_refused() {
        let flood = deflate(&vec![b' '; 4 * 1024 * 1024]);
        let mut blob = vec![0u8; 64];
        blob.extend(flood);
        assert_eq!(unpack(&format!("{PREFIX}{}", base45::encode(&blob))), None);
    }
}
