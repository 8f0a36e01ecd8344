//! A site's join file: what `passerelle network add-site` gives a city's IT for one site,
//! and what `passerelle network join` reads on each of its PCs. It holds the site's
//! credentials: it is handed over like a key, and once joined it is kept on the PC only
//! sealed under the leaders' PIN (`sealed.rs`).
//!
//! A join file comes from outside like any other file: it is checked whole before
//! anything is kept, and a bad one is named with the field that is wrong.

use serde::{Deserialize, Serialize};

/// The `format` field of a join file.
pub const FORMAT_TAG: &str = "passerelle-join";
/// The join file version this Passerelle reads and writes.
pub const FORMAT_VERSION: u32 = 1;
/// A join file is a few kilobytes (a certificate at most): anything much larger is not one.
pub const MAX_BYTES: u64 = crate::file_read::MAX_JOIN_FILE_BYTES;
/// A join file's extension.
pub const EXTENSION: &str = "passerelle-join";

/// A site's way into the network.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinFile {
    /// Always [`FORMAT_TAG`].
    pub format: String,
    /// The file's version.
    pub version: u32,
    /// The site's name, as its leaders and the network's reports show it.
    pub site: String,
    /// The PostgreSQL server's host name or address.
    pub host: String,
    /// Its port.
    pub port: u16,
    /// The database.
    pub dbname: String,
    /// The site's own role on the server.
    pub user: String,
    /// The role's password.
    pub password: String,
    /// The server's certificate (or the certificate of the authority that signed it), in
    /// PEM: the only one this PC trusts for this server. Required unless the server is on
    /// this very PC (loopback).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub server_certificate: String,
}

impl std::fmt::Debug for JoinFile {
    // The password never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JoinFile")
            .field("site", &self.site)
            .field("host", &self.host)
            .field("port", &self.port)
            .field("dbname", &self.dbname)
            .field("user", &self.user)
            .finish_non_exhaustive()
    }
}

/// What is wrong with a join file; each names the field at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JoinProblem {
    /// Not a join file at all (not JSON of the right shape), with the parser's line.
    NotJoinFile {
        /// The line where reading stopped.
        line: usize,
    },
    /// Made by a newer Passerelle.
    Newer(u32),
    /// A field is empty, too long or holds characters it may not.
    BadField(&'static str),
    /// The server is not on this PC and the file carries no certificate to check it by:
    /// the credentials would travel unprotected.
    NoCertificate,
}

impl JoinProblem {
    /// The Fluent id of its message (each takes `$file`; `BadField` and `NotJoinFile`
    /// also `$field` / `$line`).
    pub fn message_id(&self) -> &'static str {
        match self {
            JoinProblem::NotJoinFile { .. } => "network-join-not-join-file",
            JoinProblem::Newer(_) => "network-join-newer",
            JoinProblem::BadField(_) => "network-join-bad-field",
            JoinProblem::NoCertificate => "network-join-no-certificate",
        }
    }
}

impl JoinProblem {
    /// The problem in words, naming the file `file`.
    pub fn message(&self, file: &str, tr: &crate::i18n::Tr<'_>) -> String {
        let mut args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = vec![("file", file.to_owned().into())];
        match self {
            JoinProblem::NotJoinFile { line } => args.push(("line", (*line).into())),
            JoinProblem::BadField(field) => args.push(("field", (*field).into())),
            JoinProblem::Newer(_) | JoinProblem::NoCertificate => {}
        }
        tr.args(self.message_id(), &args)
    }
}

/// Whether `host` is this PC itself, where the credentials never cross a wire.
pub fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

pub use crate::model::network_status::is_site_name;

/// The server role of site `name` (a valid site name).
pub fn role_of(name: &str) -> String {
    format!("passerelle_site_{}", name.replace('-', "_"))
}

impl JoinFile {
    /// The file as written.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec_pretty(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    /// Reads and checks a join file.
    pub fn from_bytes(bytes: &[u8]) -> Result<JoinFile, JoinProblem> {
        let file: JoinFile =
            serde_json::from_slice(bytes).map_err(|e| JoinProblem::NotJoinFile { line: e.line() })?;
        if file.format != FORMAT_TAG {
            return Err(JoinProblem::NotJoinFile { line: 1 });
        }
        if file.version > FORMAT_VERSION {
            return Err(JoinProblem::Newer(file.version));
        }
        file.check()?;
        Ok(file)
    }

    /// Checks every field.
    pub fn check(&self) -> Result<(), JoinProblem> {
        let plain = |text: &str, max: usize| {
            !text.is_empty() && text.len() <= max && !text.chars().any(char::is_control)
        };
        if !is_site_name(&self.site) {
            return Err(JoinProblem::BadField("site"));
        }
        let host_chars = |c: char| c.is_ascii_alphanumeric() || ".-:[]_".contains(c);
        if !plain(&self.host, 253) || !self.host.chars().all(host_chars) {
            return Err(JoinProblem::BadField("host"));
        }
        if self.port == 0 {
            return Err(JoinProblem::BadField("port"));
        }
        if !plain(&self.dbname, 63) {
            return Err(JoinProblem::BadField("dbname"));
        }
        if self.user != role_of(&self.site) {
            return Err(JoinProblem::BadField("user"));
        }
        if !plain(&self.password, 200) {
            return Err(JoinProblem::BadField("password"));
        }
        if self.server_certificate.is_empty() {
            if !is_loopback(&self.host) {
                return Err(JoinProblem::NoCertificate);
            }
        } else if !self.server_certificate.contains("-----BEGIN CERTIFICATE-----")
            || self.server_certificate.len() > 32 * 1024
        {
            return Err(JoinProblem::BadField("server_certificate"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file() -> JoinFile {
        JoinFile {
            format: FORMAT_TAG.into(),
            version: FORMAT_VERSION,
            site: "mediatheque-zola".into(),
            host: "127.0.0.1".into(),
            port: 5432,
            dbname: "passerelle".into(),
            user: "passerelle_site_mediatheque_zola".into(),
            password: "s3cret".into(),
            server_certificate: String::new(),
        }
    }

    #[test]
    fn a_join_file_reads_back_and_hides_its_password_from_logs() {
        let f = file();
        assert_eq!(JoinFile::from_bytes(&f.to_bytes()), Ok(f.clone()));
        assert!(!format!("{f:?}").contains("s3cret"));
    }

    #[test]
    fn a_distant_server_needs_its_certificate() {
        let mut f = file();
        f.host = "pg.ville.example".into();
        assert_eq!(
            JoinFile::from_bytes(&f.to_bytes()),
            Err(JoinProblem::NoCertificate)
        );
        f.server_certificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".into();
        assert!(JoinFile::from_bytes(&f.to_bytes()).is_ok());
    }

    #[test]
    fn hostile_fields_are_named() {
        let mut f = file();
        f.user = "postgres".into();
        assert_eq!(
            JoinFile::from_bytes(&f.to_bytes()),
            Err(JoinProblem::BadField("user"))
        );
        let mut f = file();
        f.host = "h;rm -rf".into();
        assert_eq!(
            JoinFile::from_bytes(&f.to_bytes()),
            Err(JoinProblem::BadField("host"))
        );
        assert!(matches!(
            JoinFile::from_bytes(b"{\n\"format\": 3"),
            Err(JoinProblem::NotJoinFile { line: 2 })
        ));
        assert!(is_loopback("::1") && is_loopback("[::1]") && !is_loopback("10.0.0.1"));
        assert!(is_site_name("bib-centre2") && !is_site_name("Bib") && !is_site_name("2bib"));
    }
}
