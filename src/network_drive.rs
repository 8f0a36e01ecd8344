//! Whether a folder is on a network drive. SQLite's WAL journal needs memory shared
//! between programs on the same computer, which network file systems do not give: a
//! store there uses the classic rollback journal instead (see `store::Store::open`).

use std::path::Path;

/// File system types that live on another computer.
const NETWORK_FILE_SYSTEMS: &[&str] = &[
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "afs",
    "9p",
    "ncpfs",
    "fuse.sshfs",
    "davfs",
    "fuse.davfs2",
    "glusterfs",
    "ceph",
];

/// Whether `dir` (an existing folder) is on a network drive. When this cannot be told,
/// `false`: the local setting is the usual one.
pub fn is_network_folder(dir: &Path) -> bool {
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    platform::is_network_folder(&dir)
}

/// From the text of `/proc/self/mounts`: whether the mount holding `path` (an absolute,
/// canonical path) is a network file system. The longest mount point that contains
/// the path wins.
pub fn mounted_from_network(mounts: &str, path: &Path) -> bool {
    let mut best: Option<(usize, bool)> = None;
    for line in mounts.lines() {
        let mut fields = line.split_whitespace();
        let (Some(_device), Some(point), Some(fs_type)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let point = unescape_mount_point(point);
        if path.starts_with(&point) && best.is_none_or(|(len, _)| point.len() >= len) {
            best = Some((point.len(), NETWORK_FILE_SYSTEMS.contains(&fs_type)));
        }
    }
    best.is_some_and(|(_, network)| network)
}

/// Mount points write spaces, tabs and backslashes as octal escapes (`\040`).
fn unescape_mount_point(point: &str) -> String {
    let mut out = String::with_capacity(point.len());
    let mut chars = point.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            let digits: String = chars.by_ref().take(3).collect();
            match u8::from_str_radix(&digits, 8) {
                Ok(byte) => out.push(char::from(byte)),
                Err(_) => {
                    out.push('\\');
                    out.push_str(&digits);
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(target_os = "linux")]
mod platform {
    use std::path::Path;

    pub fn is_network_folder(dir: &Path) -> bool {
        std::fs::read_to_string("/proc/self/mounts")
            .is_ok_and(|mounts| super::mounted_from_network(&mounts, dir))
    }
}

#[cfg(windows)]
mod platform {
    use std::os::windows::ffi::OsStrExt;
    use std::path::{Component, Path, Prefix};

    /// `GetDriveTypeW`'s answer for a network drive.
    const DRIVE_REMOTE: u32 = 4;

    // The one call into Windows that the standard library does not wrap.
    #[allow(unsafe_code)]
    pub fn is_network_folder(dir: &Path) -> bool {
        let Some(Component::Prefix(prefix)) = dir.components().next() else {
            return false;
        };
        match prefix.kind() {
            // \\server\share\…
            Prefix::UNC(..) | Prefix::VerbatimUNC(..) => true,
            Prefix::Disk(letter) | Prefix::VerbatimDisk(letter) => {
                let root: Vec<u16> = std::ffi::OsStr::new(&format!("{}:\\", char::from(letter)))
                    .encode_wide()
                    .chain(Some(0))
                    .collect();
                // SAFETY: `root` is a NUL-terminated UTF-16 string that outlives the call.
                unsafe {
                    windows_sys::Win32::Storage::FileSystem::GetDriveTypeW(root.as_ptr()) == DRIVE_REMOTE
                }
            }
            _ => false,
        }
    }
}

#[cfg(not(any(target_os = "linux", windows)))]
mod platform {
    pub fn is_network_folder(_dir: &std::path::Path) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MOUNTS: &str = "\
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//nas/partage /mnt/mairie\\040partage cifs rw,vers=3.0 0 0
nas:/export /srv/passerelle nfs4 rw 0 0
/dev/sdb1 /srv/passerelle/local ext4 rw 0 0
";

    #[test]
    fn the_longest_mount_point_decides() {
        assert!(!mounted_from_network(MOUNTS, Path::new("/home/agent/passerelle")));
        assert!(mounted_from_network(
            MOUNTS,
            Path::new("/mnt/mairie partage/data")
        ));
        assert!(mounted_from_network(MOUNTS, Path::new("/srv/passerelle/data")));
        assert!(!mounted_from_network(
            MOUNTS,
            Path::new("/srv/passerelle/local/data")
        ));
        assert!(
            !mounted_from_network(MOUNTS, Path::new("/srv/passerelles")),
            "a longer name is another folder"
        );
        assert!(!mounted_from_network("", Path::new("/x")));
    }

    #[test]
    fn this_test_folder_is_local() {
        let dir = std::env::temp_dir();
        assert!(!is_network_folder(&dir));
    }
}
