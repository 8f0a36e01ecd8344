//! What a PC knows of its library network, to say it in words on the leaders' screen and
//! the cards screen ("Synced at 10:42", "Network unreachable: working offline, changes
//! waiting for 3 people").

/// The network's state on this PC.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NetworkStatus {
    /// The site this PC joined.
    pub site: String,
    /// When the last round ended well (ms since 1970; 0: never).
    pub last_sync_at: i64,
    /// The last round failed: the PC works offline.
    pub offline: bool,
    /// People whose changes wait for the next round.
    pub waiting: usize,
    /// A round is running now.
    pub syncing: bool,
}

/// Whether `name` is a site name `add-site` accepts: lower-case letters, digits and
/// dashes, 1 to 40 of them, starting with a letter (it names the site's role too).
pub fn is_site_name(name: &str) -> bool {
    name.len() <= 40
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
