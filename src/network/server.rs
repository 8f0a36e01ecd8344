//! The network's server, as a city's IT sets it up: the schema, its versioned upgrades,
//! the roles and their row-level policies (`init-server`), and one role per site with
//! its join file (`add-site`). Both run with the database owner's URL, never at run time.

use postgres::{Client, GenericClient};

use super::join_file::{self, JoinFile, is_site_name, role_of};

/// Each step brings the server schema from version `i` to `i + 1`.
const STEPS: &[&str] = &[
    include_str!("server/v1.sql"),
    include_str!("server/v2.sql"),
    include_str!("server/v3.sql"),
    include_str!("server/v4.sql"),
    include_str!("server/v5.sql"),
    include_str!("server/v6.sql"),
];

/// The server schema version this Passerelle writes.
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap,
    reason = "a few steps"
)]
pub const SERVER_VERSION: i32 = STEPS.len() as i32;

/// Why the server could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The server holds a newer schema than this Passerelle knows.
    #[error("the server's schema is version {found}, newer than this Passerelle ({supported})")]
    TooNew {
        /// The server's version.
        found: i32,
        /// This Passerelle's.
        supported: i32,
    },
    /// The server is not set up yet (`init-server` first).
    #[error("the server is not set up for Passerelle yet")]
    NotInitialised,
    /// The site name is not one `add-site` accepts.
    #[error("bad site name")]
    BadSiteName,
    /// The site is already on the network.
    #[error("the site is already on the network")]
    SiteExists,
    /// No random numbers for the password.
    #[error("no random numbers: {0}")]
    Random(String),
    /// PostgreSQL refused or the connection broke.
    #[error("{0}")]
    Server(#[from] postgres::Error),
}

/// The server schema's version; 0 when it is not set up.
pub fn server_version(client: &mut impl GenericClient) -> Result<i32, ServerError> {
    let exists: bool = client
        .query_one("SELECT to_regclass('passerelle.schema_version') IS NOT NULL", &[])?
        .get(0);
    if !exists {
        return Ok(0);
    }
    let row = client.query_opt("SELECT version FROM passerelle.schema_version", &[])?;
    Ok(row.map_or(0, |r| r.get(0)))
}

/// Creates or upgrades the server schema, in one transaction; returns the version found
/// before and the version now.
pub fn init_server(client: &mut Client) -> Result<(i32, i32), ServerError> {
    let mut tx = client.transaction()?;
    // Two `init-server` at once wait for each other instead of both creating.
    tx.execute("SELECT pg_advisory_xact_lock(7146)", &[])?;
    let found = server_version(&mut tx)?;
    if found > SERVER_VERSION {
        return Err(ServerError::TooNew {
            found,
            supported: SERVER_VERSION,
        });
    }
    for sql in STEPS.iter().skip(usize::try_from(found).unwrap_or(0)) {
        tx.batch_execute(sql)?;
    }
    tx.execute("DELETE FROM passerelle.schema_version", &[])?;
    tx.execute(
        "INSERT INTO passerelle.schema_version (version) VALUES ($1)",
        &[&SERVER_VERSION],
    )?;
    tx.commit()?;
    Ok((found, SERVER_VERSION))
}

/// Where the PCs of a site reach the server.
pub struct ServerAddress {
    /// Host name or address, as the PCs see it.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Database.
    pub dbname: String,
    /// The server's certificate (PEM), required unless the host is loopback.
    pub certificate: String,
}

/// Makes the role of site `name` with a fresh password, and its join file.
pub fn add_site(client: &mut Client, name: &str, address: ServerAddress) -> Result<JoinFile, ServerError> {
    if !is_site_name(name) {
        return Err(ServerError::BadSiteName);
    }
    if server_version(client)? == 0 {
        return Err(ServerError::NotInitialised);
    }
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).map_err(|e| ServerError::Random(e.to_string()))?;
    let password = crate::signing::to_hex(&bytes);
    let role = role_of(name);
    let mut tx = client.transaction()?;
    let taken = tx
        .query_opt("SELECT 1 FROM passerelle.site WHERE name = $1", &[&name])?
        .is_some()
        || tx
            .query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&role])?
            .is_some();
    if taken {
        return Err(ServerError::SiteExists);
    }
    // The role name is made of [a-z0-9_] only and the password of hex digits (checked
    // above): neither can close the quotes. CREATE ROLE takes no parameters.
    tx.batch_execute(&format!(
        "CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}' IN ROLE passerelle_site"
    ))?;
    tx.execute(
        "INSERT INTO passerelle.site (name, role) VALUES ($1, $2)",
        &[&name, &role],
    )?;
    tx.commit()?;
    Ok(JoinFile {
        format: join_file::FORMAT_TAG.into(),
        version: join_file::FORMAT_VERSION,
        site: name.to_owned(),
        host: address.host,
        port: address.port,
        dbname: address.dbname,
        user: role,
        password,
        server_certificate: address.certificate,
    })
}
