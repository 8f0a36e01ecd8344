//! Connecting to the network's PostgreSQL server: by TLS (rustls), trusting only the
//! certificate the join file carries, unless the server is on this very PC.

use std::sync::Arc;
use std::time::Duration;

use postgres::{Client, Config, NoTls};
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

use super::join_file::{JoinFile, is_loopback};

/// How long a PC waits for the server before it says the network is unreachable.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Why the server could not be reached.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    /// The certificate in the join file could not be read.
    #[error("the server's certificate cannot be read")]
    Certificate,
    /// A distant server was given without a certificate.
    #[error("a server on another computer needs its certificate (TLS)")]
    NoCertificate,
    /// The address is not one PostgreSQL understands.
    #[error("the server's address is not right: {0}")]
    Address(String),
    /// The server did not answer, refused the credentials, or the connection broke.
    #[error("{}", words(.0))]
    Server(#[from] postgres::Error),
}

/// What PostgreSQL said, in full: its own message for a refusal, or the reason a
/// connection failed (the client's own words stop at "db error").
pub fn words(error: &postgres::Error) -> String {
    if let Some(db) = error.as_db_error() {
        return db.message().to_owned();
    }
    match std::error::Error::source(error) {
        Some(source) => format!("{error}: {source}"),
        None => error.to_string(),
    }
}

/// Connects with a join file's credentials.
pub fn connect_site(join: &JoinFile) -> Result<Client, ConnectError> {
    let mut config = Config::new();
    config
        .host(&join.host)
        .port(join.port)
        .dbname(&join.dbname)
        .user(&join.user)
        .password(&join.password)
        .application_name("passerelle");
    connect(&config, &join.server_certificate)
}

/// Connects with a URL (`postgresql://user:password@host:port/db`), as a city's IT gives
/// it to the administration commands; `certificate` (PEM) is required unless the host
/// is this PC.
pub fn connect_url(url: &str, certificate: &str) -> Result<Client, ConnectError> {
    let config: Config = url
        .parse()
        .map_err(|e: postgres::Error| ConnectError::Address(e.to_string()))?;
    connect(&config, certificate)
}

/// The host of a URL's configuration, when it names one host by name or address.
pub fn url_host(url: &str) -> Option<String> {
    let config: Config = url.parse().ok()?;
    config.get_hosts().first().map(|host| match host {
        postgres::config::Host::Tcp(name) => name.clone(),
        #[cfg(unix)]
        postgres::config::Host::Unix(_) => "localhost".to_owned(),
    })
}

pub(crate) fn connect(config: &Config, certificate: &str) -> Result<Client, ConnectError> {
    let mut config = config.clone();
    config.connect_timeout(CONNECT_TIMEOUT);
    // A line that goes silent (a partition, a server gone without a word) ends the
    // round with "unreachable" within about half a minute instead of hanging.
    config
        .keepalives(true)
        .keepalives_idle(Duration::from_secs(10))
        .keepalives_interval(Duration::from_secs(5))
        .keepalives_retries(3)
        .tcp_user_timeout(Duration::from_secs(30));
    let local = config.get_hosts().iter().all(|host| match host {
        postgres::config::Host::Tcp(name) => is_loopback(name),
        #[cfg(unix)]
        postgres::config::Host::Unix(_) => true,
    });
    if certificate.is_empty() {
        if !local {
            return Err(ConnectError::NoCertificate);
        }
        return Ok(config.connect(NoTls)?);
    }
    let mut roots = rustls::RootCertStore::empty();
    let mut found = false;
    for cert in CertificateDer::pem_slice_iter(certificate.as_bytes()) {
        let cert = cert.map_err(|_| ConnectError::Certificate)?;
        roots.add(cert).map_err(|_| ConnectError::Certificate)?;
        found = true;
    }
    if !found {
        return Err(ConnectError::Certificate);
    }
    #[allow(
        deprecated,
        reason = "ring, not aws-lc-rs: it cross-builds for Windows with mingw; the key exchange is classical"
    )]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|_| ConnectError::Certificate)?
        .with_root_certificates(roots)
        .with_no_client_auth();
    config.ssl_mode(postgres::config::SslMode::Require);
    Ok(config.connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls))?)
}
