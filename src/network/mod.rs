//! The library network: PCs of several sites sharing, through a PostgreSQL server that
//! the city's IT runs, the cards of residents who chose that their card follows them.
//!
//! Each PC stays offline-first: its SQLite store is the truth for that PC, and a sync
//! round (`sync.rs`) pushes its residents' records to the server and merges the other
//! PCs' with the rules and checks of progress files. The server is set up with
//! `server.rs`, reached with `connect.rs`, and joined with a site's join file
//! (`join_file.rs`), kept on the PC sealed under the leaders' PIN (`sealed.rs`).
//! Packs a trainer publishes go through `packs.rs`; the live room of a workshop through
//! `live.rs`. `docs/network.md` is the city IT's
//! guide.

pub mod connect;
pub mod items;
pub mod join_file;
pub mod keys;
pub mod live;
pub mod packs;
pub mod sealed;
pub mod server;
pub mod sync;
