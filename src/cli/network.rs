//! `passerelle network …`: set up the network's server (a city's IT), join a PC to it,
//! and sync or look at its state from scripts (see `src/network/`, `docs/network.md`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use super::data_store::{self, Access, CliError};
use super::pin;
use crate::i18n::{I18n, Tr};
use crate::model::Lang;
use crate::network::connect::{self, ConnectError};
use crate::network::join_file::{self, JoinFile};
use crate::network::packs::{self, PublishError};
use crate::network::sealed::{self, OpenProblem};
use crate::network::server::{self, ServerAddress, ServerError};
use crate::network::sync::{self, SyncError};
use crate::store::Store;

/// `passerelle network …`
#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// Create (or upgrade) the network's schema, roles and policies on the server.
    InitServer {
        /// The database owner's address: postgresql://user:password@host:port/database
        #[arg(long, value_name = "URL")]
        admin_url: String,
        /// The server's certificate (PEM), when the server is on another computer.
        #[arg(long, value_name = "FILE")]
        server_certificate: Option<PathBuf>,
    },
    /// Give a site its own role on the server, and write its join file.
    AddSite {
        /// The site's name: lower-case letters, digits and dashes (e.g. mediatheque-zola).
        name: String,
        /// The database owner's address: postgresql://user:password@host:port/database
        #[arg(long, value_name = "URL")]
        admin_url: String,
        /// The join file to write.
        #[arg(long, short)]
        out: PathBuf,
        /// The server's name as the site's PCs reach it (default: the URL's).
        #[arg(long)]
        host: Option<String>,
        /// The server's certificate (PEM), put in the join file for the PCs to check.
        #[arg(long, value_name = "FILE")]
        server_certificate: Option<PathBuf>,
    },
    /// Put this PC on the network with its site's join file (asks for the leaders' PIN).
    Join {
        /// The join file.
        file: PathBuf,
        /// Read the leaders' PIN from standard input.
        #[arg(long)]
        pin_stdin: bool,
    },
    /// Publish a pack file to the network: every PC installs it at its next sync (asks
    /// for the leaders' PIN).
    PublishPack {
        /// The pack file (`.passerelle-pack`, as `pack build` writes it).
        file: PathBuf,
        /// Read the leaders' PIN from standard input.
        #[arg(long)]
        pin_stdin: bool,
    },
    /// Say whether this PC is on a network, when it last synced and what waits.
    Status,
    /// One sync round with the server, printing what moved (asks for the leaders' PIN).
    Sync {
        /// Read the leaders' PIN from standard input.
        #[arg(long)]
        pin_stdin: bool,
    },
}

/// The `network` subcommand with its help texts from Fluent.
pub fn localized(c: clap::Command, tr: &Tr<'_>) -> clap::Command {
    c.about(tr.t("cli-network"))
        .mut_subcommand("init-server", |c| {
            c.about(tr.t("cli-network-init-server"))
                .mut_arg("admin_url", |a| a.help(tr.t("cli-network-admin-url")))
                .mut_arg("server_certificate", |a| a.help(tr.t("cli-network-certificate")))
        })
        .mut_subcommand("add-site", |c| {
            c.about(tr.t("cli-network-add-site"))
                .mut_arg("name", |a| a.help(tr.t("cli-network-site-name")))
                .mut_arg("admin_url", |a| a.help(tr.t("cli-network-admin-url")))
                .mut_arg("out", |a| a.help(tr.t("cli-network-join-out")))
                .mut_arg("host", |a| a.help(tr.t("cli-network-host")))
                .mut_arg("server_certificate", |a| a.help(tr.t("cli-network-certificate")))
        })
        .mut_subcommand("join", |c| {
            c.about(tr.t("cli-network-join"))
                .mut_arg("file", |a| a.help(tr.t("cli-network-join-file")))
                .mut_arg("pin_stdin", |a| a.help(tr.t("cli-pin-stdin")))
        })
        .mut_subcommand("publish-pack", |c| {
            c.about(tr.t("cli-network-publish-pack"))
                .mut_arg("file", |a| a.help(tr.t("cli-network-publish-pack-file")))
                .mut_arg("pin_stdin", |a| a.help(tr.t("cli-pin-stdin")))
        })
        .mut_subcommand("status", |c| c.about(tr.t("cli-network-status")))
        .mut_subcommand("sync", |c| {
            c.about(tr.t("cli-network-sync"))
                .mut_arg("pin_stdin", |a| a.help(tr.t("cli-pin-stdin")))
        })
}

