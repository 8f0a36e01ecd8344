//! A real PostgreSQL for the network tests: the one `PASSERELLE_TEST_PG` names (an admin
//! URL, as CI may give), or a throw-away cluster made here with `initdb` and `pg_ctl`
//! on a free local port, as an unprivileged user (PostgreSQL refuses to run as root),
//! stopped when the test process ends. Each test gets its own database.
//!
//! Without PostgreSQL the tests say loudly that they were skipped; under `CI=true` they
//! fail instead, so that CI never passes without having run them.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const PASSWORD: &str = "passerelle-test-admin";

/// Databases are made one at a time: CREATE DATABASE copies template1, which must be idle.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// A running cluster: its admin URL without a database, and the certificate (PEM) of
/// the authority that signed its TLS certificate, when it has TLS.
struct Cluster {
    url: String,
    ca: Option<String>,
}

/// The cluster, or why there is none.
fn cluster() -> &'static Result<Cluster, String> {
    static CLUSTER: OnceLock<Result<Cluster, String>> = OnceLock::new();
    CLUSTER.get_or_init(|| {
        if let Ok(url) = std::env::var("PASSERELLE_TEST_PG") {
            let ca = std::env::var("PASSERELLE_TEST_PG_CA")
                .ok()
                .and_then(|path| std::fs::read_to_string(path).ok());
            return Ok(Cluster {
                url: url.trim_end_matches('/').to_owned(),
                ca,
            });
        }
        start_cluster()
    })
}

/// The certificate of the authority that signed the test cluster's TLS certificate.
pub fn ca_certificate() -> Option<String> {
    cluster().as_ref().ok().and_then(|c| c.ca.clone())
}

fn find_bin(name: &str) -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    if let Ok(entries) = std::fs::read_dir("/usr/lib/postgresql") {
        let mut versions: Vec<PathBuf> = entries.flatten().map(|e| e.path().join("bin")).collect();
        versions.sort();
        dirs.extend(versions.into_iter().rev());
    }
    // Debian's /usr/bin wrappers need a cluster config; the versioned binaries do not.
    dirs.sort_by_key(|d| !d.starts_with("/usr/lib/postgresql"));
    dirs.into_iter().map(|d| d.join(name)).find(|p| p.is_file())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Runs `bin args` as the unprivileged `postgres` user when this process is root.
fn as_server_user(bin: &Path, args: &[&str]) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(bin).args(args);
        c
    } else {
        let mut c = Command::new(bin);
        c.args(args);
        c
    }
}

fn start_cluster() -> Result<Cluster, String> {
    let (Some(initdb), Some(pg_ctl)) = (find_bin("initdb"), find_bin("pg_ctl")) else {
        return Err("no initdb/pg_ctl found (install Debian's postgresql)".into());
    };
    let dir = std::env::temp_dir().join(format!("passerelle-pg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let pwfile = dir.join("pw");
    std::fs::write(&pwfile, PASSWORD).map_err(|e| e.to_string())?;
    let certificates = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/test-certificates.sh");
    let made = Command::new("bash")
        .arg(&certificates)
        .arg(&dir)
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        return Err("cannot make the test certificates (openssl)".into());
    }
    if is_root() {
        let ok = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(&dir)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            return Err("cannot give the cluster's folder to the postgres user".into());
        }
    }
    let data = dir.join("data");
    let (data_s, pw_s) = (data.display().to_string(), pwfile.display().to_string());
    let out = as_server_user(
        &initdb,
        &[
            "-D",
            &data_s,
            "-U",
            "postgres",
            "-A",
            "scram-sha-256",
            "--pwfile",
            &pw_s,
            "-E",
            "UTF8",
            "--no-sync",
        ],
    )
    .output()
    .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("initdb failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    let options = format!(
        "-p {port} -c listen_addresses=127.0.0.1 -k {d} -c fsync=off -c max_connections=200 \
         -c ssl=on -c ssl_cert_file={d}/server.crt -c ssl_key_file={d}/server.key",
        d = dir.display()
    );
    let log = dir.join("log").display().to_string();
    let out = as_server_user(
        &pg_ctl,
        &["-D", &data_s, "-o", &options, "-l", &log, "-w", "start"],
    )
    .output()
    .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!(
            "pg_ctl start failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    // The cluster stops when this test process ends, however it ends.
    let watchdog = format!(
        "while [ -d /proc/{pid} ]; do sleep 1; done; {ctl} -D {data} -m immediate stop >/dev/null 2>&1; rm -rf {dir}",
        pid = std::process::id(),
        ctl = pg_ctl.display(),
        data = data_s,
        dir = dir.display()
    );
    let _ = as_server_user(Path::new("/bin/sh"), &["-c", &watchdog])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    Ok(Cluster {
        url: format!("postgresql://postgres:{PASSWORD}@127.0.0.1:{port}"),
        ca: std::fs::read_to_string(dir.join("ca.crt")).ok(),
    })
}

/// A fresh database of its own for one test: its admin URL. `None` (after saying so
/// loudly) when there is no PostgreSQL here and this is not CI.
pub fn database(name: &str) -> Option<String> {
    match cluster() {
        Ok(Cluster { url: base, .. }) => {
            let mut client = postgres::Client::connect(&format!("{base}/postgres"), postgres::NoTls)
                .unwrap_or_else(|e| panic!("the test cluster at {base} refused: {e}"));
            let _turn = ONE_AT_A_TIME
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            for sql in [
                format!("DROP DATABASE IF EXISTS {name}"),
                format!("CREATE DATABASE {name}"),
            ] {
                client
                    .batch_execute(&sql)
                    .unwrap_or_else(|e| panic!("cannot make database {name}: {e:?}"));
            }
            Some(format!("{base}/{name}"))
        }
        Err(why) => {
            assert!(
                std::env::var("CI").is_err(),
                "the network tests need PostgreSQL in CI: {why}"
            );
            eprintln!("SKIPPED (no PostgreSQL here: {why}): network test {name}");
            None
        }
    }
}
