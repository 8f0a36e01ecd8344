//! A real PostgreSQL for the network tests: the one `PASSERELLE_TEST_PG` names (an admin
//! URL, as CI gives), or a throw-away cluster started here by the same script CI uses
//! (`scripts/test-postgres.sh`: `initdb` and `pg_ctl` on a free local port, as an
//! unprivileged user, with TLS), stopped when the test process ends. Each test gets its
//! own database.
//!
//! Without PostgreSQL the tests say loudly that they were skipped; under `CI=true` they
//! fail instead, so that CI never passes without having run them.

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

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

/// Starts a cluster with `scripts/test-postgres.sh`, as CI does (told not to install
/// anything: a test run does not add packages to the machine).
fn start_cluster() -> Result<Cluster, String> {
    let scripts = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts");
    let out = Command::new("bash")
        .arg(scripts.join("test-postgres.sh"))
        .env("PASSERELLE_PG_NO_INSTALL", "1")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_owned());
    }
    let said = String::from_utf8_lossy(&out.stdout);
    let mut lines = said.lines().rev();
    let (Some(url), Some(dir)) = (lines.next(), lines.next()) else {
        return Err(format!("test-postgres.sh said: {said}"));
    };
    // The cluster stops when this test process ends, however it ends.
    let watchdog = format!(
        "while [ -d /proc/{pid} ]; do sleep 1; done; bash {script} stop {dir} >/dev/null 2>&1",
        pid = std::process::id(),
        script = scripts.join("test-postgres.sh").display(),
    );
    let _ = Command::new("sh")
        .args(["-c", &watchdog])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    Ok(Cluster {
        url: url.to_owned(),
        ca: std::fs::read_to_string(Path::new(dir).join("ca.crt")).ok(),
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