/// Runs `passerelle network …`.
pub fn run(data_dir: Option<PathBuf>, command: &NetworkCommand, lang: Lang) -> ExitCode {
    let i18n = I18n::new();
    let tr = i18n.tr(lang);
    let mut out = std::io::stdout().lock();
    let result = match command {
        NetworkCommand::InitServer {
            admin_url,
            server_certificate,
        } => init_server(admin_url, server_certificate.as_deref(), &tr, &mut out),
        NetworkCommand::AddSite {
            name,
            admin_url,
            out: path,
            host,
            server_certificate,
        } => add_site(
            name,
            admin_url,
            path,
            host.as_deref(),
            server_certificate.as_deref(),
            &tr,
            &mut out,
        ),
        NetworkCommand::Join { file, pin_stdin } => with_store(data_dir, Access::Write, &tr, |store| {
            let pin = pin::require_pin(store, false, *pin_stdin, &tr)?;
            join(store, file, &pin, &tr, &mut out)
        }),
        NetworkCommand::PublishPack { file, pin_stdin } => with_store(data_dir, Access::Read, &tr, |store| {
            let pin = pin::require_pin(store, true, *pin_stdin, &tr)?;
            publish_pack(store, file, &pin, &tr, &mut out)
        }),
        NetworkCommand::Status => {
            with_store(data_dir, Access::Read, &tr, |store| status(store, &tr, &mut out))
        }
        NetworkCommand::Sync { pin_stdin } => with_store(data_dir, Access::Write, &tr, |store| {
            let pin = pin::require_pin(store, false, *pin_stdin, &tr)?;
            sync_once(store, &pin, &tr, &mut out)
        }),
    };
    super::exit_status(result)
}

fn with_store(
    data_dir: Option<PathBuf>,
    access: Access,
    tr: &Tr<'_>,
    f: impl FnOnce(&mut Store) -> Result<bool, CliError>,
) -> Result<bool, CliError> {
    let mut opened = data_store::open(data_dir, access, tr)?;
    f(&mut opened.store)
}

fn said(e: &impl std::fmt::Display) -> CliError {
    CliError(e.to_string())
}

fn read_certificate(path: Option<&Path>, tr: &Tr<'_>) -> Result<String, CliError> {
    let Some(path) = path else {
        return Ok(String::new());
    };
    let bytes = crate::file_read::read_limited(path, join_file::MAX_BYTES / 2)
        .map_err(|e| CliError(format!("{}: {}", path.display(), e.message(tr))))?;
    String::from_utf8(bytes)
        .ok()
        .filter(|pem| pem.contains("-----BEGIN CERTIFICATE-----"))
        .ok_or_else(|| {
            CliError(tr.args(
                "network-certificate-bad",
                &[("file", path.display().to_string().into())],
            ))
        })
}

fn connect_message(e: &ConnectError, tr: &Tr<'_>) -> String {
    match e {
        ConnectError::NoCertificate => tr.t("network-needs-certificate"),
        ConnectError::Certificate => tr.t("network-certificate-unreadable"),
        ConnectError::Address(why) => tr.args("network-bad-address", &[("reason", why.clone().into())]),
        ConnectError::Server(why) => tr.args(
            "network-server-refused",
            &[("reason", connect::words(why).into())],
        ),
    }
}

fn server_message(e: &ServerError, tr: &Tr<'_>) -> String {
    match e {
        ServerError::TooNew { found, supported } => tr.args(
            "network-server-too-new",
            &[("found", (*found).into()), ("supported", (*supported).into())],
        ),
        ServerError::NotInitialised => tr.t("network-server-not-set-up"),
        ServerError::BadSiteName => tr.t("network-bad-site-name"),
        ServerError::SiteExists => tr.t("network-site-exists"),
        ServerError::Random(why) => why.clone(),
        ServerError::Server(why) => tr.args(
            "network-server-refused",
            &[("reason", connect::words(why).into())],
        ),
    }
}

fn init_server(
    url: &str,
    certificate: Option<&Path>,
    tr: &Tr<'_>,
    out: &mut dyn Write,
) -> Result<bool, CliError> {
    let certificate = read_certificate(certificate, tr)?;
    let mut client =
        connect::connect_url(url, &certificate).map_err(|e| CliError(connect_message(&e, tr)))?;
    let (from, to) = server::init_server(&mut client).map_err(|e| CliError(server_message(&e, tr)))?;
    let said = if from == to {
        tr.args("network-server-up-to-date", &[("version", to.into())])
    } else if from == 0 {
        tr.args("network-server-ready", &[("version", to.into())])
    } else {
        tr.args(
            "network-server-upgraded",
            &[("from", from.into()), ("to", to.into())],
        )
    };
    writeln!(out, "{said}").map_err(|e| said_io(&e, tr))?;
    Ok(true)
}

fn said_io(e: &std::io::Error, tr: &Tr<'_>) -> CliError {
    CliError(crate::i18n::io_message(e, tr))
}

fn add_site(
    name: &str,
    url: &str,
    path: &Path,
    host: Option<&str>,
    certificate: Option<&Path>,
    tr: &Tr<'_>,
    out: &mut dyn Write,
) -> Result<bool, CliError> {
    if !join_file::is_site_name(name) {
        return Err(CliError(tr.t("network-bad-site-name")));
    }
    if path.exists() {
        return Err(CliError(tr.args(
            "network-join-file-exists",
            &[("file", path.display().to_string().into())],
        )));
    }
    let certificate = read_certificate(certificate, tr)?;
    let config: postgres::Config = url.parse().map_err(|e: postgres::Error| {
        CliError(tr.args("network-bad-address", &[("reason", e.to_string().into())]))
    })?;
    let host = host
        .map(str::to_owned)
        .or_else(|| connect::url_host(url))
        .unwrap_or_else(|| "localhost".to_owned());
    let address = ServerAddress {
        port: config.get_ports().first().copied().unwrap_or(5432),
        dbname: config.get_dbname().unwrap_or("postgres").to_owned(),
        host,
        certificate: certificate.clone(),
    };
    let join = JoinFile {
        format: join_file::FORMAT_TAG.into(),
        version: join_file::FORMAT_VERSION,
        site: name.to_owned(),
        host: address.host.clone(),
        port: address.port,
        dbname: address.dbname.clone(),
        user: join_file::role_of(name),
        password: "checked-before-the-role-is-made".into(),
        server_certificate: certificate.clone(),
    };
    // A join file the PCs would refuse is refused before any role is made.
    if let Err(problem) = join.check() {
        return Err(CliError(problem.message(&path.display().to_string(), tr)));
    }
    let mut client =
        connect::connect_url(url, &certificate).map_err(|e| CliError(connect_message(&e, tr)))?;
    let join = server::add_site(&mut client, name, address).map_err(|e| CliError(server_message(&e, tr)))?;
    write_private(path, &join.to_bytes()).map_err(|e| said_io(&e, tr))?;
    writeln!(
        out,
        "{}",
        tr.args(
            "network-site-added",
            &[("site", name.into()), ("file", path.display().to_string().into())],
        )
    )
    .map_err(|e| said_io(&e, tr))?;
    Ok(true)
}

/// Writes a file only its owner can read (it holds a password).
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(bytes)
}

fn join(
    store: &mut Store,
    path: &Path,
    pin: &str,
    tr: &Tr<'_>,
    out: &mut dyn Write,
) -> Result<bool, CliError> {
    let shown = path.display().to_string();
    let bytes = crate::file_read::read_limited(path, join_file::MAX_BYTES)
        .map_err(|e| CliError(format!("{shown}: {}", e.message(tr))))?;
    let join = JoinFile::from_bytes(&bytes).map_err(|p| CliError(p.message(&shown, tr)))?;
    // The credentials are tried before they are kept: a join file for another server,
    // or a revoked site, changes nothing on this PC.
    let mut client = connect::connect_site(&join).map_err(|e| CliError(connect_message(&e, tr)))?;
    server::server_version(&mut client).map_err(|e| CliError(server_message(&e, tr)))?;
    let sealed = sealed::seal(&join, pin).map_err(|e| said(&e))?;
    store
        .join_network(&join.site, &sealed)
        .map_err(|e| CliError(e.message(tr)))?;
    writeln!(
        out,
        "{}",
        tr.args("network-joined", &[("site", join.site.clone().into())])
    )
    .map_err(|e| said_io(&e, tr))?;
    Ok(true)
}

fn status(store: &mut Store, tr: &Tr<'_>, out: &mut dyn Write) -> Result<bool, CliError> {
    let Some(status) = sync::status(store, true).map_err(|e| CliError(e.message(tr)))? else {
        writeln!(out, "{}", tr.t("network-not-joined")).map_err(|e| said_io(&e, tr))?;
        return Ok(false);
    };
    let following = store.following_uids().map_err(|e| CliError(e.message(tr)))?.len();
    let lines = [
        tr.args("network-status-site", &[("site", status.site.as_str().into())]),
        tr.network_state(&status),
        tr.args("network-status-following", &[("count", following.into())]),
    ];
    for line in lines {
        writeln!(out, "{line}").map_err(|e| said_io(&e, tr))?;
    }
    Ok(true)
}

/// The site's credentials, opened with the leaders' PIN.
fn open_join(store: &Store, pin: &str, tr: &Tr<'_>) -> Result<JoinFile, CliError> {
    let sealed = store
        .network_join_sealed()
        .map_err(|e| CliError(e.message(tr)))?
        .ok_or_else(|| CliError(tr.t("network-not-joined")))?;
    sealed::open(&sealed, pin).map_err(|_: OpenProblem| CliError(tr.t("network-join-again")))
}

fn publish_pack(
    store: &mut Store,
    path: &Path,
    pin: &str,
    tr: &Tr<'_>,
    out: &mut dyn Write,
) -> Result<bool, CliError> {
    let join = open_join(store, pin, tr)?;
    let shown = path.display().to_string();
    let bytes = crate::file_read::read_limited(path, crate::pack::limits::MAX_TOTAL_BYTES)
        .map_err(|e| CliError(format!("{shown}: {}", e.message(tr))))?;
    // The pack goes signed by the structure's key, which the PIN opens.
    let key = store
        .structure_key(pin)
        .map_err(|e| CliError(e.message(tr)))?
        .ok_or_else(|| CliError(tr.t("network-pack-no-key")))?;
    let structure = store.structure_name().map_err(|e| CliError(e.message(tr)))?;
    let mut client = connect::connect_site(&join).map_err(|e| CliError(connect_message(&e, tr)))?;
    match packs::publish(&mut client, &bytes, &shown, &key, &structure) {
        Ok((id, version)) => {
            writeln!(
                out,
                "{}",
                tr.args(
                    "network-pack-published",
                    &[("id", id.into()), ("version", version.into())]
                )
            )
            .map_err(|e| said_io(&e, tr))?;
            Ok(true)
        }
        Err(PublishError::Pack(problem)) => {
            writeln!(
                out,
                "{}",
                tr.args("pack-install-refused", &[("reason", problem.message(tr).into())])
            )
            .map_err(|e| said_io(&e, tr))?;
            Ok(false)
        }
        Err(PublishError::Server(why)) => Err(CliError(tr.args(
            "network-server-refused",
            &[("reason", connect::words(&why).into())],
        ))),
    }
}

fn sync_once(store: &mut Store, pin: &str, tr: &Tr<'_>, out: &mut dyn Write) -> Result<bool, CliError> {
    let join = open_join(store, pin, tr)?;
    let result = connect::connect_site(&join)
        .map_err(|e| connect_message(&e, tr))
        .and_then(|mut client| {
            sync::round(store, &mut client).map_err(|e| match e {
                SyncError::Server(why) => tr.args(
                    "network-server-refused",
                    &[("reason", connect::words(&why).into())],
                ),
                SyncError::Send(why) => {
                    tr.args("network-server-refused", &[("reason", why.to_string().into())])
                }
                SyncError::Store(why) => why.message(tr),
                SyncError::ServerBehind { found, needed } => tr.args(
                    "network-server-behind",
                    &[("found", found.into()), ("needed", needed.into())],
                ),
            })
        });
    match result {
        Ok(report) => {
            let said = tr.args(
                "network-round",
                &[
                    ("pushed", report.pushed.into()),
                    ("withdrawn", report.withdrawn.into()),
                    ("pulled", report.pulled.into()),
                    ("answers", report.answers_added.into()),
                    ("residents", report.residents_added.into()),
                ],
            );
            writeln!(out, "{said}").map_err(|e| said_io(&e, tr))?;
            if report.packs_installed + report.packs_refused > 0 {
                let said = tr.args(
                    "network-round-packs",
                    &[
                        ("installed", report.packs_installed.into()),
                        ("refused", report.packs_refused.into()),
                    ],
                );
                writeln!(out, "{said}").map_err(|e| said_io(&e, tr))?;
            }
            if report.left_out > 0 {
                writeln!(
                    out,
                    "{}",
                    tr.args("network-left-out", &[("count", report.left_out.into())])
                )
                .map_err(|e| said_io(&e, tr))?;
            }
            Ok(true)
        }
        Err(why) => {
            let now = crate::store::now();
            let _ = store.note_network_round(now, Some(&why));
            if let Ok(Some(mut status)) = sync::status(store, true) {
                status.offline = true;
                writeln!(out, "{}", tr.network_state(&status)).map_err(|e| said_io(&e, tr))?;
            }
            writeln!(out, "{why}").map_err(|e| said_io(&e, tr))?;
            Ok(false)
        }
    }
}
